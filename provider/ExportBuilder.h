// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentsRepository.h"
#include "EventsRepository.h"
#include "FieldUpdatesRepository.h"
#include "HttpTypes.h"
#include "Language.h"
#include "NoticesApi.h"
#include "PolicyApi.h"
#include "RequestsRepository.h"

#include <QJsonObject>

namespace pd::provider {

struct Account;
class ConsentsApi;
class ProviderDb;
class ResourceApi;

/// GET /v1/me/requests/{id}/export: once an export request is completed, the export document
/// with everything the provider holds about the account, as JSON.
class ExportBuilder
{
public:
    ExportBuilder(ProviderDb &db, ResourceApi &resources, const ConsentsApi &consents);

    HttpResponse response(const Account &account, const QString &requestId, Lang lang) const;

private:
    QJsonObject document(const Account &account, const RequestRow &request, Lang lang) const;
    /// The usage logs: complete up to FullLogLimit events per kind, else the total and the most
    /// recent RecentEvents (bob has a million server events).
    QJsonObject usage(qint64 account) const;

    static constexpr qint64 FullLogLimit = 5000;
    static constexpr int RecentEvents = 1000;

    ProviderDb &m_db;
    ResourceApi &m_resources;
    const ConsentsApi &m_consents;
    AttachmentsRepository m_attachments;
    EventsRepository m_events;
    FieldUpdatesRepository m_fieldUpdates;
    RequestsRepository m_requests;
    NoticesApi m_notices;
    PolicyApi m_policy;
};

} // namespace pd::provider
