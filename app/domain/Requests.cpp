// SPDX-License-Identifier: GPL-3.0-or-later
#include "Requests.h"

namespace pd {

namespace {
constexpr RequestType kTypes[] = {RequestType::Correction, RequestType::Deletion, RequestType::Complaint,
                                  RequestType::CancelAccount, RequestType::Export, RequestType::AcceptPolicy};
constexpr RequestStatus kStatuses[] = {RequestStatus::Received,  RequestStatus::InReview, RequestStatus::NeedsInfo,
                                       RequestStatus::Completed, RequestStatus::Rejected, RequestStatus::Cancelled};
} // namespace

QString requestTypeCode(RequestType t)
{
    switch (t) {
    case RequestType::Correction: return QStringLiteral("correction");
    case RequestType::Deletion: return QStringLiteral("deletion");
    case RequestType::Complaint: return QStringLiteral("complaint");
    case RequestType::CancelAccount: return QStringLiteral("cancel_account");
    case RequestType::Export: return QStringLiteral("export");
    case RequestType::AcceptPolicy: return QStringLiteral("accept_policy");
    case RequestType::Unknown: break;
    }
    return {};
}

RequestType requestTypeFromCode(QStringView code)
{
    for (RequestType t : kTypes)
        if (requestTypeCode(t) == code)
            return t;
    return RequestType::Unknown;
}

QString requestStatusCode(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Received: return QStringLiteral("received");
    case RequestStatus::InReview: return QStringLiteral("in_review");
    case RequestStatus::NeedsInfo: return QStringLiteral("needs_info");
    case RequestStatus::Completed: return QStringLiteral("completed");
    case RequestStatus::Rejected: return QStringLiteral("rejected");
    case RequestStatus::Cancelled: return QStringLiteral("cancelled");
    case RequestStatus::Unknown: break;
    }
    return {};
}

RequestStatus requestStatusFromCode(QStringView code)
{
    for (RequestStatus s : kStatuses)
        if (requestStatusCode(s) == code)
            return s;
    return RequestStatus::Unknown;
}

bool isOpen(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Completed:
    case RequestStatus::Rejected:
    case RequestStatus::Cancelled:
        return false;
    case RequestStatus::Received:
    case RequestStatus::InReview:
    case RequestStatus::NeedsInfo:
    case RequestStatus::Unknown:
        return true;
    }
    return true;
}

} // namespace pd
