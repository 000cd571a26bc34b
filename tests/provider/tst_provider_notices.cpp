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
    void addIncidentRefusals_data();
    void addIncidentRefusals();
    void supervisorAddsAnIncident();
    void supervisorUpdatesAnIncident();
    void addDisclosureRefusals_data();
    void addDisclosureRefusals();
    void supervisorAddsDisclosures();
    void exportHoldsThem();
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

    QByteArray tokenOf(const QString &who) const
    {
        return who == u"alice" ? m_t.alice.access : who == u"sam" ? m_t.sam.access
                                                 : who == u"kim" ? m_t.kim.access : QByteArray();
    }
    /// Refusals of a staff POST: the status and problem, nothing added, and (for a signed-in caller)
    /// the refusal in the audit log.
    void checkRefusal(const QString &path, const QString &who, const QJsonObject &body, int status,
                      const QString &slug, const QString &field);
    /// The same with the current row of a refusal table (refusalColumns).
    void checkRefusal(const QString &path);

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    DemoTokens m_t;
    QString m_incident;               ///< the one kim adds
    QString m_delayedDisclosure;      ///< kim's, for bob, notice delayed ten days
};

namespace {

/// Whole-second times relative to now, so the bodies stay in the past whenever the tests run.
QDateTime daysAgo(int days)
{
    const QDateTime t = QDateTime::currentDateTimeUtc().addDays(-days);
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute(), t.time().second()), Qt::UTC);
}

QString iso(const QDateTime &t) { return t.toString(Qt::ISODate); }

QJsonObject incidentBody()
{
    return {{u"accounts"_s, QJsonArray{u"bob"_s, u"C-1003"_s}},
            {u"title"_s, u"  A backup copy was readable by the wrong team  "_s},
            {u"what_happened"_s, u"For two days a backup of order records was readable by our marketing team."_s},
            {u"occurred_at"_s, iso(daysAgo(35))},
            // With an offset: stored and shown in UTC.
            {u"detected_at"_s, daysAgo(33).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)},
            {u"categories"_s, QJsonArray{u"registration"_s, u"domain_usage"_s}},
            {u"what_we_did"_s, u"We closed the access, checked that no copy was made and trained the team."_s},
            {u"advice"_s, QJsonArray{u"check_payments"_s}}};
}

QJsonObject disclosureBody()
{
    return {{u"account"_s, u"bob"_s},
            {u"authority"_s, u"Office of the Privacy Commissioner for Personal Data"_s},
            {u"legal_basis"_s, u"A complaint investigation under section 38 of the Personal Data (Privacy) Ordinance."_s},
            {u"categories"_s, QJsonArray{u"registration"_s}},
            {u"disclosed_at"_s, iso(daysAgo(17))},
            {u"reference"_s, u"PCPD/2026/117"_s}};
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

/// The columns of a refusal table, and its rows for the callers without the role (`ok` is a valid body).
void refusalColumns(const QJsonObject &ok)
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("field");
    QTest::newRow("no token") << QString() << ok << 401 << u"invalid-token"_s << QString();
    QTest::newRow("customer") << u"alice"_s << ok << 403 << u"insufficient-role"_s << QString();
    QTest::newRow("staff") << u"sam"_s << ok << 403 << u"insufficient-role"_s << QString();
}

/// A row where kim sends `ok` with `key` set to `value` (undefined: left out).
void badRow(const char *name, const QJsonObject &ok, const QString &key, const QJsonValue &value, int status,
            const QString &field)
{
    QTest::newRow(name) << u"kim"_s << with(ok, key, value) << status
                        << (status == 400 ? u"invalid-request"_s : u"invalid-value"_s) << field;
}

} // namespace

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

