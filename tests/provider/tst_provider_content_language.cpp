// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's own prose in /v1 answers follows Accept-Language (RFC 9110 §12.5.4): English,
// Traditional Chinese (Hong Kong) or Simplified Chinese, said with Content-Language and
// Vary: Accept-Language; a malformed header is ignored (English), never echoed. Real provider, real HTTP.
#include "ActionsTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QStringList prose(const QJsonArray &items, const QStringList &keys)
{
    QStringList out;
    for (const QJsonValue &item : items)
        for (const QString &key : keys)
            out << item[key].toString();
    return out;
}

const QStringList sharingKeys{u"name"_s, u"data"_s, u"why"_s};

} // namespace

class TestProviderContentLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharing_data();
    void sharing();
    void sharingWithoutHeaderIsEnglish();
    void malformedNeverEchoed();
    void hongKongAndMainlandWordsDiffer();
    void consents_data();
    void consents();
    void requestProseFollowsReader();
    void replayKeepsFirstLanguage();
    void exportDocument();
    void codesStayCodes();
    void policyIsNegotiatedAndSaysWhatGoverns();
    void problemsAreEnglish();
    void noteStoredWithoutKeyIsStillTranslated();

private:
    HttpResult get(const QString &path, const QByteArray &acceptLanguage)
    {
        return m_api->call("GET", path, m_alice.access, {}, {}, {{"Accept-Language", acceptLanguage}});
    }
    HttpResult sharingIn(const QByteArray &acceptLanguage) { return get(u"/v1/me/sharing"_s, acceptLanguage); }
    QString createRequest(const QJsonObject &body, const QByteArray &acceptLanguage = "en")
    {
        const HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, {},
                                        {{"Accept-Language", acceptLanguage}});
        return r.status == 201 ? r.json().value(u"id"_s).toString() : QString();
    }

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<ApiClient> m_api;
    Tokens m_alice;
};

void TestProviderContentLanguage::initTestCase()
{
    m_provider = std::make_unique<ProviderProcess>(QStringList{u"--test-hooks"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    HttpTestClient http(m_provider->url());
    m_alice = signIn(http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(m_alice.ok());
    m_api = std::make_unique<ApiClient>(m_provider->url());
}

void TestProviderContentLanguage::sharing_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QByteArray>("expected");

    // What the app sends (app/api/ApiJob.cpp).
    QTest::newRow("app zh_HK") << QByteArray("zh-HK, zh;q=0.8, en;q=0.5") << QByteArray("zh-HK");
    QTest::newRow("app zh_CN") << QByteArray("zh-CN, zh;q=0.8, en;q=0.5") << QByteArray("zh-CN");
    QTest::newRow("app en") << QByteArray("en") << QByteArray("en");
    // Tags and their regions or scripts.
    QTest::newRow("en-GB") << QByteArray("en-GB") << QByteArray("en");
    QTest::newRow("zh-TW") << QByteArray("zh-TW") << QByteArray("zh-HK");
    QTest::newRow("zh-Hant lower") << QByteArray("zh-hant") << QByteArray("zh-HK");
    QTest::newRow("zh-MO") << QByteArray("zh-MO") << QByteArray("zh-HK");
    QTest::newRow("zh-Hans-CN") << QByteArray("zh-Hans-CN") << QByteArray("zh-CN");
    QTest::newRow("zh-SG") << QByteArray("zh-SG") << QByteArray("zh-CN");
    QTest::newRow("bare zh (script unknown)") << QByteArray("zh") << QByteArray("en");
    // q-values: highest wins, ties keep their order, q=0 means "not this one".
    QTest::newRow("q order") << QByteArray("en;q=0.3, zh-CN;q=0.5, zh-HK;q=0.9") << QByteArray("zh-HK");
    QTest::newRow("q order 2") << QByteArray("zh-HK;q=0.2,zh-CN;q=0.7,en;q=0.1") << QByteArray("zh-CN");
    QTest::newRow("q ties keep order") << QByteArray("zh-CN;q=0.5, zh-HK;q=0.5") << QByteArray("zh-CN");
    QTest::newRow("q=0 excluded") << QByteArray("zh-HK;q=0, en;q=0.1") << QByteArray("en");
    QTest::newRow("q=1.000 and Q=") << QByteArray("en;q=0.9, zh-CN;Q=1.000") << QByteArray("zh-CN");
    QTest::newRow("unsupported skipped") << QByteArray("fr-FR, ja;q=0.9, zh-Hans;q=0.5") << QByteArray("zh-CN");
    QTest::newRow("wildcard only") << QByteArray("*") << QByteArray("en");
    QTest::newRow("empty list elements") << QByteArray(" , zh-HK ,, ") << QByteArray("zh-HK");
    // Malformed (outside the RFC 9110 grammar): the whole header is ignored.
    QTest::newRow("q above 1") << QByteArray("zh-HK;q=2") << QByteArray("en");
    QTest::newRow("q four decimals") << QByteArray("zh-HK;q=0.5555") << QByteArray("en");
    QTest::newRow("q not a number") << QByteArray("zh-HK;q=abc") << QByteArray("en");
    QTest::newRow("q 1.5") << QByteArray("zh-CN;q=1.5") << QByteArray("en");
    QTest::newRow("other parameter") << QByteArray("zh-HK;level=1") << QByteArray("en");
    QTest::newRow("underscore") << QByteArray("zh_HK") << QByteArray("en");
    QTest::newRow("subtag too long") << QByteArray("zh-HK-abcdefghi") << QByteArray("en");
    QTest::newRow("one bad element spoils it") << QByteArray("zh-HK, <script>") << QByteArray("en");
    QTest::newRow("garbage") << QByteArray(";;;q=,,,<script>") << QByteArray("en");
    QTest::newRow("too long") << QByteArray("zh-HK") + QByteArray(", en;q=0.1").repeated(120) << QByteArray("en");
}

void TestProviderContentLanguage::sharing()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QByteArray, expected);
    const HttpResult r = sharingIn(acceptLanguage);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-language"), expected);
    QVERIFY(r.header("vary").contains("Accept-Language"));
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 5); // policy 2026-12-01 (in force by default) adds a recipient
    for (const QString &text : prose(items, sharingKeys)) {
        QVERIFY2(!text.isEmpty(), qPrintable(text));
        QVERIFY2(hasCjk(text) == (expected != "en"), qPrintable(text));
    }
}

