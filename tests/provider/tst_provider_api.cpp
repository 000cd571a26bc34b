// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's /v1 resources over real HTTP: shapes, paging, cursors, strictness, isolation.
#include "HttpTestClient.h"
#include "ProviderProcess.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int BobServerEvents = 3000;

bool isIsoUtc(const QJsonValue &v)
{
    const QString s = v.toString();
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    return s.endsWith(u'Z') && dt.isValid() && dt.timeSpec() == Qt::UTC;
}

bool oneOf(const QJsonValue &v, const QStringList &allowed)
{
    return v.isString() && allowed.contains(v.toString());
}

} // namespace

class TestProviderApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void me();
    void staffRole();
    void personal();
    void personalEtag();
    void devices();
    void cookies();
    void purposesSharingRetention();
    void policyNeedsNoToken();
    void pagingServerEventsIsCompleteAndOrdered();
    void pagingDomainEvents();
    void incrementalSyncAfterAppend();
    void badCursors();
    void badLimits_data();
    void badLimits();
    void unknownParameters_data();
    void unknownParameters();
    void missingOrBadToken_data();
    void missingOrBadToken();
    void methodNotAllowed();
    void crossAccountIsolation();
    void testHookErrors();
    void restartKeepsData();

private:
    /// Walks a collection from `cursor` to the end; returns all items and leaves the last cursor.
    QJsonArray walk(const QString &path, const QByteArray &token, int limit, QString *cursor);

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    Tokens m_alice;
    Tokens m_bob;
};

void TestProviderApi::initTestCase()
{
    m_provider = std::make_unique<ProviderProcess>(
        QStringList{u"--test-hooks"_s, u"--scale"_s, QString::number(BobServerEvents)});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    m_alice = signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    m_bob = signIn(*m_http, u"bob"_s, u"demo-bob"_s);
    QVERIFY(m_alice.ok());
    QVERIFY(m_bob.ok());
}

QJsonArray TestProviderApi::walk(const QString &path, const QByteArray &token, int limit, QString *cursor)
{
    QJsonArray all;
    for (int guard = 0; guard < 100000; ++guard) {
        QString q = path + u"?limit="_s + QString::number(limit);
        if (!cursor->isEmpty())
            q += u"&cursor="_s + *cursor;
        const HttpResult r = m_http->get(q, token);
        if (r.status != 200) {
            qWarning() << "walk failed" << r.status << r.body;
            return {};
        }
        const QJsonObject o = r.json();
        const QJsonArray items = o.value(u"items"_s).toArray();
        if (items.size() > limit)
            return {};
        for (const auto &i : items)
            all.append(i);
        *cursor = o.value(u"next_cursor"_s).toString();
        if (!o.value(u"has_more"_s).toBool())
            break;
    }
    return all;
}

void TestProviderApi::me()
{
    const HttpResult r = m_http->get(u"/v1/me"_s, m_alice.access);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"account_id"_s).toString(), u"C-1001"_s);
    QCOMPARE(o.value(u"username"_s).toString(), u"alice"_s);
    QCOMPARE(o.value(u"display_name"_s).toString(), u"Alice Chan"_s);
    QCOMPARE(o.value(u"role"_s).toString(), u"customer"_s);
    QCOMPARE(o.value(u"policy_version_accepted"_s).toString(), u"2025-05-14"_s);
}

void TestProviderApi::staffRole()
{
    const Tokens sam = signIn(*m_http, u"sam"_s, u"demo-sam"_s);
    QVERIFY(sam.ok());
    const QJsonObject o = m_http->get(u"/v1/me"_s, sam.access).json();
    QCOMPARE(o.value(u"account_id"_s).toString(), u"C-9001"_s);
    QCOMPARE(o.value(u"role"_s).toString(), u"staff"_s);
}

