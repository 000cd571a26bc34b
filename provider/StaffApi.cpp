// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "Limits.h"
#include "OAuth.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RouteRules.h"
#include "StateChangingPath.h"
#include "UrlEncoded.h"

#include <QJsonDocument>

namespace pd::provider {

using namespace Qt::StringLiterals;

StaffApi::StaffApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, StateChangingPath &path,
                   const AuditSigner &signer)
    : m_db(db)
    , m_oauth(oauth)
    , m_path(path)
    , m_audit(db)
    , m_requests(db, resources)
    , m_search(db)
    , m_auditApi(db, resources, signer)
    , m_expiry(db)
    , m_grants(db)
    , m_views(db, resources)
    , m_policy(db)
    , m_notices(db)
{
}

StaffApi::Match StaffApi::match(const QString &path) const
{
    const QStringList s = path.split(u'/');
    if (s.size() < 4 || !s[0].isEmpty() || s[1] != u"v1")
        return {};
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i].isEmpty())
            return {};
    if (s[2] == u"audit" && s.size() == 4) {
        if (s[3] == u"checkpoint")
            return {Route::Checkpoint, {}, {}, "GET", true};
        if (s[3] == u"public-key")
            return {Route::PublicKey, {}, {}, "GET"};
        return {};
    }
    if (s[2] != u"staff")
        return {};
    const QString &r = s[3];
    if (r == u"requests") {
        if (s.size() == 4)
            return {Route::Queue, {}, {}, "GET"};
        if (s.size() == 5)
            return {Route::Request, s[4], {}, "GET"};
        if (s.size() == 6 && s[5] == u"actions")
            return {Route::RequestActions, s[4], {}, "POST"};
        return {};
    }
    if (r == u"grants") {
        if (s.size() == 4)
            return {Route::Grants, {}, {}, "GET, POST"};
        if (s.size() == 5)
            return {Route::Grant, s[4], {}, "GET"};
        if (s.size() == 6 && s[5] == u"end")
            return {Route::GrantEnd, s[4], {}, "POST"};
        const QString view = s.mid(5).join(u'/');
        if (GrantViewsApi::isView(view))
            return {Route::GrantView, s[4], view, "GET"};
        return {};
    }
    if (r == u"policy" && s.size() == 7 && s[4] == u"versions" && s[6] == u"publish")
        return {Route::PolicyPublish, s[5], {}, "POST", true};
    if (r == u"incidents" && s.size() == 6 && s[5] == u"updates")
        return {Route::IncidentUpdate, s[4], {}, "POST", true};
    if (s.size() != 4)
        return {};
    if (r == u"refusals")
        return {Route::Refusals, {}, {}, "GET", true};
    if (r == u"customers")
        return {Route::Customers, {}, {}, "GET"};
    if (r == u"audit")
        return {Route::Audit, {}, {}, "GET", true};
    if (r == u"incidents")
        return {Route::Incidents, {}, {}, "POST", true};
    if (r == u"disclosures")
        return {Route::Disclosures, {}, {}, "POST", true};
    return {};
}

bool StaffApi::handles(const QString &path) const
{
    return match(path).route != Route::None;
}

AuditEntry StaffApi::refusalEntry(const Account &caller, const HttpRequest &request, const HttpResponse &refusal,
                                  const QString &customer)
{
    AuditEntry e = AuditEntry::by(caller, u"refused"_s);
    e.accountId = customer;
    const QJsonObject problem = QJsonDocument::fromJson(refusal.body).object();
    e.details = {{u"method"_s, QString::fromLatin1(request.method)},
                 {u"path"_s, request.path},
                 {u"status"_s, refusal.status},
                 {u"problem"_s, problem.value(u"type"_s).toString().section(u'/', -1)}};
    return e;
}

HttpResponse StaffApi::refuse(const Account &caller, const HttpRequest &request, const HttpResponse &refusal,
                              const QString &customer)
{
    AuditEntry e = refusalEntry(caller, request, refusal, customer);
    if (!m_audit.appendAlone(e))
        return internalError();
    return refusal;
}

HttpResponse StaffApi::dispatch(const HttpRequest &request)
{
    const Match m = match(request.path);
    if (m.route == Route::None)
        return notFound();
    if (auto refused = RouteRules::methodAndSize(request, m.methods, pd::limits::kJsonBodyBytesMax, u"Request bodies"_s))
        return *refused;
    const FormData query = parseUrlEncoded(request.rawQuery);
    if (m.route == Route::PublicKey) {
        if (auto refused = checkQuery(query, {}))
            return *refused;
        return m_auditApi.publicKey();
    }

    // Authentication before anything else, then the role: a caller without it learns nothing more.
    Account caller;
    if (auto refused = RouteRules::caller(m_oauth, m_db, request, &caller))
        return *refused;
    if (!caller.isStaff() || (m.supervisor && !caller.isSupervisor()))
        return refuse(caller, request,
                      problem(403, u"insufficient-role"_s, u"Insufficient role"_s,
                              m.supervisor ? u"Only supervisors may use "_s + request.path + u'.'
                                           : u"Only staff may use "_s + request.path + u'.'));
    return route(m, caller, request, query);
}

