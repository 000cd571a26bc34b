// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Notices.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

class CacheDb;

/// The notices in the account's cache (CacheDb schema v4): the current privacy policy in every
/// language the sync fetched (so it reads offline), the published versions, incidents,
/// disclosures, the provider's receipts of policy acceptances, and what was read on this device.
/// A light view over the cache's connection: construct one where needed (`NoticeStore(cache)`),
/// like AccessLogStore. Every write is one transaction.
class NoticeStore
{
public:
    explicit NoticeStore(CacheDb *cache);

    /// The languages the policy is fetched and kept in.
    static QStringList policyLanguages() { return {QStringLiteral("en"), QStringLiteral("zh-HK"), QStringLiteral("zh-CN")}; }

    /// The latest published version, as last synced (empty before the first sync).
    QString currentPolicyVersion() const;
    /// The current version's text in `language` ("en", "zh-HK", "zh-CN"), if synced.
    std::optional<PolicyDocument> policyDocument(const QString &language) const;
    /// The published versions, newest first, as last synced.
    PolicyVersionList policyVersions() const;
    /// Newest first, as the provider lists them; `read` says whether read here as it is now (its
    /// updatedAt and its updates: one more update makes it unread again).
    QList<Incident> incidents() const;
    QList<Disclosure> disclosures() const;
    /// The user read the incident as it is now (an update to it makes it unread again).
    Status markIncidentRead(const QString &id);
    Status markDisclosureRead(const QString &id);
    /// Incidents and disclosures not read on this device.
    int unreadCount() const;
    /// The provider's receipts of the policy versions the customer accepted (all confirmed), oldest first.
    QList<PolicyAcceptance> policyAcceptances() const;

    /// Stores the current version's documents (one per language) and the list of versions,
    /// dropping documents of any other version, in one transaction.
    Status replacePolicy(const QList<PolicyDocument> &documents, const PolicyVersionList &versions);
    /// Stores the incidents as the provider lists them now and returns, in the same transaction's
    /// terms, those this device has not told about: new ones and ones updated since last stored,
    /// unless already read at that update.
    Result<QList<Incident>> replaceIncidents(const QList<Incident> &incidents);
    /// Likewise for disclosures (new ones not read here).
    Result<QList<Disclosure>> replaceDisclosures(const QList<Disclosure> &disclosures);
    Status replaceAcceptances(const QList<PolicyAcceptance> &acceptances);

    /// The newest policy version the customer was told about on this device (empty: none yet).
    QString announcedPolicyVersion() const;
    Status setAnnouncedPolicyVersion(const QString &version);

private:
    /// Marks notice `id` of `table` read at the version stored now.
    Status markRead(const QString &table, const QString &kind, const QString &id);

    CacheDb *m_cache;
};

} // namespace pd