void TestProviderNotices::checkRefusal(const QString &path, const QString &who, const QJsonObject &body, int status,
                                       const QString &slug, const QString &field)
{
    const int incidentsBefore = items(u"/v1/me/incidents"_s, m_t.bob.access).size();
    const int disclosuresBefore = items(u"/v1/me/disclosures"_s, m_t.bob.access).size();
    const HttpResult r = m_api->act("POST", path, tokenOf(who), body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.problemType(), slug);
    if (!field.isEmpty())
        QCOMPARE(r.json()[u"field"_s].toString(), field);
    QCOMPARE(items(u"/v1/me/incidents"_s, m_t.bob.access).size(), incidentsBefore);
    QCOMPARE(items(u"/v1/me/disclosures"_s, m_t.bob.access).size(), disclosuresBefore);
    if (status != 401) {
        bool audited = false;
        for (const QJsonValue &e : auditEntries(*m_api, m_t.kim.access, u"action=refused"_s))
            audited = audited || (e[u"details"_s][u"path"_s].toString() == path && e[u"details"_s][u"status"_s].toInt() == status);
        QVERIFY(audited);
    }
}

void TestProviderNotices::checkRefusal(const QString &path)
{
    QFETCH(QString, who);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, slug);
    QFETCH(QString, field);
    checkRefusal(path, who, body, status, slug, field);
}

void TestProviderNotices::addIncidentRefusals_data()
{
    const QJsonObject ok = incidentBody();
    refusalColumns(ok);
    const auto bad = [&ok](const char *name, const QString &key, const QJsonValue &value, int status,
                           const QString &field) { badRow(name, ok, key, value, status, field); };
    bad("unknown member", u"severity"_s, u"high"_s, 400, {});
    bad("no accounts", u"accounts"_s, QJsonValue::Undefined, 400, {});
    bad("accounts not an array", u"accounts"_s, u"bob"_s, 400, {});
    bad("accounts empty", u"accounts"_s, QJsonArray(), 422, u"accounts"_s);
    bad("account a number", u"accounts"_s, QJsonArray{1002}, 400, {});
    bad("unknown account", u"accounts"_s, QJsonArray{u"nobody"_s}, 422, u"accounts"_s);
    bad("staff account", u"accounts"_s, QJsonArray{u"sam"_s}, 422, u"accounts"_s);
    bad("account twice", u"accounts"_s, QJsonArray{u"bob"_s, u"C-1002"_s}, 422, u"accounts"_s);
    bad("no title", u"title"_s, QJsonValue::Undefined, 400, {});
    bad("blank title", u"title"_s, u"   "_s, 422, u"title"_s);
    bad("title too long", u"title"_s, QString(201, u'x'), 422, u"title"_s);
    bad("what_happened a number", u"what_happened"_s, 7, 400, {});
    bad("what_we_did too long", u"what_we_did"_s, QString(5001, u'x'), 422, u"what_we_did"_s);
    bad("occurred_at not a time", u"occurred_at"_s, u"yesterday"_s, 422, u"occurred_at"_s);
    bad("occurred_at a date only", u"occurred_at"_s, u"2026-11-02"_s, 422, u"occurred_at"_s);
    bad("detected_at missing", u"detected_at"_s, QJsonValue::Undefined, 400, {});
    bad("detected before it occurred", u"detected_at"_s, iso(daysAgo(36)), 422, u"detected_at"_s);
    bad("detected in the future", u"detected_at"_s, u"2099-01-01T00:00:00Z"_s, 422, u"detected_at"_s);
    bad("no categories", u"categories"_s, QJsonArray(), 422, u"categories"_s);
    bad("unknown category", u"categories"_s, QJsonArray{u"thoughts"_s}, 422, u"categories"_s);
    bad("category twice", u"categories"_s, QJsonArray{u"devices"_s, u"devices"_s}, 422, u"categories"_s);
    bad("unknown advice", u"advice"_s, QJsonArray{u"panic"_s}, 422, u"advice"_s);
    bad("advice missing", u"advice"_s, QJsonValue::Undefined, 400, {});
}

void TestProviderNotices::addIncidentRefusals()
{
    checkRefusal(u"/v1/staff/incidents"_s);
}