void TestProviderApi::personal()
{
    const HttpResult r = m_http->get(u"/v1/me/personal"_s, m_alice.access);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    const QJsonArray fields = o.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 4);
    QStringList keys;
    for (const auto &v : fields) {
        const QJsonObject f = v.toObject();
        keys << f.value(u"key"_s).toString();
        QVERIFY(!f.value(u"value"_s).toString().isEmpty());
        QVERIFY(f.value(u"editable"_s).isBool());
        QVERIFY(!f.value(u"purpose"_s).toArray().isEmpty());
        for (const auto &p : f.value(u"purpose"_s).toArray())
            QVERIFY(oneOf(p, {u"service"_s, u"personalisation"_s, u"security"_s, u"legal"_s, u"billing"_s, u"analytics"_s}));
        QVERIFY(oneOf(f.value(u"legal_basis"_s), {u"contract"_s, u"consent"_s, u"legal_obligation"_s, u"legitimate_interest"_s}));
        QVERIFY(oneOf(f.value(u"source"_s), {u"you"_s, u"automatic"_s, u"third_party"_s}));
        QVERIFY(!f.value(u"retention"_s).toString().isEmpty());
        QVERIFY(isIsoUtc(f.value(u"updated_at"_s)));
    }
    QCOMPARE(keys, (QStringList{u"name"_s, u"mobile"_s, u"email"_s, u"address"_s}));
    QCOMPARE(fields[0].toObject().value(u"editable"_s).toBool(), false);
    QCOMPARE(fields[1].toObject().value(u"editable"_s).toBool(), true);
    QVERIFY(fields[1].toObject().value(u"value"_s).toString().startsWith(u"+852"_s));
    QVERIFY(isIsoUtc(o.value(u"password_changed_at"_s)));

    const QJsonArray pms = o.value(u"payment_methods"_s).toArray();
    QCOMPARE(pms.size(), 2);
    const QJsonObject card = pms[0].toObject();
    QCOMPARE(card.value(u"id"_s).toString(), u"pm-1"_s);
    QCOMPARE(card.value(u"kind"_s).toString(), u"card"_s);
    QCOMPARE(card.value(u"brand"_s).toString(), u"Visa"_s);
    QCOMPARE(card.value(u"last4"_s).toString(), u"4242"_s);
    QCOMPARE(card.value(u"expiry"_s).toString(), u"2027-08"_s);
    const QJsonObject platform = pms[1].toObject();
    QCOMPARE(platform.value(u"kind"_s).toString(), u"platform"_s);
    QVERIFY(platform.value(u"account_masked"_s).toString().contains(u'*'));
    for (const auto &v : pms) {
        const QJsonObject pm = v.toObject();
        QVERIFY(!pm.value(u"purpose"_s).toArray().isEmpty());
        QVERIFY(pm.contains(u"legal_basis"_s) && pm.contains(u"source"_s) && pm.contains(u"retention"_s));
        QVERIFY(isIsoUtc(pm.value(u"updated_at"_s)));
    }
    // No full card number anywhere.
    QVERIFY(!QRegularExpression(u"[0-9]{12,}"_s).match(QString::fromUtf8(r.body)).hasMatch());
}

void TestProviderApi::personalEtag()
{
    const HttpResult r = m_http->get(u"/v1/me/personal"_s, m_alice.access);
    const QByteArray etag = r.header("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 2);
    QCOMPARE(m_http->get(u"/v1/me/personal"_s, m_alice.access).header("etag"), etag); // stable

    const HttpResult same = m_http->get(u"/v1/me/personal"_s, m_alice.access, {{"If-None-Match", etag}});
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("etag"), etag);

    const HttpResult other = m_http->get(u"/v1/me/personal"_s, m_alice.access, {{"If-None-Match", "\"nope\""}});
    QCOMPARE(other.status, 200);
    QVERIFY(!other.body.isEmpty());

    // Another account's data has another validator.
    QVERIFY(m_http->get(u"/v1/me/personal"_s, m_bob.access).header("etag") != etag);
    QCOMPARE(m_http->get(u"/v1/me/personal"_s, m_bob.access, {{"If-None-Match", etag}}).status, 200);
}

