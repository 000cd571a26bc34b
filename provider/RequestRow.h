// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pd::provider {

/// One request as stored in `requests`. Times are milliseconds since the epoch (0: none); a null
/// string is a NULL column. RequestLifecycle changes it, RequestsRepository stores it,
/// RequestDocument shows it.
struct RequestRow
{
    qint64 seq = 0;            ///< the order requests were received in (paging cursor)
    qint64 account = 0;
    QString id;                ///< "R-…"
    QString type;              ///< correction, deletion, complaint, cancel_account, export
    QString status;            ///< one of RequestLifecycle::statuses()
    qint64 receivedAt = 0, dueAt = 0, extendedDueAt = 0, updatedAt = 0;
    QString extensionReason, statusReason;
    QJsonObject summary;       ///< the validated request body
    QJsonArray retained;       ///< deletion only: what is kept and why
    QJsonArray history;        ///< [{status, at, note, note_key?}], oldest first
    bool retainedSet = false;  ///< `retained` is stored (deletions), not NULL
    bool exportReady = false;
    QJsonArray messages;       ///< [{at, from, staff, kind, text, attachments}], oldest first (staff.md)
    QJsonObject rejection;     ///< {code, text} once rejected; empty: none
    qint64 assignee = 0;       ///< the staff member's internal account id (0: nobody)

    // Read along with the row, never stored through it:
    QString assigneePseudonym; ///< the assignee's staff pseudonym
    QString customer;          ///< the owner's account id ("C-1001")
};

} // namespace pd::provider
