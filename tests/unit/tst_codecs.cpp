// SPDX-License-Identifier: GPL-3.0-or-later
// JSON codecs for every provider document (docs/api/README.md), and RFC 9457 problem bodies.
// Every decoder is fed a realistic good document, then the same document with one member
// removed, retyped, oversized or made hostile; the error code and the JSON path in the detail
// are both checked, and a bad item anywhere fails the whole document.
#include "domain/Codecs.h"
#include "domain/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <limits>

using namespace pd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pd::ErrorCode)

namespace {

// ---- building documents ------------------------------------------------------------------------

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    return QJsonObject(members);
}

QJsonObject meta(const QStringList &purposes = {u"service"_s, u"security"_s})
{
    return obj({{u"purpose"_s, QJsonArray::fromStringList(purposes)},
                {u"legal_basis"_s, u"contract"_s},
                {u"source"_s, u"you"_s},
                {u"retention"_s, u"P7Y"_s},
                {u"updated_at"_s, u"2025-10-01T09:30:00Z"_s}});
}

QJsonObject withMeta(QJsonObject o)
{
    const QJsonObject m = meta();
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject serverEvent(qint64 id)
{
    return obj({{u"id"_s, double(id)},
                {u"server_id"_s, u"srv-%1"_s.arg(id % 3 + 1)},
                {u"server_name"_s, u"web-%1"_s.arg(id % 3 + 1)},
                {u"login_at"_s, u"2025-11-03T14:05:00Z"_s},
                {u"duration_s"_s, 3900},
                {u"traffic_bytes"_s, 2500000000.0},
                {u"cpu_pct"_s, 12.5},
                {u"memory_bytes"_s, 734003200.0},
                {u"disk_bytes"_s, 10737418240.0}});
}

QJsonObject domainEvent(qint64 id)
{
    return obj({{u"id"_s, double(id)},
                {u"domain"_s, u"example.hk"_s},
                {u"kind"_s, u"dns_change"_s},
                {u"at"_s, u"2025-11-03T14:05:00Z"_s},
                {u"details"_s, u"A www 203.0.113.5 -> 203.0.113.9"_s}});
}

QJsonObject page(const QJsonArray &items)
{
    return obj({{u"items"_s, items}, {u"next_cursor"_s, u"c2VydmVyczo1"_s}, {u"has_more"_s, true}});
}

QJsonObject request(const QString &id)
{
    return obj({{u"id"_s, id},
                {u"type"_s, u"deletion"_s},
                {u"status"_s, u"in_review"_s},
                {u"received_at"_s, u"2025-11-01T09:00:00Z"_s},
                {u"due_at"_s, u"2025-12-01T09:00:00Z"_s},
                {u"extended_due_at"_s, u"2026-01-01T09:00:00Z"_s},
                {u"extension_reason"_s, u"Many records to check"_s},
                {u"status_reason"_s, QJsonValue::Null},
                {u"summary"_s, QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
                                           {u"records"_s, QJsonArray{QJsonObject{{u"category"_s, u"devices"_s}, {u"id"_s, u"dev-2"_s}}}},
                                           {u"confirmation"_s, u"DELETE"_s}}},
                {u"retained"_s, QJsonArray{obj({{u"category"_s, u"registration"_s}, {u"reason"_s, u"legal_obligation"_s},
                                                {u"until"_s, u"2032-11-01T00:00:00Z"_s}})}},
                {u"history"_s, QJsonArray{obj({{u"status"_s, u"received"_s}, {u"at"_s, u"2025-11-01T09:00:00Z"_s}, {u"note"_s, QJsonValue::Null}}),
                                          obj({{u"status"_s, u"in_review"_s}, {u"at"_s, u"2025-11-02T10:00:00Z"_s}, {u"note"_s, u"Assigned"_s}})}},
                {u"export_ready"_s, false}});
}

QJsonObject receipt(const QString &id)
{
    return obj({{u"id"_s, id}, {u"purpose"_s, u"marketing"_s}, {u"granted"_s, true},
                {u"at"_s, u"2025-11-03T14:05:00Z"_s}, {u"policy_version"_s, u"2025-05-14"_s}});
}

QJsonObject goodDoc(const QString &which)
{
    if (which == u"account")
        return obj({{u"account_id"_s, u"C-1001"_s},
                    {u"username"_s, u"alice"_s},
                    {u"display_name"_s, u"Alice Chan"_s},
                    {u"role"_s, u"customer"_s},
                    {u"policy_version_accepted"_s, u"2025-05-14"_s}});
    if (which == u"personal")
        return obj({{u"fields"_s,
                     QJsonArray{withMeta(obj({{u"key"_s, u"name"_s}, {u"value"_s, u"Alice Chan"_s}, {u"editable"_s, true}})),
                                withMeta(obj({{u"key"_s, u"mobile"_s}, {u"value"_s, u"+852 5123 4567"_s}, {u"editable"_s, true}})),
                                withMeta(obj({{u"key"_s, u"email"_s}, {u"value"_s, u"alice@example.com"_s}, {u"editable"_s, false}})),
                                withMeta(obj({{u"key"_s, u"address"_s}, {u"value"_s, u"1 Queen's Road, Central"_s}, {u"editable"_s, true}}))}},
                    {u"password_changed_at"_s, u"2025-09-30T08:00:00Z"_s},
                    {u"payment_methods"_s,
                     QJsonArray{withMeta(obj({{u"id"_s, u"pm-1"_s}, {u"kind"_s, u"card"_s}, {u"brand"_s, u"Visa"_s},
                                              {u"last4"_s, u"4242"_s}, {u"expiry"_s, u"2027-08"_s}})),
                                withMeta(obj({{u"id"_s, u"pm-2"_s}, {u"kind"_s, u"platform"_s}, {u"platform"_s, u"AlipayHK"_s},
                                              {u"account_masked"_s, u"a***e@example.com"_s}}))}}});
    if (which == u"servers")
        return page({serverEvent(1), serverEvent(2), serverEvent(3)});
    if (which == u"domains")
        return page({domainEvent(1), domainEvent(2)});
    if (which == u"devices") {
        const QJsonArray ids{obj({{u"kind"_s, u"imei"_s}, {u"value"_s, u"35-****-****-1234"_s}, {u"masked"_s, true}}),
                             obj({{u"kind"_s, u"mac"_s}, {u"value"_s, u"00:1A:2B:**:**:5E"_s}, {u"masked"_s, true}})};
        QJsonObject d = obj({{u"id"_s, u"dev-1"_s}, {u"type"_s, u"phone"_s}, {u"model"_s, u"Pixel 8"_s},
                             {u"os"_s, u"Android"_s}, {u"os_version"_s, u"15"_s}, {u"browser"_s, u"Chrome"_s},
                             {u"browser_version"_s, u"131.0"_s}, {u"identifiers"_s, ids}, {u"ip"_s, u"203.0.113.7"_s},
                             {u"operator"_s, u"CMHK"_s}, {u"connection"_s, u"5g"_s},
                             {u"first_seen"_s, u"2024-01-05T10:00:00Z"_s}, {u"last_seen"_s, u"2025-11-03T14:05:00Z"_s}});
        QJsonObject d2 = d;
        d2[u"id"_s] = u"dev-2"_s;
        d2[u"type"_s] = u"computer"_s;
        d2[u"connection"_s] = u"ethernet"_s;
        return obj({{u"items"_s, QJsonArray{d, d2}}});
    }
    if (which == u"cookies")
        return obj({{u"items"_s,
                     QJsonArray{obj({{u"id"_s, u"ck-1"_s}, {u"name"_s, u"session_id"_s}, {u"kind"_s, u"cookie"_s},
                                     {u"purpose"_s, u"essential"_s}, {u"domain"_s, u"hkcloud.example"_s},
                                     {u"lifetime_s"_s, QJsonValue::Null}, {u"consent_required"_s, false}}),
                                obj({{u"id"_s, u"ck-2"_s}, {u"name"_s, u"_ga"_s}, {u"kind"_s, u"cookie"_s},
                                     {u"purpose"_s, u"analytics"_s}, {u"domain"_s, u".hkcloud.example"_s},
                                     {u"lifetime_s"_s, 63072000}, {u"consent_required"_s, true}})}}});
    if (which == u"purposes") {
        const QJsonArray uses{obj({{u"code"_s, u"service"_s}, {u"legal_basis"_s, u"contract"_s}, {u"consent_required"_s, false}}),
                              obj({{u"code"_s, u"analytics"_s}, {u"legal_basis"_s, u"consent"_s}, {u"consent_required"_s, true}})};
        return obj({{u"items"_s, QJsonArray{obj({{u"category"_s, u"registration"_s}, {u"purposes"_s, uses}}),
                                            obj({{u"category"_s, u"cookies"_s}, {u"purposes"_s, uses}})}}});
    }
    if (which == u"sharing")
        return obj({{u"items"_s,
                     QJsonArray{obj({{u"recipient"_s, u"payment_processing"_s}, {u"name"_s, u"PayCo Ltd"_s},
                                     {u"categories"_s, QJsonArray{u"registration"_s}}, {u"data"_s, u"Your name and card"_s},
                                     {u"why"_s, u"To take payments"_s}}),
                                obj({{u"recipient"_s, u"data_analysis"_s}, {u"name"_s, u"Stats Inc"_s},
                                     {u"categories"_s, QJsonArray{u"server_usage"_s, u"cookies"_s}},
                                     {u"data"_s, u"Usage totals"_s}, {u"why"_s, u"To plan capacity"_s}})}}});
    if (which == u"retention")
        return obj({{u"items"_s,
                     QJsonArray{obj({{u"category"_s, u"registration"_s}, {u"period"_s, u"P3Y"_s},
                                     {u"starts"_s, u"account_closed"_s}, {u"basis"_s, u"legal_obligation"_s}}),
                                obj({{u"category"_s, u"server_usage"_s}, {u"period"_s, u"P1Y6M"_s},
                                     {u"starts"_s, u"event"_s}, {u"basis"_s, u"legitimate_interest"_s}})}}});
    if (which == u"policy")
        return obj({{u"version"_s, u"2025-05-14"_s},
                    {u"effective"_s, u"2025-05-14"_s},
                    {u"sections"_s, QJsonArray{obj({{u"id"_s, u"I"_s}, {u"title"_s, u"What we collect"_s}, {u"body"_s, u"We collect..."_s}}),
                                               obj({{u"id"_s, u"II"_s}, {u"title"_s, u"Why"_s}, {u"body"_s, u"To provide..."_s}})}}});
    if (which == u"request")
        return request(u"R-1001"_s);
    if (which == u"requests") {
        QJsonObject second = request(u"R-1002"_s);
        second[u"type"_s] = u"export"_s;
        second[u"status"_s] = u"completed"_s;
        second[u"summary"_s] = QJsonObject{{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}};
        second[u"retained"_s] = QJsonArray();
        second[u"export_ready"_s] = true;
        return obj({{u"items"_s, QJsonArray{request(u"R-1001"_s), second}}, {u"next_cursor"_s, u"cmVxOjI"_s}, {u"has_more"_s, false}});
    }
    if (which == u"receipt")
        return receipt(u"CR-1"_s);
    if (which == u"receipts")
        return obj({{u"items"_s, QJsonArray{receipt(u"CR-1"_s), receipt(u"CR-2"_s)}}});
    if (which == u"consents")
        return obj({{u"policy_version"_s, u"2025-05-14"_s},
                    {u"items"_s,
                     QJsonArray{obj({{u"purpose"_s, u"personalisation"_s}, {u"granted"_s, true},
                                     {u"changed_at"_s, u"2025-06-01T12:00:00Z"_s},
                                     {u"affects"_s, u"Recommendations will no longer be tailored to you"_s}}),
                                obj({{u"purpose"_s, u"marketing"_s}, {u"granted"_s, false},
                                     {u"changed_at"_s, QJsonValue::Null}, {u"affects"_s, u"You will get no offers"_s}})}}});
    if (which == u"tokens")
        return obj({{u"access_token"_s, u"at-3f9a0c"_s},
                    {u"token_type"_s, u"Bearer"_s},
                    {u"expires_in"_s, 300},
                    {u"refresh_token"_s, u"rt-77b1e2"_s},
                    {u"scope"_s, u"profile"_s}});
    qFatal("unknown document %s", qPrintable(which));
}

