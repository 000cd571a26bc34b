// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, the policy side over real HTTP: a provider started with only 2025-05-14 published
// (--policy-version), the documents and their languages, a supervisor publishing 2026-12-01 mid-session
// (roles, unknown and repeated versions, the audit entry), what follows the version in force (purposes,
// sharing, retention, consents), accepting it as a request (exactly once, consents untouched), and the
// consent rule across a publication.
#include "StaffTestSupport.h"

#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

const QString Old = u"2025-05-14"_s;
const QString New = u"2026-12-01"_s;

QHash<QString, QJsonObject> byKey(const QJsonArray &items, const QString &key)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : items)
        out.insert(v[key].toString(), v.toObject());
    return out;
}

} // namespace

class TestProviderPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyTheFirstVersionIsPublished();
    void documentShape();
    void languages_data();
    void languages();
    void badPolicyCalls_data();
    void badPolicyCalls();
    void contentFollowsTheOldVersion();
    void acceptingAnUnpublishedVersionIsRefused_data();
    void acceptingAnUnpublishedVersionIsRefused();
    void publishRefusals_data();
    void publishRefusals();
    void supervisorPublishes();
    void newVersionInForce();
    void consentRuleAcrossPublication();
    void acceptExactlyOnceWithoutTouchingConsent();
    void acceptancesAreTheCallersOwn();

private:
    HttpResult policy(const QString &path, const QByteArray &acceptLanguage = {})
    {
        Headers h;
        if (!acceptLanguage.isEmpty())
            h.append({"Accept-Language", acceptLanguage});
        return m_api->call("GET", path, {}, {}, {}, h);
    }
    HttpResult accept(const QByteArray &token, const QJsonObject &body, const QByteArray &key = {})
    {
        return m_api->act("POST", u"/v1/me/requests"_s, token, body, key);
    }
    HttpResult publish(const QByteArray &token, const QString &version, const QJsonObject &body = {},
                       const QByteArray &key = {})
    {
        return m_api->act("POST", u"/v1/staff/policy/versions/"_s + version + u"/publish"_s, token, body, key);
    }
    QHash<QString, QJsonObject> consents(const QByteArray &token)
    {
        return byKey(m_api->get(u"/v1/me/consents"_s, token).json()[u"items"_s].toArray(), u"purpose"_s);
    }

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    DemoTokens m_t;
    QString m_publishedAt;
};

void TestProviderPolicy::initTestCase()
{
    m_provider = std::make_unique<ProviderProcess>(
        QStringList{u"--policy-version"_s, Old, u"--scale"_s, u"20"_s, u"--token-ttl"_s, u"86400"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    m_api = std::make_unique<ApiClient>(m_provider->url());
    m_t = signInEveryone(*m_http);
    QVERIFY(m_t.ok());
}

void TestProviderPolicy::onlyTheFirstVersionIsPublished()
{
    const HttpResult versions = policy(u"/v1/policy/versions"_s);
    QCOMPARE(versions.status, 200);
    QCOMPARE(versions.json()[u"current"_s].toString(), Old);
    const QJsonArray items = versions.json()[u"items"_s].toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][u"version"_s].toString(), Old);
    QCOMPARE(items[0][u"effective"_s].toString(), Old);
    QCOMPARE(items[0][u"published_at"_s].toString(), u"2025-05-14T00:00:00Z"_s);
    QCOMPARE(policy(u"/v1/policy"_s).json()[u"version"_s].toString(), Old);
    QCOMPARE(policy(u"/v1/policy/versions/"_s + New).status, 404); // known, but not published yet
    QCOMPARE(m_api->get(u"/v1/me"_s, m_t.alice.access).json()[u"policy_version_accepted"_s].toString(), Old);
}