void TestProviderContentLanguage::sharingWithoutHeaderIsEnglish()
{
    // QNetworkAccessManager adds an Accept-Language of its own, so only a raw request has none.
    const RawResult r = rawSend(m_provider->url(), "GET", u"/v1/me/sharing"_s,
                                {{"Authorization", "Bearer " + m_alice.access}}, {});
    QCOMPARE(r.status, 200);
    QVERIFY2(r.head.toLower().contains("\r\ncontent-language: en"), r.head.constData());
    for (const QString &text : prose(QJsonDocument::fromJson(r.body).object().value(u"items"_s).toArray(), sharingKeys))
        QVERIFY2(!text.isEmpty() && !hasCjk(text), qPrintable(text));
}

void TestProviderContentLanguage::malformedNeverEchoed()
{
    // Bytes no client should send (UTF-8, control characters): ignored, English, no 500, not echoed.
    for (const QByteArray &bad : {QByteArray("zh-HK\xe4\xb8\xad\xe6\x96\x87"), QByteArray("zh-HK;q=0.5\x01"),
                                  QByteArray("<b>zh-HK</b>"), QByteArray("zh-HK;q=\"1\"")}) {
        const RawResult r = rawSend(m_provider->url(), "GET", u"/v1/me/sharing"_s,
                                    {{"Authorization", "Bearer " + m_alice.access}, {"Accept-Language", bad}}, {});
        // Printable ASCII reaches the negotiation (200, English); other bytes may be refused by the
        // HTTP layer before it (400), which is fine as long as nothing is echoed.
        const bool printable = std::all_of(bad.begin(), bad.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
        if (printable)
            QCOMPARE(r.status, 200);
        else
            QVERIFY2(r.status == 200 || r.status == 400, qPrintable(QString::number(r.status)));
        QVERIFY(!r.head.contains(bad));
        QVERIFY(!r.body.contains(bad));
        if (r.status == 200) {
            QVERIFY2(r.head.toLower().contains("\r\ncontent-language: en"), r.head.constData());
            QVERIFY(!hasCjk(QString::fromUtf8(r.body)));
        }
    }
}

void TestProviderContentLanguage::hongKongAndMainlandWordsDiffer()
{
    const QJsonArray en = sharingIn("en").json().value(u"items"_s).toArray();
    const QJsonArray hk = sharingIn("zh-HK").json().value(u"items"_s).toArray();
    const QJsonArray cn = sharingIn("zh-CN").json().value(u"items"_s).toArray();
    QCOMPARE(hk.size(), en.size());
    QCOMPARE(cn.size(), en.size());
    for (qsizetype i = 0; i < en.size(); ++i) {
        // Same recipients, same codes, in the same order; only the prose changes.
        QCOMPARE(hk[i][u"recipient"_s], en[i][u"recipient"_s]);
        QCOMPARE(cn[i][u"recipient"_s], en[i][u"recipient"_s]);
        QCOMPARE(hk[i][u"categories"_s], en[i][u"categories"_s]);
        QCOMPARE(cn[i][u"categories"_s], en[i][u"categories"_s]);
        for (const QString &key : sharingKeys)
            QVERIFY2(hk[i][key].toString() != cn[i][key].toString(), qPrintable(hk[i][key].toString()));
    }
    // Regional vocabulary: Hong Kong says 伺服器 and 網域, the mainland 服务器 and 域名.
    const QString hkText = prose(hk, sharingKeys).join(u' ');
    const QString cnText = prose(cn, sharingKeys).join(u' ');
    for (const QString &word : {u"伺服器"_s, u"網域"_s, u"裝置"_s, u"流動電話"_s})
        QVERIFY2(hkText.contains(word) && !cnText.contains(word), qPrintable(word));
    for (const QString &word : {u"服务器"_s, u"域名"_s, u"设备"_s, u"手机"_s})
        QVERIFY2(cnText.contains(word) && !hkText.contains(word), qPrintable(word));
}

void TestProviderContentLanguage::consents_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("en") << QByteArray("en") << QByteArray("en");
    QTest::newRow("zh-HK") << QByteArray("zh-HK, zh;q=0.8, en;q=0.5") << QByteArray("zh-HK");
    QTest::newRow("zh-CN") << QByteArray("zh-CN, zh;q=0.8, en;q=0.5") << QByteArray("zh-CN");
    QTest::newRow("malformed") << QByteArray("zh-CN;q=x") << QByteArray("en");
}

