// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjector.h"
#include "HttpTypes.h"
#include "Idempotency.h"

#include <functional>

namespace pd::provider {

struct Account;
class ProviderDb;

/// The one path every state-changing call takes, the customer's (/v1/me) and staff's (/v1/staff)
/// alike: Idempotency-Key check, fault injection (customer calls only, tests only), idempotency
/// lookup, then the handler's effect and the stored outcome committed in ONE transaction. Handlers
/// therefore only write when they succeed and never open transactions; the audit entry of a staff
/// action is written by the effect, so it commits with it or not at all.
class StateChangingPath
{
public:
    explicit StateChangingPath(ProviderDb &db);

    /// Fault mode (tests only); a default-constructed injector injects nothing.
    void setFaults(const FaultInjector &faults) { m_faults = faults; }
    /// Called for each replayed answer (the test hooks count them per account).
    void setReplayObserver(std::function<void(qint64 account)> observer) { m_onReplay = std::move(observer); }

    /// A handler's effect; called inside the effect transaction.
    using Effect = std::function<HttpResponse()>;
    /// Called inside the transaction that stores a refusal's outcome (the effect's writes are
    /// rolled back by then): where a staff call's refusal is audited.
    using OnRefusal = std::function<bool(const HttpResponse &refusal)>;

    /// `faults`: whether fault mode applies (state-changing /v1/me/* calls only).
    HttpResponse run(const Account &caller, const HttpRequest &request, const Effect &effect, bool faults,
                     const OnRefusal &onRefusal = {});

private:
    ProviderDb &m_db;
    FaultInjector m_faults;
    Idempotency m_idempotency;
    std::function<void(qint64)> m_onReplay;
};

} // namespace pd::provider
