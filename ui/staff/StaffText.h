// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Requests.h"
#include "domain/Staff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pd {
struct AuditVerdict;
}

namespace pd::ui {

/// Words for the staff side's codes (reasons, refusal reasons, audit actions, grant states) and the
/// few sentences more than one staff screen says. The provider sends codes; this is where they
/// become words a support agent reads without a manual.
class StaffText
{
    Q_DECLARE_TR_FUNCTIONS(StaffText)
public:
    /// "The customer asked for help" for customer_request.
    static QString accessReason(AccessReason r);
    static QString accessReason(const QString &code);
    /// "Clearly unfounded or excessive" for manifestly_unfounded; unknown codes are shown as sent.
    static QString rejectionReason(const QString &code);
    /// A line explaining when to use it.
    static QString rejectionHint(const QString &code);
    /// "Opened access" for grant_opened; unknown codes as sent.
    static QString auditAction(const QString &code);
    static QString grantStatus(GrantStatus s);
    static QString requestType(RequestType t, const QString &code = {});
    static QString requestStatus(RequestStatus s, const QString &code = {});
    /// "8 days left", "Due today", "6 days overdue".
    static QString daysLeft(int days);
    /// What completing a request of this type does at the provider.
    static QString completionEffect(RequestType t);
    /// The audit verdict in plain words.
    static QString verdict(const AuditVerdict &v);
    /// A time today as "14:05", else date and time.
    static QString when(const QDateTime &t);
};

} // namespace pd::ui