HttpResponse StaffApi::route(const Match &m, const Account &caller, const HttpRequest &request, const FormData &query)
{
    const auto allow = [&query](std::initializer_list<const char16_t *> keys) { return checkQuery(query, keys); };
    switch (m.route) {
    case Route::Queue:
        if (auto refused = allow({u"status", u"type", u"assignee", u"overdue", u"cursor", u"limit"}))
            return *refused;
        return m_requests.queue(caller, query);
    case Route::Request:
        if (auto refused = allow({}))
            return *refused;
        return m_requests.get(caller, m.id, request);
    case Route::RequestActions: {
        if (auto refused = allow({}))
            return *refused;
        return runAudited(caller, request, m_requests.customerOf(m.id),
                          [&] { return m_requests.act(caller, m.id, request); });
    }
    case Route::Refusals:
        if (auto refused = allow({u"cursor", u"limit"}))
            return *refused;
        return m_auditApi.refusals(caller, query);
    case Route::Customers:
        if (auto refused = allow({u"q"}))
            return *refused;
        return m_search.search(caller, query);
    case Route::Audit:
        if (auto refused = allow({u"staff", u"account_id", u"reason", u"action", u"from", u"to", u"cursor", u"limit"}))
            return *refused;
        return m_auditApi.list(caller, query);
    case Route::Checkpoint:
        if (auto refused = allow({}))
            return *refused;
        return m_auditApi.checkpoint(caller);
    case Route::Grants:
    case Route::Grant:
    case Route::GrantEnd:
    case Route::GrantView:
        return grantRoute(m, caller, request, query);
    case Route::PolicyPublish:
        if (auto refused = allow({}))
            return *refused;
        return runAudited(caller, request, {}, [&]() -> HttpResponse {
            QJsonObject body;
            if (auto refused = BodyValidation::object(request, &body, true))
                return *refused;
            if (auto refused = BodyValidation::onlyMembers(body, {}))
                return *refused;
            return m_policy.publish(caller, m.id);
        });
    case Route::Incidents:
    case Route::IncidentUpdate:
    case Route::Disclosures:
        if (auto refused = allow({}))
            return *refused;
        return runAudited(caller, request, {}, [&] {
            return m.route == Route::Incidents        ? m_notices.addIncident(caller, request)
                   : m.route == Route::IncidentUpdate ? m_notices.addIncidentUpdate(caller, m.id, request)
                                                      : m_notices.addDisclosure(caller, request);
        });
    default:
        return notFound();
    }
}

HttpResponse StaffApi::runAudited(const Account &caller, const HttpRequest &request, const QString &customer,
                                  const StateChangingPath::Effect &effect)
{
    // A refused call is audited with its outcome (the effect's writes are rolled back by then).
    return m_path.run(caller, request, effect, false, [&](const HttpResponse &refusal) {
        AuditEntry e = refusalEntry(caller, request, refusal, customer);
        return m_audit.append(e);
    });
}

HttpResponse StaffApi::grantRoute(const Match &m, const Account &caller, const HttpRequest &request,
                                  const FormData &query)
{
    // Grants whose time is up are expired (and audited) before anyone looks at one.
    if (!m_expiry.sweep(nowSeconds()))
        return internalError();
    const bool paged = m.view == u"usage/servers" || m.view == u"usage/domains";
    const bool listing = m.route == Route::Grants && request.method == "GET";
    if (auto refused = paged ? checkQuery(query, {u"cursor", u"limit"})
                             : listing ? checkQuery(query, {u"status"}) : checkQuery(query, {}))
        return *refused;
    switch (m.route) {
    case Route::Grants:
        if (listing)
            return m_grants.list(caller, query);
        return runAudited(caller, request, {}, [&] { return m_grants.create(caller, request); });
    case Route::Grant:
        return m_grants.get(caller, m.id);
    case Route::GrantEnd:
        return runAudited(caller, request, m_grants.customerOf(m.id), [&] { return m_grants.end(caller, m.id); });
    default: {
        const HttpResponse answer = m_views.read(caller, m.id, m.view, request, query);
        if (answer.status == 403)
            return refuse(caller, request, answer, m_grants.customerOf(m.id));
        return answer;
    }
    }
}

} // namespace pd::provider