void TestProviderPolicy::documentShape()
{
    const QJsonObject o = policy(u"/v1/policy/versions/"_s + Old).json();
    QCOMPARE(o[u"version"_s].toString(), Old);
    QCOMPARE(o[u"changes"_s].toArray().size(), 0); // the first version changes nothing
    QCOMPARE(o[u"contact"_s][u"email"_s].toString(), u"service@cn2.hk"_s);
    QCOMPARE(o[u"contact"_s][u"phone"_s].toString(), u"4008889543"_s);
    const QJsonArray sections = o[u"sections"_s].toArray();
    QCOMPARE(sections.size(), 8);
    for (const QJsonValue &s : sections) {
        QStringList texts;
        for (const QJsonValue &p : s[u"paragraphs"_s].toArray()) {
            QVERIFY(!p.toObject().contains(u"change"_s));
            texts << p[u"text"_s].toString();
        }
        QVERIFY(!texts.isEmpty());
        QCOMPARE(s[u"body"_s].toString(), texts.join(u"\n\n"_s)); // kept for clients that read `body`
    }
    QVERIFY(sections[7][u"body"_s].toString().contains(u"service@cn2.hk"_s));
}

void TestProviderPolicy::languages_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QByteArray() << u"en"_s;
    QTest::newRow("en-GB") << QByteArray("en-GB") << u"en"_s;
    QTest::newRow("zh-HK") << QByteArray("zh-HK") << u"zh-HK"_s;
    QTest::newRow("zh-TW") << QByteArray("zh-TW,en;q=0.5") << u"zh-HK"_s;
    QTest::newRow("zh-CN") << QByteArray("zh-CN") << u"zh-CN"_s;
    QTest::newRow("zh-Hans-SG") << QByteArray("fr;q=0.9, zh-Hans-SG") << u"zh-CN"_s;
    QTest::newRow("french only") << QByteArray("fr") << u"en"_s;
    QTest::newRow("malformed") << QByteArray("zh-HK;q=2") << u"en"_s;
}

void TestProviderPolicy::languages()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, language);
    for (const QString &path : QStringList{u"/v1/policy"_s, u"/v1/policy/versions/"_s + Old}) {
        const HttpResult r = policy(path, acceptLanguage);
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromLatin1(r.header("content-language")), language);
        QVERIFY(r.header("vary").contains("Accept-Language"));
        const QJsonObject o = r.json();
        QCOMPARE(o[u"language"_s].toString(), language);
        QCOMPARE(o[u"governing_language"_s].toString(), u"en"_s);
        QCOMPARE(o[u"is_translation"_s].toBool(), language != u"en");
        for (const QJsonValue &s : o[u"sections"_s].toArray())
            for (const QJsonValue &p : s[u"paragraphs"_s].toArray())
                QCOMPARE(hasCjk(p[u"text"_s].toString()), language != u"en");
    }
    // The Traditional and Simplified texts are not the same text.
    QVERIFY(policy(u"/v1/policy"_s, "zh-HK").body != policy(u"/v1/policy"_s, "zh-CN").body);
}

void TestProviderPolicy::badPolicyCalls_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown version") << QByteArray("GET") << u"/v1/policy/versions/2020-01-01"_s << 404;
    QTest::newRow("not a version") << QByteArray("GET") << u"/v1/policy/versions/latest"_s << 404;
    QTest::newRow("too deep") << QByteArray("GET") << u"/v1/policy/versions/2025-05-14/x"_s << 404;
    QTest::newRow("query on policy") << QByteArray("GET") << u"/v1/policy?lang=zh"_s << 400;
    QTest::newRow("query on versions") << QByteArray("GET") << u"/v1/policy/versions?all=1"_s << 400;
    QTest::newRow("POST versions") << QByteArray("POST") << u"/v1/policy/versions"_s << 405;
    QTest::newRow("DELETE a version") << QByteArray("DELETE") << u"/v1/policy/versions/2025-05-14"_s << 405;
    QTest::newRow("acceptances without token") << QByteArray("GET") << u"/v1/me/policy/acceptances"_s << 401;
}

void TestProviderPolicy::badPolicyCalls()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpResult r = m_api->call(method, path, {}, {}, {});
    QCOMPARE(r.status, status);
    QVERIFY(r.isProblem());
}

