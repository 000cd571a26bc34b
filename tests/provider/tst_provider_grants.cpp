// SPDX-License-Identifier: GPL-3.0-or-later
// Access grants and what the customer sees of them (docs/api/staff.md): a grant opens the customer's
// data read-only, only the categories it covers, only while live and only to its own staff member;
// "ask me first" makes it wait for the customer, who approves or declines (or lets it expire after
// 24 hours); the customer's access log is a hash chain this test recomputes (RFC 8785 with the
// provider's own serializer) with a checkpoint whose Ed25519 signature it checks; replies to a
// request that needs information; the customer search and its audit entries.
#include "StaffTestSupport.h"

#include "AuditSigner.h"
#include "Jcs.h"

#include <QCryptographicHash>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray pdfBytes() { return QByteArray("%PDF-1.4\n% reply\n1 0 obj\n<<>>\nendobj\n%%EOF\n"); }

QJsonObject grantBody(const QString &account, const QJsonArray &categories, int minutes = 30)
{
    return {{u"account_id"_s, account}, {u"reason"_s, u"customer_request"_s}, {u"ticket"_s, u"T-100"_s},
            {u"justification"_s, u"The customer asked us to check their details."_s}, {u"categories"_s, categories},
            {u"minutes"_s, minutes}};
}

} // namespace

class TestProviderGrants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grantOpensCoveredCategoriesOnly();
    void grantIsTheStaffMembersOwn();
    void endedAndExpiredGrants();
    void askFirst();
    void pendingGrantExpiresAfter24Hours();
    void grantRefusals_data();
    void grantRefusals();
    void grantCreationIsIdempotent();
    void accessLogChainAndCheckpoint();
    void accessSettings();
    void replies();
    void customerSearch();
    void publicKeyAndCheckpoint();

private:
    HttpResult grant(const QByteArray &token, const QJsonObject &body, const QByteArray &key = {});
    QJsonArray accessLog(const QByteArray &token, QJsonObject *checkpoint = nullptr, int limit = 1000);
    void refreshTokens();

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    DemoTokens m_t;
    Tokens m_kayan;
};

