// SPDX-License-Identifier: GPL-3.0-or-later
// "Act on your data" over real HTTP: attachments, field updates with If-Match, the five request
// types, cancel rules, exports, consents and receipts, idempotency keys, test hooks, isolation.
#include "ActionsTestSupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int BobServerEvents = 6000;

QByteArray pdfBytes() { return QByteArray("%PDF-1.4\n% test document\n1 0 obj\n<<>>\nendobj\n%%EOF\n"); }
QByteArray pngBytes() { return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(32, 'x'); }
QByteArray jpegBytes() { return QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) + QByteArray(32, 'y'); }

QDateTime when(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODate); }

} // namespace

class TestProviderActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idempotencyKeyRequired_data();
    void idempotencyKeyRequired();
    void attachments();
    void attachmentRefusals_data();
    void attachmentRefusals();
    void fieldUpdateFlow();
    void fieldUpdateRefusals_data();
    void fieldUpdateRefusals();
    void goodRequests_data();
    void goodRequests();
    void badRequests_data();
    void badRequests();
    void deletionRetention();
    void correctionAttachmentsMustBeOwn();
    void idempotentReplay();
    void keyReuseIsRefused();
    void preconditionFailureIsReplayed();
    void cancelRules();
    void listingAndPaging();
    void exportFlow();
    void bigExportIsBounded();
    void consents();
    void consentRefusals_data();
    void consentRefusals();
    void testHooks();
    void crossAccountIsolation();
    void staleInProgressIsRecoveredAfterRestart();

private:
    QJsonObject effects(const QString &account = u"alice"_s);
    QString createRequest(const QByteArray &token, const QJsonObject &body);
    QByteArray personalEtag(const QByteArray &token);

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    Tokens m_alice;
    Tokens m_bob;
};

void TestProviderActions::initTestCase()
{
    m_provider = std::make_unique<ProviderProcess>(
        QStringList{u"--test-hooks"_s, u"--scale"_s, QString::number(BobServerEvents)});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    m_api = std::make_unique<ApiClient>(m_provider->url());
    m_alice = signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    m_bob = signIn(*m_http, u"bob"_s, u"demo-bob"_s);
    QVERIFY(m_alice.ok());
    QVERIFY(m_bob.ok());
}

QJsonObject TestProviderActions::effects(const QString &account)
{
    const HttpResult r = m_api->get(u"/test/effects?account="_s + account, {});
    if (r.status != 200)
        qWarning() << "effects" << r.status << r.body;
    return r.json();
}

QString TestProviderActions::createRequest(const QByteArray &token, const QJsonObject &body)
{
    const HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, token, body);
    if (r.status != 201)
        qWarning() << "createRequest" << r.status << r.body;
    return r.json().value(u"id"_s).toString();
}

QByteArray TestProviderActions::personalEtag(const QByteArray &token)
{
    return m_api->get(u"/v1/me/personal"_s, token).header("etag");
}

void TestProviderActions::idempotencyKeyRequired_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("not a uuid") << QByteArray("hello");
    QTest::newRow("uuid with braces") << QByteArray("{4b0f3c9e-8d5a-4c47-9b1e-2f6f0f8e1a11}");
    QTest::newRow("too short") << QByteArray("4b0f3c9e-8d5a-4c47-9b1e-2f6f0f8e1a1");
}

