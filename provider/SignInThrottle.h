// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace pd::provider {

/// Password guessing, slowed down (pd::limits kSignIn*, docs/api/README.md "Signing in"). Wrong
/// passwords are counted per account (the username as typed, case-folded, whether or not it exists,
/// so the answer tells nothing about which accounts exist) and per client address. After the free
/// failures, every attempt waits twice as long as the one before, up to kSignInDelayMaxS; a throttled
/// attempt is refused before any password is hashed. An attempt counts as a failure from the moment it
/// is let through (so parallel guesses cannot slip past the count while their hashes run); a right
/// password then clears the account's count and takes the attempt back from the address's.
/// In memory: a restart forgets it all.
class SignInThrottle
{
public:
    /// Seconds until `account` may be tried from `address` again; 0: now.
    qint64 retryAfterS(const QString &account, const QString &address, qint64 nowMs) const;
    /// An attempt let through: counted as failed until succeeded().
    void attempt(const QString &account, const QString &address, qint64 nowMs);
    void succeeded(const QString &account, const QString &address);

    /// Password checks waiting for or running on a worker thread: past kChecksInFlightMax new ones
    /// wait (429, one second) rather than queue without end.
    bool full() const { return m_inFlight >= kChecksInFlightMax; }
    void checkStarted() { ++m_inFlight; }
    void checkFinished() { --m_inFlight; }

    static constexpr int kChecksInFlightMax = 32;

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastMs = 0;
    };
    static qint64 waitS(const Entry &entry, int freeFailures, qint64 nowMs);
    void forgetOld(qint64 nowMs);

    QHash<QString, Entry> m_accounts;
    QHash<QString, Entry> m_addresses;
    int m_inFlight = 0;
    int m_sinceForget = 0;
};

} // namespace pd::provider
