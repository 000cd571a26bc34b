// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "Language.h"
#include "NoticesRepository.h"

#include <QJsonObject>

namespace pd::provider {

struct Account;
class ProviderDb;

/// What the provider tells a customer about their data (policy sections V and III.(II)):
/// GET /v1/me/incidents (security incidents that concern the caller, with their updates) and
/// GET /v1/me/disclosures (disclosures to authorities the caller may be told about). Texts in the
/// negotiated language; staff-written ones as written.
class NoticesApi
{
public:
    explicit NoticesApi(ProviderDb &db);

    HttpResponse incidents(qint64 account, Lang lang) const;
    HttpResponse disclosures(qint64 account, Lang lang) const;

    static QJsonObject incidentJson(const IncidentRow &incident, Lang lang);
    static QJsonObject disclosureJson(const DisclosureRow &disclosure, Lang lang);

    /// The advice codes of an incident (the client words them).
    static const QStringList &adviceCodes();

private:
    NoticesRepository m_notices;
};

} // namespace pd::provider