void TestProviderApi::devices()
{
    const HttpResult r = m_http->get(u"/v1/me/devices"_s, m_alice.access);
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 4);
    QSet<QString> types;
    for (const auto &v : items) {
        const QJsonObject d = v.toObject();
        QVERIFY(d.value(u"id"_s).toString().startsWith(u"dev-"_s));
        QVERIFY(oneOf(d.value(u"type"_s), {u"computer"_s, u"phone"_s, u"tablet"_s}));
        types << d.value(u"type"_s).toString();
        for (const char16_t *k : {u"model", u"os", u"os_version", u"browser", u"browser_version", u"operator"})
            QVERIFY2(!d.value(QString::fromUtf16(k)).toString().isEmpty(), qPrintable(QString::fromUtf16(k)));
        const QJsonArray ids = d.value(u"identifiers"_s).toArray();
        QVERIFY(!ids.isEmpty());
        for (const auto &i : ids) {
            QVERIFY(oneOf(i[u"kind"_s], {u"imei"_s, u"mac"_s, u"uuid"_s}));
            QVERIFY(i[u"masked"_s].toBool());
            QVERIFY(i[u"value"_s].toString().contains(u'*'));
        }
        const QString ip = d.value(u"ip"_s).toString();
        QVERIFY(ip.startsWith(u"203.0.113."_s) || ip.startsWith(u"198.51.100."_s));
        QVERIFY(oneOf(d.value(u"connection"_s), {u"wifi"_s, u"ethernet"_s, u"4g"_s, u"5g"_s, u"other"_s}));
        QVERIFY(isIsoUtc(d.value(u"first_seen"_s)));
        QVERIFY(isIsoUtc(d.value(u"last_seen"_s)));
    }
    QCOMPARE(types.size(), 3);
}

void TestProviderApi::cookies()
{
    const HttpResult r = m_http->get(u"/v1/me/cookies"_s, m_alice.access);
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    QVERIFY(items.size() >= 8);
    QSet<QString> kinds, purposes;
    bool session = false;
    for (const auto &v : items) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(u"id"_s).toString().startsWith(u"ck-"_s));
        QVERIFY(!c.value(u"name"_s).toString().isEmpty());
        QVERIFY(!c.value(u"domain"_s).toString().isEmpty());
        QVERIFY(oneOf(c.value(u"kind"_s), {u"cookie"_s, u"web_beacon"_s, u"local_storage"_s}));
        QVERIFY(oneOf(c.value(u"purpose"_s), {u"essential"_s, u"preferences"_s, u"analytics"_s, u"personalisation"_s}));
        QVERIFY(c.contains(u"lifetime_s"_s));
        QVERIFY(c.value(u"lifetime_s"_s).isNull() || c.value(u"lifetime_s"_s).toInteger() > 0);
        session = session || c.value(u"lifetime_s"_s).isNull();
        QVERIFY(c.value(u"consent_required"_s).isBool());
        kinds << c.value(u"kind"_s).toString();
        purposes << c.value(u"purpose"_s).toString();
    }
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(purposes.size(), 4);
    QVERIFY(session);
}

void TestProviderApi::purposesSharingRetention()
{
    const QStringList categories{u"registration"_s, u"server_usage"_s, u"domain_usage"_s, u"devices"_s, u"cookies"_s};
    const QJsonArray purposes = m_http->get(u"/v1/me/purposes"_s, m_alice.access).json().value(u"items"_s).toArray();
    QCOMPARE(purposes.size(), 5);
    for (const auto &v : purposes) {
        QVERIFY(oneOf(v[u"category"_s], categories));
        QVERIFY(!v[u"purposes"_s].toArray().isEmpty());
        for (const auto &p : v[u"purposes"_s].toArray()) {
            QVERIFY(oneOf(p[u"code"_s], {u"service"_s, u"personalisation"_s, u"security"_s, u"legal"_s, u"billing"_s, u"analytics"_s,
                                              u"support_ai_training"_s}));
            QVERIFY(oneOf(p[u"legal_basis"_s], {u"contract"_s, u"consent"_s, u"legal_obligation"_s, u"legitimate_interest"_s}));
            QVERIFY(p[u"consent_required"_s].isBool());
        }
    }
    const QJsonArray sharing = m_http->get(u"/v1/me/sharing"_s, m_alice.access).json().value(u"items"_s).toArray();
    // The policy in force is 2026-12-01 (both versions are published by default): its new recipient is listed.
    QCOMPARE(sharing.size(), 5);
    for (const auto &v : sharing) {
        QVERIFY(oneOf(v[u"recipient"_s], {u"payment_processing"_s, u"technical_support"_s, u"logistics"_s, u"data_analysis"_s,
                                          u"pseudonymous_analytics"_s}));
        QVERIFY(!v[u"name"_s].toString().isEmpty());
        QVERIFY(!v[u"data"_s].toString().isEmpty());
        QVERIFY(!v[u"why"_s].toString().isEmpty());
        for (const auto &c : v[u"categories"_s].toArray())
            QVERIFY(oneOf(c, categories));
    }
    const QJsonArray retention = m_http->get(u"/v1/me/retention"_s, m_alice.access).json().value(u"items"_s).toArray();
    QCOMPARE(retention.size(), 5);
    for (const auto &v : retention) {
        QVERIFY(oneOf(v[u"category"_s], categories));
        QVERIFY(QRegularExpression(u"^P(\\d+[YMWD])+$"_s).match(v[u"period"_s].toString()).hasMatch());
        QVERIFY(oneOf(v[u"starts"_s], {u"account_closed"_s, u"event"_s, u"order_completed"_s, u"last_seen"_s, u"expiry"_s}));
        QVERIFY(oneOf(v[u"basis"_s], {u"contract"_s, u"consent"_s, u"legal_obligation"_s, u"legitimate_interest"_s}));
    }
}

