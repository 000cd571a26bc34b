// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Notices.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QLocale>
#include <QObject>

#include <optional>

namespace pd {

class ActionQueue;
class CacheDb;
class SyncEngine;

/// What the provider has told the open account (policy section VII, V and III.(II)): the privacy policy
/// in three languages and whether a newer version waits for the customer's answer, security
/// incidents and disclosures to authorities with this device's read marks, and the record of
/// consents and policy acceptances. Session owns one while an account is open and passes its signals on.
class NoticeWatch : public QObject
{
    Q_OBJECT
public:
    NoticeWatch(CacheDb *cache, SyncEngine *sync, ActionQueue *actions, QObject *parent = nullptr);
    ~NoticeWatch() override;

    /// The policy language ("en", "zh-HK", "zh-CN") for a UI in `ui`: the one the provider's
    /// other texts are asked for in.
    static QString policyLanguage(const QLocale &ui = QLocale());

    /// The latest published version as last synced; empty before the first sync.
    QString currentPolicyVersion() const;
    /// The current version in `language` ("en", "zh-HK", "zh-CN"), as last synced.
    std::optional<PolicyDocument> policyDocument(const QString &language) const;
    /// A version newer than the one the customer accepted is published and no acceptance of it is
    /// queued or sent: the customer still has to answer.
    bool policyAnswerNeeded(const Account &account) const;
    /// Queues the acceptance of `version` (the outbox sends it once, also after being offline).
    Status acceptPolicy(const QString &version);

    QList<Incident> incidents() const;
    QList<Disclosure> disclosures() const;
    /// Incidents and disclosures not read on this device.
    int unreadCount() const;
    Status markIncidentRead(const QString &id);
    Status markDisclosureRead(const QString &id);

    /// Policy acceptances the provider confirmed, and those made here that it has not listed yet.
    QList<PolicyAcceptance> policyAcceptances() const;

    /// After a sync: says what is new (news), once.
    void announce();

Q_SIGNALS:
    void changed();
    void news(const pd::NoticeNews &news);

private:
    CacheDb *m_cache;
    ActionQueue *m_actions;
    NoticeNews m_pending; ///< found by the sync under way, announced when it ends
};

} // namespace pd