void TestProviderActions::idempotencyKeyRequired()
{
    QFETCH(QByteArray, key);
    const QJsonObject before = effects();
    Headers h;
    if (!key.isEmpty())
        h.append({"Idempotency-Key", key});
    const QByteArray body = json({{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    HttpResult r = m_api->call("POST", u"/v1/me/requests"_s, m_alice.access, body, "application/json", h);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.problemType(), u"invalid-request"_s);
    r = m_api->call("PUT", u"/v1/me/consents/marketing"_s, m_alice.access,
                    json({{u"granted"_s, true}, {u"policy_version"_s, u"2025-05-14"_s}}), "application/json", h);
    QCOMPARE(r.status, 400);
    r = m_api->call("PUT", u"/v1/me/attachments"_s, m_alice.access, pdfBytes(), "application/pdf", h);
    QCOMPARE(r.status, 400);
    QCOMPARE(effects(), before);
}

void TestProviderActions::attachments()
{
    const QJsonObject before = effects();
    struct Case { QByteArray type; QByteArray data; QByteArray filename; QString expectName; };
    const Case cases[] = {
        {"application/pdf", pdfBytes(), "proof%20of%20address.pdf", u"proof of address.pdf"_s},
        {"image/png", pngBytes(), "%E8%AD%89%E6%98%8E.png", u"證明.png"_s},
        {"image/jpeg; charset=binary", jpegBytes(), {}, u"attachment.jpg"_s},
    };
    for (const Case &c : cases) {
        Headers h{{"Idempotency-Key", newKey()}};
        if (!c.filename.isEmpty())
            h.append({"X-Filename", c.filename});
        const HttpResult r = m_api->call("PUT", u"/v1/me/attachments"_s, m_alice.access, c.data, c.type, h);
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        QVERIFY(o.value(u"id"_s).toString().startsWith(u"att-"_s));
        QCOMPARE(o.value(u"content_type"_s).toString(), QString::fromLatin1(c.type.split(';').first()));
        QCOMPARE(o.value(u"size"_s).toInteger(), c.data.size());
        QCOMPARE(o.value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(c.data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(o.value(u"filename"_s).toString(), c.expectName);
    }
    // Exactly 5 MiB is allowed.
    QByteArray big = pdfBytes();
    big.append(QByteArray(5 * 1024 * 1024 - big.size(), 'z'));
    const HttpResult r = m_api->call("PUT", u"/v1/me/attachments"_s, m_alice.access, big, "application/pdf",
                                     {{"Idempotency-Key", newKey()}});
    QCOMPARE(r.status, 201);
    QCOMPARE(effects().value(u"attachments"_s).toInteger(), before.value(u"attachments"_s).toInteger() + 4);
}

void TestProviderActions::attachmentRefusals_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("filename");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QByteArray tooBig = pdfBytes();
    tooBig.append(QByteArray(5 * 1024 * 1024 + 1 - tooBig.size(), 'z'));
    QTest::newRow("gif") << QByteArray("image/gif") << QByteArray("GIF89a....") << QByteArray() << 415
                         << u"unsupported-media-type"_s;
    QTest::newRow("text") << QByteArray("text/plain") << QByteArray("hello") << QByteArray() << 415
                          << u"unsupported-media-type"_s;
    QTest::newRow("pdf that is a png") << QByteArray("application/pdf") << pngBytes() << QByteArray() << 400
                                       << u"invalid-attachment"_s;
    QTest::newRow("png that is text") << QByteArray("image/png") << QByteArray("not really a png")
                                      << QByteArray() << 400 << u"invalid-attachment"_s;
    QTest::newRow("empty jpeg") << QByteArray("image/jpeg") << QByteArray() << QByteArray() << 400
                                << u"invalid-attachment"_s;
    QTest::newRow("over 5 MiB") << QByteArray("application/pdf") << tooBig << QByteArray() << 413
                                << u"payload-too-large"_s;
    QTest::newRow("filename with slash") << QByteArray("application/pdf") << pdfBytes()
                                         << QByteArray("..%2Fetc%2Fpasswd") << 400 << u"invalid-request"_s;
    QTest::newRow("filename too long") << QByteArray("application/pdf") << pdfBytes() << QByteArray(256, 'a') << 400
                                       << u"invalid-request"_s;
}

void TestProviderActions::attachmentRefusals()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, filename);
    QFETCH(int, status);
    QFETCH(QString, slug);
    const QJsonObject before = effects();
    Headers h{{"Idempotency-Key", newKey()}};
    if (!filename.isEmpty())
        h.append({"X-Filename", filename});
    const HttpResult r = m_api->call("PUT", u"/v1/me/attachments"_s, m_alice.access, data, contentType, h);
    QCOMPARE(r.status, status);
    QVERIFY(r.isProblem());
    QCOMPARE(r.problemType(), slug);
    QCOMPARE(effects(), before);
}

void TestProviderActions::fieldUpdateFlow()
{
    const QJsonObject before = effects();
    const QByteArray etag = personalEtag(m_alice.access);
    QVERIFY(!etag.isEmpty());

    // 200: the new document and a new ETag, exactly what GET now answers.
    HttpResult r = m_api->act("PATCH", u"/v1/me/personal/email"_s, m_alice.access,
                              {{u"value"_s, u"  alice.new@example.hk "_s}}, {}, {{"If-Match", etag}});
    QCOMPARE(r.status, 200);
    const QByteArray newEtag = r.header("etag");
    QVERIFY(!newEtag.isEmpty());
    QVERIFY(newEtag != etag);
    const HttpResult get = m_api->get(u"/v1/me/personal"_s, m_alice.access);
    QCOMPARE(get.header("etag"), newEtag);
    QCOMPARE(get.json(), r.json());
    bool found = false;
    for (const auto &f : get.json().value(u"fields"_s).toArray())
        if (f[u"key"_s].toString() == u"email") {
            QCOMPARE(f[u"value"_s].toString(), u"alice.new@example.hk"_s);
            found = true;
        }
    QVERIFY(found);
    QCOMPARE(effects().value(u"field_updates"_s).toInteger(), before.value(u"field_updates"_s).toInteger() + 1);

    // 412 with the stale ETag: nothing changes, `current` is the field as it is now.
    r = m_api->act("PATCH", u"/v1/me/personal/mobile"_s, m_alice.access, {{u"value"_s, u"+85298765432"_s}}, {},
                   {{"If-Match", etag}});
    QCOMPARE(r.status, 412);
    QCOMPARE(r.problemType(), u"precondition-failed"_s);
    const QJsonObject current = r.json().value(u"current"_s).toObject();
    QCOMPARE(current.value(u"key"_s).toString(), u"mobile"_s);
    QCOMPARE(current.value(u"value"_s).toString(), u"+852 5123 4567"_s);
    QCOMPARE(current.value(u"editable"_s).toBool(), true);
    QVERIFY(current.contains(u"updated_at"_s));
    QCOMPARE(personalEtag(m_alice.access), newEtag);

    // 428 without If-Match.
    r = m_api->act("PATCH", u"/v1/me/personal/mobile"_s, m_alice.access, {{u"value"_s, u"+85298765432"_s}});
    QCOMPARE(r.status, 428);
    QCOMPARE(r.problemType(), u"precondition-required"_s);

    // A phone number with spaces and dashes, as people type it, with the fresh ETag.
    r = m_api->act("PATCH", u"/v1/me/personal/mobile"_s, m_alice.access, {{u"value"_s, u"+852 9876-5432"_s}}, {},
                   {{"If-Match", newEtag}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("etag"), personalEtag(m_alice.access));
    QCOMPARE(effects().value(u"field_updates"_s).toInteger(), before.value(u"field_updates"_s).toInteger() + 2);
    // Bob's details are untouched.
    for (const auto &f : m_api->get(u"/v1/me/personal"_s, m_bob.access).json().value(u"fields"_s).toArray())
        if (f[u"key"_s].toString() == u"mobile")
            QCOMPARE(f[u"value"_s].toString(), u"+852 6987 6543"_s);
}

void TestProviderActions::fieldUpdateRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QTest::newRow("name is not editable") << u"name"_s << json({{u"value"_s, u"Alice Wong"_s}}) << 403
                                          << u"not-editable"_s;
    QTest::newRow("unknown field") << u"shoe_size"_s << json({{u"value"_s, u"38"_s}}) << 404 << u"not-found"_s;
    QTest::newRow("bad email") << u"email"_s << json({{u"value"_s, u"alice-at-example"_s}}) << 422
                               << u"invalid-value"_s;
    QTest::newRow("email with space") << u"email"_s << json({{u"value"_s, u"a b@example.hk"_s}}) << 422
                                      << u"invalid-value"_s;
    QTest::newRow("phone without plus") << u"mobile"_s << json({{u"value"_s, u"85251234567"_s}}) << 422
                                        << u"invalid-value"_s;
    QTest::newRow("phone too short") << u"mobile"_s << json({{u"value"_s, u"+8521234"_s}}) << 422
                                     << u"invalid-value"_s;
    QTest::newRow("phone too long") << u"mobile"_s << json({{u"value"_s, u"+8521234567890123"_s}}) << 422
                                    << u"invalid-value"_s;
    QTest::newRow("empty address") << u"address"_s << json({{u"value"_s, u"   "_s}}) << 422 << u"invalid-value"_s;
    QTest::newRow("address too long") << u"address"_s << json({{u"value"_s, QString(501, u'x')}}) << 422
                                      << u"invalid-value"_s;
    QTest::newRow("unknown member") << u"email"_s << json({{u"value"_s, u"a@b.hk"_s}, {u"note"_s, u"x"_s}}) << 400
                                    << u"invalid-request"_s;
    QTest::newRow("value not a string") << u"email"_s << json({{u"value"_s, 42}}) << 400 << u"invalid-request"_s;
    QTest::newRow("not json") << u"email"_s << QByteArray("value=a@b.hk") << 400 << u"invalid-request"_s;
}

void TestProviderActions::fieldUpdateRefusals()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, slug);
    const QJsonObject before = effects();
    const HttpResult personalBefore = m_api->get(u"/v1/me/personal"_s, m_alice.access);
    const HttpResult r = m_api->call("PATCH", u"/v1/me/personal/"_s + key, m_alice.access, body, "application/json",
                                     {{"Idempotency-Key", newKey()}, {"If-Match", personalBefore.header("etag")}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.problemType(), slug);
    if (status == 422)
        QCOMPARE(r.json().value(u"field"_s).toString(), key);
    QCOMPARE(effects(), before);
    QCOMPARE(m_api->get(u"/v1/me/personal"_s, m_alice.access).body, personalBefore.body);
}