void TestProviderApi::policyNeedsNoToken()
{
    const HttpResult r = m_http->get(u"/v1/policy"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    // Both known versions are published by default: the newer one is in force.
    QCOMPARE(o.value(u"version"_s).toString(), u"2026-12-01"_s);
    QCOMPARE(o.value(u"effective"_s).toString(), u"2026-12-01"_s);
    QCOMPARE(o.value(u"language"_s).toString(), u"en"_s);
    QCOMPARE(o.value(u"governing_language"_s).toString(), u"en"_s);
    QCOMPARE(o.value(u"is_translation"_s).toBool(), false);
    QCOMPARE(o.value(u"changes"_s).toArray().size(), 3);
    const QJsonArray sections = o.value(u"sections"_s).toArray();
    QCOMPARE(sections.size(), 8);
    const QStringList ids{u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s, u"VII"_s, u"VIII"_s};
    for (int i = 0; i < sections.size(); ++i) {
        QCOMPARE(sections[i][u"id"_s].toString(), ids[i]);
        QVERIFY(!sections[i][u"title"_s].toString().isEmpty());
        QVERIFY(sections[i][u"body"_s].toString().size() > 40);
    }
}

void TestProviderApi::pagingServerEventsIsCompleteAndOrdered()
{
    QString cursor;
    const QJsonArray big = walk(u"/v1/me/usage/servers"_s, m_alice.access, 5000, &cursor);
    QCOMPARE(big.size(), 4700);
    cursor.clear();
    const QJsonArray small = walk(u"/v1/me/usage/servers"_s, m_alice.access, 97, &cursor);
    QCOMPARE(small.size(), big.size());
    qint64 previous = 0;
    QSet<qint64> seen;
    QSet<QString> servers;
    QString previousLogin;
    for (int i = 0; i < small.size(); ++i) {
        const QJsonObject e = small[i].toObject();
        const qint64 id = e.value(u"id"_s).toInteger();
        QVERIFY(id > previous);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        previous = id;
        QCOMPARE(e, big[i].toObject()); // the same data whatever the page size
        servers << e.value(u"server_id"_s).toString() + u'/' + e.value(u"server_name"_s).toString();
        QVERIFY(isIsoUtc(e.value(u"login_at"_s)));
        QVERIFY(e.value(u"login_at"_s).toString() >= previousLogin);
        previousLogin = e.value(u"login_at"_s).toString();
        QVERIFY(e.value(u"duration_s"_s).toInteger() > 0);
        QVERIFY(e.value(u"traffic_bytes"_s).toInteger() >= 0);
        const double cpu = e.value(u"cpu_pct"_s).toDouble(-1);
        QVERIFY(cpu >= 0 && cpu <= 100);
        QVERIFY(e.value(u"memory_bytes"_s).toInteger() > 0);
        QVERIFY(e.value(u"disk_bytes"_s).toInteger() > 0);
    }
    QCOMPARE(servers, (QSet<QString>{u"srv-1/web-1"_s, u"srv-2/db-1"_s}));
}

void TestProviderApi::pagingDomainEvents()
{
    QString cursor;
    const QJsonArray all = walk(u"/v1/me/usage/domains"_s, m_alice.access, 1000, &cursor);
    QCOMPARE(all.size(), 300);
    QSet<QString> kinds, domains;
    qint64 previous = 0;
    for (const auto &v : all) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.value(u"id"_s).toInteger() > previous);
        previous = e.value(u"id"_s).toInteger();
        QVERIFY(oneOf(e.value(u"kind"_s), {u"query"_s, u"registration"_s, u"purchase"_s, u"renewal"_s, u"transfer"_s, u"dns_change"_s}));
        kinds << e.value(u"kind"_s).toString();
        domains << e.value(u"domain"_s).toString();
        QVERIFY(isIsoUtc(e.value(u"at"_s)));
        QVERIFY(!e.value(u"details"_s).toString().isEmpty());
    }
    QCOMPARE(kinds.size(), 6);
    QCOMPARE(domains.size(), 3);
    // Default limit is 1000.
    const QJsonObject first = m_http->get(u"/v1/me/usage/servers"_s, m_alice.access).json();
    QCOMPARE(first.value(u"items"_s).toArray().size(), 1000);
    QVERIFY(first.value(u"has_more"_s).toBool());
}

