// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestRow.h"

#include <QJsonValue>
#include <QStringList>

namespace pd::provider {

/// Where a request can go, in one place. The statuses, which of them are still open, who may
/// move a request from one to another, and what every move writes (status, history entry, time,
/// due date): handlers ask canMove() and change a request only through these functions, then
/// store it with RequestsRepository::saveState.
class RequestLifecycle
{
public:
    /// Who asks for a move.
    enum class Actor {
        Customer,
        Staff,
    };

    /// Every status, in lifecycle order.
    static const QStringList &statuses();
    /// The statuses of a request still being worked on.
    static const QStringList &openStatuses();
    /// Whether `actor` may move a request from `from` to `to`.
    static bool canMove(const QString &from, const QString &to, Actor actor);

    /// When a request of `type` received at `receivedAt` is due: export and correction
    /// kStatutoryDueDays later (PDPO s.19(1), s.23(1)), the others kDueMonths later.
    static qint64 dueFor(const QString &type, qint64 receivedAt);
    /// A request as it is received at `now`: due by dueFor(), history starting with it.
    static RequestRow received(const QString &id, qint64 account, const QString &type, const QJsonObject &summary,
                               qint64 now);
    /// Moves `row` to `status` at `now` with a history entry. `note` is shown as it is, unless
    /// `noteKey` names one of the provider's own notes (PolicyContent::requestNote), shown in the
    /// reader's language. A completed export becomes downloadable.
    static void moveTo(RequestRow &row, const QString &status, qint64 now, const QJsonValue &note,
                       const QString &noteKey = {});
    /// Extends the due date to `months` after the original one, saying why.
    static void extend(RequestRow &row, int months, const QString &reason);
};

} // namespace pd::provider
