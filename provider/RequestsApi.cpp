// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestsApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RequestDocument.h"
#include "RequestLifecycle.h"
#include "ResourceApi.h"
#include "Rfc3339.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

RequestsApi::RequestsApi(ProviderDb &db, ResourceApi &resources)
    : m_resources(resources)
    , m_requests(db)
    , m_validation(db)
    , m_retention(db)
    , m_policy(db)
{
}

HttpResponse RequestsApi::create(const Account &account, const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    QJsonObject summary;
    if (auto refused = m_validation.validate(account, body, &summary))
        return *refused;
    const qint64 now = nowSeconds();
    const QString type = summary[u"type"_s].toString();
    RequestRow row = RequestLifecycle::received(Crypto::randomId(u"R-"_s, 6, true), account.id, type, summary, now);
    if (type == u"deletion") {
        row.retained = m_retention.retainedFor(account, summary, now);
        row.retainedSet = true;
    }
    // Accepting the policy needs no one's work: completed at once, with its receipt. It changes no consent.
    const bool accepting = type == u"accept_policy";
    if (accepting)
        RequestLifecycle::moveTo(row, u"completed"_s, now, QJsonValue());
    if (!m_requests.insert(row)
        || (accepting
            && !m_policy.accept(account.id, {Crypto::randomId(u"PA-"_s, 6, true),
                                             summary[u"policy_version"_s].toString(), now, row.id})))
        return internalError();
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    return Language::negotiated(jsonResponse(RequestDocument::toJson(row, lang), 201), lang)
        .withHeader("Location", "/v1/me/requests/" + row.id.toLatin1());
}

HttpResponse RequestsApi::cancel(const Account &account, const HttpRequest &request, const QString &id)
{
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body, true))
        return *refused;
    if (auto refused = BodyValidation::onlyMembers(body, {}))
        return *refused;
    auto row = m_requests.load(id, account.id);
    if (!row)
        return notFound(u"You have no request "_s + id + u'.');
    if (!RequestLifecycle::canMove(row->status, u"cancelled"_s, RequestLifecycle::Actor::Customer))
        return withMembers(problem(409, u"cannot-cancel"_s, u"Cannot cancel"_s,
                                   u"Only a request we have not started on (status received) can be cancelled; this "
                                   "one is "_s + row->status + u'.'),
                           {{u"request"_s, RequestDocument::toJson(*row, Lang::En)}}); // a problem is English throughout
    const QString note = u"cancelled_by_you"_s;
    RequestLifecycle::moveTo(*row, u"cancelled"_s, nowSeconds(), PolicyContent::requestNote(note, Lang::En), note);
    if (!m_requests.saveState(*row))
        return internalError();
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    return Language::negotiated(jsonResponse(RequestDocument::toJson(*row, lang)), lang);
}

HttpResponse RequestsApi::reply(const Account &account, const HttpRequest &request, const QString &id)
{
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    if (auto refused = BodyValidation::onlyMembers(body, {u"message"_s, u"attachments"_s}))
        return *refused;
    QString message;
    if (auto refused = BodyValidation::stringMember(body, u"message"_s, true, &message))
        return *refused;
    if (auto refused = BodyValidation::lengthBetween(u"message"_s, message, 1, pd::limits::kAnswerMax))
        return *refused;
    QJsonObject checked;
    if (body.contains(u"attachments"_s))
        if (auto refused = m_validation.correctionAttachments(account, body.value(u"attachments"_s), &checked))
            return *refused;
    auto row = m_requests.load(id, account.id);
    if (!row)
        return notFound(u"You have no request "_s + id + u'.');
    if (!RequestLifecycle::canMove(row->status, u"in_review"_s, RequestLifecycle::Actor::Customer))
        return withMembers(problem(409, u"not-awaiting-reply"_s, u"Not awaiting a reply"_s,
                                   u"Only a request that needs information from you takes a reply; this one is "_s
                                       + row->status + u'.'),
                           {{u"request"_s, RequestDocument::toJson(*row, Lang::En)}});
    const qint64 now = nowSeconds();
    row->messages.append(QJsonObject{{u"at"_s, isoUtc(now)}, {u"from"_s, u"customer"_s}, {u"staff"_s, QJsonValue()},
                                     {u"kind"_s, u"reply"_s}, {u"text"_s, message.trimmed()},
                                     {u"attachments"_s, checked.value(u"attachments"_s).toArray()}});
    const QString note = u"reply_received"_s;
    RequestLifecycle::moveTo(*row, u"in_review"_s, now, PolicyContent::requestNote(note, Lang::En), note);
    row->statusReason = QString(); // the question is answered
    if (!m_requests.saveState(*row))
        return internalError();
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    return Language::negotiated(jsonResponse(RequestDocument::toJson(*row, lang), 201), lang);
}

HttpResponse RequestsApi::list(const Account &account, const FormData &query, Lang lang) const
{
    RequestPageQuery page;
    page.account = account.id;
    if (auto refused = m_resources.readPaging(query, account.accountId, u"requests"_s, &page.limit, &page.afterSeq))
        return *refused;
    if (query.has(u"updated_since"_s)) {
        const auto t = parseRfc3339(query.value(u"updated_since"_s));
        if (!t)
            return invalidRequest(u"updated_since must be an RFC 3339 time, e.g. 2025-11-03T14:05:00Z."_s);
        page.updatedSince = *t;
    }
    const auto found = m_requests.page(page);
    if (!found)
        return internalError();
    QJsonArray items;
    qint64 last = page.afterSeq;
    for (const RequestRow &row : found->rows) {
        items.append(RequestDocument::toJson(row, lang));
        last = row.seq;
    }
    return Language::negotiated(
        jsonResponse(QJsonObject{{u"items"_s, items},
                                 {u"next_cursor"_s, m_resources.makeCursor(account.accountId, u"requests"_s, last)},
                                 {u"has_more"_s, found->hasMore}}),
        lang);
}

HttpResponse RequestsApi::get(const Account &account, const QString &id, Lang lang) const
{
    const auto row = m_requests.load(id, account.id);
    if (!row)
        return notFound(u"You have no request "_s + id + u'.');
    return Language::negotiated(jsonResponse(RequestDocument::toJson(*row, lang)), lang);
}

} // namespace pd::provider