void TestProviderPolicy::contentFollowsTheOldVersion()
{
    const QJsonArray purposes = m_api->get(u"/v1/me/purposes"_s, m_t.alice.access).json()[u"items"_s].toArray();
    QVERIFY(!QJsonDocument(purposes).toJson().contains("support_ai_training"));
    const auto sharing = byKey(m_api->get(u"/v1/me/sharing"_s, m_t.alice.access).json()[u"items"_s].toArray(),
                               u"recipient"_s);
    QCOMPARE(sharing.size(), 4);
    QVERIFY(!sharing.contains(u"pseudonymous_analytics"_s));
    const auto retention = byKey(m_api->get(u"/v1/me/retention"_s, m_t.alice.access).json()[u"items"_s].toArray(),
                                 u"category"_s);
    QCOMPARE(retention[u"server_usage"_s][u"period"_s].toString(), u"P2Y"_s);
    const HttpResult c = m_api->get(u"/v1/me/consents"_s, m_t.alice.access);
    QCOMPARE(c.json()[u"policy_version"_s].toString(), Old);
    QCOMPARE(c.json()[u"items"_s].toArray().size(), 4);
    // A purpose the version in force does not have cannot be consented to.
    QCOMPARE(m_api->act("PUT", u"/v1/me/consents/support_ai_training"_s, m_t.alice.access,
                        {{u"granted"_s, true}, {u"policy_version"_s, New}})
                 .status,
             404);
}

void TestProviderPolicy::acceptingAnUnpublishedVersionIsRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    const QString type = u"accept_policy"_s;
    QTest::newRow("unpublished") << QJsonObject{{u"type"_s, type}, {u"policy_version"_s, New}} << 422 << u"invalid-value"_s;
    QTest::newRow("unknown") << QJsonObject{{u"type"_s, type}, {u"policy_version"_s, u"2099-01-01"_s}} << 422
                             << u"invalid-value"_s;
    QTest::newRow("missing") << QJsonObject{{u"type"_s, type}} << 400 << u"invalid-request"_s;
    QTest::newRow("number") << QJsonObject{{u"type"_s, type}, {u"policy_version"_s, 2025}} << 400 << u"invalid-request"_s;
    QTest::newRow("extra member") << QJsonObject{{u"type"_s, type}, {u"policy_version"_s, Old}, {u"consents"_s, true}}
                                  << 400 << u"invalid-request"_s;
}

void TestProviderPolicy::acceptingAnUnpublishedVersionIsRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, slug);
    const HttpResult r = accept(m_t.bob.access, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.problemType(), slug);
    if (status == 422) {
        QCOMPARE(r.json()[u"field"_s].toString(), u"policy_version"_s);
        QCOMPARE(r.json()[u"current"_s].toString(), Old);
    }
    QCOMPARE(m_api->get(u"/v1/me/policy/acceptances"_s, m_t.bob.access).json()[u"items"_s].toArray().size(), 0);
}

void TestProviderPolicy::publishRefusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QTest::newRow("no token") << QString() << New << QJsonObject() << 401 << u"invalid-token"_s;
    QTest::newRow("customer") << u"alice"_s << New << QJsonObject() << 403 << u"insufficient-role"_s;
    QTest::newRow("staff") << u"sam"_s << New << QJsonObject() << 403 << u"insufficient-role"_s;
    QTest::newRow("unknown version") << u"kim"_s << u"2030-01-01"_s << QJsonObject() << 404 << u"not-found"_s;
    QTest::newRow("already published") << u"kim"_s << Old << QJsonObject() << 409 << u"already-published"_s;
    QTest::newRow("body with members") << u"kim"_s << New << QJsonObject{{u"at"_s, u"now"_s}} << 400
                                       << u"invalid-request"_s;
}

