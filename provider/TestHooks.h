// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentsRepository.h"
#include "ConsentsRepository.h"
#include "FieldUpdatesRepository.h"
#include "NoticesRepository.h"
#include "HttpTypes.h"
#include "RequestsRepository.h"

#include <QHash>

namespace pd::provider {

class ProviderDb;

/// The "act on your data" test hooks, routed only with --test-hooks: GET /test/effects (what was
/// committed, and how many answers were replayed), POST /test/requests/{id}/status (moves a
/// request along, standing in for the staff side) and POST /test/incidents (adds an incident).
class TestHooks
{
public:
    explicit TestHooks(ProviderDb &db);

    /// Counted whatever the switch, so the count is right from the start.
    void countReplay(qint64 account) { ++m_replays[account]; }

    HttpResponse effects(const FormData &query) const;
    HttpResponse requestStatus(const QString &id, const FormData &query);
    /// POST /test/incidents?account=&title=: a security incident for one account, now (the
    /// screen-reader check's announcement; the real way is the supervisors' POST /v1/staff/incidents).
    HttpResponse addIncident(const FormData &query);

private:
    ProviderDb &m_db;
    AttachmentsRepository m_attachments;
    ConsentsRepository m_consents;
    FieldUpdatesRepository m_fieldUpdates;
    RequestsRepository m_requests;
    NoticesRepository m_notices;
    QHash<qint64, int> m_replays; ///< idempotent replays per account since start
};

} // namespace pd::provider
