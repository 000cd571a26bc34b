// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "GrantsRepository.h"
#include "HttpTypes.h"

#include <optional>

namespace pd::provider {

struct Account;
class ProviderDb;

/// Access grants (docs/api/staff.md). Staff ask for one (POST /v1/staff/grants: active at once, or
/// pending when the customer asks to approve first), list and read their own, and end them; the
/// customer approves or declines a pending one (POST /v1/me/access-grants/{id}/approve|decline).
/// Every change is an audit entry in the customer's log, in the same transaction: grant_opened or
/// grant_requested, grant_approved, grant_declined, grant_ended (GrantExpiry writes grant_expired).
class GrantsApi
{
public:
    explicit GrantsApi(ProviderDb &db);

    /// State-changing (inside StateChangingPath's transaction).
    HttpResponse create(const Account &staff, const HttpRequest &request);
    HttpResponse end(const Account &staff, const QString &id);
    HttpResponse decide(const Account &customer, const QString &id, bool approve);

    HttpResponse list(const Account &staff, const FormData &query);
    HttpResponse get(const Account &staff, const QString &id);
    /// GET /v1/me/access-grants?status=pending|active|all.
    HttpResponse customerList(const Account &customer, const FormData &query) const;

    /// The customer a grant is about, for auditing a refused call about it; null when unknown.
    QString customerOf(const QString &id) const;

    static const QStringList &reasons();

private:
    /// The grant's entry in the customer's log, by `actor`.
    static AuditEntry entry(const Account &actor, const QString &action, const GrantRow &grant);

    ProviderDb &m_db;
    GrantsRepository m_grants;
    AuditLog m_audit;
};

} // namespace pd::provider
