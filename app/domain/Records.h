// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd {

/// The data categories of the privacy policy, section I.
enum class Category { Registration, ServerUsage, DomainUsage, Devices, Cookies };
QString categoryCode(Category c);
std::optional<Category> categoryFromCode(const QString &code);
inline constexpr Category kAllCategories[] = {Category::Registration, Category::ServerUsage,
                                              Category::DomainUsage, Category::Devices, Category::Cookies};

struct Account
{
    QString accountId;
    QString username;
    QString displayName;
    QString role; ///< "customer", "staff" or "supervisor"
    QString policyVersionAccepted;
    QString staffPseudonym; ///< staff: the only name customers see ("Support agent 7")
    QDateTime closesAt;     ///< a completed cancellation closes the account then (invalid: open)
    QDateTime erasedAt;     ///< when a completed deletion last removed usage events (invalid: never)
    /// Staff and supervisors work in the staff workspace.
    bool isStaff() const { return role == QLatin1String("staff") || isSupervisor(); }
    /// Supervisors also read the audit log and the refusal log.
    bool isSupervisor() const { return role == QLatin1String("supervisor"); }
};

/// Why, on what basis, from where and for how long one piece of data is held.
struct DataMeta
{
    QStringList purposes;
    QString legalBasis;
    QString source;
    QString retention;
    QDateTime updatedAt;
};

struct PersonalField
{
    QString key; ///< name, mobile, email, address (unknown keys are kept and shown raw)
    QString value;
    bool editable = false;
    DataMeta meta;
};

struct PaymentMethod
{
    QString id;
    QString kind; ///< card or platform
    QString brand;
    QString last4;
    QString expiry; ///< YYYY-MM
    QString platform;
    QString accountMasked;
    DataMeta meta;
};

struct PersonalData
{
    QList<PersonalField> fields;
    QDateTime passwordChangedAt;
    QList<PaymentMethod> paymentMethods;
};

struct ServerEvent
{
    qint64 id = 0;
    QString serverId;
    QString serverName;
    QDateTime loginAt;
    qint64 durationS = 0;
    qint64 trafficBytes = 0;
    double cpuPct = 0;
    qint64 memoryBytes = 0;
    qint64 diskBytes = 0;
};

struct DomainEvent
{
    qint64 id = 0;
    QString domain;
    QString kind; ///< query, registration, purchase, renewal, transfer, dns_change
    QDateTime at;
    QString details;
};

struct DeviceIdentifier
{
    QString kind; ///< imei, mac, uuid
    QString value;
    bool masked = false;
};

struct Device
{
    QString id;
    QString type; ///< computer, phone, tablet
    QString model;
    QString os;
    QString osVersion;
    QString browser;
    QString browserVersion;
    QList<DeviceIdentifier> identifiers;
    QString ip;
    QString networkOperator;
    QString connection; ///< wifi, ethernet, 4g, 5g, other
    QDateTime firstSeen;
    QDateTime lastSeen;
};

struct CookieItem
{
    QString id;
    QString name;
    QString kind;    ///< cookie, web_beacon, local_storage
    QString purpose; ///< essential, preferences, analytics, personalisation
    QString domain;
    std::optional<qint64> lifetimeS; ///< empty = ends with the browser session
    bool consentRequired = false;
};

/// One page of a paged API list (docs/api: items, next_cursor, has_more).
template<typename T>
struct ApiPage
{
    QList<T> items;
    QString nextCursor;
    bool hasMore = false;
};

struct PurposeUse
{
    QString code;
    QString legalBasis;
    bool consentRequired = false;
};

struct CategoryPurposes
{
    Category category = Category::Registration;
    QList<PurposeUse> purposes;
};

struct SharingEntry
{
    QString recipient; ///< payment_processing, technical_support, logistics, data_analysis
    QString name;
    QList<Category> categories;
    QString data;
    QString why;
};

struct RetentionEntry
{
    Category category = Category::Registration;
    QString period; ///< ISO 8601 duration
    QString starts;
    QString basis;
};

struct PolicySection
{
    QString id;
    QString title;
    QString body;
};

struct Policy
{
    QString version;
    QString effective;
    QList<PolicySection> sections;
};

struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
};

/// One purpose that needs the user's consent, and whether it is given.
struct ConsentPurpose
{
    QString purpose; ///< personalisation, analytics_cookies, marketing, product_research
    bool granted = false;
    QDateTime changedAt;
    QString affects; ///< provider's plain words: what stops working without it
};

struct ConsentState
{
    QString policyVersion;
    QList<ConsentPurpose> items;
};

struct ConsentReceipt
{
    QString id;
    QString purpose;
    bool granted = false;
    QDateTime at;
    QString policyVersion;
    bool confirmed = false; ///< false while only queued here
};

} // namespace pd