void TestProviderNotices::supervisorAddsAnIncident()
{
    const QByteArray key = newKey();
    const QJsonObject body = incidentBody();
    const HttpResult r = m_api->act("POST", u"/v1/staff/incidents"_s, m_t.kim.access, body, key);
    QCOMPARE(r.status, 201);
    const QJsonObject added = r.json();
    m_incident = added[u"id"_s].toString();
    QVERIFY(m_incident.startsWith(u"INC-"_s));
    QCOMPARE(added[u"accounts"_s].toArray(), (QJsonArray{u"C-1002"_s, u"C-1003"_s}));
    QCOMPARE(added[u"title"_s].toString(), u"A backup copy was readable by the wrong team"_s); // trimmed
    QCOMPARE(when(added[u"detected_at"_s]), when(body[u"detected_at"_s])); // the same time,
    QVERIFY(added[u"detected_at"_s].toString().endsWith(u'Z'));              // in UTC
    QCOMPARE(added[u"updates"_s].toArray().size(), 0);
    QCOMPARE(added[u"updated_at"_s], added[u"notified_at"_s]);
    QCOMPARE(m_api->act("POST", u"/v1/staff/incidents"_s, m_t.kim.access, body, key).body, r.body); // a resend
    // bob sees it, newest first, as written whatever his language; alice does not.
    const HttpResult bob = get(u"/v1/me/incidents"_s, m_t.bob.access, "zh-HK");
    const QJsonArray bobs = bob.json()[u"items"_s].toArray();
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs[0][u"id"_s].toString(), m_incident);
    QCOMPARE(bobs[0][u"what_happened"_s], added[u"what_happened"_s]);
    QVERIFY(!bobs[0].toObject().contains(u"accounts"_s)); // customers are not told who else it concerns
    QCOMPARE(bobs[0][u"advice"_s].toArray(), QJsonArray{u"check_payments"_s});
    const QJsonArray alices = items(u"/v1/me/incidents"_s, m_t.alice.access);
    QCOMPARE(alices.size(), 1);
    QVERIFY(alices[0][u"id"_s].toString() != m_incident);
    // Audited once, as kim's, naming the accounts.
    const QJsonArray entries = auditEntries(*m_api, m_t.kim.access, u"action=incident_added"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0][u"actor"_s].toString(), u"C-9002"_s);
    QCOMPARE(entries[0][u"details"_s][u"incident_id"_s].toString(), m_incident);
    QCOMPARE(entries[0][u"details"_s][u"accounts"_s].toArray(), (QJsonArray{u"C-1002"_s, u"C-1003"_s}));
}

void TestProviderNotices::supervisorUpdatesAnIncident()
{
    QVERIFY(!m_incident.isEmpty());
    const QString path = u"/v1/staff/incidents/"_s + m_incident + u"/updates"_s;
    const QJsonObject update{{u"text"_s, u"An outside auditor confirmed that no copy left the team."_s}};
    checkRefusal(path, u"sam"_s, update, 403, u"insufficient-role"_s, {});
    checkRefusal(u"/v1/staff/incidents/INC-000000000000/updates"_s, u"kim"_s, update, 404, u"not-found"_s, {});
    checkRefusal(path, u"kim"_s, {{u"text"_s, u""_s}}, 422, u"invalid-value"_s, u"text"_s);
    checkRefusal(path, u"kim"_s, {{u"text"_s, u"x"_s}, {u"at"_s, u"now"_s}}, 400, u"invalid-request"_s, {});
    checkRefusal(path, u"kim"_s, {}, 400, u"invalid-request"_s, {});
    const HttpResult r = m_api->act("POST", path, m_t.kim.access, update);
    QCOMPARE(r.status, 201);
    const QJsonArray updates = r.json()[u"updates"_s].toArray();
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates[0][u"text"_s], update[u"text"_s]);
    QCOMPARE(r.json()[u"updated_at"_s], updates[0][u"at"_s]);
    const QJsonObject seen = items(u"/v1/me/incidents"_s, m_t.bob.access)[0].toObject();
    QCOMPARE(seen[u"updates"_s].toArray(), updates);
    QCOMPARE(seen[u"updated_at"_s], updates[0][u"at"_s]);
    const QJsonArray entries = auditEntries(*m_api, m_t.kim.access, u"action=incident_updated"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0][u"details"_s][u"incident_id"_s].toString(), m_incident);
}