void TestProviderGrants::initTestCase()
{
    // Tokens outlive the clock moves below (minutes, a day), so only the grants expire.
    m_provider = std::make_unique<ProviderProcess>(
        QStringList{u"--test-hooks"_s, u"--scale"_s, u"50"_s, u"--token-ttl"_s, u"604800"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    m_api = std::make_unique<ApiClient>(m_provider->url());
    refreshTokens();
}

void TestProviderGrants::refreshTokens()
{
    m_t = signInEveryone(*m_http);
    m_kayan = signIn(*m_http, u"kayan"_s, u"demo-kayan"_s);
    QVERIFY(m_t.ok() && m_kayan.ok());
}

HttpResult TestProviderGrants::grant(const QByteArray &token, const QJsonObject &body, const QByteArray &key)
{
    return m_api->act("POST", u"/v1/staff/grants"_s, token, body, key);
}

QJsonArray TestProviderGrants::accessLog(const QByteArray &token, QJsonObject *checkpoint, int limit)
{
    QJsonArray all;
    QString cursor;
    for (int i = 0; i < 1000; ++i) {
        const HttpResult r = m_api->get(u"/v1/me/access-log?limit="_s + QString::number(limit)
                                            + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                        token);
        if (r.status != 200)
            return {};
        for (const QJsonValue &v : r.json()[u"items"_s].toArray())
            all.append(v);
        if (checkpoint)
            *checkpoint = r.json()[u"checkpoint"_s].toObject();
        cursor = r.json()[u"next_cursor"_s].toString();
        if (!r.json()[u"has_more"_s].toBool())
            break;
    }
    return all;
}

void TestProviderGrants::grantOpensCoveredCategoriesOnly()
{
    const HttpResult created = grant(m_t.sam.access, grantBody(u"C-1001"_s, {u"registration"_s, u"devices"_s}));
    QCOMPARE(created.status, 201);
    const QJsonObject g = created.json();
    QCOMPARE(g[u"status"_s].toString(), u"active"_s);
    QCOMPARE(g[u"staff"_s].toString(), u"Support agent 7"_s);
    QCOMPARE(g[u"account_id"_s].toString(), u"C-1001"_s);
    QCOMPARE(g[u"minutes"_s].toInt(), 30);
    QVERIFY(!g[u"expires_at"_s].isNull());
    const QString base = u"/v1/staff/grants/"_s + g[u"id"_s].toString();
    // The same documents as the customer's own, read-only.
    for (const auto &[view, own] : {std::pair{u"/personal"_s, u"/v1/me/personal"_s},
                                    {u"/devices"_s, u"/v1/me/devices"_s}, {u"/purposes"_s, u"/v1/me/purposes"_s},
                                    {u"/retention"_s, u"/v1/me/retention"_s}, {u"/sharing"_s, u"/v1/me/sharing"_s},
                                    {u"/consents"_s, u"/v1/me/consents"_s}}) {
        const HttpResult staff = m_api->get(base + view, m_t.sam.access);
        QCOMPARE(staff.status, 200);
        QCOMPARE(staff.json(), m_api->get(own, m_t.alice.access).json());
    }
    // Not the categories it does not cover.
    for (const QString &view : {u"/cookies"_s, u"/usage/servers"_s, u"/usage/domains"_s}) {
        const HttpResult r = m_api->get(base + view, m_t.sam.access);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemType(), u"grant-required"_s);
    }
    QCOMPARE(m_api->call("PUT", base + u"/personal"_s, m_t.sam.access, "{}").status, 405);
    // Every read is in alice's log, with its category; so is every refusal.
    const QJsonArray log = accessLog(m_t.alice.access);
    const QJsonArray viewed = where(log, u"action"_s, u"viewed"_s);
    QCOMPARE(viewed.size(), 6);
    QCOMPARE(viewed[0][u"categories"_s].toArray(), QJsonArray{u"registration"_s});
    QCOMPARE(viewed[0][u"grant_id"_s].toString(), g[u"id"_s].toString());
    QCOMPARE(viewed[0][u"grant_minutes"_s].toInt(), 30);
    QCOMPARE(viewed[0][u"staff"_s].toString(), u"Support agent 7"_s);
    QCOMPARE(viewed[0][u"reason"_s].toString(), u"customer_request"_s);
    QCOMPARE(viewed[0][u"ticket"_s].toString(), u"T-100"_s);
    QCOMPARE(where(log, u"action"_s, u"grant_opened"_s).size(), 1);
    QCOMPARE(where(log, u"action"_s, u"refused"_s).size(), 3);
    // Paging through a covered category works as for the customer.
    const HttpResult other = grant(m_t.sam.access, grantBody(u"C-1002"_s, {u"server_usage"_s}));
    const QString usage = u"/v1/staff/grants/"_s + other.json()[u"id"_s].toString() + u"/usage/servers?limit=7"_s;
    const HttpResult page = m_api->get(usage, m_t.sam.access);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json()[u"items"_s].toArray().size(), 7);
    QCOMPARE(page.json(), m_api->get(u"/v1/me/usage/servers?limit=7"_s, m_t.bob.access).json());
}

void TestProviderGrants::grantIsTheStaffMembersOwn()
{
    const QString id = grant(m_t.sam.access, grantBody(u"C-1001"_s, {u"registration"_s})).json()[u"id"_s].toString();
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + id + u"/personal"_s, m_t.kim.access).problemType(),
             u"grant-required"_s);
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + id, m_t.kim.access).status, 404);
    QCOMPARE(m_api->act("POST", u"/v1/staff/grants/"_s + id + u"/end"_s, m_t.kim.access, {}).status, 404);
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + id, m_t.sam.access).json()[u"status"_s].toString(), u"active"_s);
    QCOMPARE(m_api->get(u"/v1/staff/grants/G-NONE/personal"_s, m_t.sam.access).status, 403);
    // Customers cannot use grants at all.
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + id + u"/personal"_s, m_t.alice.access).problemType(),
             u"insufficient-role"_s);
    // sam's list holds it; kim's does not.
    QVERIFY(!where(m_api->get(u"/v1/staff/grants?status=active"_s, m_t.sam.access).json()[u"items"_s].toArray(),
                   u"id"_s, id)
                 .isEmpty());
    QVERIFY(where(m_api->get(u"/v1/staff/grants"_s, m_t.kim.access).json()[u"items"_s].toArray(), u"id"_s, id).isEmpty());
}

