// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrantsRepository.h"

#include "NullableJson.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QVariant timeOrNullValue(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 timeOf(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

} // namespace

QJsonObject GrantRow::toJson() const
{
    return {{u"id"_s, id},
            {u"account_id"_s, customer},
            {u"staff"_s, staffPseudonym},
            {u"reason"_s, reason},
            {u"ticket"_s, ticket},
            {u"justification"_s, justification},
            {u"categories"_s, QJsonArray::fromStringList(categories)},
            {u"minutes"_s, minutes},
            {u"status"_s, status},
            {u"requested_at"_s, isoUtc(requestedAt)},
            {u"decided_at"_s, timeOrNull(decidedAt)},
            {u"expires_at"_s, timeOrNull(expiresAt)}};
}

GrantsRepository::GrantsRepository(ProviderDb &db)
    : m_db(db)
{
}

bool GrantsRepository::insert(const GrantRow &g)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO grants(id, account, staff, reason, ticket, justification, categories, minutes, status, "
              "requested_at, decided_at, expires_at, ended_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(g.id), QVariant(g.account), QVariant(g.staff), QVariant(g.reason), QVariant(g.ticket),
          QVariant(g.justification),
          QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(g.categories)).toJson(QJsonDocument::Compact))),
          QVariant(g.minutes), QVariant(g.status), QVariant(g.requestedAt), timeOrNullValue(g.decidedAt),
          timeOrNullValue(g.expiresAt), timeOrNullValue(g.endedAt)})
        q.addBindValue(v);
    return m_db.exec(q);
}

bool GrantsRepository::save(const GrantRow &g)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE grants SET status=?, decided_at=?, expires_at=?, ended_at=? WHERE id=?"_s);
    for (const QVariant &v : {QVariant(g.status), timeOrNullValue(g.decidedAt), timeOrNullValue(g.expiresAt),
                              timeOrNullValue(g.endedAt), QVariant(g.id)})
        q.addBindValue(v);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

std::optional<QList<GrantRow>> GrantsRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT g.id, g.account, g.staff, g.reason, g.ticket, g.justification, g.categories, g.minutes, "
              "g.status, g.requested_at, g.decided_at, g.expires_at, g.ended_at, c.account_id, s.staff_pseudonym "
              "FROM grants g JOIN accounts c ON c.id = g.account JOIN accounts s ON s.id = g.staff "_s
              + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!m_db.exec(q))
        return std::nullopt;
    QList<GrantRow> out;
    while (q.next()) {
        GrantRow g;
        g.id = q.value(0).toString();
        g.account = q.value(1).toLongLong();
        g.staff = q.value(2).toLongLong();
        g.reason = q.value(3).toString();
        g.ticket = q.value(4).toString();
        g.justification = q.value(5).toString();
        for (const QJsonValue &c : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
            g.categories << c.toString();
        g.minutes = q.value(7).toInt();
        g.status = q.value(8).toString();
        g.requestedAt = q.value(9).toLongLong();
        g.decidedAt = timeOf(q.value(10));
        g.expiresAt = timeOf(q.value(11));
        g.endedAt = timeOf(q.value(12));
        g.customer = q.value(13).toString();
        g.staffPseudonym = q.value(14).toString();
        out.append(g);
    }
    return out;
}

std::optional<GrantRow> GrantsRepository::load(const QString &id) const
{
    const auto rows = select(u"WHERE g.id=?"_s, {id});
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst();
}

std::optional<QList<GrantRow>> GrantsRepository::list(qint64 owner, bool byCustomer, const QStringList &statuses) const
{
    QString where = byCustomer ? u"WHERE g.account=?"_s : u"WHERE g.staff=?"_s;
    QVariantList binds{owner};
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : statuses) {
            marks << u"?"_s;
            binds << s;
        }
        where += u" AND g.status IN ("_s + marks.join(u',') + u')';
    }
    return select(where + u" ORDER BY g.requested_at DESC, g.id"_s, binds);
}

std::optional<QList<GrantRow>> GrantsRepository::due(qint64 now, qint64 pendingBefore) const
{
    return select(u"WHERE (g.status='active' AND g.expires_at<=?) OR (g.status='pending' AND g.requested_at<=?) "
                  "ORDER BY g.requested_at, g.id"_s,
                  {now, pendingBefore});
}

} // namespace pd::provider