void TestProviderNotices::addDisclosureRefusals_data()
{
    const QJsonObject ok = disclosureBody();
    refusalColumns(ok);
    const auto bad = [&ok](const char *name, const QString &key, const QJsonValue &value, int status,
                           const QString &field) { badRow(name, ok, key, value, status, field); };
    bad("unknown member", u"accounts"_s, QJsonArray{u"bob"_s}, 400, {});
    bad("no account", u"account"_s, QJsonValue::Undefined, 400, {});
    bad("unknown account", u"account"_s, u"C-0000"_s, 422, u"account"_s);
    bad("supervisor's account", u"account"_s, u"kim"_s, 422, u"account"_s);
    bad("blank authority", u"authority"_s, u""_s, 422, u"authority"_s);
    bad("legal basis too long", u"legal_basis"_s, QString(2001, u'x'), 422, u"legal_basis"_s);
    bad("no reference", u"reference"_s, QJsonValue::Undefined, 400, {});
    bad("categories a string", u"categories"_s, u"registration"_s, 400, {});
    bad("unknown category", u"categories"_s, QJsonArray{u"secrets"_s}, 422, u"categories"_s);
    bad("disclosed in the future", u"disclosed_at"_s, u"2099-01-01T00:00:00Z"_s, 422, u"disclosed_at"_s);
    bad("disclosed_at not a time", u"disclosed_at"_s, u"2026-13-40T00:00:00Z"_s, 422, u"disclosed_at"_s);
    bad("delay ending before the disclosure", u"notify_after"_s, iso(daysAgo(18)), 422, u"notify_after"_s);
    bad("notify_after a number", u"notify_after"_s, 1, 400, {});
}

void TestProviderNotices::addDisclosureRefusals()
{
    checkRefusal(u"/v1/staff/disclosures"_s);
}

void TestProviderNotices::supervisorAddsDisclosures()
{
    // Told at once (notify_after absent, or null).
    const HttpResult now = m_api->act("POST", u"/v1/staff/disclosures"_s, m_t.kim.access,
                                      with(disclosureBody(), u"notify_after"_s, QJsonValue::Null));
    QCOMPARE(now.status, 201);
    QCOMPARE(now.json()[u"account_id"_s].toString(), u"C-1002"_s);
    QCOMPARE(now.json()[u"visible_to_customer"_s].toBool(), true);
    QCOMPARE(now.json()[u"notice_delayed"_s].toBool(), false);
    // The law delays telling bob for ten days.
    const QString tenDays = QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate);
    const HttpResult later = m_api->act("POST", u"/v1/staff/disclosures"_s, m_t.kim.access,
                                        with(with(disclosureBody(), u"notify_after"_s, tenDays), u"reference"_s,
                                             u"PCPD/2026/118"_s));
    QCOMPARE(later.status, 201);
    QCOMPARE(later.json()[u"visible_to_customer"_s].toBool(), false);
    QCOMPARE(later.json()[u"notify_after"_s].toString(), tenDays);
    m_delayedDisclosure = later.json()[u"id"_s].toString();

    const QJsonArray bobs = items(u"/v1/me/disclosures"_s, m_t.bob.access);
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs[0][u"id"_s], now.json()[u"id"_s]);
    QCOMPARE(bobs[0][u"authority"_s].toString(), u"Office of the Privacy Commissioner for Personal Data"_s);
    QCOMPARE(bobs[0][u"reference"_s].toString(), u"PCPD/2026/117"_s);
    QVERIFY(bobs[0][u"delay_ended_at"_s].isNull());
    QCOMPARE(items(u"/v1/me/disclosures"_s, m_t.alice.access).size(), 2); // alice's are hers alone
    // Both audited; the delayed one names bob only in the details, and bob's own access log shows nothing
    // of it while the law delays the notice.
    const QJsonArray entries = auditEntries(*m_api, m_t.kim.access, u"action=disclosure_added"_s);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1][u"details"_s][u"disclosure_id"_s].toString(), m_delayedDisclosure);
    QCOMPARE(entries[1][u"details"_s][u"customer"_s].toString(), u"C-1002"_s);
    QCOMPARE(entries[1][u"details"_s][u"notify_after"_s].toString(), tenDays);
    QVERIFY(!m_api->get(u"/v1/me/access-log"_s, m_t.bob.access).body.contains(m_delayedDisclosure.toLatin1()));
}

