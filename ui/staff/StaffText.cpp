// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffText.h"

#include "ErrorText.h"
#include "domain/Limits.h"
#include "models/Labels.h"
#include "staff/StaffTypes.h"

#include <QHash>
#include <QLocale>

namespace pd::ui {

QString StaffText::accessReason(AccessReason r)
{
    switch (r) {
    case AccessReason::CustomerRequest: return tr("The customer asked for help");
    case AccessReason::RequestProcessing: return tr("Processing one of the customer's requests");
    case AccessReason::SecurityFraud: return tr("Security or fraud investigation");
    case AccessReason::LegalDuty: return tr("A legal duty (court order, regulator)");
    case AccessReason::Unknown: break;
    }
    return tr("Other reason");
}

QString StaffText::accessReason(const QString &code)
{
    const AccessReason r = accessReasonFromCode(code);
    return r == AccessReason::Unknown && !code.isEmpty() ? code : accessReason(r);
}

QString StaffText::rejectionReason(const QString &code)
{
    if (code == QLatin1String("manifestly_unfounded"))
        return tr("Clearly unfounded or excessive");
    if (code == QLatin1String("repetitive"))
        return tr("The same request again, too soon");
    if (code == QLatin1String("identity_not_verified"))
        return tr("We could not confirm who is asking");
    if (code == QLatin1String("legal_exemption"))
        return tr("The law allows us to refuse (an exemption applies)");
    if (code == QLatin1String("not_our_data"))
        return tr("We do not hold this data");
    if (code == QLatin1String("other"))
        return tr("Another reason (explain below)");
    return code;
}

QString StaffText::rejectionHint(const QString &code)
{
    if (code == QLatin1String("manifestly_unfounded"))
        return tr("Use only when the request plainly has no basis; say why below.");
    if (code == QLatin1String("repetitive"))
        return tr("Say when the customer last asked for the same thing and what they got.");
    if (code == QLatin1String("identity_not_verified"))
        return tr("Say what the customer can send to prove who they are.");
    if (code == QLatin1String("legal_exemption"))
        return tr("Name the exemption of the Personal Data (Privacy) Ordinance that applies.");
    if (code == QLatin1String("not_our_data"))
        return tr("Say who may hold it instead, if you know.");
    return tr("Explain the reason in plain words.");
}

QString StaffText::auditAction(const QString &code)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("grant_requested"), QT_TR_NOOP("Asked the customer for access")},
        {QStringLiteral("grant_opened"), QT_TR_NOOP("Opened access")},
        {QStringLiteral("grant_approved"), QT_TR_NOOP("Customer approved access")},
        {QStringLiteral("grant_declined"), QT_TR_NOOP("Customer declined access")},
        {QStringLiteral("grant_expired"), QT_TR_NOOP("Access expired")},
        {QStringLiteral("grant_ended"), QT_TR_NOOP("Access ended")},
        {QStringLiteral("viewed"), QT_TR_NOOP("Looked at data")},
        {QStringLiteral("request_viewed"), QT_TR_NOOP("Opened a request")},
        {QStringLiteral("request_action"), QT_TR_NOOP("Worked on a request")},
        {QStringLiteral("searched"), QT_TR_NOOP("Found in a search")},
        {QStringLiteral("refused"), QT_TR_NOOP("Refused (not allowed)")},
        {QStringLiteral("queue_viewed"), QT_TR_NOOP("Read the request queue")},
        {QStringLiteral("customers_searched"), QT_TR_NOOP("Searched for customers")},
        {QStringLiteral("grants_listed"), QT_TR_NOOP("Listed own access grants")},
        {QStringLiteral("grant_read"), QT_TR_NOOP("Read an access grant")},
        {QStringLiteral("audit_viewed"), QT_TR_NOOP("Read the audit log")},
        {QStringLiteral("refusals_viewed"), QT_TR_NOOP("Read the refusal log book")},
        {QStringLiteral("checkpoint_viewed"), QT_TR_NOOP("Read the signed checkpoint")},
    };
    const char *w = words.value(code);
    return w ? tr(w) : code;
}

QString StaffText::grantStatus(GrantStatus s)
{
    switch (s) {
    case GrantStatus::Pending: return tr("Waiting for the customer's answer");
    case GrantStatus::Active: return tr("Open");
    case GrantStatus::Declined: return tr("Declined by the customer");
    case GrantStatus::Expired: return tr("Expired");
    case GrantStatus::Ended: return tr("Ended");
    case GrantStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString StaffText::requestType(RequestType t, const QString &code)
{
    // The queue's words (Labels), so the dialog and the table name a request alike.
    return Labels::staffRequestType(t, code);
}

QString StaffText::requestStatus(RequestStatus s, const QString &code)
{
    return Labels::staffRequestStatus(s, code);
}

QString StaffText::daysLeft(int days)
{
    return Labels::daysLeft(days);
}

QString StaffText::completionEffect(RequestType t)
{
    switch (t) {
    case RequestType::Correction:
        return tr("Completing sets the detail to the value the customer asked for; the old value stays in its history. "
                  "If the value cannot be used, ask the customer or reject instead.");
    case RequestType::Deletion:
        return tr("Completing deletes the records the customer chose. What the law makes us keep is restricted "
                  "instead (hidden from normal use, deleted later) and listed to the customer.");
    case RequestType::Complaint:
        return tr("Completing sends your written answer to the customer. An answer is required.");
    case RequestType::CancelAccount:
        return tr("Completing closes the account after %Ln day(s); after that the customer can no longer sign in.",
                  nullptr, limits::kAccountClosingGraceDays);
    case RequestType::Export:
        return tr("Completing makes the copy of the customer's data ready to download in their app.");
    case RequestType::AcceptPolicy: // completed by the provider when made: never in the queue
    case RequestType::Unknown: break;
    }
    return tr("Completing closes the request as done.");
}

QString StaffText::when(const QDateTime &t)
{
    return Labels::recentDateTime(t);
}

QString StaffText::verdict(const AuditVerdict &v)
{
    const QLocale l;
    switch (v.outcome) {
    case AuditVerdict::Outcome::Intact:
        if (v.checkpoint.at.isValid())
            return tr("The audit log is intact: %1 entries checked, last signed at %2 (entry %3).")
                .arg(l.toString(v.entriesChecked), Labels::dateTime(v.checkpoint.at), l.toString(v.checkpoint.seq));
        return tr("The audit log is intact: %1 entries checked.").arg(l.toString(v.entriesChecked));
    case AuditVerdict::Outcome::Broken:
        switch (v.cause) {
        case AuditVerdict::Cause::Chain:
            return tr("The audit log has been changed: entry %1 does not match the entries before it. Entries from "
                      "there on cannot be trusted; tell your security officer.")
                .arg(l.toString(v.seq));
        case AuditVerdict::Cause::CheckpointMissing:
            return tr("The audit log has been changed: it ends before entry %1, which Hong Kong Cloud signed on %2. "
                      "Entries were removed; tell your security officer.")
                .arg(l.toString(v.checkpoint.seq), Labels::dateTime(v.checkpoint.at));
        case AuditVerdict::Cause::CheckpointMismatch:
            return tr("The audit log has been changed: entry %1 is not the one Hong Kong Cloud signed on %2. Tell "
                      "your security officer.")
                .arg(l.toString(v.checkpoint.seq), Labels::dateTime(v.checkpoint.at));
        }
        break;
    case AuditVerdict::Outcome::CouldNotCheck:
        return Labels::sentences({tr("The audit log could not be checked."), ErrorText::sync(v.error)});
    }
    return {};
}

} // namespace pd::ui