void TestProviderApi::incrementalSyncAfterAppend()
{
    QString serverCursor, domainCursor;
    const QJsonArray servers = walk(u"/v1/me/usage/servers"_s, m_alice.access, 5000, &serverCursor);
    const QJsonArray domains = walk(u"/v1/me/usage/domains"_s, m_alice.access, 5000, &domainCursor);
    QVERIFY(!serverCursor.isEmpty());
    const qint64 lastServer = servers.last()[u"id"_s].toInteger();
    const qint64 lastDomain = domains.last()[u"id"_s].toInteger();

    // Caught up: nothing new, has_more false, and the cursor stays usable.
    const HttpResult none = m_http->get(u"/v1/me/usage/servers?cursor="_s + serverCursor, m_alice.access);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(none.json().value(u"has_more"_s).toBool(), false);
    QVERIFY(!none.json().value(u"next_cursor"_s).toString().isEmpty());

    const HttpResult hook = m_http->send("POST", u"/test/append-events?account=alice&servers=7&domains=3"_s, {}, {});
    QCOMPARE(hook.status, 204);

    QString c = serverCursor;
    const QJsonArray newServers = walk(u"/v1/me/usage/servers"_s, m_alice.access, 5, &c);
    QCOMPARE(newServers.size(), 7);
    for (int i = 0; i < newServers.size(); ++i)
        QCOMPARE(newServers[i][u"id"_s].toInteger(), lastServer + 1 + i);
    QString d = domainCursor;
    const QJsonArray newDomains = walk(u"/v1/me/usage/domains"_s, m_alice.access, 5000, &d);
    QCOMPARE(newDomains.size(), 3);
    QCOMPARE(newDomains[0][u"id"_s].toInteger(), lastDomain + 1);
    // The caught-up cursor again sees nothing more.
    QCOMPARE(m_http->get(u"/v1/me/usage/servers?cursor="_s + c, m_alice.access).json().value(u"items"_s).toArray().size(), 0);
    // Bob is untouched by alice's new events.
    QString b;
    QCOMPARE(walk(u"/v1/me/usage/servers"_s, m_bob.access, 5000, &b).size(), BobServerEvents);
}