void TestProviderPolicy::publishRefusals()
{
    QFETCH(QString, who);
    QFETCH(QString, version);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, slug);
    const QByteArray token = who == u"alice" ? m_t.alice.access : who == u"sam" ? m_t.sam.access
                                                               : who == u"kim" ? m_t.kim.access : QByteArray();
    const HttpResult r = publish(token, version, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.problemType(), slug);
    QCOMPARE(policy(u"/v1/policy/versions"_s).json()[u"current"_s].toString(), Old);
    if (status == 403 || status == 404 || status == 409) { // refusals of a signed-in caller are audited
        bool found = false;
        for (const QJsonValue &e : auditEntries(*m_api, m_t.kim.access, u"action=refused"_s))
            found = found || (e[u"details"_s][u"path"_s].toString().endsWith(version + u"/publish"_s)
                              && e[u"details"_s][u"status"_s].toInt() == status);
        QVERIFY(found);
    }
}

void TestProviderPolicy::supervisorPublishes()
{
    const QByteArray key = newKey();
    const HttpResult r = publish(m_t.kim.access, New, {}, key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"version"_s].toString(), New);
    m_publishedAt = r.json()[u"published_at"_s].toString();
    QVERIFY(QDateTime::fromString(m_publishedAt, Qt::ISODate).isValid());
    // The same call again (a lost answer) is the same answer; a new call is refused.
    const HttpResult replay = publish(m_t.kim.access, New, {}, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, r.body);
    const HttpResult again = publish(m_t.kim.access, New);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemType(), u"already-published"_s);
    QCOMPARE(again.json()[u"current"_s].toString(), New);
    // Audited as the supervisor's, once.
    const QJsonArray entries = auditEntries(*m_api, m_t.kim.access, u"action=policy_published"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0][u"actor"_s].toString(), u"C-9002"_s);
    QCOMPARE(entries[0][u"details"_s][u"version"_s].toString(), New);
    QCOMPARE(entries[0][u"details"_s][u"previous"_s].toString(), Old);
}

