// SPDX-License-Identifier: GPL-3.0-or-later
// The consent records export (issue 12): consent receipts and policy acceptances, confirmed and
// only kept here, as one JSON file in the ISO/IEC TS 27560 shape, ordered by time, the same bytes
// for the same input; and the file validates against docs/schemas/consent-records.schema.json
// with Debian's python3-jsonschema (which refuses a file that breaks the schema).
#include "SchemaCheck.h"

#include "domain/ConsentRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

const QString kSchema = u"docs/schemas/consent-records.schema.json"_s;

QDateTime at(int y, int mo, int d, int h = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), QTimeZone::utc());
}

Account alice()
{
    Account a;
    a.accountId = u"C-1001"_s;
    a.username = u"alice"_s;
    a.displayName = u"Alice Chan"_s;
    a.role = u"customer"_s;
    a.policyVersionAccepted = u"2025-05-14"_s;
    return a;
}

QList<ConsentReceipt> receipts()
{
    return {{u"RCPT-2"_s, u"marketing"_s, false, at(2026, 3, 2, 9), u"2025-05-14"_s, true},
            {u"RCPT-1"_s, u"marketing"_s, true, at(2025, 6, 1, 8), u"2025-05-14"_s, true},
            {u"local-7"_s, u"analytics_cookies"_s, true, at(2026, 12, 3, 10), u"2026-12-01"_s, false}};
}

QList<PolicyAcceptance> acceptances()
{
    return {{u"ACC-1"_s, u"2025-05-14"_s, at(2025, 5, 20, 4), u"R-1"_s, true},
            {QString(), u"2026-12-01"_s, at(2026, 12, 3, 9), QString(), false}};
}

PolicyDocument policy()
{
    PolicyDocument p;
    p.version = u"2026-12-01"_s;
    p.contactEmail = u"service@cn2.hk"_s;
    p.contactPhone = u"4008889543"_s;
    return p;
}

QJsonObject exported(const std::optional<PolicyDocument> &doc = policy())
{
    return QJsonDocument::fromJson(consentRecordsJson(alice(), receipts(), acceptances(), at(2026, 12, 4, 12), doc)).object();
}

} // namespace

class TstConsentRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsInTimeOrder();
    void consentRecord();
    void acceptanceGivesNoConsent();
    void sameInputSameBytes();
    void validatesAgainstTheSchema();
    void schemaRefusesABrokenFile();
    void localAcceptancesUntilSynced();
};

void TstConsentRecords::recordsInTimeOrder()
{
    const QJsonObject doc = exported();
    QCOMPARE(doc[u"pii_principal_id"_s].toString(), u"C-1001"_s);
    QCOMPARE(doc[u"generated_at"_s].toString(), u"2026-12-04T12:00:00.000Z"_s);
    QCOMPARE(doc[u"current_policy_version"_s].toString(), u"2026-12-01"_s);
    const QJsonObject controller = doc[u"pii_controllers"_s].toArray().first().toObject();
    QCOMPARE(controller[u"piiController"_s].toString(), u"Hong Kong Cloud"_s);
    QCOMPARE(controller[u"contact"_s][u"email"_s].toString(), u"service@cn2.hk"_s);
    const QJsonArray records = doc[u"records"_s].toArray();
    QCOMPARE(records.size(), 5);
    QStringList order;
    for (const QJsonValue &r : records)
        order << r[u"record_id"_s].toString();
    QCOMPARE(order, (QStringList{u"ACC-1"_s, u"RCPT-1"_s, u"RCPT-2"_s, u"local:accept_policy:2026-12-01"_s, u"local-7"_s}));
    for (const QJsonValue &r : records)
        QCOMPARE(r[u"pii_principal_id"_s].toString(), u"C-1001"_s);
}

void TstConsentRecords::consentRecord()
{
    const QJsonArray records = exported()[u"records"_s].toArray();
    const QJsonObject withdrawn = records.at(2).toObject();
    QCOMPARE(withdrawn[u"record_type"_s].toString(), u"consent"_s);
    QCOMPARE(withdrawn[u"consentReceiptID"_s].toString(), u"RCPT-2"_s);
    QCOMPARE(withdrawn[u"consent_status"_s].toString(), u"withdrawn"_s);
    QCOMPARE(withdrawn[u"purposes"_s].toArray().first()[u"purpose"_s].toString(), u"marketing"_s);
    QCOMPARE(withdrawn[u"privacy_notice"_s][u"version"_s].toString(), u"2025-05-14"_s);
    const QJsonObject event = withdrawn[u"event"_s].toObject();
    QCOMPARE(event[u"type"_s].toString(), u"consent_withdrawn"_s);
    QCOMPARE(event[u"time"_s].toString(), u"2026-03-02T09:00:00.000Z"_s);
    QCOMPARE(event[u"consentTimestamp"_s].toInteger(), at(2026, 3, 2, 9).toSecsSinceEpoch());
    QVERIFY(event[u"confirmed_by_controller"_s].toBool());
    // Kept here, not confirmed yet: no receipt id of the provider's.
    const QJsonObject local = records.at(4).toObject();
    QVERIFY(local[u"consentReceiptID"_s].isNull());
    QVERIFY(!local[u"event"_s][u"confirmed_by_controller"_s].toBool());
    QCOMPARE(local[u"event"_s][u"type"_s].toString(), u"consent_given"_s);
}

