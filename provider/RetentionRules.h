// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventsRepository.h"
#include "RequestsRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::provider {

struct Account;
class ProviderDb;

/// What a deletion must keep, and until when. Policy VI (III): some data must be kept for a
/// while (law, unfinished transactions, disputes); it is then restricted and deleted when the
/// condition ends. Periods: PolicyContent::retention().
class RetentionRules
{
public:
    explicit RetentionRules(ProviderDb &db);

    /// `deletion` is a validated deletion summary; the items are {category, reason, until, detail},
    /// the detail in English (RequestDocument shows it in the reader's language).
    QJsonArray retainedFor(const Account &account, const QJsonObject &deletion, qint64 now) const;

private:
    EventsRepository m_events;
    RequestsRepository m_requests;
};

} // namespace pd::provider