void TestProviderPolicy::newVersionInForce()
{
    const HttpResult versions = policy(u"/v1/policy/versions"_s);
    QCOMPARE(versions.json()[u"current"_s].toString(), New);
    const QJsonArray items = versions.json()[u"items"_s].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0][u"version"_s].toString(), New); // newest first
    QCOMPARE(items[0][u"published_at"_s].toString(), m_publishedAt);
    QCOMPARE(items[1][u"version"_s].toString(), Old);
    QCOMPARE(policy(u"/v1/policy/versions/"_s + Old).status, 200); // the old text stays readable

    const QJsonObject doc = policy(u"/v1/policy"_s).json();
    QCOMPARE(doc[u"version"_s].toString(), New);
    const auto changes = byKey(doc[u"changes"_s].toArray(), u"id"_s);
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[u"c1"_s][u"kind"_s].toString(), u"recipient_added"_s);
    QCOMPARE(changes[u"c1"_s][u"section"_s].toString(), u"III"_s);
    QVERIFY(changes[u"c1"_s][u"new"_s].toString().contains(u"Northwind Metrics Ltd"_s));
    QCOMPARE(changes[u"c2"_s][u"kind"_s].toString(), u"retention_shorter"_s);
    QVERIFY(changes[u"c2"_s][u"old"_s].toString().contains(u"2 years"_s));
    QVERIFY(changes[u"c2"_s][u"new"_s].toString().contains(u"1 year"_s));
    QCOMPARE(changes[u"c3"_s][u"kind"_s].toString(), u"purpose_added"_s);
    QCOMPARE(changes[u"c3"_s][u"consent_purpose"_s].toString(), u"support_ai_training"_s);
    QVERIFY(!changes[u"c1"_s].contains(u"consent_purpose"_s));
    // Each change marks exactly its paragraph, in its section; the replaced wording is gone.
    QHash<QString, QString> markedIn;
    for (const QJsonValue &s : doc[u"sections"_s].toArray())
        for (const QJsonValue &p : s[u"paragraphs"_s].toArray()) {
            if (p.toObject().contains(u"change"_s)) {
                QVERIFY(!markedIn.contains(p[u"change"_s].toString()));
                markedIn.insert(p[u"change"_s].toString(), s[u"id"_s].toString());
                QCOMPARE(p[u"text"_s].toString(), changes[p[u"change"_s].toString()][u"new"_s].toString());
            }
            QVERIFY(p[u"text"_s].toString() != changes[u"c2"_s][u"old"_s].toString());
        }
    QCOMPARE(markedIn, (QHash<QString, QString>{{u"c1"_s, u"III"_s}, {u"c2"_s, u"IV"_s}, {u"c3"_s, u"II"_s}}));
    // Summaries in the reader's language.
    for (const QJsonValue &c : policy(u"/v1/policy"_s, "zh-CN").json()[u"changes"_s].toArray())
        QVERIFY(hasCjk(c[u"summary"_s].toString()) && hasCjk(c[u"new"_s].toString()));

    // What the account pages say follows the version in force.
    int needsConsent = 0;
    for (const QJsonValue &cat : m_api->get(u"/v1/me/purposes"_s, m_t.alice.access).json()[u"items"_s].toArray())
        for (const QJsonValue &p : cat[u"purposes"_s].toArray())
            if (p[u"code"_s].toString() == u"support_ai_training") {
                QCOMPARE(p[u"legal_basis"_s].toString(), u"consent"_s);
                QVERIFY(p[u"consent_required"_s].toBool());
                ++needsConsent;
            }
    QVERIFY(needsConsent > 0);
    const auto sharing = byKey(m_api->get(u"/v1/me/sharing"_s, m_t.alice.access).json()[u"items"_s].toArray(),
                               u"recipient"_s);
    QCOMPARE(sharing.size(), 5);
    QVERIFY(sharing[u"pseudonymous_analytics"_s][u"name"_s].toString().contains(u"Northwind Metrics Ltd"_s));
    const auto retention = byKey(m_api->get(u"/v1/me/retention"_s, m_t.alice.access).json()[u"items"_s].toArray(),
                                 u"category"_s);
    QCOMPARE(retention[u"server_usage"_s][u"period"_s].toString(), u"P1Y"_s);
    const HttpResult c = m_api->get(u"/v1/me/consents"_s, m_t.alice.access);
    QCOMPARE(c.json()[u"policy_version"_s].toString(), New);
    const auto now = consents(m_t.alice.access);
    QCOMPARE(now.size(), 5);
    QCOMPARE(now[u"support_ai_training"_s][u"granted"_s].toBool(), false); // never granted by default
    QVERIFY(now[u"support_ai_training"_s][u"changed_at"_s].isNull());
    QVERIFY(now[u"support_ai_training"_s][u"affects"_s].toString().size() > 20);
}

void TestProviderPolicy::consentRuleAcrossPublication()
{
    // bob still accepts 2025-05-14: a consent confirmed under it (queued before the publication) is taken...
    const HttpResult old = m_api->act("PUT", u"/v1/me/consents/marketing"_s, m_t.bob.access,
                                      {{u"granted"_s, true}, {u"policy_version"_s, Old}});
    QCOMPARE(old.status, 200);
    QCOMPARE(old.json()[u"policy_version"_s].toString(), Old);
    // ... and so is one under the version in force; any other version is refused.
    QCOMPARE(m_api->act("PUT", u"/v1/me/consents/marketing"_s, m_t.bob.access,
                        {{u"granted"_s, false}, {u"policy_version"_s, New}})
                 .status,
             200);
    const HttpResult other = m_api->act("PUT", u"/v1/me/consents/marketing"_s, m_t.bob.access,
                                        {{u"granted"_s, false}, {u"policy_version"_s, u"2024-01-01"_s}});
    QCOMPARE(other.status, 422);
    QCOMPARE(other.json()[u"field"_s].toString(), u"policy_version"_s);
    // The purpose 2026-12-01 brought in needs that version: the old text never asked for it.
    const HttpResult newPurposeOldText = m_api->act("PUT", u"/v1/me/consents/support_ai_training"_s, m_t.bob.access,
                                                    {{u"granted"_s, true}, {u"policy_version"_s, Old}});
    QCOMPARE(newPurposeOldText.status, 422);
    QCOMPARE(consents(m_t.bob.access)[u"support_ai_training"_s][u"granted"_s].toBool(), false);
}

