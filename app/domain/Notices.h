// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// What the provider must tell the customer (issue 12): the policy in force and what changed in
/// it, security incidents that concern the account, and disclosures of the account's data to an
/// authority. Plain values; the codecs are in NoticeCodecs, the cache in store/NoticeStore.
namespace pd {

/// What one change to the policy means to the customer (docs/api: Change.kind).
enum class PolicyChangeKind { PurposeAdded, PurposeRemoved, RecipientAdded, RecipientRemoved, RetentionShorter,
                              RetentionLonger, DataAdded, RightAdded, RightChanged, Unknown };
QString policyChangeKindCode(PolicyChangeKind k);
/// Unknown for a kind this version does not know (kept, not refused: a newer provider may add kinds).
PolicyChangeKind policyChangeKindFromCode(const QString &code);

/// One change of a policy version against the version published before it.
struct PolicyChange
{
    QString id; ///< "c1": paragraphs that carry it name it (PolicyParagraph::changeId)
    PolicyChangeKind kind = PolicyChangeKind::Unknown;
    QString section;  ///< "III"
    QString summary;  ///< one sentence in the document's language
    QString oldText;  ///< the old wording (empty for something new)
    QString newText;
    QString consentPurpose; ///< the purpose whose consent this touches ("support_ai_training"), else empty
    QString kindCode; ///< `kind` as sent, so an unknown kind can still be shown raw (empty: from `kind`)
};

struct PolicyParagraph
{
    QString text;
    QString changeId; ///< the change that made this paragraph what it is, else empty
};

struct PolicyDocSection
{
    QString id; ///< "I".."VIII"
    QString title;
    QList<PolicyParagraph> paragraphs;
};

/// One published policy version in one language.
struct PolicyDocument
{
    QString version; ///< "2026-12-01"
    QDate effective;
    QDateTime publishedAt;
    QString language;          ///< "en", "zh-HK" or "zh-CN"
    QString governingLanguage; ///< "en": the text that governs when a translation differs
    bool isTranslation = false;
    QString contactEmail;
    QString contactPhone;
    QList<PolicyDocSection> sections;
    QList<PolicyChange> changes; ///< against the previous published version (empty for the first)
};

/// One published version in the list of versions (GET /v1/policy/versions).
struct PolicyVersionInfo
{
    QString version;
    QDate effective;
    QDateTime publishedAt;
};

struct PolicyVersionList
{
    QString current; ///< the latest published version
    QList<PolicyVersionInfo> items; ///< newest first
};

/// The customer accepted a policy version (a receipt, like a consent receipt).
struct PolicyAcceptance
{
    QString id;
    QString policyVersion;
    QDateTime at;
    QString requestId;
    bool confirmed = false; ///< false while only queued here
};

struct IncidentUpdate
{
    QDateTime at;
    QString text;
};

/// A security incident that concerns the account (privacy policy section V).
struct Incident
{
    QString id;
    QString title;
    QString whatHappened;
    QDateTime occurredAt, detectedAt, notifiedAt, updatedAt;
    QList<Category> categories; ///< the customer's data it touched
    QString whatWeDid;
    QStringList advice; ///< codes: change_password, watch_phishing, review_devices, check_payments (the UI words them)
    QList<IncidentUpdate> updates; ///< oldest first
    bool read = false; ///< read on this device at updatedAt (and with these updates)
};

/// A disclosure of the customer's data to an authority (privacy policy section III.(II)).
struct Disclosure
{
    QString id;
    QString authority;
    QString legalBasis;
    QList<Category> categories;
    QDateTime disclosedAt;
    QString reference;
    bool noticeDelayed = false; ///< the law delayed telling the customer
    QDateTime delayEndedAt;     ///< when that delay ended (invalid unless delayed)
    QDateTime notifiedAt;
    bool read = false; ///< read on this device
};

/// What a sync found that the customer has not been told on this device (SyncEngine::noticesFetched).
struct NoticeNews
{
    /// Non-empty the first time a version newer than the accepted one is seen.
    QString newPolicyVersion;
    /// New or updated since the last sync (on the very first sync: every unread one).
    QList<Incident> newIncidents;
    QList<Disclosure> newDisclosures;
    bool isEmpty() const { return newPolicyVersion.isEmpty() && newIncidents.isEmpty() && newDisclosures.isEmpty(); }
};

} // namespace pd

Q_DECLARE_METATYPE(pd::NoticeNews)
