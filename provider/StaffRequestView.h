// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"
#include "RequestRow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace pd::provider {

/// A request as staff see it (docs/api/staff.md). The queue item is metadata only (safe to keep on a
/// staff machine): {id, account_id, type, status, received_at, due_at, extended_due_at, extended,
/// assignee, assigned_to_me, days_left, overdue, updated_at}. The detail is the customer's Request
/// document plus that metadata and the names of its attachments.
class StaffRequestView
{
public:
    /// `staff`: the caller's internal id (assigned_to_me).
    static QJsonObject item(const RequestRow &row, qint64 staff, qint64 now);
    static QJsonObject detail(const RequestRow &row, qint64 staff, qint64 now, Lang lang,
                              const QJsonArray &attachments);
    /// The attachments a request refers to (a correction's, and those sent with replies), in order.
    static QStringList attachmentIds(const RequestRow &row);

    static bool isOverdue(const RequestRow &row, qint64 now);
    /// Whole days from now to the due date (extended, if it was), rounded down, so negative when
    /// overdue; for a closed request, from when it was closed.
    static int daysLeft(const RequestRow &row, qint64 now);
};

} // namespace pd::provider
