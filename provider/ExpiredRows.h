// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace pd::provider {

class ProviderDb;

/// Deletes what is no longer of use (run by Maintenance): authorization codes and tokens past their
/// expiry, token families left without tokens, and idempotency records older than
/// pd::limits::kIdempotencyRetentionHours (a retry after that is a new request). One transaction.
class ExpiredRows
{
public:
    explicit ExpiredRows(ProviderDb &db);

    /// Rows deleted, or -1 when the database failed (nothing deleted).
    qint64 purge(qint64 nowMs);

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
