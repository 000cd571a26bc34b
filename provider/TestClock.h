// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <optional>

namespace pd::provider {

/// The provider's "now" for expiry (authorization codes, access and refresh tokens, grants, the
/// account closing grace period, restricted data) and for the times it stores: the system clock,
/// plus however far tests have moved it forward. With --test-hooks, POST
/// /test/clock?advance=SECONDS moves it, so a test sees a token expire without waiting for it.
/// The offset starts at 0 in every process and only ever grows.
class TestClock
{
public:
    /// Milliseconds since the epoch (UTC), advanced by the tests' offset.
    static qint64 nowMs();
    /// Answers POST /test/clock?advance=SECONDS (1..10 years) with the new now; nullopt for any
    /// other path. Only reached with --test-hooks.
    static std::optional<HttpResponse> handle(const HttpRequest &request);
};

} // namespace pd::provider
