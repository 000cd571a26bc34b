// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::provider {

class ProviderDb;

/// Deterministic demo accounts (alice, bob, sam, kim, and the smaller customers of DemoCustomers).
/// Every value comes from fixed seeds, so two fresh
/// data directories hold the same rows; only the time axis follows the day of seeding, so the
/// data always looks recent.
class DemoData
{
public:
    explicit DemoData(ProviderDb &db);

    /// Seeds once per data directory (idempotent: a restart keeps everything, including tokens).
    /// `bobServerEvents` is bob's server usage event count (--scale).
    bool seedIfNeeded(qint64 bobServerEvents, QString *error);

    /// Appends new events after the account's newest ones, timed just before now (test hook).
    bool appendEvents(qint64 account, qint64 servers, qint64 domains, QString *error);

    /// `count` events from `firstId`, spread over [fromMs, toMs], values drawn from `seed`; over the
    /// account's `servers` / `domains` documents.
    bool insertServerEvents(qint64 account, quint32 seed, qint64 firstId, qint64 count, qint64 fromMs, qint64 toMs);
    bool insertDomainEvents(qint64 account, quint32 seed, qint64 firstId, qint64 count, qint64 fromMs, qint64 toMs);

private:
    bool seed(qint64 bobServerEvents, QString *error);

    ProviderDb &m_db;
};

} // namespace pd::provider
