// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Staff.h"

#include <QByteArray>

/// JSON codecs for the staff side, the access log and the audit log (docs/api/staff.md); like every
/// codec, each validates the whole document before it returns anything.
namespace pd::codec {

Result<ApiPage<StaffRequest>> decodeStaffQueue(const QByteArray &body);
Result<StaffRequestDetail> decodeStaffRequest(const QByteArray &body);
Result<Grant> decodeGrant(const QByteArray &body);
Result<QList<Grant>> decodeGrants(const QByteArray &body);
Result<AccessLogPage> decodeAccessLog(const QByteArray &body);
Result<Checkpoint> decodeCheckpoint(const QByteArray &body);
Result<ApiPage<AuditEntry>> decodeAuditLog(const QByteArray &body);
Result<ApiPage<RefusalEntry>> decodeRefusals(const QByteArray &body);
Result<QList<CustomerHit>> decodeCustomerHits(const QByteArray &body);
/// `{"ask_first": bool}`
Result<bool> decodeAccessSettings(const QByteArray &body);

/// For storing an access-log entry and reading it back exactly as it was sent.
AccessEntry accessEntryFromJson(const QJsonObject &raw);

} // namespace pd::codec
