// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCheckpoints.h"

#include "AuditChain.h"
#include "AuditSigner.h"
#include "Calendar.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

AuditCheckpoints::AuditCheckpoints(ProviderDb &db, const AuditSigner &signer)
    : m_db(db)
    , m_log(db)
    , m_signer(signer)
{
}

std::optional<AuditCheckpoint> AuditCheckpoints::global()
{
    return current(QString());
}

std::optional<AuditCheckpoint> AuditCheckpoints::customer(const QString &accountId)
{
    return current(accountId);
}

QJsonObject AuditCheckpoints::signedPart(const AuditCheckpoint &c)
{
    QJsonObject o{{u"seq"_s, c.seq}, {u"head"_s, c.head}, {u"at"_s, isoUtc(c.at)}, {u"key_id"_s, c.keyId}};
    if (!c.accountId.isNull())
        o.insert(u"account_id"_s, c.accountId);
    return o;
}

QJsonObject AuditCheckpoints::json(const AuditCheckpoint &c)
{
    QJsonObject o = signedPart(c);
    o.insert(u"signature"_s, c.signature);
    return o;
}

std::optional<AuditCheckpoint> AuditCheckpoints::current(const QString &accountId)
{
    if (!m_signer.isValid())
        return std::nullopt;
    const auto head = accountId.isNull() ? m_log.head() : m_log.accountHead(accountId);
    if (!head)
        return std::nullopt;
    const auto last = m_log.latestCheckpoint(accountId);
    if (last && last->seq == head->seq && last->head == head->hash && last->keyId == m_signer.keyId())
        return last;
    AuditCheckpoint c;
    c.accountId = accountId;
    c.seq = head->seq;
    c.head = head->hash;
    c.at = nowSeconds();
    c.keyId = m_signer.keyId();
    const QByteArray signature = m_signer.sign(AuditChain::checkpointMessage(signedPart(c)));
    if (signature.isEmpty())
        return std::nullopt;
    c.signature = QString::fromLatin1(signature.toBase64());
    if (!m_db.begin())
        return std::nullopt;
    if (!m_log.insertCheckpoint(c) || !m_db.commit()) {
        m_db.rollback();
        return std::nullopt;
    }
    return c;
}

} // namespace pd::provider
