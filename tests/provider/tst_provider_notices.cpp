// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, incidents and disclosures over real HTTP: the demo accounts' seeded notices in three
// languages, each caller seeing only their own, a disclosure whose notice the law delays staying hidden
// until its time (the provider's test clock), and supervisors adding incidents, their updates and
// disclosures (roles, every bad body, the audit entries, what the customers concerned then see).
#include "StaffTestSupport.h"

#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime when(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODate); }

} // namespace

class TestProviderNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aliceHasHerIncident();
    void aliceHasHerDisclosures();
    void languages_data();
    void languages();
    void othersSeeOnlyTheirOwn();
    void badCalls_data();
    void badCalls();
    void delayedDisclosureAppearsWhenTheDelayEnds();

private:
    HttpResult get(const QString &path, const QByteArray &token, const QByteArray &acceptLanguage = {})
    {
        Headers h;
        if (!acceptLanguage.isEmpty())
            h.append({"Accept-Language", acceptLanguage});
        return m_api->call("GET", path, token, {}, {}, h);
    }
    QJsonArray items(const QString &path, const QByteArray &token)
    {
        return get(path, token).json()[u"items"_s].toArray();
    }

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    DemoTokens m_t;
};

void TestProviderNotices::initTestCase()
{
    // Tokens that outlive the clock moved by a month.
    m_provider = std::make_unique<ProviderProcess>(
        QStringList{u"--test-hooks"_s, u"--scale"_s, u"20"_s, u"--token-ttl"_s, u"31536000"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    m_api = std::make_unique<ApiClient>(m_provider->url());
    m_t = signInEveryone(*m_http);
    QVERIFY(m_t.ok());
}

void TestProviderNotices::aliceHasHerIncident()
{
    const QJsonArray incidents = items(u"/v1/me/incidents"_s, m_t.alice.access);
    QCOMPARE(incidents.size(), 1);
    const QJsonObject i = incidents[0].toObject();
    QVERIFY(i[u"id"_s].toString().startsWith(u"INC-"_s));
    QVERIFY(i[u"title"_s].toString().contains(u"Phishing"_s));
    QVERIFY(i[u"what_happened"_s].toString().size() > 50);
    QVERIFY(i[u"what_we_did"_s].toString().size() > 50);
    QVERIFY(when(i[u"occurred_at"_s]) <= when(i[u"detected_at"_s]));
    QVERIFY(when(i[u"detected_at"_s]) <= when(i[u"notified_at"_s]));
    QCOMPARE(i[u"categories"_s].toArray(), QJsonArray{u"registration"_s});
    QCOMPARE(i[u"advice"_s].toArray(), (QJsonArray{u"watch_phishing"_s, u"change_password"_s}));
    const QJsonArray updates = i[u"updates"_s].toArray();
    QCOMPARE(updates.size(), 1);
    QVERIFY(updates[0][u"text"_s].toString().size() > 20);
    QVERIFY(when(updates[0][u"at"_s]) > when(i[u"notified_at"_s]));
    QCOMPARE(i[u"updated_at"_s], updates[0][u"at"_s]); // the latest update moves it
}

void TestProviderNotices::aliceHasHerDisclosures()
{
    const QJsonArray disclosures = items(u"/v1/me/disclosures"_s, m_t.alice.access);
    QCOMPARE(disclosures.size(), 2);
    // Newest first: the court order she was told about at once, then the police request whose notice
    // the law delayed until recently.
    const QJsonObject court = disclosures[0].toObject(), police = disclosures[1].toObject();
    QVERIFY(when(court[u"disclosed_at"_s]) > when(police[u"disclosed_at"_s]));
    QCOMPARE(court[u"authority"_s].toString(), u"High Court of Hong Kong"_s);
    QCOMPARE(court[u"reference"_s].toString(), u"HCA 1187/2026"_s);
    QCOMPARE(court[u"categories"_s].toArray(), QJsonArray{u"domain_usage"_s});
    QCOMPARE(court[u"notice_delayed"_s].toBool(), false);
    QVERIFY(court[u"delay_ended_at"_s].isNull());
    QVERIFY(when(court[u"notified_at"_s]) >= when(court[u"disclosed_at"_s]));
    QCOMPARE(police[u"authority"_s].toString(), u"Hong Kong Police Force"_s);
    QVERIFY(police[u"legal_basis"_s].toString().contains(u"section 58"_s));
    QCOMPARE(police[u"notice_delayed"_s].toBool(), true);
    QVERIFY(when(police[u"delay_ended_at"_s]) > when(police[u"disclosed_at"_s]));
    QVERIFY(when(police[u"delay_ended_at"_s]) <= QDateTime::currentDateTimeUtc());
    QCOMPARE(police[u"notified_at"_s], police[u"delay_ended_at"_s]);
}

void TestProviderNotices::languages_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << QByteArray() << QByteArray("en");
    QTest::newRow("zh-HK") << QByteArray("zh-HK") << QByteArray("zh-HK");
    QTest::newRow("zh-Hant-TW") << QByteArray("zh-Hant-TW") << QByteArray("zh-HK");
    QTest::newRow("zh-CN") << QByteArray("zh-CN, en;q=0.8") << QByteArray("zh-CN");
    QTest::newRow("german") << QByteArray("de-DE") << QByteArray("en");
}

void TestProviderNotices::languages()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QByteArray, expected);
    const bool chinese = expected != "en";
    const HttpResult incidents = get(u"/v1/me/incidents"_s, m_t.alice.access, acceptLanguage);
    QCOMPARE(incidents.status, 200);
    QCOMPARE(incidents.header("content-language"), expected);
    QVERIFY(incidents.header("vary").contains("Accept-Language"));
    const QJsonObject i = incidents.json()[u"items"_s][0].toObject();
    for (const QString &key : {u"title"_s, u"what_happened"_s, u"what_we_did"_s})
        QCOMPARE(hasCjk(i[key].toString()), chinese);
    QCOMPARE(hasCjk(i[u"updates"_s][0][u"text"_s].toString()), chinese);
    QCOMPARE(i[u"advice"_s].toArray().size(), 2); // codes stay codes
    const HttpResult disclosures = get(u"/v1/me/disclosures"_s, m_t.alice.access, acceptLanguage);
    QCOMPARE(disclosures.header("content-language"), expected);
    for (const QJsonValue &d : disclosures.json()[u"items"_s].toArray()) {
        QCOMPARE(hasCjk(d[u"authority"_s].toString()), chinese);
        QCOMPARE(hasCjk(d[u"legal_basis"_s].toString()), chinese);
    }
    if (chinese) { // Traditional and Simplified are different texts
        const QByteArray other = expected == "zh-HK" ? "zh-CN" : "zh-HK";
        QVERIFY(get(u"/v1/me/incidents"_s, m_t.alice.access, other).json()[u"items"_s][0][u"what_happened"_s]
                != i[u"what_happened"_s]);
    }
}

