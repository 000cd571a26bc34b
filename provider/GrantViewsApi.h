// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "ConsentsApi.h"
#include "GrantsRepository.h"
#include "HttpTypes.h"

namespace pd::provider {

struct Account;
class ProviderDb;
class ResourceApi;

/// A customer's data as staff see it through a live grant (docs/api/staff.md), read-only, the same
/// documents as /v1/me/...: /v1/staff/grants/{id}/personal (registration), /usage/servers,
/// /usage/domains, /devices, /cookies, and with any live grant /purposes, /sharing, /retention,
/// /consents. Each read is a `viewed` entry in the customer's log, written before the answer.
class GrantViewsApi
{
public:
    GrantViewsApi(ProviderDb &db, ResourceApi &resources);

    /// Whether `view` ("personal", "usage/servers", …) is one of them.
    static bool isView(const QString &view);
    /// The data category `view` shows; empty for the policy views any live grant opens.
    static QString categoryOf(const QString &view);

    /// 403 grant-required unless `grantId` is the caller's own live grant covering the view's category
    /// (the caller audits that refusal).
    HttpResponse read(const Account &staff, const QString &grantId, const QString &view, const HttpRequest &request,
                      const FormData &query);

private:
    HttpResponse document(const Account &customer, const QString &view, const HttpRequest &request,
                          const FormData &query) const;

    ProviderDb &m_db;
    ResourceApi &m_resources;
    ConsentsApi m_consents;
    GrantsRepository m_grants;
    AuditLog m_audit;
};

} // namespace pd::provider
