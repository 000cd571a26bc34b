// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderServer.h"

#include "DemoData.h"
#include "HttpFrontend.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "MediaType.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "TestClock.h"
#include "UrlEncoded.h"

#include <QRegularExpression>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

struct Route
{
    const char16_t *path;
    const char *methods;     ///< for the Allow header; the first one is the only one for most routes
    bool testOnly = false;
};

const Route routes[] = {
    {u"/oauth/authorize", "GET, POST"},
    {u"/oauth/token", "POST"},
    {u"/oauth/revoke", "POST"},
    {u"/v1/me", "GET"},
    {u"/v1/me/personal", "GET"},
    {u"/v1/me/usage/servers", "GET"},
    {u"/v1/me/usage/domains", "GET"},
    {u"/v1/me/devices", "GET"},
    {u"/v1/me/cookies", "GET"},
    {u"/v1/me/purposes", "GET"},
    {u"/v1/me/sharing", "GET"},
    {u"/v1/me/retention", "GET"},
    {u"/v1/me/policy/acceptances", "GET"},
    {u"/v1/me/incidents", "GET"},
    {u"/v1/me/disclosures", "GET"},
    {u"/v1/policy", "GET"},
    {u"/v1/policy/versions", "GET"},
    {u"/v1/policy/versions/*", "GET"},    ///< `*`: one more path segment
    {u"/test/append-events", "POST", true},
};

/// A client that asks for JSON and not for HTML (a script, not a browser) is answered with problem+json.
bool wantsProblemJson(const QByteArray &accept)
{
    return accept.contains("json") && !accept.contains("text/html");
}

bool matches(const QString &path, QStringView pattern)
{
    if (!pattern.endsWith(u"/*"))
        return path == pattern;
    const QStringView prefix = pattern.chopped(1);
    return path.startsWith(prefix) && path.size() > prefix.size() && !path.mid(prefix.size()).contains(u'/');
}

} // namespace

ProviderServer::ProviderServer(ProviderDb &db, const AuditSigner &signer, ServerOptions options)
    : m_db(db)
    , m_options(options)
    , m_oauth(db, options.oauth)
    , m_api(db)
    , m_path(db)
    , m_actions(db, m_oauth, m_api, m_path, options.testHooks)
    , m_access(db, m_oauth, m_api, m_path, signer)
    , m_staff(db, m_oauth, m_api, m_path, signer)
    , m_maintenance(db, signer)
    , m_policy(db)
    , m_policyVersions(db)
    , m_notices(db)
{
    m_path.setFaults(options.faults);
}

ProviderServer::~ProviderServer() = default;

quint16 ProviderServer::listen(const QHostAddress &address, quint16 port)
{
    m_frontend = std::make_unique<HttpFrontend>([this](const HttpRequest &r) { return dispatch(r); });
    const quint16 bound = m_frontend->serve(new ConnectionGuard(&ProviderServer::bodyLimitFor, m_options.guard),
                                            address, port);
    if (bound != 0)
        m_maintenance.start();
    return bound;
}

BodyLimit ProviderServer::bodyLimitFor(const QString &path)
{
    if (path == u"/v1/me/attachments")
        return {pd::limits::kAttachmentBytesMax, u"Attachments"_s};
    return {pd::limits::kJsonBodyBytesMax, u"Request bodies"_s};
}

