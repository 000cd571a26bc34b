// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyApi.h"

#include "Calendar.h"
#include "JsonResponse.h"
#include "Language.h"
#include "PolicyDocument.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

PolicyApi::PolicyApi(ProviderDb &db)
    : m_policy(db)
    , m_audit(db)
{
}

HttpResponse PolicyApi::document(const HttpRequest &request, const QString &version) const
{
    const QString wanted = version.isEmpty() ? m_policy.current() : version;
    const PolicyVersionText *text = PolicyText::find(wanted);
    const auto published = m_policy.publishedVersion(wanted);
    if (!text || !published)
        return notFound(u"There is no published policy version '"_s + wanted + u"'."_s);
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    return Language::negotiated(jsonResponse(PolicyDocument::toJson(*text, published->publishedAt, lang)), lang);
}

HttpResponse PolicyApi::versions() const
{
    const auto published = m_policy.published();
    if (!published)
        return internalError();
    QJsonArray items;
    for (const PublishedVersion &v : *published)
        items.append(PolicyDocument::listItem(v.version, v.publishedAt));
    return jsonResponse(QJsonObject{{u"current"_s, m_policy.current()}, {u"items"_s, items}});
}

HttpResponse PolicyApi::acceptances(qint64 account) const
{
    const auto all = m_policy.acceptances(account);
    if (!all)
        return internalError();
    QJsonArray items;
    for (const PolicyAcceptance &a : *all)
        items.append(QJsonObject{{u"id"_s, a.id}, {u"policy_version"_s, a.version}, {u"at"_s, isoUtc(a.at)},
                                 {u"request_id"_s, a.requestId}});
    return jsonResponse(QJsonObject{{u"items"_s, items}});
}

HttpResponse PolicyApi::publish(const Account &supervisor, const QString &version)
{
    if (!PolicyText::find(version))
        return notFound(u"There is no policy version '"_s + version + u"'."_s);
    const QString current = m_policy.current();
    if (m_policy.publishedVersion(version))
        return withMembers(problem(409, u"already-published"_s, u"Already published"_s,
                                   u"Policy version "_s + version + u" is already published."_s),
                           {{u"current"_s, current}});
    if (version < current)
        return withMembers(problem(409, u"older-than-current"_s, u"Older than the current version"_s,
                                   u"Version "_s + current + u" is in force; an older version cannot follow it."_s),
                           {{u"current"_s, current}});
    const qint64 now = nowSeconds();
    if (!m_policy.publish(version, now))
        return internalError();
    AuditEntry entry = AuditEntry::by(supervisor, u"policy_published"_s);
    entry.at = now;
    entry.details = {{u"version"_s, version}, {u"previous"_s, current}};
    if (!m_audit.append(entry))
        return internalError();
    return jsonResponse(PolicyDocument::listItem(version, now));
}

} // namespace pd::provider
