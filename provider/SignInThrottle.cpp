// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInThrottle.h"

#include "Limits.h"

namespace pd::provider {

qint64 SignInThrottle::waitS(const Entry &entry, int freeFailures, qint64 nowMs)
{
    if (entry.failures < freeFailures || nowMs - entry.lastMs > qint64(pd::limits::kSignInFailureWindowS) * 1000)
        return 0;
    const int doublings = qMin(entry.failures - freeFailures, 30);
    const qint64 delayS = qMin<qint64>(qint64(1) << doublings, pd::limits::kSignInDelayMaxS);
    const qint64 leftMs = entry.lastMs + delayS * 1000 - nowMs;
    return leftMs <= 0 ? 0 : (leftMs + 999) / 1000;
}

qint64 SignInThrottle::retryAfterS(const QString &account, const QString &address, qint64 nowMs) const
{
    const qint64 byAccount = waitS(m_accounts.value(account), pd::limits::kSignInFreeFailuresPerAccount, nowMs);
    const qint64 byAddress = waitS(m_addresses.value(address), pd::limits::kSignInFreeFailuresPerAddress, nowMs);
    return qMax(byAccount, byAddress);
}

void SignInThrottle::attempt(const QString &account, const QString &address, qint64 nowMs)
{
    if (++m_sinceForget >= 1000)
        forgetOld(nowMs);
    for (Entry *e : {&m_accounts[account], &m_addresses[address]}) {
        ++e->failures;
        e->lastMs = nowMs;
    }
}

void SignInThrottle::succeeded(const QString &account, const QString &address)
{
    m_accounts.remove(account);
    const auto it = m_addresses.find(address);
    if (it != m_addresses.end() && --it->failures <= 0)
        m_addresses.erase(it);
}

void SignInThrottle::forgetOld(qint64 nowMs)
{
    m_sinceForget = 0;
    const qint64 horizon = nowMs - qint64(pd::limits::kSignInFailureWindowS) * 1000;
    for (auto *table : {&m_accounts, &m_addresses})
        table->removeIf([horizon](const auto &it) { return it.value().lastMs < horizon; });
}

} // namespace pd::provider
