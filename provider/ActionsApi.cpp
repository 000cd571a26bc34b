// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsApi.h"

#include "Limits.h"
#include "OAuth.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RouteRules.h"
#include "StateChangingPath.h"
#include "UrlEncoded.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

ActionsApi::ActionsApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, StateChangingPath &path, bool testHooks)
    : m_db(db)
    , m_oauth(oauth)
    , m_path(path)
    , m_testHooks(testHooks)
    , m_attachments(db)
    , m_fieldUpdate(db, resources)
    , m_consents(db)
    , m_requests(db, resources)
    , m_export(db, resources, m_consents)
    , m_hooks(db)
{
    // Counted whatever the switch, so the count is right from the start.
    m_path.setReplayObserver([this](qint64 account) { m_hooks.countReplay(account); });
}

ActionsApi::Match ActionsApi::match(const QString &path) const
{
    const QStringList s = path.split(u'/');
    // s[0] is the empty string before the leading '/'.
    if (s.size() < 3 || !s[0].isEmpty())
        return {};
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i].isEmpty())
            return {};
    if (s[1] == u"test") {
        if (!m_testHooks)
            return {};
        if (s.size() == 3 && s[2] == u"effects")
            return {Route::TestEffects, {}, "GET"};
        if (s.size() == 5 && s[2] == u"requests" && s[4] == u"status")
            return {Route::TestRequestStatus, s[3], "POST"};
        if (s.size() == 3 && s[2] == u"incidents")
            return {Route::TestIncident, {}, "POST"};
        return {};
    }
    if (s.size() < 4 || s[1] != u"v1" || s[2] != u"me")
        return {};
    const QString &r = s[3];
    if (r == u"attachments" && s.size() == 4)
        return {Route::Attachments, {}, "PUT"};
    if (r == u"personal" && s.size() == 5)
        return {Route::PersonalField, s[4], "PATCH"};
    if (r == u"requests") {
        if (s.size() == 4)
            return {Route::Requests, {}, "GET, POST"};
        if (s.size() == 5)
            return {Route::Request, s[4], "GET"};
        if (s.size() == 6 && s[5] == u"cancel")
            return {Route::RequestCancel, s[4], "POST"};
        if (s.size() == 6 && s[5] == u"replies")
            return {Route::RequestReplies, s[4], "POST"};
        if (s.size() == 6 && s[5] == u"export")
            return {Route::RequestExport, s[4], "GET"};
        return {};
    }
    if (r == u"consents") {
        if (s.size() == 4)
            return {Route::Consents, {}, "GET"};
        if (s.size() == 5 && s[4] == u"receipts")
            return {Route::ConsentReceipts, {}, "GET"};
        if (s.size() == 5)
            return {Route::Consent, s[4], "PUT"};
    }
    return {};
}

bool ActionsApi::handles(const QString &path) const
{
    return match(path).route != Route::None;
}

HttpResponse ActionsApi::dispatch(const HttpRequest &request)
{
    const Match m = match(request.path);
    if (m.route == Route::None)
        return notFound();
    const bool attachment = m.route == Route::Attachments;
    if (auto refused = RouteRules::methodAndSize(
            request, m.methods, attachment ? pd::limits::kAttachmentBytesMax : pd::limits::kJsonBodyBytesMax,
            attachment ? u"Attachments"_s : u"Request bodies"_s))
        return *refused;
    const FormData query = parseUrlEncoded(request.rawQuery);

    if (m.route == Route::TestEffects) {
        if (auto refused = checkQuery(query, {u"account"}))
            return *refused;
        return m_hooks.effects(query);
    }
    if (m.route == Route::TestRequestStatus) {
        if (auto refused =
                checkQuery(query, {u"status", u"note", u"status_reason", u"extend_reason", u"extend_months"}))
            return *refused;
        return m_hooks.requestStatus(m.param, query);
    }
    if (m.route == Route::TestIncident) {
        if (auto refused = checkQuery(query, {u"account", u"title"}))
            return *refused;
        return m_hooks.addIncident(query);
    }

    Account account;
    if (auto refused = RouteRules::caller(m_oauth, m_db, request, &account))
        return *refused;

    // Reads answer in the client's language; state-changing handlers negotiate it themselves.
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    const bool listing = m.route == Route::Requests && request.method == "GET";
    if (auto refused = listing ? checkQuery(query, {u"cursor", u"limit", u"updated_since"}) : checkQuery(query, {}))
        return *refused;

    switch (m.route) {
    case Route::Attachments:
        return runStateChanging(account, request, [&] { return m_attachments.put(account, request); });
    case Route::PersonalField:
        return runStateChanging(account, request, [&] { return m_fieldUpdate.patch(account, request, m.param); });
    case Route::Requests:
        if (listing)
            return m_requests.list(account, query, lang);
        return runStateChanging(account, request, [&] { return m_requests.create(account, request); });
    case Route::Request:
        return m_requests.get(account, m.param, lang);
    case Route::RequestCancel:
        return runStateChanging(account, request, [&] { return m_requests.cancel(account, request, m.param); });
    case Route::RequestReplies:
        return runStateChanging(account, request, [&] { return m_requests.reply(account, request, m.param); });
    case Route::RequestExport:
        return m_export.response(account, m.param, lang);
    case Route::Consents:
        return m_consents.list(account, lang);
    case Route::ConsentReceipts:
        return m_consents.receipts(account);
    case Route::Consent:
        return runStateChanging(account, request, [&] { return m_consents.put(account, request, m.param); });
    default:
        return notFound();
    }
}

HttpResponse ActionsApi::runStateChanging(const Account &account, const HttpRequest &request,
                                          const StateChangingPath::Effect &effect)
{
    // Fault mode applies to the customer's state-changing calls, which are all here.
    return m_path.run(account, request, effect, true);
}

} // namespace pd::provider