// ---- editing documents by path ("items[1].identifiers[0].kind") ---------------------------------

struct Step
{
    QString key;
    qsizetype index = -1;
};

QList<Step> parsePath(const QString &path)
{
    QList<Step> steps;
    for (const QString &part : path.split(u'.')) {
        const qsizetype br = part.indexOf(u'[');
        steps.push_back({br < 0 ? part : part.left(br), -1});
        if (br >= 0)
            steps.push_back({QString(), part.mid(br + 1, part.size() - br - 2).toLongLong()});
    }
    return steps;
}

QJsonValue edit(const QJsonValue &node, const QList<Step> &steps, qsizetype i, const std::optional<QJsonValue> &v)
{
    const Step &s = steps.at(i);
    const bool last = i == steps.size() - 1;
    if (s.index < 0) {
        QJsonObject o = node.toObject();
        if (!last)
            o[s.key] = edit(o.value(s.key), steps, i + 1, v);
        else if (v)
            o[s.key] = *v;
        else
            o.remove(s.key);
        return o;
    }
    QJsonArray a = node.toArray();
    Q_ASSERT(s.index < a.size());
    if (!last)
        a[s.index] = edit(a.at(s.index), steps, i + 1, v);
    else if (v)
        a[s.index] = *v;
    else
        a.removeAt(s.index);
    return a;
}

QJsonValue valueAt(const QJsonObject &doc, const QString &path)
{
    QJsonValue node = doc;
    for (const Step &s : parsePath(path))
        node = s.index < 0 ? node.toObject().value(s.key) : node.toArray().at(s.index);
    return node;
}

QJsonObject with(const QJsonObject &doc, const QString &path, const QJsonValue &v)
{
    return edit(doc, parsePath(path), 0, v).toObject();
}

QJsonObject without(const QJsonObject &doc, const QString &path)
{
    return edit(doc, parsePath(path), 0, std::nullopt).toObject();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The document with the member at `path` set to raw JSON text (for numbers JSON cannot carry
/// through QJsonValue, such as 1e400, or literal junk).
QByteArray withRaw(const QJsonObject &doc, const QString &path, const QByteArray &raw)
{
    QByteArray b = bytes(with(doc, path, u"@@RAW@@"_s));
    b.replace(QByteArrayLiteral("\"@@RAW@@\""), raw);
    return b;
}

// ---- one entry point per decoder ---------------------------------------------------------------

template<typename T>
Error errorOf(const Result<T> &r)
{
    return r.ok() ? Error{} : r.error();
}

Error decode(const QString &which, const QByteArray &body)
{
    static const QHash<QString, std::function<Error(const QByteArray &)>> decoders{
        {u"account"_s, [](const QByteArray &b) { return errorOf(codec::decodeAccount(b)); }},
        {u"personal"_s, [](const QByteArray &b) { return errorOf(codec::decodePersonal(b)); }},
        {u"servers"_s, [](const QByteArray &b) { return errorOf(codec::decodeServerEvents(b)); }},
        {u"domains"_s, [](const QByteArray &b) { return errorOf(codec::decodeDomainEvents(b)); }},
        {u"devices"_s, [](const QByteArray &b) { return errorOf(codec::decodeDevices(b)); }},
        {u"cookies"_s, [](const QByteArray &b) { return errorOf(codec::decodeCookies(b)); }},
        {u"purposes"_s, [](const QByteArray &b) { return errorOf(codec::decodePurposes(b)); }},
        {u"sharing"_s, [](const QByteArray &b) { return errorOf(codec::decodeSharing(b)); }},
        {u"retention"_s, [](const QByteArray &b) { return errorOf(codec::decodeRetention(b)); }},
        {u"policy"_s, [](const QByteArray &b) { return errorOf(codec::decodePolicy(b)); }},
        {u"tokens"_s, [](const QByteArray &b) { return errorOf(codec::decodeTokens(b)); }},
        {u"request"_s, [](const QByteArray &b) { return errorOf(codec::decodeRequest(b)); }},
        {u"requests"_s, [](const QByteArray &b) { return errorOf(codec::decodeRequests(b)); }},
        {u"receipt"_s, [](const QByteArray &b) { return errorOf(codec::decodeReceipt(b)); }},
        {u"receipts"_s, [](const QByteArray &b) { return errorOf(codec::decodeReceipts(b)); }},
        {u"consents"_s, [](const QByteArray &b) { return errorOf(codec::decodeConsents(b)); }},
    };
    Q_ASSERT(decoders.contains(which));
    return decoders.value(which)(body);
}

const QStringList kDecoders{u"account"_s, u"personal"_s, u"servers"_s, u"domains"_s, u"devices"_s, u"cookies"_s,
                            u"purposes"_s, u"sharing"_s, u"retention"_s, u"policy"_s, u"tokens"_s,
                            u"request"_s, u"requests"_s, u"receipt"_s, u"receipts"_s, u"consents"_s};

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QString describe(const Error &e)
{
    return u"code %1, detail \"%2\""_s.arg(int(e.code)).arg(e.detail);
}

} // namespace

class TstCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodDocuments_data();
    void goodDocuments();

    void account();
    void personal();
    void serverEvents();
    void domainEvents();
    void devices();
    void cookies();
    void purposes();
    void sharing();
    void retention();
    void policy();
    void tokens();
    void request();
    void requestsPage();
    void receipts();
    void consents();

    void missingMember_data();
    void missingMember();
    void optionalMemberMayBeAbsent_data();
    void optionalMemberMayBeAbsent();
    void wrongMember_data();
    void wrongMember();
    void rawNumbers_data();
    void rawNumbers();
    void timestampsWithoutZoneAreRefused_data();
    void timestampsWithoutZoneAreRefused();
    void emptyRequiredTimestampIsRefused();
    void cardNumberNeverAccepted_data();
    void cardNumberNeverAccepted();
    void stringLimits_data();
    void stringLimits();
    void tooManyItems_data();
    void tooManyItems();
    void fullPageAtTheLimitDecodes();
    void bodyLimit();

    void hostileBodies_data();
    void hostileBodies();
    void deepNestingInUnknownMember();
    void unknownMembersTolerated_data();
    void unknownMembersTolerated();
    void nothingHalfApplied_data();
    void nothingHalfApplied();
    void firstProblemWins();

    void problemFromBody();
    void problemFromJunk_data();
    void problemFromJunk();
    void problemTruncatesLongMembers();
    void problemToError_data();
    void problemToError();
    void problemSlug_data();
    void problemSlug();

    void identifiersRoundTrip();
    void identifiersFromJunk();
    void messagesRoundTripKeepsMilliseconds();
};

// ---- good documents ----------------------------------------------------------------------------

void TstCodecs::goodDocuments_data()
{
    QTest::addColumn<QString>("which");
    for (const QString &d : kDecoders)
        QTest::newRow(qPrintable(d)) << d;
}

void TstCodecs::goodDocuments()
{
    QFETCH(QString, which);
    const Error e = decode(which, bytes(goodDoc(which)));
    QVERIFY2(e.code == ErrorCode::None, qPrintable(describe(e)));
    // Indented output (what a provider might send pretty-printed) is the same document.
    const Error e2 = decode(which, QJsonDocument(goodDoc(which)).toJson(QJsonDocument::Indented));
    QVERIFY2(e2.code == ErrorCode::None, qPrintable(describe(e2)));
}

