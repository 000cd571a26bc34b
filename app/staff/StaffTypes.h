// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actions.h"
#include "domain/HashChain.h"
#include "domain/Limits.h"
#include "domain/Result.h"
#include "domain/Staff.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pd {

/// One step of processing a request (docs/api/staff.md, `POST /v1/staff/requests/{id}/actions`),
/// as staff chose it. Made with the named constructors; StaffDesk::process() checks it.
struct StaffStep
{
    enum class Action { Assign, StartReview, AskInfo, Complete, Reject, Extend };

    Action action = Action::Assign;
    /// AskInfo: the question; Complete: the answer (required for a complaint); Reject: the reason
    /// shown to the customer (required); Extend: why (required).
    QString text;
    QString reasonCode; ///< Reject: one of kRejectionCodes
    int months = 1;     ///< Extend: 1..limits::kExtensionMonthsMax

    static StaffStep assign() { return {Action::Assign, {}, {}, 1}; }
    static StaffStep startReview() { return {Action::StartReview, {}, {}, 1}; }
    static StaffStep askInfo(const QString &question) { return {Action::AskInfo, question, {}, 1}; }
    static StaffStep complete(const QString &answer = {}) { return {Action::Complete, answer, {}, 1}; }
    static StaffStep reject(const QString &reasonCode, const QString &text) { return {Action::Reject, text, reasonCode, 1}; }
    static StaffStep extend(int months, const QString &reason) { return {Action::Extend, reason, {}, months}; }
};

/// The wire code of an action ("assign", "start_review", "ask_info", "complete", "reject", "extend").
QString staffActionCode(StaffStep::Action a);
std::optional<StaffStep::Action> staffActionFromCode(QStringView code);

/// One staff step as kept in the staff outbox: waiting, sent, or refused with the provider's problem.
struct StaffStepRecord
{
    qint64 seq = 0;
    QString requestId;
    StaffStep step;
    ActionState state = ActionState::Queued;
    int attempts = 0;
    int lastStatus = 0;      ///< HTTP status of the last answer (0: none or no connection)
    QString lastError;       ///< problem slug ("invalid-transition", "already-extended") or "network"
    QString problemTitle;    ///< the provider's problem title and detail when it refused (plain text)
    QString problemDetail;
    QDateTime createdAt;
    QDateTime sentAt;
};

/// What a staff member asks for to see a customer's data (docs/api/staff.md, `POST /v1/staff/grants`).
struct GrantRequest
{
    QString accountId;
    AccessReason reason = AccessReason::Unknown;
    QString ticket;        ///< 1..limits::kTicketMax: a ticket or request id
    QString justification; ///< limits::kJustificationMin..kJustificationMax characters
    QList<Category> categories; ///< at least one
    int minutes = limits::kGrantMinutesDefault; ///< 1..limits::kGrantMinutesMax
};

/// Filters of the supervisors' audit log (empty members filter nothing).
struct AuditFilter
{
    QString staff;      ///< the actor's account id
    QString accountId;  ///< the customer
    QString reasonCode; ///< accessReasonCode()
    QString action;     ///< grant_opened, viewed, request_action, refused, ...
    QDateTime from;
    QDateTime to;
    QString cursor;     ///< the next page of the same filter
    int limit = 0;      ///< 0: the provider's default
};

/// What checking the whole audit chain found, for the UI to say in plain words.
struct AuditVerdict
{
    enum class Outcome {
        Intact,        ///< every entry links to the one before, and the signed checkpoint is in the chain
        Broken,        ///< the chain or the checkpoint does not hold (see cause, seq, kind)
        CouldNotCheck, ///< the log could not be read (see error)
    };
    enum class Cause {
        Chain,              ///< an entry's hash or link is wrong (kind says which)
        CheckpointMissing,  ///< the chain ends before the signed checkpoint's entry: entries were removed
        CheckpointMismatch, ///< the entry at the checkpoint's sequence is not the one that was signed
    };

    Outcome outcome = Outcome::CouldNotCheck;
    Cause cause = Cause::Chain;
    qint64 seq = 0;                                  ///< Broken: the first entry that does not hold
    hashchain::Break::Kind kind = hashchain::Break::WrongHash; ///< Broken with Cause::Chain
    qint64 entriesChecked = 0;
    Checkpoint checkpoint;                           ///< the signed checkpoint compared against
    Error error;                                     ///< CouldNotCheck
};

/// The refusal log book as CSV (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF
/// quoted, quotes doubled), with a header line; times in ISO 8601 UTC.
QByteArray refusalsCsv(const QList<RefusalEntry> &refusals);

} // namespace pd

Q_DECLARE_METATYPE(pd::StaffStep)
Q_DECLARE_METATYPE(pd::StaffStepRecord)
Q_DECLARE_METATYPE(pd::AuditVerdict)