void TestProviderApi::badCursors()
{
    const QString aliceCursor = m_http->get(u"/v1/me/usage/servers?limit=3"_s, m_alice.access).json()[u"next_cursor"_s].toString();
    const QString bobCursor = m_http->get(u"/v1/me/usage/servers?limit=3"_s, m_bob.access).json()[u"next_cursor"_s].toString();
    QVERIFY(!aliceCursor.isEmpty() && aliceCursor != bobCursor);
    QCOMPARE(m_http->get(u"/v1/me/usage/servers?cursor="_s + aliceCursor, m_alice.access).status, 200);

    // Forge: same payload with another id but the old signature.
    const QByteArray decoded = QByteArray::fromBase64(aliceCursor.toLatin1(), QByteArray::Base64UrlEncoding);
    QList<QByteArray> parts = decoded.split(':');
    QCOMPARE(parts.size(), 4);
    parts[2] = "0";
    const QString forged = QString::fromLatin1(parts.join(':').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    parts[0] = "C-1002";
    const QString forgedAccount = QString::fromLatin1(parts.join(':').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    const QList<QPair<QString, QString>> cases{
        {u"garbage"_s, u"/v1/me/usage/servers?cursor=%%%"_s},
        {u"not base64"_s, u"/v1/me/usage/servers?cursor=!!!!"_s},
        {u"random base64"_s, u"/v1/me/usage/servers?cursor=QUJDREVGRw"_s},
        {u"forged id"_s, u"/v1/me/usage/servers?cursor="_s + forged},
        {u"forged account"_s, u"/v1/me/usage/servers?cursor="_s + forgedAccount},
        {u"other account"_s, u"/v1/me/usage/servers?cursor="_s + bobCursor},
        {u"other collection"_s, u"/v1/me/usage/domains?cursor="_s + aliceCursor},
    };
    for (const auto &[name, path] : cases) {
        const HttpResult r = m_http->get(path, m_alice.access);
        QVERIFY2(r.status == 400, qPrintable(name));
        QVERIFY2(r.isProblem(), qPrintable(name));
        QCOMPARE(r.problemType(), u"invalid-cursor"_s);
        QCOMPARE(r.json().value(u"status"_s).toInt(), 400);
    }
}

void TestProviderApi::badLimits_data()
{
    QTest::addColumn<QString>("limit");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("too big") << u"5001"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("fraction") << u"1.5"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("huge") << u"99999999999999999999"_s;
}

void TestProviderApi::badLimits()
{
    QFETCH(QString, limit);
    for (const QString &path : {u"/v1/me/usage/servers"_s, u"/v1/me/usage/domains"_s}) {
        const HttpResult r = m_http->get(path + u"?limit="_s + limit, m_alice.access);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.problemType(), u"invalid-limit"_s);
    }
    QCOMPARE(m_http->get(u"/v1/me/usage/servers?limit=5000"_s, m_alice.access).status, 200);
    QCOMPARE(m_http->get(u"/v1/me/usage/servers?limit=1"_s, m_alice.access).json()[u"items"_s].toArray().size(), 1);
}

void TestProviderApi::unknownParameters_data()
{
    QTest::addColumn<QString>("path");
    for (const char *p : {"/v1/me?x=1", "/v1/me/personal?fields=all", "/v1/me/usage/servers?limit=5&sort=desc",
                          "/v1/me/usage/domains?offset=3", "/v1/me/devices?x", "/v1/me/cookies?a=b",
                          "/v1/me/purposes?a=b", "/v1/me/sharing?a=b", "/v1/me/retention?a=b", "/v1/policy?lang=en"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestProviderApi::unknownParameters()
{
    QFETCH(QString, path);
    const HttpResult r = m_http->get(path, m_alice.access);
    QCOMPARE(r.status, 400);
    QVERIFY(r.isProblem());
    QCOMPARE(r.problemType(), u"unknown-parameter"_s);
}

void TestProviderApi::missingOrBadToken_data()
{
    QTest::addColumn<QString>("path");
    for (const char *p : {"/v1/me", "/v1/me/personal", "/v1/me/usage/servers", "/v1/me/usage/domains", "/v1/me/devices",
                          "/v1/me/cookies", "/v1/me/purposes", "/v1/me/sharing", "/v1/me/retention"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestProviderApi::missingOrBadToken()
{
    QFETCH(QString, path);
    const QList<QList<QPair<QByteArray, QByteArray>>> variants{
        {},
        {{"Authorization", "Bearer abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"}},
        {{"Authorization", "Bearer"}},
        {{"Authorization", "Basic YWxpY2U6ZGVtby1hbGljZQ=="}},
        {{"Authorization", "Bearer " + m_alice.refresh}}, // a refresh token is not an access token
    };
    for (const auto &headers : variants) {
        const HttpResult r = m_http->get(path, {}, headers);
        QCOMPARE(r.status, 401);
        QVERIFY(r.isProblem());
        QCOMPARE(r.problemType(), u"invalid-token"_s);
        QCOMPARE(r.header("www-authenticate"), "Bearer error=\"invalid_token\"");
    }
}

void TestProviderApi::methodNotAllowed()
{
    for (const char *verb : {"POST", "PUT", "DELETE", "PATCH"}) {
        const HttpResult r = m_http->send(verb, u"/v1/me"_s, "{}", "application/json", m_alice.access);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.problemType(), u"method-not-allowed"_s);
        QCOMPARE(r.header("allow"), "GET");
    }
    const HttpResult notFound = m_http->get(u"/v1/me/other"_s, m_alice.access);
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.problemType(), u"not-found"_s);
}

void TestProviderApi::crossAccountIsolation()
{
    // Everything bob can reach must be bob's: no trace of alice's identity, servers, domains or card.
    const QStringList aliceMarkers{u"alice"_s, u"C-1001"_s, u"Alice Chan"_s, u"\"last4\":\"4242\""_s, u"ending 4242"_s, u"web-1"_s, u"db-1"_s,
                                   u"alicechan.example.hk"_s, u"chan-studio"_s, u"5123 4567"_s, u"MacBook"_s};
    QCOMPARE(m_http->get(u"/v1/me"_s, m_bob.access).json()[u"account_id"_s].toString(), u"C-1002"_s);
    QCOMPARE(m_http->get(u"/v1/me"_s, m_bob.access).json()[u"username"_s].toString(), u"bob"_s);
    for (const QString &path : {u"/v1/me"_s, u"/v1/me/personal"_s, u"/v1/me/devices"_s, u"/v1/me/cookies"_s,
                               u"/v1/me/usage/servers?limit=5000"_s, u"/v1/me/usage/domains?limit=5000"_s}) {
        const HttpResult r = m_http->get(path, m_bob.access);
        QCOMPARE(r.status, 200);
        const QString body = QString::fromUtf8(r.body);
        for (const QString &marker : aliceMarkers)
            QVERIFY2(!body.contains(marker, Qt::CaseInsensitive), qPrintable(path + u": "_s + marker));
    }
    const QJsonArray bobServers = m_http->get(u"/v1/me/usage/servers?limit=5000"_s, m_bob.access).json()[u"items"_s].toArray();
    QCOMPARE(bobServers.size(), BobServerEvents);
    QCOMPARE(bobServers[0][u"id"_s].toInteger(), 1);
    // Alice's token, symmetrically, never sees bob's.
    const QString aliceBody = QString::fromUtf8(m_http->get(u"/v1/me/usage/servers?limit=5000"_s, m_alice.access).body);
    QVERIFY(!aliceBody.contains(u"build-1"_s));
    QVERIFY(!QString::fromUtf8(m_http->get(u"/v1/me/personal"_s, m_alice.access).body).contains(u"Bob"_s));
}

void TestProviderApi::testHookErrors()
{
    QCOMPARE(m_http->send("POST", u"/test/append-events?account=nobody&servers=1"_s, {}, {}).status, 404);
    QCOMPARE(m_http->send("POST", u"/test/append-events?account=alice&servers=x"_s, {}, {}).status, 400);
    QCOMPARE(m_http->send("POST", u"/test/append-events?account=alice&bogus=1"_s, {}, {}).problemType(),
             u"unknown-parameter"_s);
    QCOMPARE(m_http->get(u"/test/append-events?account=alice"_s).status, 405);
}

void TestProviderApi::restartKeepsData()
{
    QString before;
    const int servers = walk(u"/v1/me/usage/servers"_s, m_alice.access, 5000, &before).size();
    QVERIFY(servers > 4700); // includes the appended events
    QVERIFY2(m_provider->restart(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    QCOMPARE(m_http->get(u"/v1/me"_s, m_alice.access).status, 200);
    QString after;
    QCOMPARE(walk(u"/v1/me/usage/servers"_s, m_alice.access, 5000, &after).size(), servers);
    // Cursors survive too (the HMAC key is in the database), and still see nothing new.
    const HttpResult r = m_http->get(u"/v1/me/usage/servers?cursor="_s + before, m_alice.access);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"items"_s].toArray().size(), 0);
    QCOMPARE(m_http->get(u"/v1/me"_s, m_bob.access).json()[u"account_id"_s].toString(), u"C-1002"_s);
}

QTEST_GUILESS_MAIN(TestProviderApi)
#include "tst_provider_api.moc"