void TestProviderNotices::othersSeeOnlyTheirOwn()
{
    // bob has no incident, and his only disclosure's notice is still delayed by law.
    for (const QByteArray &token : {m_t.bob.access, m_t.sam.access, m_t.kim.access}) {
        QCOMPARE(items(u"/v1/me/incidents"_s, token).size(), 0);
        QCOMPARE(items(u"/v1/me/disclosures"_s, token).size(), 0);
    }
    // Not even a trace of it in bob's answer.
    QVERIFY(!get(u"/v1/me/disclosures"_s, m_t.bob.access).body.contains("DSC-"));
}

void TestProviderNotices::badCalls_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<int>("status");
    for (const QString &p : {u"/v1/me/incidents"_s, u"/v1/me/disclosures"_s}) {
        const QByteArray name = p.section(u'/', -1).toLatin1();
        const auto row = [&name](const char *what) -> QTestData & { return QTest::newRow(QByteArray(name + ' ' + what).constData()); };
        row("without token") << QByteArray("GET") << p << false << 401;
        row("with a query") << QByteArray("GET") << p + u"?since=2026-01-01"_s << true << 400;
        row("POST") << QByteArray("POST") << p << true << 405;
        row("one of them") << QByteArray("GET") << p + u"/INC-7A3F1C9E2B40"_s << true << 404;
    }
}

void TestProviderNotices::badCalls()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, signedIn);
    QFETCH(int, status);
    const HttpResult r = m_api->call(method, path, signedIn ? m_t.alice.access : QByteArray(), {}, {});
    QCOMPARE(r.status, status);
    QVERIFY(r.isProblem());
}

void TestProviderNotices::delayedDisclosureAppearsWhenTheDelayEnds()
{
    // Last: moves the provider's clock a month on, past the end of bob's delay (seeded 30 days ahead).
    QCOMPARE(items(u"/v1/me/disclosures"_s, m_t.bob.access).size(), 0);
    QVERIFY2(m_provider->advanceClock(31LL * 24 * 3600), qPrintable(m_provider->errorString()));
    const QJsonArray now = items(u"/v1/me/disclosures"_s, m_t.bob.access);
    QCOMPARE(now.size(), 1);
    QCOMPARE(now[0][u"notice_delayed"_s].toBool(), true);
    QCOMPARE(now[0][u"categories"_s].toArray(), QJsonArray{u"devices"_s});
    QVERIFY(when(now[0][u"delay_ended_at"_s]) > QDateTime::currentDateTimeUtc().addDays(29));
    QCOMPARE(now[0][u"notified_at"_s], now[0][u"delay_ended_at"_s]);
    QCOMPARE(items(u"/v1/me/disclosures"_s, m_t.alice.access).size(), 2); // alice's are unchanged
}

QTEST_GUILESS_MAIN(TestProviderNotices)
#include "tst_provider_notices.moc"