void TstCodecs::account()
{
    const auto r = codec::decodeAccount(bytes(goodDoc(u"account"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->accountId, u"C-1001"_s);
    QCOMPARE(r->username, u"alice"_s);
    QCOMPARE(r->displayName, u"Alice Chan"_s);
    QCOMPARE(r->role, u"customer"_s);
    QCOMPARE(r->policyVersionAccepted, u"2025-05-14"_s);
    QVERIFY(!r->isStaff());

    const auto staff = codec::decodeAccount(bytes(with(goodDoc(u"account"_s), u"role"_s, u"staff"_s)));
    QVERIFY(staff.ok());
    QVERIFY(staff->isStaff());
}

void TstCodecs::personal()
{
    const auto r = codec::decodePersonal(bytes(goodDoc(u"personal"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->fields.size(), 4);
    QCOMPARE(r->fields.at(0).key, u"name"_s);
    QCOMPARE(r->fields.at(0).value, u"Alice Chan"_s);
    QCOMPARE(r->fields.at(0).editable, true);
    QCOMPARE(r->fields.at(2).key, u"email"_s);
    QCOMPARE(r->fields.at(2).editable, false);
    QCOMPARE(r->fields.at(3).value, u"1 Queen's Road, Central"_s);
    const DataMeta &m = r->fields.at(1).meta;
    QCOMPARE(m.purposes, (QStringList{u"service"_s, u"security"_s}));
    QCOMPARE(m.legalBasis, u"contract"_s);
    QCOMPARE(m.source, u"you"_s);
    QCOMPARE(m.retention, u"P7Y"_s);
    QCOMPARE(m.updatedAt, utc(2025, 10, 1, 9, 30));
    QCOMPARE(m.updatedAt.timeSpec(), Qt::UTC);
    QCOMPARE(r->passwordChangedAt, utc(2025, 9, 30, 8, 0));

    QCOMPARE(r->paymentMethods.size(), 2);
    const PaymentMethod &card = r->paymentMethods.at(0);
    QCOMPARE(card.id, u"pm-1"_s);
    QCOMPARE(card.kind, u"card"_s);
    QCOMPARE(card.brand, u"Visa"_s);
    QCOMPARE(card.last4, u"4242"_s);
    QCOMPARE(card.expiry, u"2027-08"_s);
    QVERIFY(card.platform.isEmpty());
    QCOMPARE(card.meta.legalBasis, u"contract"_s);
    const PaymentMethod &alipay = r->paymentMethods.at(1);
    QCOMPARE(alipay.kind, u"platform"_s);
    QCOMPARE(alipay.platform, u"AlipayHK"_s);
    QCOMPARE(alipay.accountMasked, u"a***e@example.com"_s);
    QVERIFY(alipay.last4.isEmpty());

    // No payment methods and no password date: still a valid document.
    QJsonObject bare = without(goodDoc(u"personal"_s), u"password_changed_at"_s);
    bare[u"payment_methods"_s] = QJsonArray();
    const auto r2 = codec::decodePersonal(bytes(bare));
    QVERIFY(r2.ok());
    QVERIFY(r2->paymentMethods.isEmpty());
    QVERIFY(!r2->passwordChangedAt.isValid());
}

void TstCodecs::serverEvents()
{
    const auto r = codec::decodeServerEvents(bytes(goodDoc(u"servers"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 3);
    QCOMPARE(r->nextCursor, u"c2VydmVyczo1"_s);
    QCOMPARE(r->hasMore, true);
    const ServerEvent &e = r->items.at(1);
    QCOMPARE(e.id, 2);
    QCOMPARE(e.serverId, u"srv-3"_s);
    QCOMPARE(e.serverName, u"web-3"_s);
    QCOMPARE(e.loginAt, utc(2025, 11, 3, 14, 5));
    QCOMPARE(e.durationS, 3900);
    QCOMPARE(e.trafficBytes, Q_INT64_C(2500000000));
    QCOMPARE(e.cpuPct, 12.5);
    QCOMPARE(e.memoryBytes, Q_INT64_C(734003200));
    QCOMPARE(e.diskBytes, Q_INT64_C(10737418240));

    // The last page of a sync: empty, has_more false, cursor still present.
    const auto last = codec::decodeServerEvents(R"({"items":[],"next_cursor":"c2VydmVyczo5","has_more":false})");
    QVERIFY(last.ok());
    QVERIFY(last->items.isEmpty());
    QCOMPARE(last->hasMore, false);
    QCOMPARE(last->nextCursor, u"c2VydmVyczo5"_s);

    // Boundaries that are legal: cpu 0 and 100, zero sizes, fractional seconds, another offset.
    QJsonObject doc = goodDoc(u"servers"_s);
    doc = with(doc, u"items[0].cpu_pct"_s, 0);
    doc = with(doc, u"items[1].cpu_pct"_s, 100);
    doc = with(doc, u"items[0].traffic_bytes"_s, 0);
    doc = with(doc, u"items[0].login_at"_s, u"2025-11-03T14:05:00.250Z"_s);
    doc = with(doc, u"items[1].login_at"_s, u"2025-11-03T22:05:00+08:00"_s);
    const auto b = codec::decodeServerEvents(bytes(doc));
    QVERIFY2(b.ok(), qPrintable(describe(errorOf(b))));
    QCOMPARE(b->items.at(0).cpuPct, 0.0);
    QCOMPARE(b->items.at(1).cpuPct, 100.0);
    QCOMPARE(b->items.at(0).loginAt, utc(2025, 11, 3, 14, 5, 0, 250));
    QCOMPARE(b->items.at(1).loginAt, utc(2025, 11, 3, 14, 5));
    QCOMPARE(b->items.at(1).loginAt.timeSpec(), Qt::UTC);
}

void TstCodecs::domainEvents()
{
    const auto r = codec::decodeDomainEvents(bytes(goodDoc(u"domains"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->items.size(), 2);
    const DomainEvent &e = r->items.at(0);
    QCOMPARE(e.id, 1);
    QCOMPARE(e.domain, u"example.hk"_s);
    QCOMPARE(e.kind, u"dns_change"_s);
    QCOMPARE(e.at, utc(2025, 11, 3, 14, 5));
    QCOMPARE(e.details, u"A www 203.0.113.5 -> 203.0.113.9"_s);
    // A kind this build does not know is kept (a newer provider may add kinds).
    const auto k = codec::decodeDomainEvents(bytes(with(goodDoc(u"domains"_s), u"items[1].kind"_s, u"auction"_s)));
    QVERIFY(k.ok());
    QCOMPARE(k->items.at(1).kind, u"auction"_s);
}

void TstCodecs::devices()
{
    const auto r = codec::decodeDevices(bytes(goodDoc(u"devices"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    const Device &d = r->at(0);
    QCOMPARE(d.id, u"dev-1"_s);
    QCOMPARE(d.type, u"phone"_s);
    QCOMPARE(d.model, u"Pixel 8"_s);
    QCOMPARE(d.os, u"Android"_s);
    QCOMPARE(d.osVersion, u"15"_s);
    QCOMPARE(d.browser, u"Chrome"_s);
    QCOMPARE(d.browserVersion, u"131.0"_s);
    QCOMPARE(d.ip, u"203.0.113.7"_s);
    QCOMPARE(d.networkOperator, u"CMHK"_s);
    QCOMPARE(d.connection, u"5g"_s);
    QCOMPARE(d.firstSeen, utc(2024, 1, 5, 10, 0));
    QCOMPARE(d.lastSeen, utc(2025, 11, 3, 14, 5));
    QCOMPARE(d.identifiers.size(), 2);
    QCOMPARE(d.identifiers.at(0).kind, u"imei"_s);
    QCOMPARE(d.identifiers.at(0).value, u"35-****-****-1234"_s);
    QCOMPARE(d.identifiers.at(0).masked, true);
    QCOMPARE(d.identifiers.at(1).kind, u"mac"_s);
    QCOMPARE(r->at(1).type, u"computer"_s);
    QCOMPARE(r->at(1).connection, u"ethernet"_s);
}

void TstCodecs::cookies()
{
    const auto r = codec::decodeCookies(bytes(goodDoc(u"cookies"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).name, u"session_id"_s);
    QCOMPARE(r->at(0).kind, u"cookie"_s);
    QCOMPARE(r->at(0).purpose, u"essential"_s);
    QCOMPARE(r->at(0).domain, u"hkcloud.example"_s);
    QVERIFY(!r->at(0).lifetimeS.has_value()); // null = session
    QCOMPARE(r->at(0).consentRequired, false);
    QCOMPARE(r->at(1).lifetimeS, std::optional<qint64>(63072000));
    QCOMPARE(r->at(1).consentRequired, true);
    // Absent lifetime is a session lifetime too.
    const auto a = codec::decodeCookies(bytes(without(goodDoc(u"cookies"_s), u"items[1].lifetime_s"_s)));
    QVERIFY(a.ok());
    QVERIFY(!a->at(1).lifetimeS.has_value());
    // Zero is a real lifetime, not "session".
    const auto z = codec::decodeCookies(bytes(with(goodDoc(u"cookies"_s), u"items[1].lifetime_s"_s, 0)));
    QVERIFY(z.ok());
    QCOMPARE(z->at(1).lifetimeS, std::optional<qint64>(0));
}

void TstCodecs::purposes()
{
    const auto r = codec::decodePurposes(bytes(goodDoc(u"purposes"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).category, Category::Registration);
    QCOMPARE(r->at(1).category, Category::Cookies);
    QCOMPARE(r->at(0).purposes.size(), 2);
    QCOMPARE(r->at(0).purposes.at(1).code, u"analytics"_s);
    QCOMPARE(r->at(0).purposes.at(1).legalBasis, u"consent"_s);
    QCOMPARE(r->at(0).purposes.at(1).consentRequired, true);
    QCOMPARE(r->at(0).purposes.at(0).consentRequired, false);
}

void TstCodecs::sharing()
{
    const auto r = codec::decodeSharing(bytes(goodDoc(u"sharing"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).recipient, u"payment_processing"_s);
    QCOMPARE(r->at(0).name, u"PayCo Ltd"_s);
    QCOMPARE(r->at(0).categories, QList<Category>{Category::Registration});
    QCOMPARE(r->at(1).categories, (QList<Category>{Category::ServerUsage, Category::Cookies}));
    QCOMPARE(r->at(1).data, u"Usage totals"_s);
    QCOMPARE(r->at(1).why, u"To plan capacity"_s);
}

void TstCodecs::retention()
{
    const auto r = codec::decodeRetention(bytes(goodDoc(u"retention"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).category, Category::Registration);
    QCOMPARE(r->at(0).period, u"P3Y"_s);
    QCOMPARE(r->at(0).starts, u"account_closed"_s);
    QCOMPARE(r->at(0).basis, u"legal_obligation"_s);
    QCOMPARE(r->at(1).category, Category::ServerUsage);
    QCOMPARE(r->at(1).period, u"P1Y6M"_s);
}

void TstCodecs::policy()
{
    const auto r = codec::decodePolicy(bytes(goodDoc(u"policy"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->version, u"2025-05-14"_s);
    QCOMPARE(r->effective, u"2025-05-14"_s);
    QCOMPARE(r->sections.size(), 2);
    QCOMPARE(r->sections.at(1).id, u"II"_s);
    QCOMPARE(r->sections.at(1).title, u"Why"_s);
    QCOMPARE(r->sections.at(1).body, u"To provide..."_s);
}

void TstCodecs::tokens()
{
    const auto r = codec::decodeTokens(bytes(goodDoc(u"tokens"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->accessToken, u"at-3f9a0c"_s);
    QCOMPARE(r->refreshToken, u"rt-77b1e2"_s);
    QCOMPARE(r->expiresIn, 300);
    // RFC 6749 7.1: the token type is case-insensitive.
    QVERIFY(codec::decodeTokens(bytes(with(goodDoc(u"tokens"_s), u"token_type"_s, u"bearer"_s))).ok());
    // A refresh response may omit the refresh token.
    const auto nr = codec::decodeTokens(bytes(without(goodDoc(u"tokens"_s), u"refresh_token"_s)));
    QVERIFY(nr.ok());
    QVERIFY(nr->refreshToken.isEmpty());
}

void TstCodecs::request()
{
    const auto r = codec::decodeRequest(bytes(goodDoc(u"request"_s)));
    QVERIFY2(r.ok(), qPrintable(describe(errorOf(r))));
    QCOMPARE(r->id, u"R-1001"_s);
    QCOMPARE(r->type, RequestType::Deletion);
    QCOMPARE(r->typeCode, u"deletion"_s);
    QCOMPARE(r->status, RequestStatus::InReview);
    QCOMPARE(r->statusCode, u"in_review"_s);
    QCOMPARE(r->receivedAt, utc(2025, 11, 1, 9, 0));
    QCOMPARE(r->dueAt, utc(2025, 12, 1, 9, 0));
    QCOMPARE(r->extendedDueAt, utc(2026, 1, 1, 9, 0));
    QCOMPARE(r->effectiveDue(), utc(2026, 1, 1, 9, 0));
    QCOMPARE(r->extensionReason, u"Many records to check"_s);
    QVERIFY(r->statusReason.isEmpty());
    QCOMPARE(r->summary.value(u"scope"_s).toString(), u"records"_s);
    QCOMPARE(r->summary.value(u"confirmation"_s).toString(), u"DELETE"_s);
    const QJsonArray retained = QJsonDocument::fromJson(r->retained).array();
    QCOMPARE(retained.size(), 1);
    QCOMPARE(retained.at(0)[u"reason"_s].toString(), u"legal_obligation"_s);
    const QJsonArray history = QJsonDocument::fromJson(r->history).array();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1)[u"note"_s].toString(), u"Assigned"_s);
    QCOMPARE(r->exportReady, false);

    // Open until answered; overdue only after the (extended) due date.
    QVERIFY(r->isOpen());
    QVERIFY(!r->isOverdue(utc(2025, 12, 15, 0, 0))); // past due_at but before extended_due_at
    QVERIFY(r->isOverdue(utc(2026, 1, 2, 0, 0)));
    TrackedRequest done = *r;
    for (const QString &st : {u"completed"_s, u"rejected"_s, u"cancelled"_s}) {
        done.setStatus(st);
        QVERIFY2(!done.isOpen(), qPrintable(st));
        QVERIFY(!done.isOverdue(utc(2030, 1, 1, 0, 0)));
    }
    for (const QString &st : {u"received"_s, u"needs_info"_s}) {
        done.setStatus(st);
        QVERIFY2(done.isOpen(), qPrintable(st));
    }
    // A status or type a newer provider sends is kept as sent, listed, and counts as open.
    const auto newer = codec::decodeRequest(
        bytes(with(with(goodDoc(u"request"_s), u"status"_s, u"escalated"_s), u"type"_s, u"portability"_s)));
    QVERIFY2(newer.ok(), qPrintable(describe(errorOf(newer))));
    QCOMPARE(newer->status, RequestStatus::Unknown);
    QCOMPARE(newer->statusCode, u"escalated"_s);
    QCOMPARE(newer->type, RequestType::Unknown);
    QCOMPARE(newer->typeCode, u"portability"_s);
    QVERIFY(newer->isOpen());

    // The minimal request: nulls and absences for every optional member.
    QJsonObject minimal = goodDoc(u"request"_s);
    minimal[u"extended_due_at"_s] = QJsonValue::Null;
    minimal[u"extension_reason"_s] = QJsonValue::Null;
    for (const QString &k : {u"summary"_s, u"retained"_s, u"history"_s, u"export_ready"_s, u"status_reason"_s})
        minimal.remove(k);
    const auto m = codec::decodeRequest(bytes(minimal));
    QVERIFY2(m.ok(), qPrintable(describe(errorOf(m))));
    QVERIFY(!m->extendedDueAt.isValid());
    QCOMPARE(m->effectiveDue(), utc(2025, 12, 1, 9, 0));
    QVERIFY(m->summary.isEmpty());
    QCOMPARE(m->exportReady, false);
    QVERIFY(QJsonDocument::fromJson(m->history).array().isEmpty());
}

void TstCodecs::requestsPage()
{
    const auto r = codec::decodeRequests(bytes(goodDoc(u"requests"_s)));
    QVERIFY2(r.ok(), qPrintable(describe(errorOf(r))));
    QCOMPARE(r->items.size(), 2);
    QCOMPARE(r->items.at(1).id, u"R-1002"_s);
    QCOMPARE(r->items.at(1).exportReady, true);
    QVERIFY(!r->items.at(1).isOpen());
    QCOMPARE(r->nextCursor, u"cmVxOjI"_s);
    QCOMPARE(r->hasMore, false);
    const auto empty = codec::decodeRequests(R"({"items":[]})");
    QVERIFY(empty.ok());
    QVERIFY(empty->items.isEmpty());
    QVERIFY(!empty->hasMore);
}

void TstCodecs::receipts()
{
    const auto one = codec::decodeReceipt(bytes(goodDoc(u"receipt"_s)));
    QVERIFY(one.ok());
    QCOMPARE(one->id, u"CR-1"_s);
    QCOMPARE(one->purpose, u"marketing"_s);
    QCOMPARE(one->granted, true);
    QCOMPARE(one->at, utc(2025, 11, 3, 14, 5));
    QCOMPARE(one->policyVersion, u"2025-05-14"_s);
    QCOMPARE(one->confirmed, true); // it came from the provider
    const auto list = codec::decodeReceipts(bytes(goodDoc(u"receipts"_s)));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).id, u"CR-2"_s);
}

void TstCodecs::consents()
{
    const auto r = codec::decodeConsents(bytes(goodDoc(u"consents"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r->policyVersion, u"2025-05-14"_s);
    QCOMPARE(r->items.size(), 2);
    QCOMPARE(r->items.at(0).purpose, u"personalisation"_s);
    QCOMPARE(r->items.at(0).granted, true);
    QCOMPARE(r->items.at(0).changedAt, utc(2025, 6, 1, 12, 0));
    QCOMPARE(r->items.at(0).affects, u"Recommendations will no longer be tailored to you"_s);
    QCOMPARE(r->items.at(1).granted, false);
    QVERIFY(!r->items.at(1).changedAt.isValid()); // never changed
}

// ---- required members --------------------------------------------------------------------------

void TstCodecs::missingMember_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("path");
    const QList<QPair<QString, QStringList>> required{
        {u"account"_s, {u"account_id"_s, u"username"_s, u"display_name"_s, u"role"_s}},
        {u"personal"_s,
         {u"fields"_s, u"payment_methods"_s, u"fields[1].key"_s, u"fields[1].value"_s, u"fields[1].editable"_s,
          u"fields[1].purpose"_s, u"fields[1].legal_basis"_s, u"fields[1].source"_s, u"fields[1].retention"_s,
          u"fields[1].updated_at"_s, u"payment_methods[0].id"_s, u"payment_methods[0].kind"_s,
          u"payment_methods[0].brand"_s, u"payment_methods[0].last4"_s, u"payment_methods[0].purpose"_s,
          u"payment_methods[0].updated_at"_s, u"payment_methods[1].platform"_s, u"payment_methods[1].account_masked"_s,
          u"payment_methods[1].legal_basis"_s}},
        {u"servers"_s,
         {u"items"_s, u"next_cursor"_s, u"has_more"_s, u"items[2].id"_s, u"items[2].server_id"_s, u"items[2].server_name"_s,
          u"items[2].login_at"_s, u"items[2].duration_s"_s, u"items[2].traffic_bytes"_s, u"items[2].cpu_pct"_s,
          u"items[2].memory_bytes"_s, u"items[2].disk_bytes"_s}},
        {u"domains"_s,
         {u"items"_s, u"next_cursor"_s, u"has_more"_s, u"items[1].id"_s, u"items[1].domain"_s, u"items[1].kind"_s,
          u"items[1].at"_s}},
        {u"devices"_s,
         {u"items"_s, u"items[1].id"_s, u"items[1].type"_s, u"items[1].identifiers"_s, u"items[1].first_seen"_s,
          u"items[1].last_seen"_s, u"items[1].identifiers[1].kind"_s, u"items[1].identifiers[1].value"_s,
          u"items[1].identifiers[1].masked"_s}},
        {u"cookies"_s,
         {u"items"_s, u"items[1].id"_s, u"items[1].name"_s, u"items[1].kind"_s, u"items[1].purpose"_s,
          u"items[1].domain"_s, u"items[1].consent_required"_s}},
        {u"purposes"_s,
         {u"items"_s, u"items[1].category"_s, u"items[1].purposes"_s, u"items[1].purposes[0].code"_s,
          u"items[1].purposes[0].legal_basis"_s, u"items[1].purposes[0].consent_required"_s}},
        {u"sharing"_s, {u"items"_s, u"items[1].recipient"_s, u"items[1].name"_s, u"items[1].categories"_s}},
        {u"retention"_s,
         {u"items"_s, u"items[1].category"_s, u"items[1].period"_s, u"items[1].starts"_s, u"items[1].basis"_s}},
        {u"policy"_s, {u"version"_s, u"effective"_s, u"sections"_s, u"sections[1].id"_s, u"sections[1].title"_s,
                       u"sections[1].body"_s}},
        {u"tokens"_s, {u"access_token"_s, u"expires_in"_s, u"token_type"_s}},
        {u"request"_s, {u"id"_s, u"type"_s, u"status"_s, u"received_at"_s, u"due_at"_s}},
        {u"requests"_s, {u"items"_s, u"items[1].id"_s, u"items[1].status"_s, u"items[1].due_at"_s}},
        {u"receipt"_s, {u"id"_s, u"purpose"_s, u"granted"_s, u"at"_s, u"policy_version"_s}},
        {u"receipts"_s, {u"items"_s, u"items[1].id"_s, u"items[1].granted"_s}},
        {u"consents"_s, {u"policy_version"_s, u"items"_s, u"items[1].purpose"_s, u"items[1].granted"_s}},
    };
    for (const auto &[which, paths] : required)
        for (const QString &p : paths)
            QTest::addRow("%s %s", qPrintable(which), qPrintable(p)) << which << p;
}

void TstCodecs::missingMember()
{
    QFETCH(QString, which);
    QFETCH(QString, path);
    const QString where = u"$."_s + path;

    const Error absent = decode(which, bytes(without(goodDoc(which), path)));
    QVERIFY2(absent.code == ErrorCode::MissingField, qPrintable(describe(absent)));
    QCOMPARE(absent.detail, where);

    // JSON null is the same as absent.
    const Error null = decode(which, bytes(with(goodDoc(which), path, QJsonValue::Null)));
    QVERIFY2(null.code == ErrorCode::MissingField, qPrintable(describe(null)));
    QCOMPARE(null.detail, where);
}

void TstCodecs::optionalMemberMayBeAbsent_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("path");
    const QList<QPair<QString, QStringList>> optional{
        {u"account"_s, {u"policy_version_accepted"_s}},
        {u"personal"_s, {u"password_changed_at"_s, u"payment_methods[0].expiry"_s}},
        {u"domains"_s, {u"items[1].details"_s}},
        {u"devices"_s,
         {u"items[1].model"_s, u"items[1].os"_s, u"items[1].os_version"_s, u"items[1].browser"_s,
          u"items[1].browser_version"_s, u"items[1].ip"_s, u"items[1].operator"_s, u"items[1].connection"_s}},
        {u"cookies"_s, {u"items[1].lifetime_s"_s}},
        {u"sharing"_s, {u"items[1].data"_s, u"items[1].why"_s}},
        {u"tokens"_s, {u"refresh_token"_s}},
        {u"request"_s,
         {u"extended_due_at"_s, u"extension_reason"_s, u"status_reason"_s, u"summary"_s, u"retained"_s, u"history"_s,
          u"export_ready"_s}},
        {u"requests"_s, {u"next_cursor"_s, u"has_more"_s}},
        {u"consents"_s, {u"items[1].changed_at"_s, u"items[1].affects"_s}},
    };
    for (const auto &[which, paths] : optional)
        for (const QString &p : paths)
            QTest::addRow("%s %s", qPrintable(which), qPrintable(p)) << which << p;
}

void TstCodecs::optionalMemberMayBeAbsent()
{
    QFETCH(QString, which);
    QFETCH(QString, path);
    const Error absent = decode(which, bytes(without(goodDoc(which), path)));
    QVERIFY2(absent.code == ErrorCode::None, qPrintable(describe(absent)));
    const Error null = decode(which, bytes(with(goodDoc(which), path, QJsonValue::Null)));
    QVERIFY2(null.code == ErrorCode::None, qPrintable(describe(null)));
    // ...but when present it must still have the right type.
    const QJsonValue wrong = valueAt(goodDoc(which), path).isArray() ? QJsonValue(u"[1]"_s) : QJsonValue(QJsonArray{1});
    const Error typed = decode(which, bytes(with(goodDoc(which), path, wrong)));
    QVERIFY2(typed.code == ErrorCode::WrongType, qPrintable(describe(typed)));
    QCOMPARE(typed.detail, u"$."_s + path);
}

// ---- wrong types and values --------------------------------------------------------------------

void TstCodecs::wrongMember_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("where"); // empty: "$." + path

    const auto W = ErrorCode::WrongType;
    const auto row = [](const char *name, const QString &which, const QString &path, const QJsonValue &v, ErrorCode c,
                        const QString &where = {}) {
        QTest::newRow(name) << which << path << v << c << (where.isEmpty() ? u"$."_s + path : where);
    };
    const QString s = u"servers"_s;
    // string where number, number where string, float where integer, negative, huge
    row("server duration as string", s, u"items[0].duration_s"_s, u"300"_s, W);
    row("server name as number", s, u"items[0].server_name"_s, 42, W);
    row("server id as array", s, u"items[0].server_id"_s, QJsonArray{u"srv-1"_s}, W);
    row("server id as object", s, u"items[0].server_id"_s, QJsonObject{{u"id"_s, 1}}, W);
    row("duration float", s, u"items[0].duration_s"_s, 1.5, W);
    row("duration negative", s, u"items[0].duration_s"_s, -1, W);
    row("traffic negative", s, u"items[0].traffic_bytes"_s, -2500000000.0, W);
    row("traffic huge", s, u"items[0].traffic_bytes"_s, 1e300, W);
    row("traffic above 2^62", s, u"items[0].traffic_bytes"_s, 9.3e18, W);
    row("memory bool", s, u"items[0].memory_bytes"_s, true, W);
    row("disk string", s, u"items[0].disk_bytes"_s, u"10 GB"_s, W);
    row("id zero", s, u"items[0].id"_s, 0, W);
    row("id negative", s, u"items[0].id"_s, -7, W);
    row("id float", s, u"items[0].id"_s, 1.25, W);
    row("cpu over 100", s, u"items[0].cpu_pct"_s, 100.5, W);
    row("cpu negative", s, u"items[0].cpu_pct"_s, -0.1, W);
    row("cpu NaN as string", s, u"items[0].cpu_pct"_s, u"NaN"_s, W);
    row("cpu huge", s, u"items[0].cpu_pct"_s, 1e308, W);
    row("login_at not a time", s, u"items[0].login_at"_s, u"yesterday"_s, W);
    row("login_at epoch number", s, u"items[0].login_at"_s, 1762178700, W);
    row("login_at impossible date", s, u"items[0].login_at"_s, u"2025-02-30T10:00:00Z"_s, W);
    row("item is a string", s, u"items[1]"_s, u"event"_s, W);
    row("item is an array", s, u"items[1]"_s, QJsonArray{1, 2}, W);
    row("item is null", s, u"items[1]"_s, QJsonValue::Null, W);
    row("items is an object", s, u"items"_s, QJsonObject{{u"0"_s, serverEvent(1)}}, W);
    row("items is a string", s, u"items"_s, u"[]"_s, W);
    row("has_more as string", s, u"has_more"_s, u"true"_s, W);
    row("has_more as number", s, u"has_more"_s, 1, W);
    row("next_cursor as number", s, u"next_cursor"_s, 5, W);
    row("next_cursor as object", s, u"next_cursor"_s, QJsonObject(), W);

    const QString a = u"account"_s;
    row("account role unknown", a, u"role"_s, u"admin"_s, W);
    row("account role wrong case", a, u"role"_s, u"Staff"_s, W);
    row("account id number", a, u"account_id"_s, 1001, W);
    row("account id empty", a, u"account_id"_s, QString(), ErrorCode::MissingField);
    row("account username bool", a, u"username"_s, false, W);

    const QString p = u"personal"_s;
    row("field editable as string", p, u"fields[2].editable"_s, u"yes"_s, W);
    row("field editable as number", p, u"fields[2].editable"_s, 1, W);
    row("field purpose as string", p, u"fields[2].purpose"_s, u"service"_s, W);
    row("field purpose holds a number", p, u"fields[2].purpose"_s, QJsonArray{u"service"_s, 3}, W);
    row("field updated_at junk", p, u"fields[2].updated_at"_s, u"last tuesday"_s, W);
    row("field value object", p, u"fields[2].value"_s, QJsonObject(), W);
    row("fields is an object", p, u"fields"_s, QJsonObject(), W);
    row("password_changed_at junk", p, u"password_changed_at"_s, u"never"_s, W);
    row("card last4 as number", p, u"payment_methods[0].last4"_s, 4242, W);
    row("card last4 letters", p, u"payment_methods[0].last4"_s, u"42a2"_s, W);
    row("card last4 three digits", p, u"payment_methods[0].last4"_s, u"424"_s, W);
    row("card last4 masked", p, u"payment_methods[0].last4"_s, u"****"_s, W);
    row("card last4 empty", p, u"payment_methods[0].last4"_s, QString(), W);
    row("payment method is a string", p, u"payment_methods[1]"_s, u"pm-2"_s, W);

    const QString d = u"devices"_s;
    row("identifier masked as string", d, u"items[1].identifiers[1].masked"_s, u"no"_s, W);
    row("identifier value number", d, u"items[1].identifiers[0].value"_s, 351234, W);
    row("identifiers is an object", d, u"items[1].identifiers"_s, QJsonObject(), W);
    row("identifier is a string", d, u"items[1].identifiers[0]"_s, u"imei"_s, W);
    row("device last_seen junk", d, u"items[0].last_seen"_s, u"2025-13-01T00:00:00Z"_s, W);
    row("device connection number", d, u"items[0].connection"_s, 5, W);

    const QString c = u"cookies"_s;
    row("cookie lifetime negative", c, u"items[1].lifetime_s"_s, -1, W);
    row("cookie lifetime string", c, u"items[1].lifetime_s"_s, u"3600"_s, W);
    row("cookie lifetime float", c, u"items[1].lifetime_s"_s, 3600.5, W);
    row("cookie lifetime over 100 years", c, u"items[1].lifetime_s"_s, 1e12, W);
    row("cookie consent as number", c, u"items[1].consent_required"_s, 0, W);
    row("cookie consent as string", c, u"items[1].consent_required"_s, u"false"_s, W);

    row("purpose category unknown", u"purposes"_s, u"items[1].category"_s, u"everything"_s, W);
    row("purpose category number", u"purposes"_s, u"items[1].category"_s, 1, W);
    row("purpose consent string", u"purposes"_s, u"items[1].purposes[1].consent_required"_s, u"true"_s, W);
    row("purposes is a string", u"purposes"_s, u"items[0].purposes"_s, u"service"_s, W);
    row("sharing unknown category", u"sharing"_s, u"items[1].categories"_s,
        QJsonArray{u"server_usage"_s, u"browsing_history"_s}, W);
    row("sharing categories string", u"sharing"_s, u"items[1].categories"_s, u"cookies"_s, W);
    row("retention unknown category", u"retention"_s, u"items[0].category"_s, u"billing"_s, W);
    row("retention period number", u"retention"_s, u"items[0].period"_s, 3, W);
    row("policy body number", u"policy"_s, u"sections[0].body"_s, 5, W);
    row("policy sections object", u"policy"_s, u"sections"_s, QJsonObject(), W);

    const QString t = u"tokens"_s;
    row("token_type mac", t, u"token_type"_s, u"mac"_s, W);
    row("token_type DPoP", t, u"token_type"_s, u"DPoP"_s, W);
    row("token_type empty", t, u"token_type"_s, QString(), W);
    row("token_type number", t, u"token_type"_s, 1, W);
    row("expires_in zero", t, u"expires_in"_s, 0, W);
    row("expires_in negative", t, u"expires_in"_s, -300, W);
    row("expires_in string", t, u"expires_in"_s, u"300"_s, W);
    row("expires_in float", t, u"expires_in"_s, 300.5, W);
    row("expires_in over a year", t, u"expires_in"_s, 400 * 86400, W);
    row("access_token empty", t, u"access_token"_s, QString(), ErrorCode::MissingField);
    row("access_token number", t, u"access_token"_s, 123, W);
    row("refresh_token number", t, u"refresh_token"_s, 123, W);

    const QString rq = u"request"_s;
    // An unknown status is kept as Unknown (TstCodecs::request); one of the wrong JSON type is refused.
    row("request status number", rq, u"status"_s, 3, W);
    row("request type array", rq, u"type"_s, QJsonArray(), W);
    row("request received_at junk", rq, u"received_at"_s, u"soon"_s, W);
    row("request summary string", rq, u"summary"_s, u"delete it"_s, W);
    row("request summary array", rq, u"summary"_s, QJsonArray(), W);
    row("request retained object", rq, u"retained"_s, QJsonObject(), W);
    row("request history string", rq, u"history"_s, u"[]"_s, W);
    row("request export_ready string", rq, u"export_ready"_s, u"yes"_s, W);
    row("request id number", rq, u"id"_s, 1001, W);
    row("requests item status", u"requests"_s, u"items[1].status"_s, false, W);
    row("requests has_more string", u"requests"_s, u"has_more"_s, u"no"_s, W);
    row("receipt granted string", u"receipt"_s, u"granted"_s, u"true"_s, W);
    row("receipt at junk", u"receipt"_s, u"at"_s, u"now"_s, W);
    row("receipts item string", u"receipts"_s, u"items[0]"_s, u"CR-1"_s, W);
    row("consent granted number", u"consents"_s, u"items[0].granted"_s, 1, W);
    row("consent changed_at junk", u"consents"_s, u"items[0].changed_at"_s, u"yesterday"_s, W);
    row("consents items object", u"consents"_s, u"items"_s, QJsonObject(), W);
}

void TstCodecs::wrongMember()
{
    QFETCH(QString, which);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, where);
    const Error e = decode(which, bytes(with(goodDoc(which), path, value)));
    QVERIFY2(e.code == code, qPrintable(describe(e)));
    QCOMPARE(e.detail, where);
}

void TstCodecs::rawNumbers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<ErrorCode>("code");
    // Numbers outside what JSON (RFC 8259) or a double can carry never reach a record.
    QTest::newRow("1e400") << QByteArrayLiteral("1e400") << ErrorCode::InvalidJson;
    QTest::newRow("-1e400") << QByteArrayLiteral("-1e400") << ErrorCode::InvalidJson;
    QTest::newRow("NaN literal") << QByteArrayLiteral("NaN") << ErrorCode::InvalidJson;
    QTest::newRow("Infinity literal") << QByteArrayLiteral("Infinity") << ErrorCode::InvalidJson;
    QTest::newRow("hex") << QByteArrayLiteral("0x10") << ErrorCode::InvalidJson;
    QTest::newRow("leading zero") << QByteArrayLiteral("0300") << ErrorCode::InvalidJson;
    QTest::newRow("1e19") << QByteArrayLiteral("1e19") << ErrorCode::WrongType;
    QTest::newRow("2^63") << QByteArrayLiteral("9223372036854775808") << ErrorCode::WrongType;
    QTest::newRow("exponent float") << QByteArrayLiteral("3.9e3") << ErrorCode::None; // 3900: an integer value
    QTest::newRow("-0") << QByteArrayLiteral("-0") << ErrorCode::None;
}

void TstCodecs::rawNumbers()
{
    QFETCH(QByteArray, raw);
    QFETCH(ErrorCode, code);
    const QByteArray body = withRaw(goodDoc(u"servers"_s), u"items[0].duration_s"_s, raw);
    const auto r = codec::decodeServerEvents(body);
    const Error e = errorOf(r);
    QVERIFY2(e.code == code, qPrintable(describe(e) + u" for "_s + QString::fromLatin1(body.left(120))));
    if (code == ErrorCode::WrongType)
        QCOMPARE(e.detail, u"$.items[0].duration_s"_s);
    if (code == ErrorCode::None && raw == "3.9e3")
        QCOMPARE(r->items.at(0).durationS, 3900);
}

void TstCodecs::timestampsWithoutZoneAreRefused_data()
{
    QTest::addColumn<QString>("time");
    QTest::newRow("no zone") << u"2025-11-03T14:05:00"_s;
    QTest::newRow("date only") << u"2025-11-03"_s;
}

void TstCodecs::timestampsWithoutZoneAreRefused()
{
    // docs/api: "Timestamps are RFC 3339 UTC with a Z". A zoneless time would be read in the
    // machine's local zone and silently shift every event; a date alone is not a timestamp.
    QFETCH(QString, time);
    const Error e = decode(u"servers"_s, bytes(with(goodDoc(u"servers"_s), u"items[0].login_at"_s, time)));
    QVERIFY2(e.code == ErrorCode::WrongType, qPrintable(describe(e)));
    QCOMPARE(e.detail, u"$.items[0].login_at"_s);
}

void TstCodecs::emptyRequiredTimestampIsRefused()
{
    // A required member that is "" is refused where it matters...
    const Error id = decode(u"account"_s, bytes(with(goodDoc(u"account"_s), u"account_id"_s, QString())));
    QCOMPARE(id.code, ErrorCode::MissingField);
    // ...and a required timestamp that is "" must not decode to an invalid QDateTime (which the
    // cache stores as 0, "unknown").
    const Error e = decode(u"servers"_s, bytes(with(goodDoc(u"servers"_s), u"items[0].login_at"_s, QString())));
    QVERIFY2(e.code == ErrorCode::MissingField || e.code == ErrorCode::WrongType, qPrintable(describe(e)));
    QCOMPARE(e.detail, u"$.items[0].login_at"_s);
}

void TstCodecs::cardNumberNeverAccepted_data()
{
    QTest::addColumn<QString>("last4");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("full PAN") << u"4242424242424242"_s << ErrorCode::TooLarge;
    QTest::newRow("PAN with spaces") << u"4242 4242 4242 4242"_s << ErrorCode::TooLarge;
    QTest::newRow("last five") << u"24242"_s << ErrorCode::TooLarge;
    QTest::newRow("last4 with a space") << u"4242 "_s << ErrorCode::TooLarge;
    QTest::newRow("dashes") << u"42-4"_s << ErrorCode::WrongType;
}

void TstCodecs::cardNumberNeverAccepted()
{
    QFETCH(QString, last4);
    QFETCH(ErrorCode, code);
    const auto r = codec::decodePersonal(bytes(with(goodDoc(u"personal"_s), u"payment_methods[0].last4"_s, last4)));
    QVERIFY(!r.ok()); // the whole document is refused: nothing of it reaches the cache
    QVERIFY2(r.error().code == code, qPrintable(describe(r.error())));
    QCOMPARE(r.error().detail, u"$.payment_methods[0].last4"_s);
    QVERIFY(!r.error().detail.contains(last4)); // and the number is not copied into logs
}

// ---- size limits -------------------------------------------------------------------------------

void TstCodecs::stringLimits_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    const auto row = [](const QString &which, const QString &path, int limit) {
        QTest::addRow("%s %s", qPrintable(which), qPrintable(path)) << which << path << limit;
    };
    row(u"account"_s, u"account_id"_s, 64);
    row(u"account"_s, u"username"_s, 128);
    row(u"account"_s, u"display_name"_s, 256);
    row(u"personal"_s, u"fields[0].value"_s, int(codec::kMaxStringChars));
    row(u"personal"_s, u"fields[0].key"_s, 64);
    row(u"personal"_s, u"payment_methods[0].brand"_s, 64);
    row(u"personal"_s, u"payment_methods[1].account_masked"_s, 128);
    row(u"servers"_s, u"items[0].server_name"_s, 256);
    row(u"servers"_s, u"items[0].server_id"_s, 64);
    row(u"servers"_s, u"next_cursor"_s, 1024);
    row(u"domains"_s, u"items[0].domain"_s, 253);
    row(u"domains"_s, u"items[0].details"_s, int(codec::kMaxStringChars));
    row(u"devices"_s, u"items[0].model"_s, 256);
    row(u"devices"_s, u"items[0].identifiers[0].value"_s, 128);
    row(u"cookies"_s, u"items[0].name"_s, 256);
    row(u"sharing"_s, u"items[0].data"_s, int(codec::kMaxStringChars));
    row(u"policy"_s, u"sections[0].body"_s, 64 * 1024);
    row(u"tokens"_s, u"access_token"_s, 2048);
    row(u"tokens"_s, u"refresh_token"_s, 2048);
    row(u"request"_s, u"id"_s, 64);
    row(u"request"_s, u"status_reason"_s, int(codec::kMaxStringChars));
    row(u"receipt"_s, u"policy_version"_s, 64);
    row(u"consents"_s, u"items[0].affects"_s, int(codec::kMaxStringChars));
}

void TstCodecs::stringLimits()
{
    QFETCH(QString, which);
    QFETCH(QString, path);
    QFETCH(int, limit);
    // At the limit: accepted. One over: refused with TooLarge at the member's path.
    const Error at = decode(which, bytes(with(goodDoc(which), path, QString(limit, u'x'))));
    QVERIFY2(at.code == ErrorCode::None, qPrintable(describe(at)));
    const Error over = decode(which, bytes(with(goodDoc(which), path, QString(limit + 1, u'x'))));
    QVERIFY2(over.code == ErrorCode::TooLarge, qPrintable(describe(over)));
    QCOMPARE(over.detail, u"$."_s + path);
    // Limits count characters, not bytes: non-ASCII text at the limit still fits.
    const Error cjk = decode(which, bytes(with(goodDoc(which), path, QString(limit, QChar(0x4E2D)))));
    QVERIFY2(cjk.code == ErrorCode::None, qPrintable(describe(cjk)));
}

void TstCodecs::tooManyItems_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    QTest::newRow("server events") << u"servers"_s << u"items"_s << int(codec::kMaxPageItems);
    QTest::newRow("domain events") << u"domains"_s << u"items"_s << int(codec::kMaxPageItems);
    QTest::newRow("devices") << u"devices"_s << u"items"_s << 1000;
    QTest::newRow("identifiers") << u"devices"_s << u"items[0].identifiers"_s << 32;
    QTest::newRow("cookies") << u"cookies"_s << u"items"_s << 1000;
    QTest::newRow("personal fields") << u"personal"_s << u"fields"_s << 256;
    QTest::newRow("payment methods") << u"personal"_s << u"payment_methods"_s << 64;
    QTest::newRow("purposes of a field") << u"personal"_s << u"fields[0].purpose"_s << 64;
    QTest::newRow("purpose categories") << u"purposes"_s << u"items"_s << 64;
    QTest::newRow("purposes") << u"purposes"_s << u"items[0].purposes"_s << 64;
    QTest::newRow("sharing") << u"sharing"_s << u"items"_s << 64;
    QTest::newRow("sharing categories") << u"sharing"_s << u"items[0].categories"_s << 64;
    QTest::newRow("retention") << u"retention"_s << u"items"_s << 64;
    QTest::newRow("policy sections") << u"policy"_s << u"sections"_s << 64;
    QTest::newRow("requests") << u"requests"_s << u"items"_s << int(codec::kMaxPageItems);
    QTest::newRow("request retained") << u"request"_s << u"retained"_s << 64;
    QTest::newRow("request history") << u"request"_s << u"history"_s << 256;
    QTest::newRow("consents") << u"consents"_s << u"items"_s << 64;
}

void TstCodecs::tooManyItems()
{
    QFETCH(QString, which);
    QFETCH(QString, path);
    QFETCH(int, limit);
    // The count is checked before any item is read, so junk items suffice.
    QJsonArray many;
    for (int i = 0; i <= limit; ++i)
        many.append(0);
    const Error e = decode(which, bytes(with(goodDoc(which), path, many)));
    QVERIFY2(e.code == ErrorCode::TooLarge, qPrintable(describe(e)));
    QCOMPARE(e.detail, u"$."_s + path);
}

void TstCodecs::fullPageAtTheLimitDecodes()
{
    QJsonArray items;
    for (qint64 id = 1; id <= codec::kMaxPageItems; ++id)
        items.append(serverEvent(id));
    const auto r = codec::decodeServerEvents(bytes(page(items)));
    QVERIFY2(r.ok(), qPrintable(describe(errorOf(r))));
    QCOMPARE(r->items.size(), codec::kMaxPageItems);
    QCOMPARE(r->items.last().id, codec::kMaxPageItems);
}

void TstCodecs::bodyLimit()
{
    const QByteArray doc = R"({"items":[],"next_cursor":"c","has_more":false})";
    // Exactly at the limit (whitespace padding is legal JSON): accepted.
    QByteArray at = doc;
    at.append(QByteArray(codec::kMaxBodyBytes - doc.size(), ' '));
    QCOMPARE(at.size(), codec::kMaxBodyBytes);
    QVERIFY(codec::decodeServerEvents(at).ok());
    // One byte over: refused before parsing, by every decoder.
    at.append(' ');
    for (const QString &which : kDecoders) {
        const Error e = decode(which, at);
        QVERIFY2(e.code == ErrorCode::TooLarge, qPrintable(which + u": "_s + describe(e)));
        QCOMPARE(e.detail, u"body"_s);
    }
}

// ---- hostile bodies ----------------------------------------------------------------------------

void TstCodecs::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray good = bytes(goodDoc(u"servers"_s));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArrayLiteral("   \n");
    QTest::newRow("not JSON") << QByteArrayLiteral("Service Unavailable");
    QTest::newRow("HTML") << QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("truncated by one byte") << good.chopped(1);
    QTest::newRow("top-level array") << QByteArray('[' + good + ']');
    QTest::newRow("empty array") << QByteArrayLiteral("[]");
    QTest::newRow("top-level string") << QByteArrayLiteral("\"items\"");
    QTest::newRow("top-level number") << QByteArrayLiteral("42");
    QTest::newRow("null") << QByteArrayLiteral("null");
    QTest::newRow("garbage after the object") << QByteArray(good + " {}");
    QTest::newRow("two objects") << QByteArray(good + good);
    QTest::newRow("single quotes") << QByteArrayLiteral("{'items':[]}");
    QTest::newRow("trailing comma") << QByteArrayLiteral(R"({"items":[],"next_cursor":"c","has_more":false,})");
    QTest::newRow("comment") << QByteArrayLiteral(R"({"items":[] /* x */,"next_cursor":"c","has_more":false})");
    QTest::newRow("NUL byte") << QByteArray("{\"items\":[]\0}", 13);
    QTest::newRow("unterminated string") << QByteArrayLiteral(R"({"items":[],"next_cursor":"c)");
    QTest::newRow("deeply nested arrays") << QByteArray(QByteArray(100000, '[') + QByteArray(100000, ']'));
    QTest::newRow("deeply nested objects") << QByteArray(QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray(5000, '}'));
}

void TstCodecs::hostileBodies()
{
    QFETCH(QByteArray, body);
    for (const QString &which : kDecoders) {
        const Error e = decode(which, body);
        QVERIFY2(e.code == ErrorCode::InvalidJson, qPrintable(which + u": "_s + describe(e)));
        QVERIFY(!e.detail.isEmpty());
    }
}

void TstCodecs::deepNestingInUnknownMember()
{
    // Moderately deep junk in a member we do not read is tolerated...
    QByteArray ok = bytes(goodDoc(u"servers"_s));
    ok.chop(1);
    ok += ",\"x\":" + QByteArray(500, '[') + QByteArray(500, ']') + '}';
    const Error e = decode(u"servers"_s, ok);
    QVERIFY2(e.code == ErrorCode::None, qPrintable(describe(e)));
    // ...nesting beyond the parser's limit is refused as a whole, not crashed on.
    QByteArray deep = bytes(goodDoc(u"servers"_s));
    deep.chop(1);
    deep += ",\"x\":" + QByteArray(50000, '[') + QByteArray(50000, ']') + '}';
    QCOMPARE(decode(u"servers"_s, deep).code, ErrorCode::InvalidJson);
}

void TstCodecs::unknownMembersTolerated_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("path"); // an object in the document to add members to ("" = top)
    QTest::newRow("account") << u"account"_s << QString();
    QTest::newRow("personal field") << u"personal"_s << u"fields[0]"_s;
    QTest::newRow("payment method") << u"personal"_s << u"payment_methods[0]"_s;
    QTest::newRow("server page") << u"servers"_s << QString();
    QTest::newRow("server event") << u"servers"_s << u"items[0]"_s;
    QTest::newRow("domain event") << u"domains"_s << u"items[0]"_s;
    QTest::newRow("device identifier") << u"devices"_s << u"items[0].identifiers[0]"_s;
    QTest::newRow("cookie") << u"cookies"_s << u"items[0]"_s;
    QTest::newRow("purpose use") << u"purposes"_s << u"items[0].purposes[0]"_s;
    QTest::newRow("sharing") << u"sharing"_s << u"items[0]"_s;
    QTest::newRow("retention") << u"retention"_s << u"items[0]"_s;
    QTest::newRow("policy") << u"policy"_s << QString();
    QTest::newRow("tokens") << u"tokens"_s << QString();
    QTest::newRow("request") << u"request"_s << QString();
    QTest::newRow("request in a page") << u"requests"_s << u"items[1]"_s;
    QTest::newRow("receipt") << u"receipts"_s << u"items[0]"_s;
    QTest::newRow("consent") << u"consents"_s << u"items[0]"_s;
}

void TstCodecs::unknownMembersTolerated()
{
    QFETCH(QString, which);
    QFETCH(QString, path);
    QJsonObject doc = goodDoc(which);
    const QString prefix = path.isEmpty() ? QString() : path + u'.';
    doc = with(doc, prefix + u"x_future"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s, QJsonValue::Null}}});
    doc = with(doc, prefix + u"x_big"_s, QString(100000, u'z')); // limits apply to members we read
    doc = with(doc, prefix + u"x_number"_s, 1e300);
    const Error e = decode(which, bytes(doc));
    QVERIFY2(e.code == ErrorCode::None, qPrintable(describe(e)));
}

// ---- all or nothing ----------------------------------------------------------------------------

void TstCodecs::nothingHalfApplied_data()
{
    QTest::addColumn<int>("badIndex");
    for (int i = 0; i < 5; ++i)
        QTest::addRow("item %d of 5 bad", i + 1) << i;
}

void TstCodecs::nothingHalfApplied()
{
    QFETCH(int, badIndex);
    QJsonArray items;
    for (int id = 1; id <= 5; ++id)
        items.append(serverEvent(id));
    QJsonObject doc = with(page(items), u"items[%1].traffic_bytes"_s.arg(badIndex), u"lots"_s);
    const auto r = codec::decodeServerEvents(bytes(doc));
    QVERIFY(!r.ok()); // no Page at all, so the good items cannot be stored on their own
    QCOMPARE(r.error().code, ErrorCode::WrongType);
    QCOMPARE(r.error().detail, u"$.items[%1].traffic_bytes"_s.arg(badIndex));

    // The same for a nested list: one bad identifier refuses the whole devices document.
    const auto d = codec::decodeDevices(bytes(with(goodDoc(u"devices"_s), u"items[1].identifiers[1].kind"_s, 7)));
    QVERIFY(!d.ok());
    QCOMPARE(d.error().detail, u"$.items[1].identifiers[1].kind"_s);
}

void TstCodecs::firstProblemWins()
{
    // With several problems the detail names the first in document order, not the last.
    QJsonObject doc = goodDoc(u"servers"_s);
    doc = with(doc, u"items[1].cpu_pct"_s, 500);
    doc = with(doc, u"items[2].server_id"_s, 1);
    doc = without(doc, u"has_more"_s);
    const Error e = decode(u"servers"_s, bytes(doc));
    QCOMPARE(e.code, ErrorCode::WrongType);
    QCOMPARE(e.detail, u"$.items[1].cpu_pct"_s);
}

// ---- RFC 9457 problems -------------------------------------------------------------------------

void TstCodecs::problemFromBody()
{
    const QByteArray body = R"({"type":"/problems/invalid-grant","title":"Invalid grant","status":400,)"
                            R"("detail":"The refresh token was already used","error":"invalid_grant","extra":[1,2]})";
    const Problem p = Problem::fromBody(body, 400);
    QCOMPARE(p.status, 400);
    QCOMPARE(p.type, u"/problems/invalid-grant"_s);
    QCOMPARE(p.title, u"Invalid grant"_s);
    QCOMPARE(p.detail, u"The refresh token was already used"_s);
    QCOMPARE(p.oauthError, u"invalid_grant"_s);
    QCOMPARE(p.slug(), u"invalid-grant"_s);

    // The HTTP status is what counts, not a "status" member that disagrees with it.
    QCOMPARE(Problem::fromBody(R"({"type":"/problems/internal","status":200})", 500).status, 500);
}

void TstCodecs::problemFromJunk_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("HTML from a proxy") << QByteArrayLiteral("<html><h1>502 Bad Gateway</h1></html>");
    QTest::newRow("array") << QByteArrayLiteral(R"([{"type":"/problems/internal"}])");
    QTest::newRow("wrong types") << QByteArrayLiteral(R"({"type":5,"title":["x"],"detail":{},"error":true})");
    QTest::newRow("truncated") << QByteArrayLiteral(R"({"type":"/problems/not-fou)");
    QTest::newRow("over 64 KiB") << QByteArray(R"({"type":"/problems/internal","detail":")" + QByteArray(70000, 'a')
                                               + R"("})");
}

void TstCodecs::problemFromJunk()
{
    QFETCH(QByteArray, body);
    const Problem p = Problem::fromBody(body, 502);
    QCOMPARE(p.status, 502);
    QVERIFY(p.type.isEmpty());
    QVERIFY(p.title.isEmpty());
    QVERIFY(p.detail.isEmpty());
    QVERIFY(p.oauthError.isEmpty());
    QCOMPARE(p.slug(), QString());
    const Error e = p.toError();
    QCOMPARE(e.code, ErrorCode::Provider);
    QCOMPARE(e.httpStatus, 502);
}

void TstCodecs::problemTruncatesLongMembers()
{
    const QJsonObject o{{u"type"_s, QString(u"/problems/"_s + QString(1000, u't'))},
                        {u"title"_s, QString(1000, u'T')},
                        {u"detail"_s, QString(5000, u'd')},
                        {u"error"_s, QString(200, u'e')}};
    const Problem p = Problem::fromBody(bytes(o), 400);
    QCOMPARE(p.type.size(), 512);
    QCOMPARE(p.title.size(), 512);
    QCOMPARE(p.detail.size(), 2048);
    QCOMPARE(p.oauthError.size(), 64);
}

void TstCodecs::problemToError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("400") << 400 << ErrorCode::Provider;
    QTest::newRow("401") << 401 << ErrorCode::Unauthorized;
    QTest::newRow("403") << 403 << ErrorCode::Forbidden;
    QTest::newRow("404") << 404 << ErrorCode::NotFound;
    QTest::newRow("405") << 405 << ErrorCode::Provider;
    QTest::newRow("413") << 413 << ErrorCode::Provider;
    QTest::newRow("500") << 500 << ErrorCode::Provider;
    QTest::newRow("503") << 503 << ErrorCode::Provider;
}

void TstCodecs::problemToError()
{
    QFETCH(int, status);
    QFETCH(ErrorCode, code);
    const Problem p = Problem::fromBody(
        R"({"type":"/problems/some-slug","title":"A title","status":0,"detail":"A detail"})", status);
    const Error e = p.toError();
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.problemType, u"/problems/some-slug"_s);
    QCOMPARE(e.detail, u"A detail"_s);
    // Without a detail the title is used.
    const Error t = Problem::fromBody(R"({"type":"/problems/x","title":"Only a title"})", status).toError();
    QCOMPARE(t.detail, u"Only a title"_s);
    QCOMPARE(t.code, code);
}