void TestProviderActions::goodRequests_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("correction") << QJsonObject{{u"type"_s, u"correction"_s}, {u"field"_s, u"name"_s},
                                               {u"proposed_value"_s, u"Alice Chan Mei-ling"_s},
                                               {u"reason"_s, u"My full name as on my HKID card."_s}};
    QTest::newRow("deletion account") << QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"account"_s},
                                                     {u"confirmation"_s, u"DELETE"_s}};
    QTest::newRow("deletion category") << QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s},
                                                      {u"category"_s, u"devices"_s}, {u"confirmation"_s, u"DELETE"_s}};
    QTest::newRow("deletion records")
        << QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
                       {u"records"_s, QJsonArray{QJsonObject{{u"category"_s, u"devices"_s}, {u"id"_s, u"dev-2"_s}}}},
                       {u"confirmation"_s, u"DELETE"_s}};
    QTest::newRow("deletion range")
        << QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
                       {u"range"_s, QJsonObject{{u"category"_s, u"server_usage"_s}, {u"from"_s, u"2020-01-01T00:00:00Z"_s},
                                                {u"to"_s, u"2021-01-01T00:00:00Z"_s}}},
                       {u"confirmation"_s, u"DELETE"_s}};
    QTest::newRow("complaint") << QJsonObject{{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s},
                                              {u"subject"_s, u"Marketing email after I said no"_s},
                                              {u"message"_s, u"I withdrew consent but still got an offer."_s}};
    QTest::newRow("suggestion") << QJsonObject{{u"type"_s, u"complaint"_s}, {u"kind"_s, u"suggestion"_s},
                                               {u"subject"_s, u"s"_s}, {u"message"_s, QString(5000, u'm')}};
    QTest::newRow("cancel_account") << QJsonObject{{u"type"_s, u"cancel_account"_s},
                                                   {u"reason"_s, u"I do not agree with the new policy."_s},
                                                   {u"confirmation"_s, u"CANCEL"_s}};
    QTest::newRow("cancel_account no reason") << QJsonObject{{u"type"_s, u"cancel_account"_s},
                                                             {u"confirmation"_s, u"CANCEL"_s}};
    QTest::newRow("export") << QJsonObject{{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}};
}

void TestProviderActions::goodRequests()
{
    QFETCH(QJsonObject, body);
    const QJsonObject before = effects();
    const HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body);
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.json();
    QVERIFY(o.value(u"id"_s).toString().startsWith(u"R-"_s));
    QCOMPARE(o.value(u"type"_s).toString(), body.value(u"type"_s).toString());
    QCOMPARE(o.value(u"status"_s).toString(), u"received"_s);
    const QDateTime received = when(o.value(u"received_at"_s));
    QVERIFY(received.isValid());
    QVERIFY(o.value(u"received_at"_s).toString().endsWith(u'Z'));
    // Data access and correction requests: 40 days (PDPO s.19(1), s.23(1)); the others one month.
    const QString type = body.value(u"type"_s).toString();
    const bool statutory = type == u"export" || type == u"correction";
    QCOMPARE(when(o.value(u"due_at"_s)), statutory ? received.addDays(40) : received.addMonths(1));
    QVERIFY(o.value(u"extended_due_at"_s).isNull());
    QVERIFY(o.value(u"extension_reason"_s).isNull());
    QVERIFY(o.value(u"status_reason"_s).isNull());
    QCOMPARE(o.value(u"export_ready"_s).toBool(), false);
    QCOMPARE(o.value(u"summary"_s).toObject().value(u"type"_s), body.value(u"type"_s));
    for (auto it = body.begin(); it != body.end(); ++it)
        QCOMPARE(o.value(u"summary"_s).toObject().value(it.key()), it.value());
    const QJsonArray history = o.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0][u"status"_s].toString(), u"received"_s);
    QCOMPARE(o.contains(u"retained"_s), body.value(u"type"_s).toString() == u"deletion");
    QCOMPARE(effects().value(u"requests"_s).toInteger(), before.value(u"requests"_s).toInteger() + 1);
    // GET returns the same object.
    const HttpResult get = m_api->get(u"/v1/me/requests/"_s + o.value(u"id"_s).toString(), m_alice.access);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json(), o);
}

