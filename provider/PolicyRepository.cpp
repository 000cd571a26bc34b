// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyRepository.h"

#include "PolicyText.h"
#include "ProviderDb.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

PolicyRepository::PolicyRepository(ProviderDb &db)
    : m_db(db)
{
}

std::optional<QList<PublishedVersion>> PolicyRepository::published() const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT version, published_at FROM policy_versions ORDER BY version DESC"_s);
    if (!m_db.exec(q))
        return std::nullopt;
    QList<PublishedVersion> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

std::optional<PublishedVersion> PolicyRepository::publishedVersion(const QString &version) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT version, published_at FROM policy_versions WHERE version=?"_s);
    q.addBindValue(version);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return PublishedVersion{q.value(0).toString(), q.value(1).toLongLong()};
}

QString PolicyRepository::current() const
{
    const auto all = published();
    if (!all || all->isEmpty())
        return PolicyText::all().constFirst()->version;
    return all->constFirst().version;
}

bool PolicyRepository::publish(const QString &version, qint64 at)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO policy_versions(version, published_at) VALUES(?, ?)"_s);
    q.addBindValue(version);
    q.addBindValue(at);
    return m_db.exec(q);
}

bool PolicyRepository::seedIfEmpty(const QString &upTo, qint64 now, QString *error)
{
    const auto existing = published();
    if (!existing) {
        *error = m_db.lastError();
        return false;
    }
    if (!existing->isEmpty())
        return true;
    if (!m_db.begin()) {
        *error = m_db.lastError();
        return false;
    }
    bool ok = true;
    bool first = true;
    for (const PolicyVersionText *v : PolicyText::all()) {
        if (v->version > upTo)
            break;
        const qint64 at = first ? QDateTime(QDate::fromString(v->version, Qt::ISODate), QTime(0, 0), Qt::UTC)
                                      .toMSecsSinceEpoch()
                                : now;
        ok = ok && publish(v->version, at);
        first = false;
    }
    if (!ok || !m_db.commit()) {
        *error = m_db.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

bool PolicyRepository::accept(qint64 account, const PolicyAcceptance &acceptance)
{
    QSqlQuery update(m_db.database());
    update.prepare(u"UPDATE accounts SET policy_version_accepted=? WHERE id=?"_s);
    update.addBindValue(acceptance.version);
    update.addBindValue(account);
    QSqlQuery insert(m_db.database());
    insert.prepare(u"INSERT INTO policy_acceptances(id, account, policy_version, at, request_id) VALUES(?, ?, ?, ?, ?)"_s);
    insert.addBindValue(acceptance.id);
    insert.addBindValue(account);
    insert.addBindValue(acceptance.version);
    insert.addBindValue(acceptance.at);
    insert.addBindValue(acceptance.requestId);
    return m_db.exec(update) && m_db.exec(insert);
}

std::optional<QList<PolicyAcceptance>> PolicyRepository::acceptances(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT id, policy_version, at, request_id FROM policy_acceptances WHERE account=? ORDER BY seq"_s);
    q.addBindValue(account);
    if (!m_db.exec(q))
        return std::nullopt;
    QList<PolicyAcceptance> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return out;
}

} // namespace pd::provider
