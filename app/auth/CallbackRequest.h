// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pd {

/// What the loopback sign-in listener makes of the bytes one connection has sent. Pure (no
/// sockets, no translations), so it is unit-tested and fuzzed alone (tests/fuzz/fuzz_signin_callback).
struct CallbackRequest
{
    enum class Verdict {
        Incomplete,  ///< the head has not ended yet ("\r\n\r\n"): keep reading
        Malformed,   ///< not "METHOD target HTTP/1.x": 400, ignored
        NotFound,    ///< another path than the callback (a favicon): 404, ignored
        WrongMethod, ///< the callback path, but not GET: 405, ignored
        WrongState,  ///< no or another `state` than this sign-in's: 400, ignored
        Denied,      ///< this sign-in's redirect carrying `error` (the user said no): ends the sign-in
        NoCode,      ///< this sign-in's redirect without a usable `code`: ends the sign-in
        Redirect,    ///< this sign-in's redirect with its code: the exchange follows
    };
    Verdict verdict = Verdict::Incomplete;
    QString code;  ///< Redirect: the authorization code (1 to kMaxCodeChars characters)
    QString error; ///< Denied: the provider's `error` code as sent

    /// Whether the listener answers and keeps waiting (the sign-in goes on).
    bool ignored() const
    {
        return verdict == Verdict::Malformed || verdict == Verdict::NotFound || verdict == Verdict::WrongMethod
            || verdict == Verdict::WrongState;
    }

    static constexpr qsizetype kMaxCodeChars = 512;
};

/// The path the redirect comes to (http://127.0.0.1:PORT/callback).
QString callbackPath();

/// Reads the request in `buffered` (everything the connection sent so far) against this sign-in's
/// `expectedState`; an empty `expectedState` matches nothing.
CallbackRequest parseCallbackRequest(const QByteArray &buffered, const QByteArray &expectedState);

} // namespace pd
