// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountsRepository.h"
#include "AuditCheckpoints.h"
#include "AuditLog.h"
#include "GrantExpiry.h"
#include "GrantsApi.h"
#include "HttpTypes.h"

namespace pd::provider {

struct Account;
class AuditSigner;
class OAuth;
class ProviderDb;
class ResourceApi;
class StateChangingPath;

/// "Who looked at my data" for the customer (docs/api/staff.md): the access log with its chain and a
/// signed checkpoint (GET /v1/me/access-log), "ask me first" (GET/PUT /v1/me/access-settings), grants
/// about them (GET /v1/me/access-grants) and the answer to a pending one (POST
/// /v1/me/access-grants/{id}/approve|decline). State-changing calls take StateChangingPath like every
/// other /v1/me call (fault mode included).
class CustomerAccessApi
{
public:
    CustomerAccessApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, StateChangingPath &path,
                      const AuditSigner &signer);

    bool handles(const QString &path) const;
    HttpResponse dispatch(const HttpRequest &request);

private:
    enum class Route { None, AccessLog, Settings, Grants, Approve, Decline };
    struct Match
    {
        Route route = Route::None;
        QString id;
        const char *methods = "";
    };
    Match match(const QString &path) const;

    HttpResponse accessLog(const Account &customer, const FormData &query);
    HttpResponse putSettings(const Account &customer, const HttpRequest &request);

    ProviderDb &m_db;
    OAuth &m_oauth;
    ResourceApi &m_resources;
    StateChangingPath &m_path;
    AccountsRepository m_accounts;
    AuditLog m_audit;
    AuditCheckpoints m_checkpoints;
    GrantExpiry m_expiry;
    GrantsApi m_grants;
};

} // namespace pd::provider
