// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>

namespace pd::provider {

class ProviderDb;
struct RequestRow;

/// The refusal log book (table `refusal_log`, append-only like the audit log): every rejected
/// request with its reason, as the PCPD's guidance asks a data user to keep.
class RefusalLogRepository
{
public:
    explicit RefusalLogRepository(ProviderDb &db);

    /// Inside the transaction of the rejection itself.
    bool record(const RequestRow &request, qint64 rejectedAt, const QString &staffPseudonym, const QString &code,
                const QString &text);
    /// Up to `limit` entries after `afterSeq`, oldest first, as GET /v1/staff/refusals lists them;
    /// `lastSeq` is the last one's seq. Nothing when the database fails.
    std::optional<QJsonArray> page(qint64 afterSeq, int limit, bool *hasMore, qint64 *lastSeq) const;

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
