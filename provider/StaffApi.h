// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditApi.h"
#include "AuditLog.h"
#include "CustomerSearchApi.h"
#include "GrantExpiry.h"
#include "GrantViewsApi.h"
#include "GrantsApi.h"
#include "HttpTypes.h"
#include "PolicyApi.h"
#include "StaffNoticesApi.h"
#include "StaffRequestsApi.h"
#include "StateChangingPath.h"

namespace pd::provider {

struct Account;
class AuditSigner;
class OAuth;
class ProviderDb;
class ResourceApi;

/// The staff side (docs/api/staff.md): routes /v1/staff/* and /v1/audit/* to the handlers, after
/// the rules they share: method, body size, bearer token, then the role (staff or supervisor; the
/// audit and refusal logs and the checkpoint: supervisor). A refused role is 403 insufficient-role,
/// and every refusal (401 aside) is itself an audit entry (action `refused`), written before the
/// answer. Staff POSTs take the customer's StateChangingPath (Idempotency-Key, one transaction).
class StaffApi
{
public:
    StaffApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, StateChangingPath &path, const AuditSigner &signer);

    bool handles(const QString &path) const;
    HttpResponse dispatch(const HttpRequest &request);

private:
    enum class Route {
        None, Queue, Request, RequestActions, Refusals, Customers, Grants, Grant, GrantEnd, GrantView, Audit,
        Checkpoint, PublicKey, PolicyPublish, Incidents, IncidentUpdate, Disclosures
    };
    struct Match
    {
        Route route = Route::None;
        QString id;                ///< the {id} segment
        QString view;              ///< a grant view: "personal", "usage/servers", …
        const char *methods = "";
        bool supervisor = false;   ///< supervisors only
    };
    Match match(const QString &path) const;

    /// Audits the refusal of `caller`'s call (about `customer`, when known), then answers `refusal`.
    HttpResponse refuse(const Account &caller, const HttpRequest &request, const HttpResponse &refusal,
                        const QString &customer = {});
    /// The `refused` entry for a refusal, for writing in whichever transaction records it.
    static AuditEntry refusalEntry(const Account &caller, const HttpRequest &request, const HttpResponse &refusal,
                                   const QString &customer);
    HttpResponse route(const Match &m, const Account &caller, const HttpRequest &request, const FormData &query);
    /// A state-changing call on StateChangingPath whose refusal is audited in the same transaction.
    HttpResponse runAudited(const Account &caller, const HttpRequest &request, const QString &customer,
                            const StateChangingPath::Effect &effect);
    HttpResponse grantRoute(const Match &m, const Account &caller, const HttpRequest &request, const FormData &query);

    ProviderDb &m_db;
    OAuth &m_oauth;
    StateChangingPath &m_path;
    AuditLog m_audit;
    StaffRequestsApi m_requests;
    CustomerSearchApi m_search;
    AuditApi m_auditApi;
    GrantExpiry m_expiry;
    GrantsApi m_grants;
    GrantViewsApi m_views;
    PolicyApi m_policy;
    StaffNoticesApi m_notices;
};

} // namespace pd::provider
