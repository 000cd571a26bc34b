// SPDX-License-Identifier: GPL-3.0-or-later
#include "Actions.h"

namespace pd {

RequestType requestTypeOf(ActionKind k)
{
    switch (k) {
    case ActionKind::Correction: return RequestType::Correction;
    case ActionKind::Deletion: return RequestType::Deletion;
    case ActionKind::Complaint: return RequestType::Complaint;
    case ActionKind::CancelAccount: return RequestType::CancelAccount;
    case ActionKind::Export: return RequestType::Export;
    case ActionKind::AcceptPolicy: return RequestType::AcceptPolicy;
    case ActionKind::FieldUpdate:
    case ActionKind::Consent:
    case ActionKind::CancelRequest:
    case ActionKind::Attachment:
    case ActionKind::AccessSettings:
    case ActionKind::GrantDecision:
    case ActionKind::Reply:
    case ActionKind::Unknown:
        break;
    }
    return RequestType::Unknown;
}

ActionKind actionKindOf(RequestType t)
{
    switch (t) {
    case RequestType::Correction: return ActionKind::Correction;
    case RequestType::Deletion: return ActionKind::Deletion;
    case RequestType::Complaint: return ActionKind::Complaint;
    case RequestType::CancelAccount: return ActionKind::CancelAccount;
    case RequestType::Export: return ActionKind::Export;
    case RequestType::AcceptPolicy: return ActionKind::AcceptPolicy;
    case RequestType::Unknown: break;
    }
    return ActionKind::Unknown;
}

Refusal::Reason Refusal::reasonOf(const QString &problem, int httpStatus)
{
    if (httpStatus == 412 || problem == QLatin1String("precondition-failed"))
        return Reason::Stale;
    if (problem == QLatin1String("invalid-value"))
        return Reason::InvalidValue;
    if (problem == QLatin1String("not-editable"))
        return Reason::NotEditable;
    if (problem == QLatin1String("cannot-cancel"))
        return Reason::CannotCancel;
    if (problem == QLatin1String("grant-not-pending"))
        return Reason::NotPending;
    if (problem == QLatin1String("not-awaiting-reply"))
        return Reason::NotAwaitingReply;
    if (problem == QLatin1String("invalid-attachment") || problem == QLatin1String("unsupported-media-type")
        || problem == QLatin1String("payload-too-large") || problem == QLatin1String("attachment-not-sent"))
        return Reason::BadAttachment;
    if (problem == QLatin1String("forbidden") || httpStatus == 403)
        return Reason::Forbidden;
    return Reason::Other;
}

bool QueuedAction::hasTypedInput() const
{
    switch (kind) {
    case ActionKind::FieldUpdate:
    case ActionKind::Correction:
    case ActionKind::Deletion:
    case ActionKind::Complaint:
    case ActionKind::CancelAccount:
    case ActionKind::Reply:
        return true;
    case ActionKind::Export:
    case ActionKind::AcceptPolicy:
    case ActionKind::Consent:
    case ActionKind::CancelRequest:
    case ActionKind::Attachment:
    case ActionKind::AccessSettings:
    case ActionKind::GrantDecision:
    case ActionKind::Unknown:
        break;
    }
    return false;
}

} // namespace pd