void TestProviderGrants::endedAndExpiredGrants()
{
    const QString ended = grant(m_t.sam.access, grantBody(u"C-1003"_s, {u"registration"_s})).json()[u"id"_s].toString();
    HttpResult r = m_api->act("POST", u"/v1/staff/grants/"_s + ended + u"/end"_s, m_t.sam.access, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"status"_s].toString(), u"ended"_s);
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + ended + u"/personal"_s, m_t.sam.access).status, 403);
    r = m_api->act("POST", u"/v1/staff/grants/"_s + ended + u"/end"_s, m_t.sam.access, {});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"grant-not-live"_s);

    const QString expiring = grant(m_t.sam.access, grantBody(u"C-1003"_s, {u"devices"_s}, 5)).json()[u"id"_s].toString();
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + expiring + u"/devices"_s, m_t.sam.access).status, 200);
    QVERIFY2(m_provider->advanceClock(4 * 60), qPrintable(m_provider->errorString()));
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + expiring + u"/devices"_s, m_t.sam.access).status, 200);
    QVERIFY2(m_provider->advanceClock(61), qPrintable(m_provider->errorString()));
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + expiring + u"/devices"_s, m_t.sam.access).problemType(),
             u"grant-required"_s);
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + expiring, m_t.sam.access).json()[u"status"_s].toString(),
             u"expired"_s);
    refreshTokens();
    const Tokens taiman = signIn(*m_http, u"taiman"_s, u"demo-taiman"_s);
    const QJsonArray log = accessLog(taiman.access);
    const QJsonArray expired = where(log, u"action"_s, u"grant_expired"_s);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired[0][u"grant_id"_s].toString(), expiring);
    QCOMPARE(expired[0][u"staff"_s].toString(), u"Support agent 7"_s);
    QCOMPARE(where(log, u"action"_s, u"grant_ended"_s).size(), 2); // this one, and the demo's past grant
}

void TestProviderGrants::askFirst()
{
    // kayan asks to approve first (demo data).
    QCOMPARE(m_api->get(u"/v1/me/access-settings"_s, m_kayan.access).json()[u"ask_first"_s].toBool(), true);
    const HttpResult created = grant(m_t.sam.access, grantBody(u"C-1005"_s, {u"registration"_s}));
    QCOMPARE(created.status, 201);
    const QJsonObject g = created.json();
    QCOMPARE(g[u"status"_s].toString(), u"pending"_s);
    QVERIFY(g[u"expires_at"_s].isNull());
    const QString id = g[u"id"_s].toString();
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + id + u"/personal"_s, m_t.sam.access).status, 403);
    const QJsonArray pending = m_api->get(u"/v1/me/access-grants?status=pending"_s, m_kayan.access).json()[u"items"_s].toArray();
    QCOMPARE(where(pending, u"id"_s, id).size(), 1);
    QCOMPARE(where(pending, u"id"_s, id)[0][u"justification"_s].toString(), g[u"justification"_s].toString());
    // Another customer cannot answer it.
    QCOMPARE(m_api->act("POST", u"/v1/me/access-grants/"_s + id + u"/approve"_s, m_t.alice.access, {}).status, 404);
    HttpResult r = m_api->act("POST", u"/v1/me/access-grants/"_s + id + u"/approve"_s, m_kayan.access, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"status"_s].toString(), u"active"_s);
    QVERIFY(!r.json()[u"expires_at"_s].isNull());
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + id + u"/personal"_s, m_t.sam.access).status, 200);
    r = m_api->act("POST", u"/v1/me/access-grants/"_s + id + u"/decline"_s, m_kayan.access, {});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"grant-not-pending"_s);
    QCOMPARE(m_api->get(u"/v1/me/access-grants?status=active"_s, m_kayan.access).json()[u"items"_s].toArray().size(), 1);

    const QString declined = grant(m_t.kim.access, grantBody(u"C-1005"_s, {u"devices"_s})).json()[u"id"_s].toString();
    r = m_api->act("POST", u"/v1/me/access-grants/"_s + declined + u"/decline"_s, m_kayan.access, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"status"_s].toString(), u"declined"_s);
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + declined + u"/devices"_s, m_t.kim.access).status, 403);
    const QJsonArray log = accessLog(m_kayan.access);
    for (const QString &action : {u"grant_requested"_s, u"grant_approved"_s, u"grant_declined"_s})
        QVERIFY2(!where(log, u"action"_s, action).isEmpty(), qPrintable(action));
    QCOMPARE(where(log, u"action"_s, u"grant_declined"_s)[0][u"staff"_s].toString(), u"Support supervisor 2"_s);
    QCOMPARE(m_api->get(u"/v1/me/access-grants?status=expired"_s, m_kayan.access).status, 400);
}

