// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldUpdatesRepository.h"
#include "HttpTypes.h"

#include <optional>

namespace pd::provider {

struct Account;
class ProviderDb;
class ResourceApi;

/// PATCH /v1/me/personal/{key}: a customer changes a self-editable field, based on the ETag of
/// the personal document they saw (If-Match), and the change is logged.
class FieldUpdateApi
{
public:
    FieldUpdateApi(ProviderDb &db, ResourceApi &resources);

    /// State-changing: runs inside ActionsApi's effect transaction.
    HttpResponse patch(const Account &account, const HttpRequest &request, const QString &key);

    /// The syntax and length rules of the field `key` for an already trimmed `value` (a correction
    /// staff complete must meet them too).
    static std::optional<HttpResponse> checkValue(const QString &key, const QString &value);

private:
    ProviderDb &m_db;
    ResourceApi &m_resources;
    FieldUpdatesRepository m_log;
};

} // namespace pd::provider