void TstConsentRecords::acceptanceGivesNoConsent()
{
    const QJsonArray records = exported()[u"records"_s].toArray();
    const QJsonObject accepted = records.at(0).toObject();
    QCOMPARE(accepted[u"record_type"_s].toString(), u"policy_acceptance"_s);
    QCOMPARE(accepted[u"request_id"_s].toString(), u"R-1"_s);
    QCOMPARE(accepted[u"consent_status"_s].toString(), u"not_applicable"_s);
    QVERIFY(accepted[u"purposes"_s].toArray().isEmpty());
    QCOMPARE(accepted[u"event"_s][u"type"_s].toString(), u"notice_accepted"_s);
    const QJsonObject queued = records.at(3).toObject();
    QVERIFY(queued[u"consentReceiptID"_s].isNull());
    QVERIFY(queued[u"request_id"_s].isNull());
}

void TstConsentRecords::sameInputSameBytes()
{
    const QByteArray a = consentRecordsJson(alice(), receipts(), acceptances(), at(2026, 12, 4, 12), policy());
    QList<ConsentReceipt> shuffled = receipts();
    std::reverse(shuffled.begin(), shuffled.end());
    QCOMPARE(consentRecordsJson(alice(), shuffled, acceptances(), at(2026, 12, 4, 12), policy()), a);
    // Without the policy at hand: no contact, no current version, still a whole file.
    const QJsonObject bare = exported(std::nullopt);
    QVERIFY(bare[u"current_policy_version"_s].isNull());
    QVERIFY(!bare[u"pii_controllers"_s].toArray().first().toObject().contains(u"contact"_s));
}

void TstConsentRecords::validatesAgainstTheSchema()
{
    for (const auto &doc : {std::optional<PolicyDocument>(policy()), std::optional<PolicyDocument>()}) {
        const test::SchemaVerdict v = test::validateJson(QStringLiteral(PD_SOURCE_DIR), kSchema,
                                                         consentRecordsJson(alice(), receipts(), acceptances(), at(2026, 12, 4), doc));
        QVERIFY2(v.ran, qPrintable(v.messages));
        QVERIFY2(v.valid, qPrintable(v.messages));
    }
    // An empty history is a valid file too.
    const test::SchemaVerdict empty = test::validateJson(QStringLiteral(PD_SOURCE_DIR), kSchema,
                                                         consentRecordsJson(alice(), {}, {}, at(2026, 12, 4)));
    QVERIFY2(empty.valid, qPrintable(empty.messages));
}

void TstConsentRecords::schemaRefusesABrokenFile()
{
    QJsonObject doc = exported();
    QJsonArray records = doc[u"records"_s].toArray();
    QJsonObject first = records.at(0).toObject();
    first.insert(u"purposes"_s, QJsonArray{QJsonObject{{u"purpose"_s, u"marketing"_s}, {u"lawful_basis"_s, u"consent"_s}}});
    records.replace(0, first); // an acceptance that claims a consent
    doc.insert(u"records"_s, records);
    const test::SchemaVerdict v = test::validateJson(QStringLiteral(PD_SOURCE_DIR), kSchema, QJsonDocument(doc).toJson());
    QVERIFY2(v.ran, qPrintable(v.messages));
    QVERIFY(!v.valid);
    QVERIFY2(v.messages.contains(u"/records/0/purposes"_s), qPrintable(v.messages));
    doc = exported();
    doc.remove(u"pii_principal_id"_s);
    QVERIFY(!test::validateJson(QStringLiteral(PD_SOURCE_DIR), kSchema, QJsonDocument(doc).toJson()).valid);
}

void TstConsentRecords::localAcceptancesUntilSynced()
{
    const QList<PolicyAcceptance> provider{{u"ACC-1"_s, u"2025-05-14"_s, at(2025, 5, 20), u"R-1"_s, true}};
    const QList<PolicyAcceptance> local{{QString(), u"2026-12-01"_s, at(2026, 12, 3), u"R-9"_s, true},
                                        {QString(), u"2025-05-14"_s, at(2025, 5, 20), u"R-1"_s, true}};
    const QList<PolicyAcceptance> all = withLocalAcceptances(provider, local);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, u"ACC-1"_s);
    QCOMPARE(all.at(1).requestId, u"R-9"_s);
}

QTEST_GUILESS_MAIN(TstConsentRecords)
#include "tst_consentrecords.moc"