void TestProviderActions::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    const auto row = [](const char *name, const QJsonObject &o, int status, const QString &slug) {
        QTest::newRow(name) << json(o) << status << slug;
    };
    const QString r400 = u"invalid-request"_s, r422 = u"invalid-value"_s;
    QTest::newRow("not json") << QByteArray("{type: export}") << 400 << r400;
    QTest::newRow("array") << QByteArray("[]") << 400 << r400;
    row("no type", {{u"format"_s, u"json"_s}}, 400, r400);
    row("unknown type", {{u"type"_s, u"access"_s}}, 400, r400);
    row("export unknown member", {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}, {u"x"_s, 1}}, 400, r400);
    row("export csv", {{u"type"_s, u"export"_s}, {u"format"_s, u"csv"_s}}, 422, r422);
    row("export no format", {{u"type"_s, u"export"_s}}, 400, r400);
    const QJsonObject corr{{u"type"_s, u"correction"_s}, {u"field"_s, u"name"_s}, {u"proposed_value"_s, u"A"_s},
                           {u"reason"_s, u"because"_s}};
    auto c = corr;
    c.insert(u"reason"_s, u""_s);
    row("correction empty reason", c, 422, r422);
    c = corr;
    c.insert(u"reason"_s, QString(2001, u'r'));
    row("correction reason too long", c, 422, r422);
    c = corr;
    c.insert(u"proposed_value"_s, u"  "_s);
    row("correction blank value", c, 422, r422);
    c = corr;
    c.insert(u"field"_s, u"favourite_colour"_s);
    row("correction unknown field", c, 422, r422);
    c = corr;
    c.remove(u"field"_s);
    row("correction no field", c, 400, r400);
    c = corr;
    c.insert(u"reason"_s, 5);
    row("correction reason not string", c, 400, r400);
    c = corr;
    c.insert(u"attachments"_s, u"att-1"_s);
    row("correction attachments not array", c, 400, r400);
    c = corr;
    c.insert(u"extra"_s, true);
    row("correction unknown member", c, 400, r400);
    row("deletion wrong confirmation", {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"account"_s}, {u"confirmation"_s, u"delete"_s}},
        422, r422);
    row("deletion no confirmation", {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"account"_s}}, 400, r400);
    row("deletion bad scope", {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"everything"_s}, {u"confirmation"_s, u"DELETE"_s}},
        422, r422);
    row("deletion account with category",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"account"_s}, {u"category"_s, u"devices"_s}, {u"confirmation"_s, u"DELETE"_s}},
        400, r400);
    row("deletion unknown category",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s}, {u"category"_s, u"photos"_s}, {u"confirmation"_s, u"DELETE"_s}},
        422, r422);
    row("deletion category missing", {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s}, {u"confirmation"_s, u"DELETE"_s}},
        400, r400);
    row("deletion records and range",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
         {u"records"_s, QJsonArray{QJsonObject{{u"category"_s, u"devices"_s}, {u"id"_s, u"dev-1"_s}}}},
         {u"range"_s, QJsonObject{{u"category"_s, u"server_usage"_s}, {u"from"_s, u"2020-01-01T00:00:00Z"_s}, {u"to"_s, u"2021-01-01T00:00:00Z"_s}}},
         {u"confirmation"_s, u"DELETE"_s}},
        400, r400);
    row("deletion empty records",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s}, {u"records"_s, QJsonArray{}}, {u"confirmation"_s, u"DELETE"_s}},
        422, r422);
    row("deletion unknown device",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
         {u"records"_s, QJsonArray{QJsonObject{{u"category"_s, u"devices"_s}, {u"id"_s, u"dev-99"_s}}}},
         {u"confirmation"_s, u"DELETE"_s}},
        422, r422);
    row("deletion record unknown member",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
         {u"records"_s, QJsonArray{QJsonObject{{u"category"_s, u"devices"_s}, {u"id"_s, u"dev-1"_s}, {u"why"_s, u"x"_s}}}},
         {u"confirmation"_s, u"DELETE"_s}},
        400, r400);
    row("deletion range of devices",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
         {u"range"_s, QJsonObject{{u"category"_s, u"devices"_s}, {u"from"_s, u"2020-01-01T00:00:00Z"_s}, {u"to"_s, u"2021-01-01T00:00:00Z"_s}}},
         {u"confirmation"_s, u"DELETE"_s}},
        422, r422);
    row("deletion range backwards",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
         {u"range"_s, QJsonObject{{u"category"_s, u"server_usage"_s}, {u"from"_s, u"2022-01-01T00:00:00Z"_s}, {u"to"_s, u"2021-01-01T00:00:00Z"_s}}},
         {u"confirmation"_s, u"DELETE"_s}},
        422, r422);
    row("deletion range bad time",
        {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
         {u"range"_s, QJsonObject{{u"category"_s, u"server_usage"_s}, {u"from"_s, u"yesterday"_s}, {u"to"_s, u"2021-01-01T00:00:00Z"_s}}},
         {u"confirmation"_s, u"DELETE"_s}},
        422, r422);
    const QJsonObject comp{{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s}, {u"subject"_s, u"S"_s},
                           {u"message"_s, u"M"_s}};
    c = comp;
    c.insert(u"kind"_s, u"praise"_s);
    row("complaint bad kind", c, 422, r422);
    c = comp;
    c.insert(u"subject"_s, QString(201, u's'));
    row("complaint subject too long", c, 422, r422);
    c = comp;
    c.insert(u"message"_s, QString(5001, u'm'));
    row("complaint message too long", c, 422, r422);
    c = comp;
    c.insert(u"message"_s, u""_s);
    row("complaint empty message", c, 422, r422);
    c = comp;
    c.insert(u"priority"_s, u"high"_s);
    row("complaint unknown member", c, 400, r400);
    row("cancel_account wrong word", {{u"type"_s, u"cancel_account"_s}, {u"confirmation"_s, u"YES"_s}}, 422, r422);
    row("cancel_account no word", {{u"type"_s, u"cancel_account"_s}, {u"reason"_s, u"x"_s}}, 400, r400);
    row("cancel_account reason too long",
        {{u"type"_s, u"cancel_account"_s}, {u"reason"_s, QString(2001, u'r')}, {u"confirmation"_s, u"CANCEL"_s}}, 422, r422);
}

void TestProviderActions::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, slug);
    const QJsonObject before = effects();
    const HttpResult r = m_api->call("POST", u"/v1/me/requests"_s, m_alice.access, body, "application/json",
                                     {{"Idempotency-Key", newKey()}});
    QCOMPARE(r.status, status);
    QVERIFY(r.isProblem());
    QCOMPARE(r.problemType(), slug);
    if (status == 422)
        QVERIFY(!r.json().value(u"field"_s).toString().isEmpty());
    QCOMPARE(effects(), before);
}

void TestProviderActions::deletionRetention()
{
    // Whole account: registration data is kept for the legal period, restricted.
    HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access,
                              {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"account"_s}, {u"confirmation"_s, u"DELETE"_s}});
    QCOMPARE(r.status, 201);
    const QDateTime received = when(r.json().value(u"received_at"_s));
    QJsonArray retained = r.json().value(u"retained"_s).toArray();
    bool registration = false;
    for (const auto &v : retained) {
        const QJsonObject o = v.toObject();
        QVERIFY(QStringList({u"legal_obligation"_s, u"open_order"_s, u"dispute"_s}).contains(o[u"reason"_s].toString()));
        QVERIFY(when(o[u"until"_s]) > received);
        QVERIFY(!o[u"category"_s].toString().isEmpty());
        if (o[u"category"_s].toString() == u"registration" && o[u"reason"_s].toString() == u"legal_obligation") {
            registration = true;
            QCOMPARE(when(o[u"until"_s]), received.addYears(3));
        }
    }
    QVERIFY(registration);
    // Cookies: nothing has to be kept.
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access,
                   {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s}, {u"category"_s, u"cookies"_s},
                    {u"confirmation"_s, u"DELETE"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"retained"_s).toArray().size(), 0);
    // An open complaint is a dispute: registration data is kept until it is resolved.
    const QString complaint = createRequest(m_bob.access, {{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s},
                                                           {u"subject"_s, u"Bill"_s}, {u"message"_s, u"Wrong amount"_s}});
    QVERIFY(!complaint.isEmpty());
    r = m_api->act("POST", u"/v1/me/requests"_s, m_bob.access,
                   {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s}, {u"category"_s, u"registration"_s},
                    {u"confirmation"_s, u"DELETE"_s}});
    QCOMPARE(r.status, 201);
    bool dispute = false;
    for (const auto &v : r.json().value(u"retained"_s).toArray())
        dispute = dispute || v[u"reason"_s].toString() == u"dispute";
    QVERIFY(dispute);
}

