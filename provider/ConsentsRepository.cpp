// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentsRepository.h"

#include "ProviderDb.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

ConsentsRepository::ConsentsRepository(ProviderDb &db)
    : m_db(db)
{
}

bool ConsentsRepository::ensure(qint64 account, const QString &purpose, bool granted)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT OR IGNORE INTO consents(account, purpose, granted, changed_at) VALUES(?, ?, ?, NULL)"_s);
    q.addBindValue(account);
    q.addBindValue(purpose);
    q.addBindValue(granted ? 1 : 0);
    return m_db.exec(q);
}

std::optional<Consent> ConsentsRepository::consent(qint64 account, const QString &purpose) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT granted, changed_at FROM consents WHERE account=? AND purpose=?"_s);
    q.addBindValue(account);
    q.addBindValue(purpose);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return Consent{q.value(0).toBool(), q.value(1).isNull() ? 0 : q.value(1).toLongLong()};
}

bool ConsentsRepository::set(qint64 account, const QString &purpose, bool granted, qint64 at)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE consents SET granted=?, changed_at=? WHERE account=? AND purpose=?"_s);
    q.addBindValue(granted ? 1 : 0);
    q.addBindValue(at);
    q.addBindValue(account);
    q.addBindValue(purpose);
    return m_db.exec(q);
}

bool ConsentsRepository::insertReceipt(qint64 account, const ConsentReceipt &r)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO consent_receipts(id, account, purpose, granted, at, policy_version) VALUES(?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(r.id);
    q.addBindValue(account);
    q.addBindValue(r.purpose);
    q.addBindValue(r.granted ? 1 : 0);
    q.addBindValue(r.at);
    q.addBindValue(r.policyVersion);
    return m_db.exec(q);
}

QList<ConsentReceipt> ConsentsRepository::receipts(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT id, purpose, granted, at, policy_version FROM consent_receipts WHERE account=? ORDER BY seq"_s);
    q.addBindValue(account);
    QList<ConsentReceipt> out;
    if (m_db.exec(q))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toLongLong(),
                        q.value(4).toString()});
    return out;
}

qint64 ConsentsRepository::receiptCount(qint64 account) const
{
    return m_db.countForAccount(u"consent_receipts"_s, account);
}

} // namespace pd::provider