void TestProviderContentLanguage::consents()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QByteArray, expected);
    const HttpResult r = get(u"/v1/me/consents"_s, acceptLanguage);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-language"), expected);
    QVERIFY(r.header("vary").contains("Accept-Language"));
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 5); // with support_ai_training, from policy 2026-12-01 (in force by default)
    const QJsonArray english = get(u"/v1/me/consents"_s, "en").json().value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString affects = items[i][u"affects"_s].toString();
        QVERIFY2(hasCjk(affects) == (expected != "en"), qPrintable(affects));
        QCOMPARE(items[i][u"purpose"_s], english[i][u"purpose"_s]);
        QCOMPARE(items[i][u"granted"_s], english[i][u"granted"_s]);
    }
    if (expected == "zh-HK") {
        const QJsonArray cn = get(u"/v1/me/consents"_s, "zh-CN").json().value(u"items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            QVERIFY(items[i][u"affects"_s].toString() != cn[i][u"affects"_s].toString());
    }
}

void TestProviderContentLanguage::requestProseFollowsReader()
{
    // A deletion's retained details and the provider's own history note are shown in the language
    // of whoever reads them, whatever language the request was made in.
    const QString deletion = createRequest({{u"type"_s, u"deletion"_s}, {u"scope"_s, u"account"_s},
                                            {u"confirmation"_s, u"DELETE"_s}}, "zh-HK");
    QVERIFY(!deletion.isEmpty());
    QHash<QByteArray, QStringList> details;
    for (const QByteArray &lang : {QByteArray("en"), QByteArray("zh-HK"), QByteArray("zh-CN")}) {
        const HttpResult r = get(u"/v1/me/requests/"_s + deletion, lang);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-language"), lang);
        QVERIFY(r.header("vary").contains("Accept-Language"));
        const QJsonArray retained = r.json().value(u"retained"_s).toArray();
        QVERIFY(!retained.isEmpty());
        for (const QJsonValue &v : retained) {
            QVERIFY2(hasCjk(v[u"detail"_s].toString()) == (lang != "en"), qPrintable(v[u"detail"_s].toString()));
            QVERIFY(!hasCjk(v[u"reason"_s].toString()));
            details[lang] << v[u"detail"_s].toString();
        }
    }
    QVERIFY(details["zh-HK"] != details["zh-CN"]);

    // Cancelled by the user: the provider's note; the POST answers in the caller's language.
    const QString complaint = createRequest({{u"type"_s, u"complaint"_s}, {u"kind"_s, u"suggestion"_s},
                                             {u"subject"_s, u"Dark mode"_s}, {u"message"_s, u"Please."_s}});
    QVERIFY(!complaint.isEmpty());
    const HttpResult cancelled = m_api->act("POST", u"/v1/me/requests/"_s + complaint + u"/cancel"_s, m_alice.access,
                                            {}, {}, {{"Accept-Language", "zh-CN"}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.header("content-language"), QByteArray("zh-CN"));
    QCOMPARE(cancelled.json().value(u"history"_s).toArray().last()[u"note"_s].toString(), u"已应你的要求取消。"_s);
    const auto note = [this, &complaint](const QByteArray &lang) {
        return get(u"/v1/me/requests/"_s + complaint, lang).json().value(u"history"_s).toArray().last()[u"note"_s].toString();
    };
    QCOMPARE(note("en"), u"Cancelled at your request."_s);
    QCOMPARE(note("zh-HK"), u"已應你的要求取消。"_s);
    QCOMPARE(note("zh-CN"), u"已应你的要求取消。"_s);
    // The internal key never leaves the provider.
    QVERIFY(!get(u"/v1/me/requests/"_s + complaint, "en").body.contains("note_key"));

    // A note staff typed stays as typed; the listing negotiates too.
    const QString other = createRequest({{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s},
                                         {u"subject"_s, u"Bill"_s}, {u"message"_s, u"Too high."_s}});
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + other + u"/status?status=in_review&note=Looking%20into%20it"_s,
                         {}, {}, {}).status,
             200);
    const HttpResult list = get(u"/v1/me/requests"_s, "zh-HK");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.header("content-language"), QByteArray("zh-HK"));
    QVERIFY(list.header("vary").contains("Accept-Language"));
    bool seenStaffNote = false, seenOwnNote = false;
    for (const QJsonValue &item : list.json().value(u"items"_s).toArray()) {
        const QJsonValue last = item[u"history"_s].toArray().last();
        if (item[u"id"_s].toString() == other)
            seenStaffNote = last[u"note"_s].toString() == u"Looking into it";
        if (item[u"id"_s].toString() == complaint)
            seenOwnNote = last[u"note"_s].toString() == u"已應你的要求取消。";
    }
    QVERIFY(seenStaffNote);
    QVERIFY(seenOwnNote);
}

