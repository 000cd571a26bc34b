// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <optional>

namespace pd::provider {

struct Account;
class OAuth;
class ProviderDb;

/// The first checks of every routed API (ActionsApi, CustomerAccessApi, StaffApi), in the order
/// the contract gives: the method (405 with Allow), the body size (413), then the bearer token.
class RouteRules
{
public:
    /// 405 unless `request.method` is one of `methods` ("GET, POST"); 413 past `maxBodyBytes`
    /// (`what` names the bodies in the message).
    static std::optional<HttpResponse> methodAndSize(const HttpRequest &request, const char *methods,
                                                     qint64 maxBodyBytes, const QString &what);
    /// The caller behind the bearer token in `caller`; else 401 invalid-token (or 500 when the
    /// account cannot be read).
    static std::optional<HttpResponse> caller(const OAuth &oauth, const ProviderDb &db, const HttpRequest &request,
                                              Account *caller);
};

} // namespace pd::provider
