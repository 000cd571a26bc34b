// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "HttpTypes.h"
#include "PolicyRepository.h"

namespace pd::provider {

struct Account;
class ProviderDb;

/// The privacy policy and its versions: GET /v1/policy (the current version), /v1/policy/versions,
/// /v1/policy/versions/{version} (no token; the text in the negotiated language, English governing),
/// GET /v1/me/policy/acceptances, and a supervisor's POST /v1/staff/policy/versions/{version}/publish.
/// Accepting a version is a request (accept_policy, RequestsApi).
class PolicyApi
{
public:
    explicit PolicyApi(ProviderDb &db);

    /// `version` empty: the current one. 404 for a version that is unknown or not published.
    HttpResponse document(const HttpRequest &request, const QString &version) const;
    HttpResponse versions() const;
    HttpResponse acceptances(qint64 account) const;
    /// State-changing (inside StateChangingPath's transaction), audited as `policy_published`.
    HttpResponse publish(const Account &supervisor, const QString &version);

private:
    PolicyRepository m_policy;
    AuditLog m_audit;
};

} // namespace pd::provider
