// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "GrantsRepository.h"

namespace pd::provider {

class ProviderDb;

/// Grants whose time is up become `expired`, each with its `grant_expired` audit entry (by the
/// provider itself) in the same transaction: active ones after their minutes, pending ones left
/// unanswered for kPendingGrantHours. Run by Maintenance and before any grant is looked at, so
/// what staff and customers see is always current.
class GrantExpiry
{
public:
    explicit GrantExpiry(ProviderDb &db);

    /// False when the database failed (nothing changed then).
    bool sweep(qint64 now);

private:
    ProviderDb &m_db;
    GrantsRepository m_grants;
    AuditLog m_audit;
};

} // namespace pd::provider
