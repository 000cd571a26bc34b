// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pd {
namespace {

const QString kSchemaVersion = QStringLiteral("privacy-dashboard.consent-records/1.0");
const QString kController = QStringLiteral("Hong Kong Cloud");
const QString kCollectionMethod = QStringLiteral("privacy_dashboard_app");

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

struct Record
{
    QDateTime at;
    QString id;
    QJsonObject json;
};

QJsonObject event(const QString &type, const QDateTime &at, bool confirmed)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("time"), rfc3339(at)},
            {QStringLiteral("by"), QStringLiteral("pii_principal")},
            {QStringLiteral("collection_method"), kCollectionMethod},
            // Kantara CR 1.1: seconds since the epoch.
            {QStringLiteral("consentTimestamp"), double(at.toSecsSinceEpoch())},
            {QStringLiteral("confirmed_by_controller"), confirmed}};
}

/// The provider's receipt id, or null for a record only kept on this computer so far.
QJsonValue receiptId(const QString &id, bool confirmed)
{
    return confirmed && !id.isEmpty() ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

Record consentRecord(const ConsentReceipt &r)
{
    // A receipt kept here before the provider confirmed it has this computer's id ("local-...").
    const QString id = r.id.isEmpty() ? QStringLiteral("local:%1:%2").arg(r.purpose, rfc3339(r.at)) : r.id;
    return {r.at, id,
            QJsonObject{{QStringLiteral("record_id"), id},
                        {QStringLiteral("record_type"), QStringLiteral("consent")},
                        {QStringLiteral("consentReceiptID"), receiptId(r.id, r.confirmed)},
                        {QStringLiteral("privacy_notice"), QJsonObject{{QStringLiteral("version"), r.policyVersion}}},
                        {QStringLiteral("purposes"),
                         QJsonArray{QJsonObject{{QStringLiteral("purpose"), r.purpose},
                                                {QStringLiteral("lawful_basis"), QStringLiteral("consent")}}}},
                        {QStringLiteral("consent_status"), r.granted ? QStringLiteral("given") : QStringLiteral("withdrawn")},
                        {QStringLiteral("event"),
                         event(r.granted ? QStringLiteral("consent_given") : QStringLiteral("consent_withdrawn"), r.at, r.confirmed)}}};
}

Record acceptanceRecord(const PolicyAcceptance &a)
{
    const QString id = a.id.isEmpty() ? QStringLiteral("local:accept_policy:%1").arg(a.policyVersion) : a.id;
    return {a.at, id,
            QJsonObject{{QStringLiteral("record_id"), id},
                        {QStringLiteral("record_type"), QStringLiteral("policy_acceptance")},
                        {QStringLiteral("consentReceiptID"), receiptId(a.id, a.confirmed)},
                        {QStringLiteral("request_id"), a.requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.requestId)},
                        {QStringLiteral("privacy_notice"), QJsonObject{{QStringLiteral("version"), a.policyVersion}}},
                        // Accepting the policy is not consent to any purpose: none is listed.
                        {QStringLiteral("purposes"), QJsonArray{}},
                        {QStringLiteral("consent_status"), QStringLiteral("not_applicable")},
                        {QStringLiteral("event"), event(QStringLiteral("notice_accepted"), a.at, a.confirmed)}}};
}

} // namespace

QByteArray consentRecordsJson(const Account &account, const QList<ConsentReceipt> &receipts,
                              const QList<PolicyAcceptance> &acceptances, const QDateTime &now,
                              const std::optional<PolicyDocument> &policy)
{
    QList<Record> records;
    for (const ConsentReceipt &r : receipts)
        records << consentRecord(r);
    for (const PolicyAcceptance &a : acceptances)
        records << acceptanceRecord(a);
    std::stable_sort(records.begin(), records.end(),
                     [](const Record &a, const Record &b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
    QJsonArray list;
    for (Record &r : records) {
        r.json.insert(QStringLiteral("pii_principal_id"), account.accountId);
        list.append(r.json);
    }
    QJsonObject controller{{QStringLiteral("piiController"), kController}, {QStringLiteral("role"), QStringLiteral("controller")}};
    if (policy)
        controller.insert(QStringLiteral("contact"), QJsonObject{{QStringLiteral("email"), policy->contactEmail},
                                                                 {QStringLiteral("phone"), policy->contactPhone}});
    const QJsonObject doc{{QStringLiteral("schema_version"), kSchemaVersion},
                          {QStringLiteral("conforms_to"), QStringLiteral("ISO/IEC TS 27560:2023")},
                          {QStringLiteral("generated_at"), rfc3339(now)},
                          {QStringLiteral("language"), QStringLiteral("en")},
                          {QStringLiteral("jurisdiction"), QStringLiteral("HK")},
                          {QStringLiteral("pii_principal_id"), account.accountId},
                          {QStringLiteral("pii_controllers"), QJsonArray{controller}},
                          {QStringLiteral("current_policy_version"),
                           policy ? QJsonValue(policy->version) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("records"), list}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QList<PolicyAcceptance> withLocalAcceptances(const QList<PolicyAcceptance> &fromProvider, const QList<PolicyAcceptance> &local)
{
    QList<PolicyAcceptance> out = fromProvider;
    for (const PolicyAcceptance &l : local) {
        const bool known = std::any_of(fromProvider.cbegin(), fromProvider.cend(), [&l](const PolicyAcceptance &p) {
            return !l.requestId.isEmpty() && p.requestId == l.requestId;
        });
        if (!known)
            out << l;
    }
    return out;
}

} // namespace pd
