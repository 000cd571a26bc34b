// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "Language.h"
#include "RequestValidation.h"
#include "RequestsRepository.h"
#include "RetentionRules.h"

namespace pd::provider {

struct Account;
class ProviderDb;
class ResourceApi;

/// A customer's requests: POST /v1/me/requests, GET /v1/me/requests(/{id}) and
/// POST /v1/me/requests/{id}/cancel. Answers carry the provider's prose in the Accept-Language
/// language and say so.
class RequestsApi
{
public:
    RequestsApi(ProviderDb &db, ResourceApi &resources);

    /// State-changing: runs inside ActionsApi's effect transaction.
    HttpResponse create(const Account &account, const HttpRequest &request);
    /// State-changing: runs inside ActionsApi's effect transaction.
    HttpResponse cancel(const Account &account, const HttpRequest &request, const QString &id);
    /// POST /v1/me/requests/{id}/replies (docs/api/staff.md): the customer answers a request that
    /// needs information; it goes back to review. State-changing.
    HttpResponse reply(const Account &account, const HttpRequest &request, const QString &id);

    HttpResponse list(const Account &account, const FormData &query, Lang lang) const;
    HttpResponse get(const Account &account, const QString &id, Lang lang) const;

private:
    ResourceApi &m_resources;
    RequestsRepository m_requests;
    RequestValidation m_validation;
    RetentionRules m_retention;
    PolicyRepository m_policy;
};

} // namespace pd::provider