void TestProviderGrants::pendingGrantExpiresAfter24Hours()
{
    const QString id = grant(m_t.sam.access, grantBody(u"C-1009"_s, {u"cookies"_s})).json()[u"id"_s].toString();
    const Tokens hoiyan = signIn(*m_http, u"hoiyan"_s, u"demo-hoiyan"_s);
    QCOMPARE(m_api->get(u"/v1/me/access-grants"_s, hoiyan.access).json()[u"items"_s][0][u"status"_s].toString(),
             u"pending"_s);
    QVERIFY2(m_provider->advanceClock(23 * 3600), qPrintable(m_provider->errorString()));
    refreshTokens();
    Tokens again = signIn(*m_http, u"hoiyan"_s, u"demo-hoiyan"_s);
    QCOMPARE(m_api->get(u"/v1/me/access-grants?status=pending"_s, again.access).json()[u"items"_s].toArray().size(), 1);
    QVERIFY2(m_provider->advanceClock(3600 + 1), qPrintable(m_provider->errorString()));
    refreshTokens();
    again = signIn(*m_http, u"hoiyan"_s, u"demo-hoiyan"_s);
    QCOMPARE(m_api->get(u"/v1/me/access-grants?status=pending"_s, again.access).json()[u"items"_s].toArray().size(), 0);
    const QJsonArray all = m_api->get(u"/v1/me/access-grants?status=all"_s, again.access).json()[u"items"_s].toArray();
    QCOMPARE(where(all, u"id"_s, id)[0][u"status"_s].toString(), u"expired"_s);
    const HttpResult late = m_api->act("POST", u"/v1/me/access-grants/"_s + id + u"/approve"_s, again.access, {});
    QCOMPARE(late.problemType(), u"grant-not-pending"_s);
    const QJsonArray expired = where(accessLog(again.access), u"action"_s, u"grant_expired"_s);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired[0][u"details"_s][u"was"_s].toString(), u"pending"_s);
}

void TestProviderGrants::grantRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject good = grantBody(u"C-1001"_s, {u"registration"_s});
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return o;
    };
    QTest::newRow("reason") << with(u"reason"_s, u"curiosity"_s) << u"reason"_s;
    QTest::newRow("ticket empty") << with(u"ticket"_s, u" "_s) << u"ticket"_s;
    QTest::newRow("ticket long") << with(u"ticket"_s, QString(65, u't')) << u"ticket"_s;
    QTest::newRow("justification short") << with(u"justification"_s, u"because"_s) << u"justification"_s;
    QTest::newRow("justification long") << with(u"justification"_s, QString(501, u'j')) << u"justification"_s;
    QTest::newRow("no categories") << with(u"categories"_s, QJsonArray()) << u"categories"_s;
    QTest::newRow("unknown category") << with(u"categories"_s, QJsonArray{u"passwords"_s}) << u"categories"_s;
    QTest::newRow("category twice") << with(u"categories"_s, QJsonArray{u"devices"_s, u"devices"_s}) << u"categories"_s;
    QTest::newRow("minutes 0") << with(u"minutes"_s, 0) << u"minutes"_s;
    QTest::newRow("minutes 481") << with(u"minutes"_s, 481) << u"minutes"_s;
    QTest::newRow("minutes fraction") << with(u"minutes"_s, 1.5) << u"minutes"_s;
    QTest::newRow("no customer") << with(u"account_id"_s, u"C-0000"_s) << u"account_id"_s;
    QTest::newRow("staff account") << with(u"account_id"_s, u"C-9002"_s) << u"account_id"_s;
}

void TestProviderGrants::grantRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const HttpResult r = grant(m_t.sam.access, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[u"field"_s].toString(), field);
}

