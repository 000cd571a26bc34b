// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace pd::provider {

/// Fault mode for tests (`--faults SPEC --fault-seed N`): decides, deterministically from the seed,
/// what goes wrong with each state-changing /v1/me/* call. SPEC is a comma list of KIND:RATE[:ARG]:
/// drop-before, drop-after, delay:RATE:MS, 429:RATE:SECONDS, 503:RATE:SECONDS, malformed.
class FaultInjector
{
public:
    enum class Kind { None, DropBefore, DropAfter, Delay, TooManyRequests, Unavailable, Malformed };

    struct Fault
    {
        Kind kind = Kind::None;
        int arg = 0;             ///< delay in ms, or Retry-After seconds
    };

    FaultInjector() = default;

    /// Parses SPEC; returns false with a one-line message when it is not understood.
    bool configure(const QString &spec, quint32 seed, QString *error);
    bool enabled() const { return !m_rules.isEmpty(); }

    /// The fault for the next state-changing call. One draw per rule, in SPEC order, so the
    /// sequence of decisions depends only on the seed and the number of calls; the first rule
    /// whose draw falls under its rate wins.
    Fault next();

private:
    struct Rule
    {
        Kind kind;
        double rate;
        int arg;
    };
    QList<Rule> m_rules;
    QRandomGenerator m_rng;
};

} // namespace pd::provider