HttpResponse ProviderServer::dispatch(const HttpRequest &request)
{
    if (auto clock = m_options.testHooks ? TestClock::handle(request) : std::nullopt) { // POST /test/clock
        if (clock->status == 200)
            m_maintenance.run(); // what falls due at the new time happens now, not a minute later
        return *clock;
    }
    // "Act on your data" (ActionsApi) has its own routes and limits (attachments are larger).
    if (m_actions.handles(request.path))
        return m_actions.dispatch(request);
    // The customer's access log and grants, the staff side and the audit log's public routes (docs/api/staff.md).
    if (m_access.handles(request.path))
        return m_access.dispatch(request);
    if (m_staff.handles(request.path))
        return m_staff.dispatch(request);
    if (request.body.size() > pd::limits::kJsonBodyBytesMax)
        return payloadTooLarge(u"Request bodies"_s, pd::limits::kJsonBodyBytesMax);

    const Route *route = nullptr;
    for (const Route &r : routes)
        if (matches(request.path, QStringView(r.path)) && (!r.testOnly || m_options.testHooks))
            route = &r;
    if (!route)
        return notFound(u"There is no resource at "_s + request.path + u'.');
    const QByteArrayList allowed = QByteArray(route->methods).split(',');
    bool methodOk = false;
    for (const QByteArray &m : allowed)
        methodOk = methodOk || m.trimmed() == request.method;
    if (!methodOk)
        return methodNotAllowed(request.method, route->methods);

    const FormData query = parseUrlEncoded(request.rawQuery);
    const QString path = request.path;

    if (path == u"/oauth/authorize" && request.method == "GET") {
        // `scope` is tolerated (and ignored: there is one scope, "profile") because OAuth libraries add it.
        // `ui_locales` (OIDC) picks the sign-in page's language.
        if (auto refused = checkQuery(query, {u"response_type", u"client_id", u"redirect_uri", u"state",
                                              u"code_challenge", u"code_challenge_method", u"scope", u"ui_locales"}))
            return *refused;
        return m_oauth.authorizeGet(query, request.header("accept-language"));
    }
    if (path.startsWith(u"/oauth/")) {
        if (auto refused = checkQuery(query, {}))
            return *refused;
        if (mediaType(request.header("content-type")) != "application/x-www-form-urlencoded")
            return problem(415, u"unsupported-media-type"_s, u"Unsupported media type"_s,
                           u"Send the form as application/x-www-form-urlencoded."_s);
        const FormData form = parseUrlEncoded(request.body);
        if (path == u"/oauth/authorize")
            return m_oauth.authorizePost(form, request.header("accept-language"), request.peer,
                                         wantsProblemJson(request.header("accept")));
        if (path == u"/oauth/token")
            return m_oauth.token(form);
        return m_oauth.revoke(form);
    }
    if (path == u"/test/append-events") {
        if (auto refused = checkQuery(query, {u"account", u"servers", u"domains"}))
            return *refused;
        return appendEvents(query);
    }
    if (path.startsWith(u"/v1/policy")) {
        if (auto refused = checkQuery(query, {}))
            return *refused;
        // In the negotiated language; the English text governs, and the document says so.
        if (path == u"/v1/policy/versions")
            return m_policy.versions();
        return m_policy.document(request, path.section(u'/', 4, 4));
    }
    return dispatchResource(path, request, query);
}

HttpResponse ProviderServer::dispatchResource(const QString &path, const HttpRequest &request, const FormData &query)
{
    // Authentication before anything else, so an anonymous caller learns nothing about parameters.
    const auto account = m_oauth.authenticate(request);
    if (!account)
        return invalidToken();

    const bool paged = path == u"/v1/me/usage/servers" || path == u"/v1/me/usage/domains";
    if (auto refused = paged ? checkQuery(query, {u"cursor", u"limit"}) : checkQuery(query, {}))
        return *refused;

    if (path == u"/v1/me")
        return m_api.me(*account);
    if (path == u"/v1/me/personal")
        return m_api.personal(*account, request);
    if (path == u"/v1/me/usage/servers")
        return m_api.events(EventKind::Server, *account, query);
    if (path == u"/v1/me/usage/domains")
        return m_api.events(EventKind::Domain, *account, query);
    if (path == u"/v1/me/devices")
        return m_api.documents(*account, u"devices"_s);
    if (path == u"/v1/me/cookies")
        return m_api.documents(*account, u"cookies"_s);
    // Purposes, sharing and retention follow the policy version in force.
    if (path == u"/v1/me/purposes")
        return jsonResponse(PolicyContent::purposes(m_policyVersions.current()));
    if (path == u"/v1/me/sharing") {
        const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
        return Language::negotiated(jsonResponse(PolicyContent::sharing(m_policyVersions.current(), lang)), lang);
    }
    if (path == u"/v1/me/retention")
        return jsonResponse(PolicyContent::retention(m_policyVersions.current()));
    if (path == u"/v1/me/policy/acceptances")
        return m_policy.acceptances(*account);
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    if (path == u"/v1/me/incidents")
        return m_notices.incidents(*account, lang);
    if (path == u"/v1/me/disclosures")
        return m_notices.disclosures(*account, lang);
    return notFound();
}

HttpResponse ProviderServer::appendEvents(const FormData &query)
{
    const auto count = [&query](const QString &key) -> qint64 {
        static const QRegularExpression digits(u"^[0-9]{1,7}$"_s);
        if (!query.has(key))
            return 0;
        const QString v = query.value(key);
        return digits.match(v).hasMatch() ? v.toLongLong() : -1;
    };
    const qint64 servers = count(u"servers"_s);
    const qint64 domains = count(u"domains"_s);
    if (servers < 0 || domains < 0 || !query.has(u"account"_s))
        return problem(400, u"invalid-request"_s, u"Invalid request"_s,
                       u"account is required; servers and domains are counts up to 9999999."_s);
    const auto account = m_db.accountByUsername(query.value(u"account"_s));
    if (!account)
        return problem(404, u"not-found"_s, u"No such account"_s);
    QString error;
    if (!DemoData(m_db).appendEvents(account->id, servers, domains, &error))
        return problem(500, u"internal"_s, u"Internal error"_s, error);
    HttpResponse r;
    r.status = 204;
    return r;
}

} // namespace pd::provider