void TestProviderGrants::grantCreationIsIdempotent()
{
    const qsizetype before = where(accessLog(m_t.bob.access), u"action"_s, u"grant_opened"_s).size();
    const QByteArray key = newKey();
    const HttpResult first = grant(m_t.sam.access, grantBody(u"C-1002"_s, {u"cookies"_s}), key);
    const HttpResult again = grant(m_t.sam.access, grantBody(u"C-1002"_s, {u"cookies"_s}), key);
    QCOMPARE(first.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(where(accessLog(m_t.bob.access), u"action"_s, u"grant_opened"_s).size(), before + 1);
    QCOMPARE(m_api->call("POST", u"/v1/staff/grants"_s, m_t.sam.access, json(grantBody(u"C-1002"_s, {u"cookies"_s})))
                 .problemType(),
             u"invalid-request"_s);
}

void TestProviderGrants::accessLogChainAndCheckpoint()
{
    QJsonObject checkpoint;
    const QJsonArray log = accessLog(m_t.alice.access, &checkpoint);
    QVERIFY(log.size() > 5);
    // The customer's chain, recomputed as a client would: hex SHA-256 of prev_hash and the JCS bytes
    // of the entry without `hash`.
    QString prev(64, u'0');
    qint64 seq = 0;
    for (const QJsonValue &v : log) {
        QJsonObject e = v.toObject();
        QCOMPARE(e[u"seq"_s].toInteger(), ++seq);
        QCOMPARE(e[u"prev_hash"_s].toString(), prev);
        const QString hash = e.take(u"hash"_s).toString();
        const auto canonical = pd::provider::Jcs::serialize(e);
        QVERIFY(canonical);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(QByteArray(prev.toLatin1() + *canonical), QCryptographicHash::Sha256)
                                         .toHex()),
                 hash);
        const QSet<QString> members{u"seq"_s, u"at"_s, u"staff"_s, u"action"_s, u"reason"_s, u"ticket"_s,
                                    u"categories"_s, u"grant_id"_s, u"grant_minutes"_s, u"details"_s, u"prev_hash"_s};
        const QStringList keys = e.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()), members);
        prev = hash;
    }
    // Paged the same.
    QCOMPARE(accessLog(m_t.alice.access, nullptr, 2), log);
    // The checkpoint names the head and is signed by the provider's published key.
    QCOMPARE(checkpoint[u"account_id"_s].toString(), u"C-1001"_s);
    QCOMPARE(checkpoint[u"seq"_s].toInteger(), seq);
    QCOMPARE(checkpoint[u"head"_s].toString(), prev);
    const QJsonObject key = m_api->get(u"/v1/audit/public-key"_s, {}).json();
    QCOMPARE(checkpoint[u"key_id"_s].toString(), key[u"key_id"_s].toString());
    QJsonObject signedPart = checkpoint;
    const QByteArray signature = QByteArray::fromBase64(signedPart.take(u"signature"_s).toString().toLatin1());
    const QByteArray publicKey = QByteArray::fromBase64(key[u"public_key"_s].toString().toLatin1());
    QCOMPARE(publicKey.size(), 32);
    QVERIFY(pd::provider::AuditSigner::verify(publicKey, *pd::provider::Jcs::serialize(signedPart), signature));
    signedPart[u"seq"_s] = seq - 1;
    QVERIFY(!pd::provider::AuditSigner::verify(publicKey, *pd::provider::Jcs::serialize(signedPart), signature));
    // A customer with no entries gets an empty chain's checkpoint.
    const QJsonObject empty = m_api->get(u"/v1/me/access-log"_s, m_t.sam.access).json();
    QCOMPARE(empty[u"items"_s].toArray().size(), 0);
    QCOMPARE(empty[u"checkpoint"_s][u"seq"_s].toInt(), 0);
    QCOMPARE(empty[u"checkpoint"_s][u"head"_s].toString(), QString(64, u'0'));
    QCOMPARE(m_api->get(u"/v1/me/access-log?cursor=forged"_s, m_t.alice.access).problemType(), u"invalid-cursor"_s);
}

