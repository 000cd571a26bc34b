// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "ProviderDb.h"
#include "SignInThrottle.h"

#include <functional>
#include <optional>

namespace pd::provider {

/// Checks a password for the sign-in form, off the event loop: the PBKDF2 hash (600,000 iterations)
/// runs on a worker thread (QtConcurrent) while other requests are served, and HttpFrontend answers
/// when it is done (HttpResponse::later). Throttled attempts (SignInThrottle) are answered at once,
/// without hashing. A right password stored with fewer iterations than new hashes get is hashed
/// again on the same worker and the new hash stored.
class PasswordCheck
{
public:
    enum class Result { Right, Wrong, Throttled };
    struct Outcome
    {
        Result result = Result::Wrong;
        std::optional<Account> account;  ///< with Right
        qint64 retryAfterS = 0;          ///< with Throttled
    };
    using Finish = std::function<HttpResponse(const Outcome &)>;

    explicit PasswordCheck(ProviderDb &db);

    /// `finish` turns the outcome into the answer; it runs on the main thread, at once when
    /// throttled, else once the hash is done.
    HttpResponse check(const QString &username, const QString &password, const QString &peer, Finish finish);

private:
    ProviderDb &m_db;
    SignInThrottle m_throttle;
};

} // namespace pd::provider
