// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pd::provider {

class ProviderDb;

/// A text as stored: {"en", "zh-HK", "zh-CN"} when the provider wrote it in every language, {"en"}
/// when staff typed it (served as written, whatever the reader's language).
struct StoredText
{
    QJsonObject byTag;

    static StoredText asWritten(const QString &text) { return {{{QStringLiteral("en"), text}}}; }
    static StoredText of(const LocalizedText &text);
    /// The text in `lang`, or the English one when there is none in it.
    QString in(Lang lang) const;
};

struct IncidentUpdateRow
{
    qint64 at = 0;
    StoredText text;
};

/// A security incident and the accounts it concerns (docs/api/openapi.yaml, Incident).
struct IncidentRow
{
    QString id;                    ///< "INC-…"
    StoredText title, whatHappened, whatWeDid;
    qint64 occurredAt = 0, detectedAt = 0, notifiedAt = 0, updatedAt = 0;
    QStringList categories, advice;
    QList<IncidentUpdateRow> updates;   ///< oldest first
};

/// A disclosure of one account's data to an authority (docs/api/openapi.yaml, Disclosure).
struct DisclosureRow
{
    QString id;                    ///< "DSC-…"
    qint64 account = 0;
    StoredText authority, legalBasis;
    QStringList categories;
    qint64 disclosedAt = 0;
    QString reference;
    qint64 notifyAfter = 0;        ///< 0: the customer was told at once; else not before then (the law delayed it)
    qint64 createdAt = 0;
};

/// The `incidents`, `incident_accounts`, `incident_updates` and `disclosures` tables.
class NoticesRepository
{
public:
    explicit NoticesRepository(ProviderDb &db);

    bool insertIncident(const IncidentRow &incident, const QList<qint64> &accounts);
    /// Adds an update and moves the incident's updated_at to it.
    bool insertIncidentUpdate(const QString &incident, const IncidentUpdateRow &update);
    std::optional<IncidentRow> incident(const QString &id) const;
    /// The account ids ("C-1001") the incident concerns.
    QStringList incidentAccounts(const QString &id) const;
    /// The incidents that concern `account`, newest first; nothing when the database fails.
    std::optional<QList<IncidentRow>> incidentsFor(qint64 account) const;

    bool insertDisclosure(const DisclosureRow &disclosure);
    /// `account`'s disclosures it may be told about at `now` (a notice still delayed is left out),
    /// newest first.
    std::optional<QList<DisclosureRow>> disclosuresFor(qint64 account, qint64 now) const;

private:
    QList<IncidentUpdateRow> updatesOf(const QString &incident) const;

    ProviderDb &m_db;
};

} // namespace pd::provider
