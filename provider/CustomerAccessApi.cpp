// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerAccessApi.h"

#include "AuditChain.h"
#include "BodyValidation.h"
#include "Calendar.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "OAuth.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RouteRules.h"
#include "ResourceApi.h"
#include "StateChangingPath.h"
#include "UrlEncoded.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

CustomerAccessApi::CustomerAccessApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, StateChangingPath &path,
                                     const AuditSigner &signer)
    : m_db(db)
    , m_oauth(oauth)
    , m_resources(resources)
    , m_path(path)
    , m_accounts(db)
    , m_audit(db)
    , m_checkpoints(db, signer)
    , m_expiry(db)
    , m_grants(db)
{
}

CustomerAccessApi::Match CustomerAccessApi::match(const QString &path) const
{
    const QStringList s = path.split(u'/');
    if (s.size() < 4 || !s[0].isEmpty() || s[1] != u"v1" || s[2] != u"me")
        return {};
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i].isEmpty())
            return {};
    if (s.size() == 4 && s[3] == u"access-log")
        return {Route::AccessLog, {}, "GET"};
    if (s.size() == 4 && s[3] == u"access-settings")
        return {Route::Settings, {}, "GET, PUT"};
    if (s[3] != u"access-grants")
        return {};
    if (s.size() == 4)
        return {Route::Grants, {}, "GET"};
    if (s.size() == 6 && s[5] == u"approve")
        return {Route::Approve, s[4], "POST"};
    if (s.size() == 6 && s[5] == u"decline")
        return {Route::Decline, s[4], "POST"};
    return {};
}

bool CustomerAccessApi::handles(const QString &path) const
{
    return match(path).route != Route::None;
}

HttpResponse CustomerAccessApi::dispatch(const HttpRequest &request)
{
    const Match m = match(request.path);
    if (m.route == Route::None)
        return notFound();
    if (auto refused = RouteRules::methodAndSize(request, m.methods, pd::limits::kJsonBodyBytesMax, u"Request bodies"_s))
        return *refused;
    Account account;
    if (auto refused = RouteRules::caller(m_oauth, m_db, request, &account))
        return *refused;
    const FormData query = parseUrlEncoded(request.rawQuery);
    if (auto refused = m.route == Route::AccessLog ? checkQuery(query, {u"cursor", u"limit"})
                       : m.route == Route::Grants  ? checkQuery(query, {u"status"})
                                                   : checkQuery(query, {}))
        return *refused;
    // What the customer sees of grants is current: those whose time is up are expired first.
    if (!m_expiry.sweep(nowSeconds()))
        return internalError();

    switch (m.route) {
    case Route::AccessLog:
        return accessLog(account, query);
    case Route::Settings:
        if (request.method == "GET")
            return jsonResponse(QJsonObject{{u"ask_first"_s, account.askFirst}});
        return m_path.run(account, request, [&] { return putSettings(account, request); }, true);
    case Route::Grants:
        return m_grants.customerList(account, query);
    case Route::Approve:
    case Route::Decline:
        return m_path.run(account, request, [&] { return m_grants.decide(account, m.id, m.route == Route::Approve); },
                          true);
    default:
        return notFound();
    }
}

HttpResponse CustomerAccessApi::accessLog(const Account &customer, const FormData &query)
{
    int limit = 0;
    qint64 after = 0;
    if (auto refused = m_resources.readPaging(query, customer.accountId, u"access-log"_s, &limit, &after))
        return *refused;
    bool hasMore = false;
    const auto entries = m_audit.accountPage(customer.accountId, after, limit, &hasMore);
    if (!entries)
        return internalError();
    QJsonArray items;
    qint64 last = after;
    for (const AuditEntry &e : *entries) {
        items.append(AuditChain::customerJson(e, true));
        last = e.accountSeq;
    }
    // Signed at the chain's head now, so the app can hold the provider to what it has seen.
    const auto checkpoint = m_checkpoints.customer(customer.accountId);
    if (!checkpoint)
        return internalError();
    return jsonResponse(QJsonObject{{u"items"_s, items},
                                    {u"next_cursor"_s, m_resources.makeCursor(customer.accountId, u"access-log"_s, last)},
                                    {u"has_more"_s, hasMore},
                                    {u"checkpoint"_s, AuditCheckpoints::json(*checkpoint)}});
}

HttpResponse CustomerAccessApi::putSettings(const Account &customer, const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    if (auto refused = BodyValidation::onlyMembers(body, {u"ask_first"_s}))
        return *refused;
    if (!body.value(u"ask_first"_s).isBool())
        return invalidRequest(u"The member 'ask_first' is required and must be true or false."_s);
    const bool askFirst = body.value(u"ask_first"_s).toBool();
    if (!m_accounts.setAskFirst(customer.id, askFirst))
        return internalError();
    return jsonResponse(QJsonObject{{u"ask_first"_s, askFirst}});
}

} // namespace pd::provider
