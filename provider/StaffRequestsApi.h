// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentsRepository.h"
#include "AuditLog.h"
#include "HttpTypes.h"
#include "RequestsRepository.h"
#include "StaffActions.h"

namespace pd::provider {

struct Account;
class ProviderDb;
class ResourceApi;

/// The staff side of requests (docs/api/staff.md): the queue of every customer's requests
/// (GET /v1/staff/requests), one request in full (GET /v1/staff/requests/{id}, audited as
/// request_viewed) and the actions on it (POST .../actions, through StaffActions).
class StaffRequestsApi
{
public:
    StaffRequestsApi(ProviderDb &db, ResourceApi &resources);

    HttpResponse queue(const Account &staff, const FormData &query);
    HttpResponse get(const Account &staff, const QString &id, const HttpRequest &request);
    /// State-changing: runs inside StateChangingPath's effect transaction.
    HttpResponse act(const Account &staff, const QString &id, const HttpRequest &request);
    /// The customer (account id) a request belongs to, for auditing a refused call about it; null
    /// when there is no such request.
    QString customerOf(const QString &id) const;

private:
    HttpResponse document(const Account &staff, const RequestRow &row, const HttpRequest &request, int status) const;

    ProviderDb &m_db;
    ResourceApi &m_resources;
    RequestsRepository m_requests;
    AttachmentsRepository m_attachments;
    StaffActions m_actions;
    AuditLog m_audit;
};

} // namespace pd::provider
