// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeletionRepository.h"

#include "ProviderDb.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

/// " AND <column> IN (?, ?)" for `values` (nothing when empty: every row).
QString inList(const QString &column, const QStringList &values, QVariantList *binds)
{
    if (values.isEmpty())
        return {};
    QStringList marks;
    for (const QString &v : values) {
        marks << u"?"_s;
        *binds << v;
    }
    return u" AND "_s + column + u" IN ("_s + marks.join(u',') + u')';
}

/// The events `selection` names, by id or by the time in `timeColumn`.
QString selected(const EventSelection &selection, const QString &timeColumn, QVariantList *binds)
{
    if (!selection.byId) {
        *binds << selection.from << selection.to;
        return u" AND "_s + timeColumn + u" BETWEEN ? AND ?"_s;
    }
    QStringList marks;
    for (const qint64 id : selection.ids) {
        marks << u"?"_s;
        *binds << id;
    }
    return u" AND id IN ("_s + marks.join(u',') + u')';
}

const QString orders = u"('registration','purchase','renewal','transfer')"_s;

} // namespace

DeletionRepository::DeletionRepository(ProviderDb &db)
    : m_db(db)
{
}

bool DeletionRepository::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return m_db.exec(q);
}

bool DeletionRepository::deleteFields(qint64 account, const QStringList &keys)
{
    QVariantList binds{account};
    const QString filter = inList(u"key"_s, keys, &binds);
    return run(u"DELETE FROM personal_fields WHERE account=? AND restricted_until IS NULL"_s + filter, binds);
}

bool DeletionRepository::restrictFields(qint64 account, const QStringList &keys, qint64 until)
{
    QVariantList binds{until, account};
    const QString filter = inList(u"key"_s, keys, &binds);
    return run(u"UPDATE personal_fields SET restricted_until=? WHERE account=? AND restricted_until IS NULL"_s + filter,
               binds);
}

bool DeletionRepository::deleteDocuments(qint64 account, const QString &collection, const QStringList &ids)
{
    QVariantList binds{account, collection};
    const QString filter = inList(u"json_extract(body, '$.id')"_s, ids, &binds);
    return run(u"DELETE FROM documents WHERE account=? AND collection=? AND restricted_until IS NULL"_s + filter, binds);
}

bool DeletionRepository::restrictDocuments(qint64 account, const QString &collection, const QStringList &ids,
                                           qint64 until)
{
    QVariantList binds{until, account, collection};
    const QString filter = inList(u"json_extract(body, '$.id')"_s, ids, &binds);
    return run(u"UPDATE documents SET restricted_until=? WHERE account=? AND collection=? AND restricted_until IS NULL"_s
                   + filter,
               binds);
}

bool DeletionRepository::deleteServerEvents(qint64 account, const EventSelection &selection, qint64 keepFrom,
                                            qint64 until)
{
    QVariantList restrictBinds{until, account, keepFrom};
    const QString restrictFilter = selected(selection, u"login_at"_s, &restrictBinds);
    QVariantList deleteBinds{account};
    const QString deleteFilter = selected(selection, u"login_at"_s, &deleteBinds);
    return run(u"UPDATE server_events SET restricted_until=? WHERE account=? AND restricted_until IS NULL "
               "AND login_at>=?"_s + restrictFilter,
               restrictBinds)
        && run(u"DELETE FROM server_events WHERE account=? AND restricted_until IS NULL"_s + deleteFilter, deleteBinds);
}

bool DeletionRepository::deleteDomainEvents(qint64 account, const EventSelection &selection)
{
    // Seven calendar years after the order, in SQLite's own calendar arithmetic.
    QVariantList restrictBinds{account};
    const QString restrictFilter = selected(selection, u"at"_s, &restrictBinds);
    QVariantList deleteBinds{account};
    const QString deleteFilter = selected(selection, u"at"_s, &deleteBinds);
    return run(u"UPDATE domain_events SET restricted_until = "
               "CAST(strftime('%s', at / 1000, 'unixepoch', '+7 years') AS INTEGER) * 1000 + at % 1000 "
               "WHERE account=? AND restricted_until IS NULL AND kind IN "_s + orders + restrictFilter,
               restrictBinds)
        && run(u"DELETE FROM domain_events WHERE account=? AND restricted_until IS NULL"_s + deleteFilter, deleteBinds);
}

qint64 DeletionRepository::purgeExpired(qint64 now)
{
    qint64 total = 0;
    for (const QString &table : {u"personal_fields"_s, u"documents"_s, u"server_events"_s, u"domain_events"_s}) {
        QSqlQuery q(m_db.database());
        q.prepare(u"DELETE FROM "_s + table + u" WHERE restricted_until IS NOT NULL AND restricted_until<=?"_s);
        q.addBindValue(now);
        if (!m_db.exec(q))
            return -1;
        total += q.numRowsAffected();
    }
    return total;
}

} // namespace pd::provider