void TestProviderActions::correctionAttachmentsMustBeOwn()
{
    const auto upload = [this](const QByteArray &token) {
        return m_api->call("PUT", u"/v1/me/attachments"_s, token, pdfBytes(), "application/pdf",
                           {{"Idempotency-Key", newKey()}}).json().value(u"id"_s).toString();
    };
    const QString mine = upload(m_alice.access), bobs = upload(m_bob.access);
    QVERIFY(!mine.isEmpty());
    QVERIFY(!bobs.isEmpty());
    const auto correction = [](const QJsonArray &ids) {
        return QJsonObject{{u"type"_s, u"correction"_s}, {u"field"_s, u"name"_s}, {u"proposed_value"_s, u"Alice C."_s},
                           {u"reason"_s, u"See the attached document."_s}, {u"attachments"_s, ids}};
    };
    const QJsonObject before = effects();
    HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, correction({bobs}));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.problemType(), u"invalid-value"_s);
    QCOMPARE(r.json().value(u"field"_s).toString(), u"attachments"_s);
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, correction({u"att-0000000000000000"_s}));
    QCOMPARE(r.status, 422);
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, correction({mine, mine}));
    QCOMPARE(r.status, 422);
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, correction({1}));
    QCOMPARE(r.status, 400);
    QCOMPARE(effects(), before);
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, correction({mine}));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"summary"_s)[u"attachments"_s].toArray(), QJsonArray{mine});
}

void TestProviderActions::idempotentReplay()
{
    const QJsonObject before = effects();
    const QByteArray key = newKey();
    const QJsonObject body{{u"type"_s, u"complaint"_s}, {u"kind"_s, u"suggestion"_s}, {u"subject"_s, u"Dark mode"_s},
                           {u"message"_s, u"Please add a dark theme."_s}};
    const HttpResult first = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key);
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("idempotent-replayed").isEmpty());
    for (int i = 0; i < 3; ++i) {
        const HttpResult again = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    }
    // The same key in upper case is the same key.
    const HttpResult upper = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key.toUpper());
    QCOMPARE(upper.body, first.body);
    QCOMPARE(effects().value(u"requests"_s).toInteger(), before.value(u"requests"_s).toInteger() + 1);

    // Consents and attachments replay too, and so does the field update's ETag.
    const QByteArray ckey = newKey();
    const QJsonObject consent{{u"granted"_s, true}, {u"policy_version"_s, u"2025-05-14"_s}};
    const HttpResult c1 = m_api->act("PUT", u"/v1/me/consents/product_research"_s, m_alice.access, consent, ckey);
    const HttpResult c2 = m_api->act("PUT", u"/v1/me/consents/product_research"_s, m_alice.access, consent, ckey);
    QCOMPARE(c1.status, 200);
    QCOMPARE(c2.body, c1.body);
    const QByteArray akey = newKey();
    const HttpResult a1 = m_api->call("PUT", u"/v1/me/attachments"_s, m_alice.access, pngBytes(), "image/png",
                                      {{"Idempotency-Key", akey}});
    const HttpResult a2 = m_api->call("PUT", u"/v1/me/attachments"_s, m_alice.access, pngBytes(), "image/png",
                                      {{"Idempotency-Key", akey}});
    QCOMPARE(a1.status, 201);
    QCOMPARE(a2.status, 201);
    QCOMPARE(a2.body, a1.body);
    const QByteArray fkey = newKey();
    const QByteArray etag = personalEtag(m_alice.access);
    const HttpResult f1 = m_api->act("PATCH", u"/v1/me/personal/address"_s, m_alice.access,
                                     {{u"value"_s, u"1 Replay Road, Central"_s}}, fkey, {{"If-Match", etag}});
    const HttpResult f2 = m_api->act("PATCH", u"/v1/me/personal/address"_s, m_alice.access,
                                     {{u"value"_s, u"1 Replay Road, Central"_s}}, fkey, {{"If-Match", etag}});
    QCOMPARE(f1.status, 200);
    QCOMPARE(f2.status, 200);
    QCOMPARE(f2.body, f1.body);
    QCOMPARE(f2.header("etag"), f1.header("etag"));
    QCOMPARE(f2.header("idempotent-replayed"), QByteArray("true"));
    const QJsonObject after = effects();
    QCOMPARE(after.value(u"consent_changes"_s).toInteger(), before.value(u"consent_changes"_s).toInteger() + 1);
    QCOMPARE(after.value(u"attachments"_s).toInteger(), before.value(u"attachments"_s).toInteger() + 1);
    QCOMPARE(after.value(u"field_updates"_s).toInteger(), before.value(u"field_updates"_s).toInteger() + 1);

    // Keys are per account: bob may use the same key for his own request.
    const HttpResult bob = m_api->act("POST", u"/v1/me/requests"_s, m_bob.access, body, key);
    QCOMPARE(bob.status, 201);
    QVERIFY(bob.header("idempotent-replayed").isEmpty());
    QVERIFY(bob.json().value(u"id"_s) != first.json().value(u"id"_s));
}

void TestProviderActions::keyReuseIsRefused()
{
    const QByteArray key = newKey();
    const QJsonObject body{{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}};
    QCOMPARE(m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key).status, 201);
    const QJsonObject before = effects();
    // Different body.
    HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access,
                              {{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s}, {u"subject"_s, u"x"_s},
                               {u"message"_s, u"y"_s}},
                              key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.problemType(), u"idempotency-key-reused"_s);
    // Different path and method.
    r = m_api->act("PUT", u"/v1/me/consents/marketing"_s, m_alice.access,
                   {{u"granted"_s, false}, {u"policy_version"_s, u"2025-05-14"_s}}, key);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.problemType(), u"idempotency-key-reused"_s);
    // Same body, different If-Match.
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key, {{"If-Match", "\"abc\""}});
    QCOMPARE(r.status, 422);
    QCOMPARE(effects(), before);
}

void TestProviderActions::preconditionFailureIsReplayed()
{
    const QByteArray key = newKey();
    const QJsonObject body{{u"value"_s, u"stale@example.hk"_s}};
    const Headers stale{{"If-Match", "\"0000000000000000\""}};
    const HttpResult first = m_api->act("PATCH", u"/v1/me/personal/email"_s, m_alice.access, body, key, stale);
    QCOMPARE(first.status, 412);
    const HttpResult again = m_api->act("PATCH", u"/v1/me/personal/email"_s, m_alice.access, body, key, stale);
    QCOMPARE(again.status, 412);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
}