void TestProviderGrants::accessSettings()
{
    QCOMPARE(m_api->get(u"/v1/me/access-settings"_s, m_t.bob.access).json(), (QJsonObject{{u"ask_first"_s, false}}));
    HttpResult r = m_api->act("PUT", u"/v1/me/access-settings"_s, m_t.bob.access, {{u"ask_first"_s, true}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{u"ask_first"_s, true}}));
    QCOMPARE(grant(m_t.sam.access, grantBody(u"C-1002"_s, {u"devices"_s})).json()[u"status"_s].toString(), u"pending"_s);
    QCOMPARE(m_api->act("PUT", u"/v1/me/access-settings"_s, m_t.bob.access, {{u"ask_first"_s, u"yes"_s}}).status, 400);
    QCOMPARE(m_api->act("PUT", u"/v1/me/access-settings"_s, m_t.bob.access, {{u"ask_first"_s, false}, {u"x"_s, 1}}).status,
             400);
    QCOMPARE(m_api->call("PUT", u"/v1/me/access-settings"_s, m_t.bob.access, json({{u"ask_first"_s, false}})).status, 400);
    QCOMPARE(m_api->act("PUT", u"/v1/me/access-settings"_s, m_t.bob.access, {{u"ask_first"_s, false}}).status, 200);
    QCOMPARE(grant(m_t.sam.access, grantBody(u"C-1002"_s, {u"devices"_s})).json()[u"status"_s].toString(), u"active"_s);
}

void TestProviderGrants::replies()
{
    const HttpResult created = m_api->act("POST", u"/v1/me/requests"_s, m_t.bob.access,
                                          {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    const QString id = created.json()[u"id"_s].toString();
    const QString replyPath = u"/v1/me/requests/"_s + id + u"/replies"_s;
    HttpResult r = m_api->act("POST", replyPath, m_t.bob.access, {{u"message"_s, u"Too early."_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"not-awaiting-reply"_s);
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"ask_info"_s}, {u"question"_s, u"Which account?"_s}})
                 .status,
             200);
    const HttpResult upload = m_api->call("PUT", u"/v1/me/attachments"_s, m_t.bob.access, pdfBytes(), "application/pdf",
                                          {{"Idempotency-Key", newKey()}, {"X-Filename", "proof.pdf"}});
    QCOMPARE(upload.status, 201);
    const QString att = upload.json()[u"id"_s].toString();
    // Someone else's attachment is refused.
    const HttpResult alices = m_api->call("PUT", u"/v1/me/attachments"_s, m_t.alice.access, pdfBytes(), "application/pdf",
                                          {{"Idempotency-Key", newKey()}});
    QCOMPARE(m_api->act("POST", replyPath, m_t.bob.access,
                        {{u"message"_s, u"x"_s}, {u"attachments"_s, QJsonArray{alices.json()[u"id"_s].toString()}}})
                 .status,
             422);
    QCOMPARE(m_api->act("POST", replyPath, m_t.bob.access, {{u"message"_s, u" "_s}}).status, 422);
    QCOMPARE(m_api->act("POST", replyPath, m_t.alice.access, {{u"message"_s, u"Not mine."_s}}).status, 404);
    r = m_api->act("POST", replyPath, m_t.bob.access,
                   {{u"message"_s, u"The one ending 5454."_s}, {u"attachments"_s, QJsonArray{att}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json()[u"status"_s].toString(), u"in_review"_s);
    const QJsonArray messages = r.json()[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[1][u"from"_s].toString(), u"customer"_s);
    QCOMPARE(messages[1][u"kind"_s].toString(), u"reply"_s);
    QVERIFY(messages[1][u"staff"_s].isNull());
    QCOMPARE(messages[1][u"attachments"_s].toArray(), QJsonArray{att});
    // Exactly once.
    QCOMPARE(m_api->act("POST", replyPath, m_t.bob.access, {{u"message"_s, u"Again"_s}}).problemType(),
             u"not-awaiting-reply"_s);
    // Staff see the reply and its attachment's name.
    const QJsonObject staff = m_api->get(u"/v1/staff/requests/"_s + id, m_t.sam.access).json();
    QCOMPARE(staff[u"messages"_s].toArray().size(), 2);
    QCOMPARE(staff[u"attachments"_s][0][u"filename"_s].toString(), u"proof.pdf"_s);
}

void TestProviderGrants::customerSearch()
{
    for (const auto &[q, expected] : {std::pair{u"taiman"_s, u"C-1003"_s}, {u"c-1004"_s, u"C-1004"_s},
                                      {u"kayan.lee@example"_s, u"C-1005"_s}, {u"9456 7704"_s, u"C-1006"_s},
                                      {u"94567704"_s, u"C-1006"_s}}) {
        const HttpResult r = m_api->get(u"/v1/staff/customers?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q)),
                                        m_t.sam.access);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"account_id"_s].toString(), expected);
        QCOMPARE(items[0].toObject().keys(), (QStringList{u"account_id"_s, u"display_name"_s, u"username"_s}));
    }
    // Staff are never found; at most 20; a wildcard is literal.
    QCOMPARE(m_api->get(u"/v1/staff/customers?q=sam.wong"_s, m_t.sam.access).json()[u"items"_s].toArray().size(), 0);
    QVERIFY(m_api->get(u"/v1/staff/customers?q=example"_s, m_t.sam.access).json()[u"items"_s].toArray().size() <= 20);
    QCOMPARE(m_api->get(u"/v1/staff/customers?q=%25%25%25"_s, m_t.sam.access).json()[u"items"_s].toArray().size(), 0);
    QCOMPARE(m_api->get(u"/v1/staff/customers?q=ab"_s, m_t.sam.access).status, 400);
    QCOMPARE(m_api->get(u"/v1/staff/customers"_s, m_t.sam.access).status, 400);
    // The found customer sees that they were searched for.
    const Tokens taiman = signIn(*m_http, u"taiman"_s, u"demo-taiman"_s);
    const QJsonArray searched = where(accessLog(taiman.access), u"action"_s, u"searched"_s);
    QVERIFY(!searched.isEmpty());
    QCOMPARE(searched.last()[u"staff"_s].toString(), u"Support agent 7"_s);
    const QJsonArray searches = auditEntries(*m_api, m_t.kim.access, u"action=customers_searched"_s);
    QJsonArray byPhone;
    for (const QJsonValue &e : searches)
        if (e[u"details"_s][u"query"_s].toString() == u"94567704")
            byPhone.append(e);
    QCOMPARE(byPhone.size(), 1);
    QCOMPARE(byPhone[0][u"details"_s][u"results"_s].toArray(), QJsonArray{u"C-1006"_s});
    QCOMPARE(byPhone[0][u"actor"_s].toString(), u"C-9001"_s);
}

