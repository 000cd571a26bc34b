// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditApi.h"

#include "AuditChain.h"
#include "AuditSigner.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "ResourceApi.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

AuditApi::AuditApi(ProviderDb &db, ResourceApi &resources, const AuditSigner &signer)
    : m_resources(resources)
    , m_signer(signer)
    , m_audit(db)
    , m_checkpoints(db, signer)
    , m_refusals(db)
{
}

HttpResponse AuditApi::list(const Account &supervisor, const FormData &query)
{
    AuditFilter f;
    f.staff = query.value(u"staff"_s);
    f.accountId = query.value(u"account_id"_s);
    f.reason = query.value(u"reason"_s);
    f.action = query.value(u"action"_s);
    for (const auto &[key, out] : {std::pair{u"from"_s, &f.from}, {u"to"_s, &f.to}}) {
        if (query.value(key).isEmpty())
            continue;
        const auto t = parseRfc3339(query.value(key));
        if (!t)
            return invalidRequest(key + u" must be an RFC 3339 time, e.g. 2025-11-03T14:05:00Z."_s);
        *out = *t;
    }
    // A cursor belongs to one set of filters; they may hold any character, so it names their hash.
    const QString filters = f.staff + u'\n' + f.accountId + u'\n' + f.reason + u'\n' + f.action + u'\n'
        + query.value(u"from"_s) + u'\n' + query.value(u"to"_s);
    const QString collection = u"audit|"_s + Crypto::sha256Hex(filters.toUtf8()).left(16);
    if (auto refused = m_resources.readPaging(query, supervisor.accountId, collection, &f.limit, &f.afterSeq))
        return *refused;
    bool hasMore = false;
    const auto entries = m_audit.page(f, &hasMore);
    if (!entries)
        return internalError();
    QJsonArray items;
    qint64 last = f.afterSeq;
    for (const AuditEntry &e : *entries) {
        items.append(AuditChain::globalJson(e, true));
        last = e.seq;
    }
    AuditEntry read = AuditEntry::by(supervisor, u"audit_viewed"_s);
    read.details = {{u"staff"_s, f.staff}, {u"account_id"_s, f.accountId}, {u"reason"_s, f.reason},
                    {u"action"_s, f.action}, {u"from"_s, query.value(u"from"_s)}, {u"to"_s, query.value(u"to"_s)},
                    {u"items"_s, items.size()}};
    if (!m_audit.appendAlone(read))
        return internalError();
    return jsonResponse(QJsonObject{{u"items"_s, items},
                                    {u"next_cursor"_s, m_resources.makeCursor(supervisor.accountId, collection, last)},
                                    {u"has_more"_s, hasMore}});
}

HttpResponse AuditApi::refusals(const Account &supervisor, const FormData &query)
{
    int limit = 0;
    qint64 after = 0;
    if (auto refused = m_resources.readPaging(query, supervisor.accountId, u"refusals"_s, &limit, &after))
        return *refused;
    bool hasMore = false;
    qint64 last = after;
    const auto items = m_refusals.page(after, limit, &hasMore, &last);
    if (!items)
        return internalError();
    AuditEntry read = AuditEntry::by(supervisor, u"refusals_viewed"_s);
    read.details = {{u"items"_s, items->size()}};
    if (!m_audit.appendAlone(read))
        return internalError();
    return jsonResponse(QJsonObject{{u"items"_s, *items},
                                    {u"next_cursor"_s, m_resources.makeCursor(supervisor.accountId, u"refusals"_s, last)},
                                    {u"has_more"_s, hasMore}});
}

HttpResponse AuditApi::checkpoint(const Account &supervisor)
{
    // The read is recorded first, so the checkpoint answered covers it.
    AuditEntry read = AuditEntry::by(supervisor, u"checkpoint_viewed"_s);
    if (!m_audit.appendAlone(read))
        return internalError();
    const auto c = m_checkpoints.global();
    if (!c)
        return internalError();
    return jsonResponse(AuditCheckpoints::json(*c));
}

HttpResponse AuditApi::publicKey() const
{
    return jsonResponse(QJsonObject{{u"key_id"_s, m_signer.keyId()},
                                    {u"algorithm"_s, u"Ed25519"_s},
                                    {u"public_key"_s, QString::fromLatin1(m_signer.publicKey().toBase64())}});
}

} // namespace pd::provider
