// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Requests.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

/// Why a staff member looks at a customer's data (docs/api/staff.md).
enum class AccessReason { CustomerRequest, RequestProcessing, SecurityFraud, LegalDuty, Unknown };
QString accessReasonCode(AccessReason r);
AccessReason accessReasonFromCode(QStringView code);
inline constexpr AccessReason kAllAccessReasons[] = {AccessReason::CustomerRequest, AccessReason::RequestProcessing,
                                                     AccessReason::SecurityFraud, AccessReason::LegalDuty};

/// A request in the staff queue: metadata only, nothing of the customer's own words or data, so it
/// may be kept on a staff machine for reading offline.
struct StaffRequest
{
    QString id;
    QString accountId;
    RequestType type = RequestType::Unknown;
    QString typeCode;
    RequestStatus status = RequestStatus::Unknown;
    QString statusCode;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime extendedDueAt;
    bool extended = false;
    QString assignee; ///< staff pseudonym, empty when nobody has it
    bool assignedToMe = false;
    int daysLeft = 0; ///< negative when overdue
    bool overdue = false;
    QDateTime updatedAt;

    QDateTime effectiveDue() const { return extendedDueAt.isValid() ? extendedDueAt : dueAt; }
};

/// A request opened by staff: its metadata and everything the customer sent (kept in memory only).
struct StaffRequestDetail
{
    StaffRequest meta;
    TrackedRequest request;
};

/// Why a request was refused, from the provider's list (PCPD: a refusal is given with its reason).
inline constexpr const char *kRejectionCodes[] = {"manifestly_unfounded", "repetitive", "identity_not_verified",
                                                  "legal_exemption", "not_our_data", "other"};

enum class GrantStatus { Pending, Active, Declined, Expired, Ended, Unknown };
GrantStatus grantStatusFromCode(QStringView code);

/// Permission for one staff member to see chosen categories of one customer's data, for a while.
struct Grant
{
    QString id;
    QString accountId;
    QString staff; ///< pseudonym
    AccessReason reason = AccessReason::Unknown;
    QString reasonCode;
    QString ticket;
    QString justification;
    QList<Category> categories;
    int minutes = 0;
    GrantStatus status = GrantStatus::Unknown;
    QDateTime requestedAt;
    QDateTime decidedAt;
    QDateTime expiresAt;

    bool covers(Category c) const { return categories.contains(c); }
    bool isLive(const QDateTime &now) const { return status == GrantStatus::Active && expiresAt.isValid() && now < expiresAt; }
};

/// One entry of a customer's access log, as the provider sent it. `raw` is the entry exactly as
/// received: its hash is recomputed from it (HashChain), so nothing is lost by decoding.
struct AccessEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString staff;
    QString action; ///< grant_requested, grant_opened, viewed, request_action, ... (staff.md)
    AccessReason reason = AccessReason::Unknown;
    QString reasonCode;
    QString ticket;
    QStringList categories;
    QString grantId;
    int grantMinutes = 0;
    QJsonObject details;
    QString prevHash;
    QString hash;
    QJsonObject raw;
};

/// The provider's signed statement of where an audit chain stood.
struct Checkpoint
{
    QString accountId; ///< empty for the global chain
    qint64 seq = 0;
    QString head;
    QDateTime at;
    QString keyId;
    QString signature;
    QJsonObject raw;
};

struct AccessLogPage
{
    QList<AccessEntry> items;
    QString nextCursor;
    bool hasMore = false;
    std::optional<Checkpoint> checkpoint;
};

/// One entry of the whole audit log (supervisors).
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString actorPseudonym;
    QString actorRole;
    QString action;
    QString accountId;
    QString grantId;
    QString reasonCode;
    QString ticket;
    QStringList categories;
    QJsonObject details;
    QString prevHash;
    QString hash;
    QJsonObject raw;
};

/// One refusal in the refusal log book (supervisors).
struct RefusalEntry
{
    QString requestId;
    QString accountId;
    QString typeCode;
    QDateTime receivedAt;
    QDateTime rejectedAt;
    QString staff;
    QString reasonCode;
    QString reasonText;
};

/// A customer found by a staff search.
struct CustomerHit
{
    QString accountId;
    QString username;
    QString displayName;
};

} // namespace pd
