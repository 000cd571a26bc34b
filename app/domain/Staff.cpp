// SPDX-License-Identifier: GPL-3.0-or-later
#include "Staff.h"

namespace pd {

QString accessReasonCode(AccessReason r)
{
    switch (r) {
    case AccessReason::CustomerRequest: return QStringLiteral("customer_request");
    case AccessReason::RequestProcessing: return QStringLiteral("request_processing");
    case AccessReason::SecurityFraud: return QStringLiteral("security_fraud");
    case AccessReason::LegalDuty: return QStringLiteral("legal_duty");
    case AccessReason::Unknown: break;
    }
    return {};
}

AccessReason accessReasonFromCode(QStringView code)
{
    for (AccessReason r : kAllAccessReasons)
        if (accessReasonCode(r) == code)
            return r;
    return AccessReason::Unknown;
}

GrantStatus grantStatusFromCode(QStringView code)
{
    if (code == u"pending") return GrantStatus::Pending;
    if (code == u"active") return GrantStatus::Active;
    if (code == u"declined") return GrantStatus::Declined;
    if (code == u"expired") return GrantStatus::Expired;
    if (code == u"ended") return GrantStatus::Ended;
    return GrantStatus::Unknown;
}

} // namespace pd