void TestProviderActions::cancelRules()
{
    const QJsonObject complaint{{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s}, {u"subject"_s, u"x"_s},
                                {u"message"_s, u"y"_s}};
    const QString id = createRequest(m_alice.access, complaint);
    QVERIFY(!id.isEmpty());
    // Another account cannot cancel it (and learns nothing).
    HttpResult r = m_api->act("POST", u"/v1/me/requests/"_s + id + u"/cancel"_s, m_bob.access, {});
    QCOMPARE(r.status, 404);
    // A body-less cancel, as the client sends it, while received.
    r = m_api->call("POST", u"/v1/me/requests/"_s + id + u"/cancel"_s, m_alice.access, {}, {},
                    {{"Idempotency-Key", newKey()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(r.json().value(u"history"_s).toArray().last()[u"status"_s].toString(), u"cancelled"_s);
    // Once cancelled, no more.
    r = m_api->act("POST", u"/v1/me/requests/"_s + id + u"/cancel"_s, m_alice.access, {});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"cannot-cancel"_s);
    // Once work has started, no cancel either.
    const QString started = createRequest(m_alice.access, complaint);
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + started + u"/status?status=in_review&note=Looking%20into%20it"_s,
                         {}, {}, {}).status,
             200);
    r = m_api->act("POST", u"/v1/me/requests/"_s + started + u"/cancel"_s, m_alice.access, {});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"cannot-cancel"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + started, m_alice.access).json().value(u"status"_s).toString(),
             u"in_review"_s);
    // Unknown id, and a body with members.
    QCOMPARE(m_api->act("POST", u"/v1/me/requests/R-NOSUCHTHING/cancel"_s, m_alice.access, {}).status, 404);
    const QString third = createRequest(m_alice.access, complaint);
    r = m_api->act("POST", u"/v1/me/requests/"_s + third + u"/cancel"_s, m_alice.access, {{u"why"_s, u"x"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.problemType(), u"invalid-request"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + third, m_alice.access).json().value(u"status"_s).toString(),
             u"received"_s);
}

void TestProviderActions::listingAndPaging()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!createRequest(m_alice.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}}).isEmpty());
    // The whole list in one go, oldest first.
    HttpResult all = m_api->get(u"/v1/me/requests"_s, m_alice.access);
    QCOMPARE(all.status, 200);
    const QJsonArray items = all.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), effects().value(u"requests"_s).toInt());
    QCOMPARE(all.json().value(u"has_more"_s).toBool(), false);
    QVERIFY(!all.json().value(u"next_cursor"_s).toString().isEmpty());
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(when(items[i][u"received_at"_s]) >= when(items[i - 1][u"received_at"_s]));
    // Pages of 2 give the same list.
    QJsonArray paged;
    QString cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const HttpResult r = m_api->get(u"/v1/me/requests?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                        m_alice.access);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"items"_s).toArray().size() <= 2);
        for (const auto &v : r.json().value(u"items"_s).toArray())
            paged.append(v);
        cursor = r.json().value(u"next_cursor"_s).toString();
        if (!r.json().value(u"has_more"_s).toBool())
            break;
    }
    QCOMPARE(paged, items);
    // The final cursor gets only what is new.
    const QString fresh = createRequest(m_alice.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    HttpResult r = m_api->get(u"/v1/me/requests?cursor="_s + cursor, m_alice.access);
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), 1);
    QCOMPARE(r.json().value(u"items"_s).toArray()[0][u"id"_s].toString(), fresh);
    // updated_since.
    r = m_api->get(u"/v1/me/requests?updated_since=2100-01-01T00:00:00Z"_s, m_alice.access);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(m_api->get(u"/v1/me/requests?updated_since=soon"_s, m_alice.access).status, 400);
    // Cursors are per account; limits and unknown parameters as for events.
    r = m_api->get(u"/v1/me/requests?cursor="_s + cursor, m_bob.access);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.problemType(), u"invalid-cursor"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests?cursor=garbage"_s, m_alice.access).problemType(), u"invalid-cursor"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests?limit=0"_s, m_alice.access).problemType(), u"invalid-limit"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests?limit=5001"_s, m_alice.access).problemType(), u"invalid-limit"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests?sort=desc"_s, m_alice.access).problemType(), u"unknown-parameter"_s);
    // Bob's list has none of alice's.
    for (const auto &v : m_api->get(u"/v1/me/requests"_s, m_bob.access).json().value(u"items"_s).toArray())
        for (const auto &a : items)
            QVERIFY(v[u"id"_s] != a[u"id"_s]);
}

void TestProviderActions::exportFlow()
{
    const QString id = createRequest(m_alice.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    HttpResult r = m_api->get(u"/v1/me/requests/"_s + id + u"/export"_s, m_alice.access);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"export-not-ready"_s);
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + id + u"/status?status=completed&note=Ready"_s, {}, {}, {}).status,
             200);
    const QJsonObject req = m_api->get(u"/v1/me/requests/"_s + id, m_alice.access).json();
    QCOMPARE(req.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(req.value(u"export_ready"_s).toBool(), true);
    QCOMPARE(req.value(u"history"_s).toArray().last()[u"note"_s].toString(), u"Ready"_s);
    // Another account cannot fetch it.
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id + u"/export"_s, m_bob.access).status, 404);
    r = m_api->get(u"/v1/me/requests/"_s + id + u"/export"_s, m_alice.access);
    QCOMPARE(r.status, 200);
    const QJsonObject doc = r.json();
    QCOMPARE(doc.value(u"account"_s)[u"account_id"_s].toString(), u"C-1001"_s);
    QCOMPARE(doc.value(u"personal"_s).toObject(), m_api->get(u"/v1/me/personal"_s, m_alice.access).json());
    QCOMPARE(doc.value(u"devices"_s).toArray(), m_api->get(u"/v1/me/devices"_s, m_alice.access).json().value(u"items"_s).toArray());
    QCOMPARE(doc.value(u"cookies"_s).toArray(), m_api->get(u"/v1/me/cookies"_s, m_alice.access).json().value(u"items"_s).toArray());
    QCOMPARE(doc.value(u"consents"_s).toObject(), m_api->get(u"/v1/me/consents"_s, m_alice.access).json());
    QVERIFY(!doc.value(u"requests"_s).toArray().isEmpty());
    QVERIFY(!doc.value(u"purposes"_s).toArray().isEmpty());
    QVERIFY(!doc.value(u"sharing"_s).toArray().isEmpty());
    QVERIFY(!doc.value(u"retention"_s).toArray().isEmpty());
    QVERIFY(!doc.value(u"about"_s).toString().isEmpty());
    const QJsonObject servers = doc.value(u"usage"_s)[u"servers"_s].toObject();
    QCOMPARE(servers.value(u"complete"_s).toBool(), true);
    QCOMPARE(servers.value(u"items"_s).toArray().size(), servers.value(u"total"_s).toInt());
    QVERIFY(servers.value(u"total"_s).toInt() >= 4700);
    // Not an export request: there is no export to fetch.
    const QString other = createRequest(m_alice.access, {{u"type"_s, u"complaint"_s}, {u"kind"_s, u"suggestion"_s},
                                                         {u"subject"_s, u"a"_s}, {u"message"_s, u"b"_s}});
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + other + u"/export"_s, m_alice.access).status, 404);
}

