// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestRow.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace pd::provider {

class ProviderDb;

/// Which requests a page holds: those after `afterSeq` updated at or after `updatedSince`, oldest
/// first, at most `limit`; of one account, or of every account when `account` is empty.
struct RequestPageQuery
{
    std::optional<qint64> account;
    qint64 afterSeq = 0;
    qint64 updatedSince = 0;
    int limit = 0;
};

/// A page of the staff queue (GET /v1/staff/requests): overdue first, then by due date (extended,
/// if it was), then in the order received; after the request `afterSeq` (0: from the start).
struct QueueQuery
{
    QStringList statuses;          ///< empty: every status
    QString type;                  ///< empty: every type
    enum class Assignee { Any, Me, Nobody } assignee = Assignee::Any;
    qint64 me = 0;                 ///< the caller's internal id (Assignee::Me)
    std::optional<bool> overdue;
    qint64 now = 0;
    qint64 afterSeq = 0;
    int limit = 0;
};

struct RequestPage
{
    QList<RequestRow> rows;
    bool hasMore = false;
};

/// Every statement on the `requests` table.
class RequestsRepository
{
public:
    explicit RequestsRepository(ProviderDb &db);

    /// With `account`, only that account's request of that id: a customer never reaches another's.
    std::optional<RequestRow> load(const QString &id, std::optional<qint64> account) const;
    bool insert(const RequestRow &row);
    /// Stores what RequestLifecycle and the staff actions change: status, extension, reasons,
    /// history, export_ready, updated_at, retained, assignee, messages, rejection. False when the
    /// request is not there.
    bool saveState(const RequestRow &row);
    /// Nothing when the database fails.
    std::optional<RequestPage> page(const RequestPageQuery &query) const;
    std::optional<RequestPage> queuePage(const QueueQuery &query) const;
    /// All of the account's requests, oldest first.
    QList<RequestRow> all(qint64 account) const;
    qint64 count(qint64 account) const;
    /// The latest due date (extended, if it was) of the account's open complaints (kind complaint,
    /// not suggestion).
    std::optional<qint64> latestOpenComplaintDue(qint64 account) const;

private:
    /// Rows of `SELECT <all columns> FROM requests <where>`; nothing when the database fails.
    std::optional<QList<RequestRow>> select(const QString &where, const QVariantList &binds) const;

    ProviderDb &m_db;
};

} // namespace pd::provider
