// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Requests.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace pd {

/// What one action the user took asks the provider to do.
enum class ActionKind {
    FieldUpdate,   ///< a self-editable personal detail changed directly
    Correction,    ///< a request to correct a detail the user cannot edit
    Deletion,
    Complaint,     ///< a complaint or a suggestion
    CancelAccount,
    Export,        ///< a request for a copy of the user's data
    Consent,       ///< a consent given or withdrawn
    CancelRequest, ///< withdrawing a request made earlier
    Attachment,    ///< a file sent ahead of the request it supports
    AccessSettings, ///< "Ask me first" switched on or off
    GrantDecision,  ///< a staff member's pending access grant approved or declined
    Reply,          ///< the customer's reply to a request that needs information
    AcceptPolicy,   ///< the customer accepts a new version of the privacy policy (a request, completed at once)
    Unknown,       ///< stored by a newer version of the app
};
/// The request type an action creates (Unknown for actions that are not requests).
RequestType requestTypeOf(ActionKind k);
ActionKind actionKindOf(RequestType t);

/// Where an action is on this computer.
enum class ActionState {
    Queued,    ///< saved here, waiting to be sent (offline, backing off, or next in line)
    Sent,      ///< the provider acknowledged it
    Attention, ///< the provider refused it (400/403/422): the user must look at it
    Conflict,  ///< a field update based on stale data (412): the user chooses which value wins
    Discarded, ///< the user gave up on it
};

/// What a deletion request covers.
struct DeletionScope
{
    enum Kind { Account, WholeCategory, Records, UsageRange };
    Kind kind = Account;
    Category category = Category::Registration;
    QStringList recordIds; ///< Records: device ids, cookie ids, event ids
    QDateTime from, to;    ///< UsageRange
};

struct FieldUpdatePayload
{
    QString key; ///< personal field: email, mobile, address, ...
    QString value;
};
struct CorrectionPayload
{
    QString field;
    QString proposedValue;
    QString reason;
};
struct DeletionPayload
{
    DeletionScope scope;
};
struct ComplaintPayload
{
    bool suggestion = false;
    QString subject;
    QString message;
};
struct CancelAccountPayload
{
    QString reason;
};
struct ExportPayload
{
};
struct ConsentPayload
{
    QString purpose;
    bool granted = false;
    QString policyVersion;
};
struct CancelRequestPayload
{
    QString requestId;
};
struct AccessSettingsPayload
{
    bool askFirst = false;
};
struct GrantDecisionPayload
{
    QString grantId;
    bool approve = false;
};
struct ReplyPayload
{
    QString requestId;
    QString message;
};
/// Accepting a policy version changes no consent: a purpose that needs one is asked separately.
struct AcceptPolicyPayload
{
    QString policyVersion;
};
/// What the user typed or chose for an action; monostate for attachments and unknown kinds.
using ActionPayload = std::variant<std::monostate, FieldUpdatePayload, CorrectionPayload, DeletionPayload, ComplaintPayload,
                                   CancelAccountPayload, ExportPayload, ConsentPayload, CancelRequestPayload,
                                   AccessSettingsPayload, GrantDecisionPayload, ReplyPayload, AcceptPolicyPayload>;

/// Why the provider refused an action, as it said.
struct Refusal
{
    /// What the refusal means for the user.
    enum class Reason {
        InvalidValue,    ///< the new value was not accepted
        NotEditable,     ///< the detail cannot be changed directly: ask for a correction
        CannotCancel,    ///< the request is already being worked on
        NotPending,      ///< the access grant was no longer waiting for an answer (expired, withdrawn)
        NotAwaitingReply, ///< the request no longer waits for the customer's reply
        BadAttachment,   ///< an attached file was refused (type, size, unreadable)
        Forbidden,       ///< not allowed for this account
        Stale,           ///< based on data changed elsewhere (a conflict)
        Other,
    };
    Reason reason = Reason::Other;
    int httpStatus = 0;  ///< 0 when it never reached the provider (e.g. an attachment was not sent)
    QString problem;     ///< the problem type's last segment ("invalid-value"), or a local code
    QString detail;      ///< the provider's own words (shown quoted, as plain text)

    static Reason reasonOf(const QString &problem, int httpStatus);
};

/// A field update the provider refused because the field changed since this computer saw it.
struct Conflict
{
    QString field;
    QString mine;             ///< the value the user sent
    QString current;          ///< the value at the provider now
    QDateTime currentChangedAt;
    QString etag;             ///< the provider's current ETag: sending again against it overwrites knowingly
};

/// One action the user took, as the core keeps it: the UI reads these, never the stored bodies.
struct QueuedAction
{
    qint64 seq = 0;
    ActionKind kind = ActionKind::Unknown;
    ActionState state = ActionState::Queued;
    QString title; ///< short description (a field key, a subject, a purpose; user data, not translated)
    QDateTime createdAt;
    int attempts = 0;
    ActionPayload payload;
    std::optional<Refusal> refusal;   ///< when Attention or Conflict
    std::optional<Conflict> conflict; ///< when Conflict

    template<typename P>
    const P *as() const { return std::get_if<P>(&payload); }
    /// Whether the user typed something for it: refused, it is edited and sent again rather than
    /// sent again as it is.
    bool hasTypedInput() const;
    bool needsAttention() const { return state == ActionState::Attention || state == ActionState::Conflict; }
};

} // namespace pd