void TestProviderGrants::publicKeyAndCheckpoint()
{
    const HttpResult key = m_api->get(u"/v1/audit/public-key"_s, {});
    QCOMPARE(key.status, 200);
    QCOMPARE(key.json()[u"algorithm"_s].toString(), u"Ed25519"_s);
    QCOMPARE(m_api->get(u"/v1/audit/checkpoint"_s, m_t.sam.access).problemType(), u"insufficient-role"_s);
    QCOMPARE(m_api->get(u"/v1/audit/checkpoint"_s, {}).status, 401);
    const HttpResult c = m_api->get(u"/v1/audit/checkpoint"_s, m_t.kim.access);
    QCOMPARE(c.status, 200);
    QJsonObject signedPart = c.json();
    const QStringList members = signedPart.keys();
    QCOMPARE(members, (QStringList{u"at"_s, u"head"_s, u"key_id"_s, u"seq"_s, u"signature"_s}));
    const QByteArray signature = QByteArray::fromBase64(signedPart.take(u"signature"_s).toString().toLatin1());
    QVERIFY(pd::provider::AuditSigner::verify(QByteArray::fromBase64(key.json()[u"public_key"_s].toString().toLatin1()),
                                              *pd::provider::Jcs::serialize(signedPart), signature));
    // It covers its own read: the newest entry is kim's checkpoint_viewed.
    const QJsonArray all = auditEntries(*m_api, m_t.kim.access);
    const QJsonArray upTo = where(all, u"seq"_s, signedPart[u"seq"_s]);
    QCOMPARE(upTo.size(), 1);
    QCOMPARE(upTo[0][u"hash"_s].toString(), signedPart[u"head"_s].toString());
    QCOMPARE(upTo[0][u"action"_s].toString(), u"checkpoint_viewed"_s);
}

QTEST_GUILESS_MAIN(TestProviderGrants)
#include "tst_provider_grants.moc"
