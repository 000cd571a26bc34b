// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "HttpTypes.h"
#include "NoticesRepository.h"

#include <QJsonObject>

#include <optional>

namespace pd::provider {

struct Account;
class ProviderDb;

/// Supervisors tell customers about security incidents and disclosures (docs/api/staff.md):
/// POST /v1/staff/incidents, POST /v1/staff/incidents/{id}/updates, POST /v1/staff/disclosures.
/// Each is state-changing (StateChangingPath's transaction) and audited in it (`incident_added`,
/// `incident_updated`, `disclosure_added`). The audit entries name the customers in their details, not
/// as the entry's account: a disclosure whose notice the law delays must not show in the customer's
/// access log before the customer may be told.
class StaffNoticesApi
{
public:
    explicit StaffNoticesApi(ProviderDb &db);

    HttpResponse addIncident(const Account &supervisor, const HttpRequest &request);
    HttpResponse addIncidentUpdate(const Account &supervisor, const QString &id, const HttpRequest &request);
    HttpResponse addDisclosure(const Account &supervisor, const HttpRequest &request);

private:
    /// A customer account named by username or account id ("alice", "C-1001"), for `field`.
    std::optional<HttpResponse> customer(const QString &field, const QString &name, Account *out) const;
    /// The incident as staff see it: the customer's document plus the accounts it concerns.
    HttpResponse incidentAnswer(const QString &id, const HttpRequest &request, int status) const;
    bool audit(const Account &supervisor, const QString &action, const QStringList &categories,
               const QJsonObject &details);

    ProviderDb &m_db;
    NoticesRepository m_notices;
    AuditLog m_audit;
};

} // namespace pd::provider