void TestProviderContentLanguage::replayKeepsFirstLanguage()
{
    // An idempotent replay is the stored answer, language and Content-Language included.
    const QByteArray key = newKey();
    const QJsonObject body{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s}, {u"category"_s, u"registration"_s},
                           {u"confirmation"_s, u"DELETE"_s}};
    const HttpResult first = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key,
                                        {{"Accept-Language", "zh-CN"}});
    QCOMPARE(first.status, 201);
    QCOMPARE(first.header("content-language"), QByteArray("zh-CN"));
    const HttpResult again = m_api->act("POST", u"/v1/me/requests"_s, m_alice.access, body, key,
                                        {{"Accept-Language", "en"}});
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("content-language"), QByteArray("zh-CN"));
}

void TestProviderContentLanguage::exportDocument()
{
    const QString id = createRequest({{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_api->call("POST", u"/test/requests/"_s + id + u"/status?status=completed"_s, {}, {}, {}).status, 200);
    const HttpResult en = get(u"/v1/me/requests/"_s + id + u"/export"_s, "en");
    const HttpResult hk = get(u"/v1/me/requests/"_s + id + u"/export"_s, "zh-HK");
    QCOMPARE(en.status, 200);
    QCOMPARE(hk.status, 200);
    QCOMPARE(en.header("content-language"), QByteArray("en"));
    QCOMPARE(hk.header("content-language"), QByteArray("zh-HK"));
    QVERIFY(hk.header("vary").contains("Accept-Language"));
    QVERIFY(!hasCjk(en.json().value(u"about"_s).toString()));
    QVERIFY(hasCjk(hk.json().value(u"about"_s).toString()));
    for (const QString &text : prose(hk.json().value(u"sharing"_s).toArray(), sharingKeys))
        QVERIFY2(hasCjk(text), qPrintable(text));
    for (const QJsonValue &c : hk.json().value(u"consents"_s)[u"items"_s].toArray())
        QVERIFY(hasCjk(c[u"affects"_s].toString()));
}

void TestProviderContentLanguage::codesStayCodes()
{
    // Purposes and retention are codes only: identical in every language.
    for (const QString &path : {u"/v1/me/purposes"_s, u"/v1/me/retention"_s}) {
        const HttpResult en = get(path, "en");
        const HttpResult hk = get(path, "zh-HK");
        QCOMPARE(en.status, 200);
        QCOMPARE(hk.body, en.body);
        QVERIFY(!hasCjk(QString::fromUtf8(hk.body)));
    }
}

void TestProviderContentLanguage::policyIsNegotiatedAndSaysWhatGoverns()
{
    // The policy text follows Accept-Language like the other texts, and says that it is a translation
    // of the English text, which governs.
    const HttpResult hk = m_api->call("GET", u"/v1/policy"_s, {}, {}, {}, {{"Accept-Language", "zh-HK"}});
    QCOMPARE(hk.status, 200);
    QCOMPARE(hk.header("content-language"), QByteArray("zh-HK"));
    QVERIFY(hk.header("vary").contains("Accept-Language"));
    QCOMPARE(hk.json().value(u"language"_s).toString(), u"zh-HK"_s);
    QCOMPARE(hk.json().value(u"governing_language"_s).toString(), u"en"_s);
    QCOMPARE(hk.json().value(u"is_translation"_s).toBool(), true);
    for (const QJsonValue &s : hk.json().value(u"sections"_s).toArray())
        QVERIFY(hasCjk(s[u"title"_s].toString()) && hasCjk(s[u"body"_s].toString()));
    const HttpResult en = m_api->call("GET", u"/v1/policy"_s, {}, {}, {}, {{"Accept-Language", "fr"}});
    QCOMPARE(en.header("content-language"), QByteArray("en"));
    QCOMPARE(en.json().value(u"is_translation"_s).toBool(), false);
    QVERIFY(!hasCjk(QString::fromUtf8(en.body)));
}

void TestProviderContentLanguage::problemsAreEnglish()
{
    const HttpResult r = get(u"/v1/me/requests/R-NOPE"_s, "zh-HK");
    QCOMPARE(r.status, 404);
    QVERIFY(r.isProblem());
    QCOMPARE(r.header("content-language"), QByteArray("en"));
}

void TestProviderContentLanguage::noteStoredWithoutKeyIsStillTranslated()
{
    // A provider database written before notes had keys holds "Cancelled at your request." only.
    const QString complaint = createRequest({{u"type"_s, u"complaint"_s}, {u"kind"_s, u"suggestion"_s},
                                             {u"subject"_s, u"Old note"_s}, {u"message"_s, u"Please."_s}});
    QVERIFY(!complaint.isEmpty());
    QCOMPARE(m_api->act("POST", u"/v1/me/requests/"_s + complaint + u"/cancel"_s, m_alice.access, {}, {}).status, 200);
    m_provider->stop();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"legacy"_s);
        db.setDatabaseName(m_provider->dataDir() + u"/provider.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"SELECT history FROM requests WHERE id = ?"_s));
        q.addBindValue(complaint);
        QVERIFY(q.exec() && q.next());
        QJsonArray history = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        QJsonObject last = history.last().toObject();
        QVERIFY(last.contains(u"note_key"_s));
        last.remove(u"note_key"_s);
        last.insert(u"note"_s, u"Cancelled at your request."_s);
        history.replace(history.size() - 1, last);
        QSqlQuery u(db);
        QVERIFY(u.prepare(u"UPDATE requests SET history = ? WHERE id = ?"_s));
        u.addBindValue(QString::fromUtf8(QJsonDocument(history).toJson(QJsonDocument::Compact)));
        u.addBindValue(complaint);
        QVERIFY(u.exec());
        QCOMPARE(u.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"legacy"_s);
    QVERIFY(m_provider->restart());
    m_api = std::make_unique<ApiClient>(m_provider->url());
    const HttpResult r = get(u"/v1/me/requests/"_s + complaint, "zh-HK");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"history"_s).toArray().last()[u"note"_s].toString(), u"已應你的要求取消。"_s);
}

QTEST_GUILESS_MAIN(TestProviderContentLanguage)
#include "tst_provider_content_language.moc"
