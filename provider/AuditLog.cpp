// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditChain.h"
#include "Calendar.h"
#include "Jcs.h"
#include "ProviderDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString nullable(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

AuditLog::AuditLog(ProviderDb &db)
    : m_db(db)
{
}

QString AuditLog::entryColumns()
{
    return u"seq, at, actor, actor_pseudonym, actor_role, action, account_id, grant_id, reason, ticket, categories, "
           "details, prev_hash, hash, account_seq, staff_pseudonym, grant_minutes, account_prev_hash, account_hash"_s;
}

AuditEntry AuditLog::entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.actorPseudonym = nullable(q.value(3));
    e.actorRole = q.value(4).toString();
    e.action = q.value(5).toString();
    e.accountId = nullable(q.value(6));
    e.grantId = nullable(q.value(7));
    e.reason = nullable(q.value(8));
    e.ticket = nullable(q.value(9));
    for (const QJsonValue &c : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
        e.categories << c.toString();
    e.details = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    e.prevHash = q.value(12).toString();
    e.hash = q.value(13).toString();
    e.accountSeq = q.value(14).isNull() ? 0 : q.value(14).toLongLong();
    e.staffPseudonym = nullable(q.value(15));
    e.grantMinutes = q.value(16).isNull() ? 0 : q.value(16).toInt();
    e.accountPrevHash = nullable(q.value(17));
    e.accountHash = nullable(q.value(18));
    return e;
}

QString AuditLog::checkpointColumns()
{
    return u"account_id, seq, head, at, key_id, signature"_s;
}

AuditCheckpoint AuditLog::checkpointFrom(const QSqlQuery &q)
{
    AuditCheckpoint c;
    c.accountId = nullable(q.value(0));
    c.seq = q.value(1).toLongLong();
    c.head = q.value(2).toString();
    c.at = q.value(3).toLongLong();
    c.keyId = q.value(4).toString();
    c.signature = q.value(5).toString();
    return c;
}

std::optional<AuditLog::Head> AuditLog::head() const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    if (!m_db.exec(q))
        return std::nullopt;
    if (!q.next())
        return Head{0, AuditChain::genesis()};
    return Head{q.value(0).toLongLong(), q.value(1).toString()};
}

std::optional<AuditLog::Head> AuditLog::accountHead(const QString &accountId) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT account_seq, account_hash FROM audit_log WHERE account_id=? ORDER BY account_seq DESC LIMIT 1"_s);
    q.addBindValue(accountId);
    if (!m_db.exec(q))
        return std::nullopt;
    if (!q.next())
        return Head{0, AuditChain::genesis()};
    return Head{q.value(0).toLongLong(), q.value(1).toString()};
}

bool AuditLog::append(AuditEntry &e)
{
    if (e.at == 0)
        e.at = nowSeconds();
    if (e.accountId.isEmpty())
        e.accountId = QString(); // no customer: null, never an empty account id with a chain of its own
    const auto global = head();
    if (!global)
        return false;
    e.seq = global->seq + 1;
    e.prevHash = global->hash;
    const QByteArray canonical = AuditChain::globalCanonical(e);
    if (canonical.isEmpty())
        return false;
    e.hash = AuditChain::link(e.prevHash, canonical);
    if (!e.accountId.isNull()) {
        const auto mine = accountHead(e.accountId);
        if (!mine)
            return false;
        e.accountSeq = mine->seq + 1;
        e.accountPrevHash = mine->hash;
        const QByteArray customer = AuditChain::customerCanonical(e);
        if (customer.isEmpty())
            return false;
        e.accountHash = AuditChain::link(e.accountPrevHash, customer);
    }
    const QByteArray categories = *Jcs::serialize(QJsonArray::fromStringList(e.categories));
    const auto details = Jcs::serialize(e.details);
    if (!details)
        return false;
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO audit_log("_s + entryColumns()
              + u") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const bool customer = !e.accountId.isNull();
    for (const QVariant &v :
         {QVariant(e.seq), QVariant(e.at), QVariant(e.actor), textOrNull(e.actorPseudonym), QVariant(e.actorRole),
          QVariant(e.action), textOrNull(e.accountId), textOrNull(e.grantId), textOrNull(e.reason),
          textOrNull(e.ticket), QVariant(QString::fromUtf8(categories)), QVariant(QString::fromUtf8(*details)),
          QVariant(e.prevHash), QVariant(e.hash),
          customer ? QVariant(e.accountSeq) : QVariant(QMetaType(QMetaType::LongLong)),
          textOrNull(customer ? e.staffPseudonym : QString()),
          e.grantMinutes > 0 ? QVariant(e.grantMinutes) : QVariant(QMetaType(QMetaType::Int)),
          textOrNull(customer ? e.accountPrevHash : QString()), textOrNull(customer ? e.accountHash : QString())})
        q.addBindValue(v);
    return m_db.exec(q);
}

bool AuditLog::appendAlone(AuditEntry &entry)
{
    if (!m_db.begin())
        return false;
    if (!append(entry) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<QList<AuditEntry>> AuditLog::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + entryColumns() + u" FROM audit_log "_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!m_db.exec(q))
        return std::nullopt;
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

std::optional<QList<AuditEntry>> AuditLog::page(const AuditFilter &f, bool *hasMore) const
{
    QString where = u"WHERE seq>? AND at>=? AND at<=?"_s;
    QVariantList binds{f.afterSeq, f.from, f.to};
    if (!f.staff.isEmpty()) {
        where += u" AND (actor=? OR actor_pseudonym=?)"_s;
        binds << f.staff << f.staff;
    }
    for (const auto &[column, value] : {std::pair{u"account_id"_s, f.accountId}, {u"reason"_s, f.reason},
                                        {u"action"_s, f.action}}) {
        if (!value.isEmpty()) {
            where += u" AND "_s + column + u"=?"_s;
            binds << value;
        }
    }
    binds << f.limit + 1;
    auto rows = select(where + u" ORDER BY seq LIMIT ?"_s, binds);
    if (rows) {
        *hasMore = rows->size() > f.limit;
        if (*hasMore)
            rows->removeLast();
    }
    return rows;
}

std::optional<QList<AuditEntry>> AuditLog::accountPage(const QString &accountId, qint64 afterAccountSeq, int limit,
                                                       bool *hasMore) const
{
    auto rows = select(u"WHERE account_id=? AND account_seq>? ORDER BY account_seq LIMIT ?"_s,
                       {accountId, afterAccountSeq, limit + 1});
    if (rows) {
        *hasMore = rows->size() > limit;
        if (*hasMore)
            rows->removeLast();
    }
    return rows;
}

std::optional<AuditCheckpoint> AuditLog::latestCheckpoint(const QString &accountId) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT "_s + checkpointColumns() + u" FROM audit_checkpoints WHERE "_s
              + (accountId.isNull() ? u"account_id IS NULL"_s : u"account_id=?"_s) + u" ORDER BY id DESC LIMIT 1"_s);
    if (!accountId.isNull())
        q.addBindValue(accountId);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return checkpointFrom(q);
}

bool AuditLog::insertCheckpoint(const AuditCheckpoint &c)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO audit_checkpoints("_s + checkpointColumns() + u") VALUES(?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {textOrNull(c.accountId), QVariant(c.seq), QVariant(c.head), QVariant(c.at),
                              QVariant(c.keyId), QVariant(c.signature)})
        q.addBindValue(v);
    return m_db.exec(q);
}

} // namespace pd::provider