void TestProviderActions::bigExportIsBounded()
{
    const QString id = createRequest(m_bob.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + id + u"/status?status=completed"_s, {}, {}, {}).status, 200);
    const HttpResult r = m_api->get(u"/v1/me/requests/"_s + id + u"/export"_s, m_bob.access);
    QCOMPARE(r.status, 200);
    const QJsonObject servers = r.json().value(u"usage"_s)[u"servers"_s].toObject();
    QCOMPARE(servers.value(u"total"_s).toInt(), BobServerEvents);
    QCOMPARE(servers.value(u"complete"_s).toBool(), false);
    const QJsonArray items = servers.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1000);
    QCOMPARE(items.first()[u"id"_s].toInt(), BobServerEvents - 999);
    QCOMPARE(items.last()[u"id"_s].toInt(), BobServerEvents);
    QCOMPARE(r.json().value(u"account"_s)[u"account_id"_s].toString(), u"C-1002"_s);
}

void TestProviderActions::consents()
{
    HttpResult r = m_api->get(u"/v1/me/consents"_s, m_alice.access);
    QCOMPARE(r.status, 200);
    // The policy in force is 2026-12-01, which adds support_ai_training (not granted until asked).
    QCOMPARE(r.json().value(u"policy_version"_s).toString(), u"2026-12-01"_s);
    QHash<QString, QJsonObject> byPurpose;
    for (const auto &v : r.json().value(u"items"_s).toArray())
        byPurpose.insert(v[u"purpose"_s].toString(), v.toObject());
    QCOMPARE(byPurpose.size(), 5);
    QCOMPARE(byPurpose[u"support_ai_training"_s][u"granted"_s].toBool(), false);
    QCOMPARE(byPurpose[u"personalisation"_s][u"granted"_s].toBool(), true);
    QCOMPARE(byPurpose[u"analytics_cookies"_s][u"granted"_s].toBool(), true);
    QCOMPARE(byPurpose[u"marketing"_s][u"granted"_s].toBool(), false);
    for (const auto &o : byPurpose)
        QVERIFY(o[u"affects"_s].toString().size() > 20);

    const QJsonObject before = effects();
    const int receiptsBefore = m_api->get(u"/v1/me/consents/receipts"_s, m_alice.access).json()[u"items"_s].toArray().size();
    r = m_api->act("PUT", u"/v1/me/consents/marketing"_s, m_alice.access,
                   {{u"granted"_s, true}, {u"policy_version"_s, u"2025-05-14"_s}});
    QCOMPARE(r.status, 200);
    const QJsonObject receipt = r.json();
    QVERIFY(receipt.value(u"id"_s).toString().startsWith(u"CR-"_s));
    QCOMPARE(receipt.value(u"purpose"_s).toString(), u"marketing"_s);
    QCOMPARE(receipt.value(u"granted"_s).toBool(), true);
    QCOMPARE(receipt.value(u"policy_version"_s).toString(), u"2025-05-14"_s);
    QVERIFY(when(receipt.value(u"at"_s)).isValid());
    // Withdraw analytics.
    r = m_api->act("PUT", u"/v1/me/consents/analytics_cookies"_s, m_alice.access,
                   {{u"granted"_s, false}, {u"policy_version"_s, u"2025-05-14"_s}});
    QCOMPARE(r.status, 200);
    byPurpose.clear();
    for (const auto &v : m_api->get(u"/v1/me/consents"_s, m_alice.access).json().value(u"items"_s).toArray())
        byPurpose.insert(v[u"purpose"_s].toString(), v.toObject());
    QCOMPARE(byPurpose[u"marketing"_s][u"granted"_s].toBool(), true);
    QCOMPARE(byPurpose[u"marketing"_s][u"changed_at"_s].toString(), receipt.value(u"at"_s).toString());
    QCOMPARE(byPurpose[u"analytics_cookies"_s][u"granted"_s].toBool(), false);
    const QJsonArray receipts = m_api->get(u"/v1/me/consents/receipts"_s, m_alice.access).json()[u"items"_s].toArray();
    QCOMPARE(receipts.size(), receiptsBefore + 2);
    QCOMPARE(receipts[receipts.size() - 2].toObject(), receipt);
    QCOMPARE(effects().value(u"consent_changes"_s).toInteger(), before.value(u"consent_changes"_s).toInteger() + 2);
    // Bob's consents are his own.
    for (const auto &v : m_api->get(u"/v1/me/consents"_s, m_bob.access).json().value(u"items"_s).toArray())
        if (v[u"purpose"_s].toString() == u"marketing")
            QCOMPARE(v[u"granted"_s].toBool(), false);
    for (const auto &v : m_api->get(u"/v1/me/consents/receipts"_s, m_bob.access).json().value(u"items"_s).toArray())
        for (const auto &a : receipts)
            QVERIFY(v[u"id"_s] != a[u"id"_s]);
}

void TestProviderActions::consentRefusals_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QTest::newRow("unknown purpose") << u"telepathy"_s
                                     << json({{u"granted"_s, true}, {u"policy_version"_s, u"2025-05-14"_s}}) << 404
                                     << u"not-found"_s;
    QTest::newRow("granted missing") << u"marketing"_s << json({{u"policy_version"_s, u"2025-05-14"_s}}) << 400
                                     << u"invalid-request"_s;
    QTest::newRow("granted as string") << u"marketing"_s
                                       << json({{u"granted"_s, u"yes"_s}, {u"policy_version"_s, u"2025-05-14"_s}})
                                       << 400 << u"invalid-request"_s;
    QTest::newRow("unknown member") << u"marketing"_s
                                    << json({{u"granted"_s, true}, {u"policy_version"_s, u"2025-05-14"_s}, {u"x"_s, 1}})
                                    << 400 << u"invalid-request"_s;
    QTest::newRow("old policy") << u"marketing"_s << json({{u"granted"_s, true}, {u"policy_version"_s, u"2020-01-01"_s}})
                                << 422 << u"invalid-value"_s;
}

