// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <initializer_list>
#include <optional>

namespace pd::provider {

/// Splits an application/x-www-form-urlencoded string ('+' is a space). Empty keys are dropped.
FormData parseUrlEncoded(const QByteArray &data);

/// The common checks every route does on its query string: duplicates and keys outside `allowed`
/// are refused. Returns a problem response, or a null optional when the query is acceptable.
std::optional<HttpResponse> checkQuery(const FormData &query, std::initializer_list<const char16_t *> allowed);

} // namespace pd::provider