void TestProviderPolicy::acceptExactlyOnceWithoutTouchingConsent()
{
    const auto consentsBefore = consents(m_t.alice.access);
    const int receiptsBefore =
        m_api->get(u"/v1/me/consents/receipts"_s, m_t.alice.access).json()[u"items"_s].toArray().size();
    // The old version is no longer the one to accept.
    const HttpResult stale = accept(m_t.alice.access, {{u"type"_s, u"accept_policy"_s}, {u"policy_version"_s, Old}});
    QCOMPARE(stale.status, 422);
    QCOMPARE(stale.json()[u"current"_s].toString(), New);

    const QByteArray key = newKey();
    const QJsonObject body{{u"type"_s, u"accept_policy"_s}, {u"policy_version"_s, New}};
    const HttpResult r = accept(m_t.alice.access, body, key);
    QCOMPARE(r.status, 201);
    const QJsonObject request = r.json();
    QCOMPARE(request[u"type"_s].toString(), u"accept_policy"_s);
    QCOMPARE(request[u"status"_s].toString(), u"completed"_s); // nothing for anyone to do
    QCOMPARE(request[u"summary"_s][u"policy_version"_s].toString(), New);
    QCOMPARE(accept(m_t.alice.access, body, key).body, r.body); // a resend is the same request
    QCOMPARE(m_api->get(u"/v1/me"_s, m_t.alice.access).json()[u"policy_version_accepted"_s].toString(), New);

    const QJsonArray acceptances =
        m_api->get(u"/v1/me/policy/acceptances"_s, m_t.alice.access).json()[u"items"_s].toArray();
    QCOMPARE(acceptances.size(), 1);
    QVERIFY(acceptances[0][u"id"_s].toString().startsWith(u"PA-"_s));
    QCOMPARE(acceptances[0][u"policy_version"_s].toString(), New);
    QCOMPARE(acceptances[0][u"request_id"_s].toString(), request[u"id"_s].toString());
    QCOMPARE(acceptances[0][u"at"_s].toString(), request[u"received_at"_s].toString());

    // Accepting a policy gives no consent: every switch is as it was, and no consent receipt was made.
    QCOMPARE(consents(m_t.alice.access), consentsBefore);
    QCOMPARE(m_api->get(u"/v1/me/consents/receipts"_s, m_t.alice.access).json()[u"items"_s].toArray().size(),
             receiptsBefore);
    // Having accepted 2026-12-01, alice confirms consents under it; the old version is no longer hers.
    QCOMPARE(m_api->act("PUT", u"/v1/me/consents/marketing"_s, m_t.alice.access,
                        {{u"granted"_s, true}, {u"policy_version"_s, Old}})
                 .status,
             422);
    QCOMPARE(m_api->act("PUT", u"/v1/me/consents/support_ai_training"_s, m_t.alice.access,
                        {{u"granted"_s, true}, {u"policy_version"_s, New}})
                 .status,
             200);
}

void TestProviderPolicy::acceptancesAreTheCallersOwn()
{
    QCOMPARE(m_api->get(u"/v1/me/policy/acceptances"_s, m_t.bob.access).json()[u"items"_s].toArray().size(), 0);
    QCOMPARE(m_api->get(u"/v1/me"_s, m_t.bob.access).json()[u"policy_version_accepted"_s].toString(), Old);
    // The request is one of alice's like any other: bob cannot see it.
    const QString id =
        m_api->get(u"/v1/me/policy/acceptances"_s, m_t.alice.access).json()[u"items"_s][0][u"request_id"_s].toString();
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id, m_t.bob.access).status, 404);
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + id, m_t.alice.access).status, 200);
}

QTEST_GUILESS_MAIN(TestProviderPolicy)
#include "tst_provider_policy.moc"