void TestProviderActions::consentRefusals()
{
    QFETCH(QString, purpose);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, slug);
    const QJsonObject before = effects();
    const QByteArray stateBefore = m_api->get(u"/v1/me/consents"_s, m_alice.access).body;
    const HttpResult r = m_api->call("PUT", u"/v1/me/consents/"_s + purpose, m_alice.access, body, "application/json",
                                     {{"Idempotency-Key", newKey()}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.problemType(), slug);
    QCOMPARE(effects(), before);
    QCOMPARE(m_api->get(u"/v1/me/consents"_s, m_alice.access).body, stateBefore);
}

void TestProviderActions::testHooks()
{
    const QString id = createRequest(m_alice.access, {{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s},
                                                      {u"subject"_s, u"s"_s}, {u"message"_s, u"m"_s}});
    const QJsonObject original = m_api->get(u"/v1/me/requests/"_s + id, m_alice.access).json();
    HttpResult r = m_api->call("POST", u"/test/requests/"_s + id + u"/status?extend_reason=Complex%20case"_s, {}, {}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(when(r.json().value(u"extended_due_at"_s)), when(original.value(u"due_at"_s)).addMonths(2));
    QCOMPARE(r.json().value(u"extension_reason"_s).toString(), u"Complex case"_s);
    r = m_api->call("POST", u"/test/requests/"_s + id + u"/status?extend_reason=x&extend_months=1"_s, {}, {}, {});
    QCOMPARE(when(r.json().value(u"extended_due_at"_s)), when(original.value(u"due_at"_s)).addMonths(1));
    r = m_api->call("POST", u"/test/requests/"_s + id + u"/status?status=needs_info&status_reason=Which%20bill%3F"_s, {},
                    {}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"status"_s).toString(), u"needs_info"_s);
    QCOMPARE(r.json().value(u"status_reason"_s).toString(), u"Which bill?"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id, m_alice.access).json(), r.json());
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + id + u"/status?status=done"_s, {}, {}, {}).status, 400);
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + id + u"/status?extend_months=3&extend_reason=x"_s, {}, {}, {}).status,
             400);
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + id + u"/status"_s, {}, {}, {}).status, 400);
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + id + u"/status?status=completed&bogus=1"_s, {}, {}, {}).problemType(),
             u"unknown-parameter"_s);
    QCOMPARE(m_api->call("POST", u"/test/requests/R-NONE/status?status=completed"_s, {}, {}, {}).status, 404);
    QCOMPARE(m_api->get(u"/test/requests/"_s + id + u"/status?status=completed"_s, {}).status, 405);
    QCOMPARE(m_api->get(u"/test/effects?account=nobody"_s, {}).status, 404);
    QCOMPARE(m_api->get(u"/test/effects"_s, {}).status, 400);
    const QJsonObject e = effects(u"sam"_s);
    QCOMPARE(e, (QJsonObject{{u"requests"_s, 0}, {u"field_updates"_s, 0}, {u"consent_changes"_s, 0}, {u"attachments"_s, 0},
                             {u"replays"_s, 0}}));
}

void TestProviderActions::crossAccountIsolation()
{
    const QString id = createRequest(m_alice.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id, m_bob.access).status, 404);
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id, m_bob.access).problemType(), u"not-found"_s);
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id + u"/export"_s, m_bob.access).status, 404);
    QCOMPARE(m_api->act("POST", u"/v1/me/requests/"_s + id + u"/cancel"_s, m_bob.access, {}).status, 404);
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id, m_alice.access).json().value(u"status"_s).toString(), u"received"_s);
    // Without a token: 401 for every new endpoint.
    for (const QString &path : QStringList{u"/v1/me/requests"_s, u"/v1/me/consents"_s, u"/v1/me/consents/receipts"_s,
                                           u"/v1/me/requests/"_s + id})
        QCOMPARE(m_api->get(path, {}).status, 401);
    QCOMPARE(m_api->act("POST", u"/v1/me/requests"_s, {}, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}}).status, 401);
    // Wrong methods.
    const HttpResult r = m_api->call("DELETE", u"/v1/me/requests/"_s + id, m_alice.access, {}, {});
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("allow"), QByteArray("GET"));
    QCOMPARE(m_api->get(u"/v1/me/attachments"_s, m_alice.access).status, 405);
    QCOMPARE(m_api->get(u"/v1/me/personal/email"_s, m_alice.access).status, 405);
}

void TestProviderActions::staleInProgressIsRecoveredAfterRestart()
{
    // A crash between "claim the key" and "commit effect + outcome" leaves an in_progress row with no
    // outcome. Simulated by writing such a row while the provider is stopped.
    const QJsonObject body{{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}};
    const QByteArray bodyBytes = json(body);
    const QByteArray key = newKey();
    const QByteArray futureKey = newKey();
    const QJsonObject before = effects();
    const auto fingerprint = [&](const QByteArray &b) {
        return QString::fromLatin1(
            // Method, path, then If-Match, Content-Type and X-Filename length-prefixed (-1: absent), then the body.
            QCryptographicHash::hash(QByteArray(QByteArray("POST\n/v1/me/requests\n-1:\n16:application/json\n-1:\n") + b),
                                     QCryptographicHash::Sha256).toHex());
    };
    m_provider->stop();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inject"_s);
        db.setDatabaseName(m_provider->dataDir() + u"/provider.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"INSERT INTO idempotency(account, key, method, path, fingerprint, state, created_at) "
                          "VALUES((SELECT id FROM accounts WHERE username='alice'), ?, 'POST', '/v1/me/requests', ?, "
                          "'in_progress', ?)"_s));
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(fingerprint(bodyBytes));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(q.exec());
        // One that looks like it is being processed right now (claimed "in the future"): 409.
        q.addBindValue(QString::fromLatin1(futureKey));
        q.addBindValue(fingerprint(bodyBytes));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inject"_s);
    QVERIFY(m_provider->restart());
    m_api->setBase(m_provider->url());
    m_http->setBase(m_provider->url());

    HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, futureKey);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"request-in-progress"_s);
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key);
    QCOMPARE(r.status, 201);
    QVERIFY(r.header("idempotent-replayed").isEmpty());
    r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(effects().value(u"requests"_s).toInteger(), before.value(u"requests"_s).toInteger() + 1);
}

QTEST_GUILESS_MAIN(TestProviderActions)
#include "tst_provider_actions.moc"