void TstCodecs::problemSlug_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("slug");
    QTest::newRow("relative") << u"/problems/invalid-cursor"_s << u"invalid-cursor"_s;
    QTest::newRow("absolute") << u"https://privacy.example.hk/problems/invalid-limit"_s << u"invalid-limit"_s;
    QTest::newRow("no slash") << u"invalid-token"_s << u"invalid-token"_s;
    QTest::newRow("about:blank") << u"about:blank"_s << u"about:blank"_s;
    QTest::newRow("trailing slash") << u"/problems/"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TstCodecs::problemSlug()
{
    QFETCH(QString, type);
    QFETCH(QString, slug);
    Problem p;
    p.type = type;
    QCOMPARE(p.slug(), slug);
    // And through a body, as the client sees it.
    QCOMPARE(Problem::fromBody(bytes(QJsonObject{{u"type"_s, type}}), 400).slug(), slug);
}

// ---- identifiers kept as JSON text in the cache ------------------------------------------------

void TstCodecs::identifiersRoundTrip()
{
    const QList<DeviceIdentifier> ids{{u"imei"_s, u"35-****-****-1234"_s, true},
                                      {u"mac"_s, u"00:1A:2B:3C:4D:5E"_s, false},
                                      {u"uuid"_s, u"\"quoted\" \\ back\u00E9\u4E2D"_s, true}};
    const QByteArray json = codec::encodeIdentifiers(ids);
    QVERIFY(QJsonDocument::fromJson(json).isArray());
    const QList<DeviceIdentifier> back = codec::decodeIdentifiers(json);
    QCOMPARE(back.size(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(back.at(i).kind, ids.at(i).kind);
        QCOMPARE(back.at(i).value, ids.at(i).value);
        QCOMPARE(back.at(i).masked, ids.at(i).masked);
    }
    QCOMPARE(codec::encodeIdentifiers({}), QByteArrayLiteral("[]"));
    QVERIFY(codec::decodeIdentifiers(codec::encodeIdentifiers({})).isEmpty());
}

void TstCodecs::identifiersFromJunk()
{
    QVERIFY(codec::decodeIdentifiers(QByteArray()).isEmpty());
    QVERIFY(codec::decodeIdentifiers("not json").isEmpty());
    QVERIFY(codec::decodeIdentifiers(R"({"kind":"imei"})").isEmpty());
}

// Found by tests/fuzz/fuzz_codecs (corpus regress-messages-milliseconds): the cache wrote a message's
// time without its milliseconds, so a request read back from the cache had other times than the
// provider sent (and messages within one second could no longer be told apart in order).
void TstCodecs::messagesRoundTripKeepsMilliseconds()
{
    RequestMessage m;
    m.at = QDateTime::fromString(u"2025-11-02T10:00:00.250Z"_s, Qt::ISODateWithMs);
    m.fromStaff = true;
    m.staff = u"Support agent 7"_s;
    m.kind = u"question"_s;
    m.text = u"Which device?"_s;
    m.attachments = {u"att-1"_s};
    const QList<RequestMessage> back = codec::decodeMessages(codec::encodeMessages({m}));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].at, m.at);
    QCOMPARE(back[0].at.time().msec(), 250);
    QCOMPARE(back[0].text, m.text);
    QCOMPARE(back[0].attachments, m.attachments);
}

QTEST_GUILESS_MAIN(TstCodecs)
#include "tst_codecs.moc"