void TestProviderNotices::exportHoldsThem()
{
    // "Everything held about the account": the notices as served, and the policy acceptances.
    const auto exportOf = [this](const QByteArray &token) {
        const HttpResult created =
            m_api->act("POST", u"/v1/me/requests"_s, token, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
        const QString id = created.json()[u"id"_s].toString();
        if (created.status != 201
            || m_api->call("POST", u"/test/requests/"_s + id + u"/status?status=completed"_s, {}).status != 200)
            return QJsonObject();
        return get(u"/v1/me/requests/"_s + id + u"/export"_s, token, "zh-CN").json();
    };
    const QJsonObject alice = exportOf(m_t.alice.access);
    QCOMPARE(alice[u"incidents"_s], get(u"/v1/me/incidents"_s, m_t.alice.access, "zh-CN").json()[u"items"_s]);
    QCOMPARE(alice[u"disclosures"_s].toArray().size(), 2);
    QVERIFY(alice[u"policy_acceptances"_s].isArray());
    QVERIFY(alice[u"about"_s].toString().contains(u"安全事件"_s));
    // bob's holds kim's disclosure he was told about, and nothing of the two whose notice is delayed.
    const QJsonObject bob = exportOf(m_t.bob.access);
    QCOMPARE(bob[u"disclosures"_s].toArray().size(), 1);
    const QByteArray text = QJsonDocument(bob).toJson();
    QVERIFY(!text.contains("DSC-C05A7D3B1E92") && !text.contains(m_delayedDisclosure.toLatin1()));
}

void TestProviderNotices::delayedDisclosureAppearsWhenTheDelayEnds()
{
    // Last: moves the provider's clock a month on, past the end of both delays of bob's disclosures
    // (seeded 30 days ahead; kim's, ten).
    QCOMPARE(items(u"/v1/me/disclosures"_s, m_t.bob.access).size(), 1);
    QVERIFY2(m_provider->advanceClock(31LL * 24 * 3600), qPrintable(m_provider->errorString()));
    const QJsonArray now = items(u"/v1/me/disclosures"_s, m_t.bob.access);
    QCOMPARE(now.size(), 3);
    // Newest disclosure first: the seeded one (3 days before seeding), then kim's two (17 days ago).
    const QJsonObject seeded = now[0].toObject(), kims = now[1].toObject();
    QCOMPARE(seeded[u"notice_delayed"_s].toBool(), true);
    QCOMPARE(seeded[u"categories"_s].toArray(), QJsonArray{u"devices"_s});
    QVERIFY(when(seeded[u"delay_ended_at"_s]) > QDateTime::currentDateTimeUtc().addDays(29));
    QCOMPARE(seeded[u"notified_at"_s], seeded[u"delay_ended_at"_s]);
    QCOMPARE(kims[u"id"_s].toString(), m_delayedDisclosure); // the later of kim's two: same disclosed_at
    QCOMPARE(kims[u"notice_delayed"_s].toBool(), true);
    QCOMPARE(kims[u"notified_at"_s], kims[u"delay_ended_at"_s]);
    QCOMPARE(items(u"/v1/me/disclosures"_s, m_t.alice.access).size(), 2); // alice's are unchanged
}

QTEST_GUILESS_MAIN(TestProviderNotices)
#include "tst_provider_notices.moc"
