// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionsApi.h"
#include "ConnectionGuard.h"
#include "CustomerAccessApi.h"
#include "FaultInjector.h"
#include "HttpTypes.h"
#include "Maintenance.h"
#include "NoticesApi.h"
#include "OAuth.h"
#include "PolicyApi.h"
#include "ResourceApi.h"
#include "StaffApi.h"
#include "StateChangingPath.h"

#include <QHostAddress>

#include <memory>

namespace pd::provider {

class AuditSigner;
class HttpFrontend;
class ProviderDb;

struct ServerOptions
{
    OAuthOptions oauth;
    bool testHooks = false;  ///< exposes POST /test/append-events (tests only)
    FaultInjector faults;    ///< --faults/--fault-seed (tests only); injects nothing by default
    GuardOptions guard = GuardOptions::defaults(); ///< connection limits; --test-timeouts-ms shortens them
};

/// Routing and request-level rules shared by every endpoint: body size, method, unknown query
/// parameters, content type, bearer authentication. Handlers live in OAuth and ResourceApi.
class ProviderServer
{
public:
    /// `signer` signs the audit log's checkpoints (AuditSigner, opened by main).
    ProviderServer(ProviderDb &db, const AuditSigner &signer, ServerOptions options);
    ~ProviderServer();

    /// Returns the port actually bound (useful with port 0), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    /// One request in, one response out; public so it can be reasoned about without sockets.
    HttpResponse dispatch(const HttpRequest &request);

    /// The largest body `path` accepts, known from the request line alone (ConnectionGuard refuses
    /// a larger Content-Length before reading the body).
    static BodyLimit bodyLimitFor(const QString &path);

private:
    HttpResponse dispatchResource(const QString &path, const HttpRequest &request, const FormData &query);
    HttpResponse appendEvents(const FormData &query);

    ProviderDb &m_db;
    ServerOptions m_options;
    OAuth m_oauth;
    ResourceApi m_api;
    StateChangingPath m_path;
    ActionsApi m_actions;
    CustomerAccessApi m_access;
    StaffApi m_staff;
    Maintenance m_maintenance;
    PolicyApi m_policy;
    PolicyRepository m_policyVersions;
    NoticesApi m_notices;
    std::unique_ptr<HttpFrontend> m_frontend;
};

} // namespace pd::provider
