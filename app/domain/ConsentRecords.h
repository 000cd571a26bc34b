// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Notices.h"
#include "Records.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace pd {

/// The customer's consent receipts and policy acceptances as one JSON file of consent records in
/// the shape of ISO/IEC TS 27560:2023 (Kantara Consent Receipt 1.1 names where 27560's were not
/// available to us): docs/consent-records.md describes every member, and
/// docs/schemas/consent-records.schema.json validates the file. Records are ordered by time, then
/// id, so the same input always gives the same bytes. `policy`, when given, supplies the
/// controller's contact (its section VIII); `now` is the time the file says it was made.
QByteArray consentRecordsJson(const Account &account, const QList<ConsentReceipt> &receipts,
                              const QList<PolicyAcceptance> &acceptances, const QDateTime &now,
                              const std::optional<PolicyDocument> &policy = std::nullopt);

/// The provider's acceptance receipts plus those made on this computer that a sync has not
/// brought yet (ActionQueue::localAcceptances): a local one is left out once the provider lists
/// its request.
QList<PolicyAcceptance> withLocalAcceptances(const QList<PolicyAcceptance> &fromProvider,
                                             const QList<PolicyAcceptance> &local);

} // namespace pd
