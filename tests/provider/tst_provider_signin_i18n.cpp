// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's sign-in page in English, Traditional Chinese (Hong Kong) and Simplified Chinese,
// chosen by `ui_locales` (OIDC) or Accept-Language, against the real privacy-provider.
#include "HttpTestClient.h"
#include "ProviderProcess.h"

#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QString withUiLocales(const QString &uiLocales, const QString &query = authorizeQuery())
{
    return query + u"&ui_locales="_s + QString::fromLatin1(QUrl::toPercentEncoding(uiLocales));
}

QString langOf(const QByteArray &html)
{
    static const QRegularExpression re(u"<html lang=\"([^\"]*)\">"_s);
    return re.match(QString::fromUtf8(html)).captured(1);
}

QString hiddenValue(const QByteArray &html, const QString &name, bool *present = nullptr)
{
    for (const auto &kv : HttpTestClient::hiddenFields(html))
        if (kv.first == name) {
            if (present)
                *present = true;
            return kv.second;
        }
    if (present)
        *present = false;
    return {};
}

} // namespace

class TestProviderSignInI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byUiLocales_data();
    void byUiLocales();
    void byAcceptLanguage_data();
    void byAcceptLanguage();
    void uiLocalesBeatsAcceptLanguage();
    void wrongPasswordFormKeepsLanguage_data();
    void wrongPasswordFormKeepsLanguage();
    void errorPageTranslated_data();
    void errorPageTranslated();
    void badUiLocalesIgnoredSafely_data();
    void badUiLocalesIgnoredSafely();
    void fullFlowWithUiLocales();

private:
    HttpResult get(const QString &pathAndQuery, const QByteArray &acceptLanguage)
    {
        return m_http->get(pathAndQuery, {}, {{"Accept-Language", acceptLanguage}});
    }

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestProviderSignInI18n::initTestCase()
{
    m_provider = std::make_unique<ProviderProcess>(QStringList{u"--scale"_s, u"200"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
}

void TestProviderSignInI18n::byUiLocales_data()
{
    QTest::addColumn<QString>("uiLocales");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("texts");
    const QStringList en{u"<title>Sign in to Hong Kong Cloud</title>"_s, u"<h1>Sign in to Hong Kong Cloud</h1>"_s,
                         u">Username</label>"_s, u">Password</label>"_s, u">Sign in</button>"_s, u">Cancel</button>"_s,
                         u"personal data"_s};
    const QStringList hk{u"<title>登入 Hong Kong Cloud</title>"_s, u"<h1>登入 Hong Kong Cloud</h1>"_s,
                         u">用戶名稱</label>"_s, u">密碼</label>"_s, u">登入</button>"_s, u">取消</button>"_s,
                         u"個人資料"_s};
    const QStringList cn{u"<title>登录 Hong Kong Cloud</title>"_s, u"<h1>登录 Hong Kong Cloud</h1>"_s,
                         u">用户名</label>"_s, u">密码</label>"_s, u">登录</button>"_s, u">取消</button>"_s,
                         u"个人数据"_s};
    QTest::newRow("en") << u"en"_s << u"en"_s << en;
    QTest::newRow("en-GB") << u"en-GB"_s << u"en"_s << en;
    QTest::newRow("zh-HK") << u"zh-HK"_s << u"zh-HK"_s << hk;
    QTest::newRow("zh-TW") << u"zh-TW"_s << u"zh-HK"_s << hk;
    QTest::newRow("zh-Hant") << u"zh-Hant"_s << u"zh-HK"_s << hk;
    QTest::newRow("zh-Hant-HK lower") << u"zh-hant-hk"_s << u"zh-HK"_s << hk;
    QTest::newRow("zh-CN") << u"zh-CN"_s << u"zh-CN"_s << cn;
    QTest::newRow("zh-Hans") << u"zh-Hans"_s << u"zh-CN"_s << cn;
    QTest::newRow("zh-SG") << u"zh-SG"_s << u"zh-CN"_s << cn;
    QTest::newRow("first supported of list") << u"fr ja zh-CN zh-HK"_s << u"zh-CN"_s << cn;
    QTest::newRow("unsupported only") << u"fr de"_s << u"en"_s << en;
}

void TestProviderSignInI18n::byUiLocales()
{
    QFETCH(QString, uiLocales);
    QFETCH(QString, lang);
    QFETCH(QStringList, texts);
    // Accept-Language says something unsupported, so only ui_locales can choose.
    const HttpResult r = get(withUiLocales(uiLocales), "fr-FR, de;q=0.8");
    QCOMPARE(r.status, 200);
    QCOMPARE(langOf(r.body), lang);
    const QString html = QString::fromUtf8(r.body);
    for (const QString &t : texts)
        QVERIFY2(html.contains(t), qPrintable(t));
    bool present = false;
    QCOMPARE(hiddenValue(r.body, u"ui_locales"_s, &present), uiLocales);
    QVERIFY(present);
    QVERIFY(html.contains(u"<label for=\"username\">"_s));
    QVERIFY(html.contains(u"<label for=\"password\">"_s));
}

void TestProviderSignInI18n::byAcceptLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("heading");
    QTest::newRow("zh-HK") << QByteArray("zh-HK,zh;q=0.9,en;q=0.8") << u"zh-HK"_s << u"<h1>登入 Hong Kong Cloud</h1>"_s;
    QTest::newRow("zh-TW") << QByteArray("zh-TW") << u"zh-HK"_s << u"<h1>登入 Hong Kong Cloud</h1>"_s;
    QTest::newRow("zh-CN") << QByteArray("zh-CN,zh;q=0.9") << u"zh-CN"_s << u"<h1>登录 Hong Kong Cloud</h1>"_s;
    QTest::newRow("zh-Hans-CN") << QByteArray("zh-Hans-CN") << u"zh-CN"_s << u"<h1>登录 Hong Kong Cloud</h1>"_s;
    QTest::newRow("en") << QByteArray("en-US,en;q=0.9") << u"en"_s << u"<h1>Sign in to Hong Kong Cloud</h1>"_s;
    QTest::newRow("q order") << QByteArray("en;q=0.3, zh-CN;q=0.5, zh-HK;q=0.9") << u"zh-HK"_s
                             << u"<h1>登入 Hong Kong Cloud</h1>"_s;
    QTest::newRow("q=0 excluded") << QByteArray("zh-CN;q=0, en;q=0.1") << u"en"_s
                                  << u"<h1>Sign in to Hong Kong Cloud</h1>"_s;
    QTest::newRow("skip unsupported") << QByteArray("fr-FR, ja;q=0.9, zh-SG;q=0.5") << u"zh-CN"_s
                                      << u"<h1>登录 Hong Kong Cloud</h1>"_s;
    QTest::newRow("fallback") << QByteArray("fr-FR, de;q=0.5, *;q=0.1") << u"en"_s
                              << u"<h1>Sign in to Hong Kong Cloud</h1>"_s;
    QTest::newRow("garbage") << QByteArray(";;;q=,,,<script>") << u"en"_s
                             << u"<h1>Sign in to Hong Kong Cloud</h1>"_s;
}

void TestProviderSignInI18n::byAcceptLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, lang);
    QFETCH(QString, heading);
    const HttpResult r = get(authorizeQuery(), acceptLanguage);
    QCOMPARE(r.status, 200);
    QCOMPARE(langOf(r.body), lang);
    QVERIFY2(QString::fromUtf8(r.body).contains(heading), r.body.constData());
    bool present = true;
    hiddenValue(r.body, u"ui_locales"_s, &present);
    QVERIFY(!present); // nothing to carry when the query had none
}

void TestProviderSignInI18n::uiLocalesBeatsAcceptLanguage()
{
    const HttpResult r = get(withUiLocales(u"zh-CN"_s), "zh-HK, en;q=0.5");
    QCOMPARE(langOf(r.body), u"zh-CN"_s);
    const HttpResult r2 = get(withUiLocales(u"en"_s), "zh-HK");
    QCOMPARE(langOf(r2.body), u"en"_s);
    // None of ui_locales is supported: Accept-Language decides.
    const HttpResult r3 = get(withUiLocales(u"fr"_s), "zh-HK");
    QCOMPARE(langOf(r3.body), u"zh-HK"_s);
}

void TestProviderSignInI18n::wrongPasswordFormKeepsLanguage_data()
{
    QTest::addColumn<QString>("uiLocales");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("heading");
    QTest::newRow("en") << u"en"_s << u"en"_s << u"The username or password is not correct."_s
                        << u"<h1>Sign in to Hong Kong Cloud</h1>"_s;
    QTest::newRow("zh-HK") << u"zh-HK"_s << u"zh-HK"_s << u"用戶名稱或密碼不正確。"_s << u"<h1>登入 Hong Kong Cloud</h1>"_s;
    QTest::newRow("zh-CN") << u"zh-CN"_s << u"zh-CN"_s << u"用户名或密码不正确。"_s << u"<h1>登录 Hong Kong Cloud</h1>"_s;
}

void TestProviderSignInI18n::wrongPasswordFormKeepsLanguage()
{
    QFETCH(QString, uiLocales);
    QFETCH(QString, lang);
    QFETCH(QString, message);
    QFETCH(QString, heading);
    const HttpResult form = get(withUiLocales(uiLocales), "fr");
    QCOMPARE(form.status, 200);
    auto fields = HttpTestClient::hiddenFields(form.body);
    QVERIFY(fields.contains(qMakePair(u"ui_locales"_s, uiLocales)));
    fields << qMakePair(u"username"_s, u"alice"_s) << qMakePair(u"password"_s, u"wrong"_s);
    const HttpResult post = m_http->postForm(u"/oauth/authorize"_s, fields);
    QCOMPARE(post.status, 401);
    QCOMPARE(langOf(post.body), lang);
    const QString html = QString::fromUtf8(post.body);
    QVERIFY2(html.contains(u"role=\"alert\" id=\"error\">"_s + message), qPrintable(html));
    QVERIFY(html.contains(heading));
    // Carried again, so a second attempt stays in the same language.
    QCOMPARE(hiddenValue(post.body, u"ui_locales"_s), uiLocales);
}

void TestProviderSignInI18n::errorPageTranslated_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("uiLocales");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("texts");
    const QString ok = testRedirectUri();
    QTest::newRow("client en") << u"someone-else"_s << ok << u"en"_s << u"en"_s
                               << QStringList{u"<h1>Unknown application</h1>"_s, u"close this window"_s};
    QTest::newRow("client zh-HK") << u"someone-else"_s << ok << u"zh-HK"_s << u"zh-HK"_s
                                  << QStringList{u"<title>不明的應用程式</title>"_s, u"<h1>不明的應用程式</h1>"_s,
                                                 u"並未在 Hong Kong Cloud 登記"_s, u"關閉此視窗"_s};
    QTest::newRow("client zh-CN") << u"someone-else"_s << ok << u"zh-CN"_s << u"zh-CN"_s
                                  << QStringList{u"<h1>未知的应用</h1>"_s, u"未在 Hong Kong Cloud 注册"_s,
                                                 u"关闭此窗口"_s};
    QTest::newRow("redirect en") << u"privacy-dashboard"_s << u"https://evil.example/cb"_s << u"en"_s << u"en"_s
                                 << QStringList{u"<h1>Invalid sign-in request</h1>"_s, u"loopback address"_s};
    QTest::newRow("redirect zh-HK") << u"privacy-dashboard"_s << u"https://evil.example/cb"_s << u"zh-TW"_s
                                    << u"zh-HK"_s << QStringList{u"<h1>登入要求無效</h1>"_s, u"本機環回地址"_s};
    QTest::newRow("redirect zh-CN") << u"privacy-dashboard"_s << u"http://localhost:1/cb"_s << u"zh-Hans"_s
                                    << u"zh-CN"_s << QStringList{u"<h1>登录请求无效</h1>"_s, u"环回地址"_s};
}

void TestProviderSignInI18n::errorPageTranslated()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QFETCH(QString, uiLocales);
    QFETCH(QString, lang);
    QFETCH(QStringList, texts);
    const HttpResult r = get(withUiLocales(uiLocales, authorizeQuery(u"s"_s, u"S256"_s, redirectUri, clientId)), "fr");
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("location").isEmpty());
    QCOMPARE(langOf(r.body), lang);
    const QString html = QString::fromUtf8(r.body);
    for (const QString &t : texts)
        QVERIFY2(html.contains(t), qPrintable(t));

    // And by Accept-Language alone.
    if (lang != u"en") {
        const HttpResult byHeader = get(authorizeQuery(u"s"_s, u"S256"_s, redirectUri, clientId), lang.toLatin1());
        QCOMPARE(byHeader.status, 400);
        QCOMPARE(langOf(byHeader.body), lang);
        QVERIFY(QString::fromUtf8(byHeader.body).contains(texts.first()));
    }
}

void TestProviderSignInI18n::badUiLocalesIgnoredSafely_data()
{
    QTest::addColumn<QString>("uiLocales");
    QTest::newRow("markup") << u"zh-HK\"><script>alert(1)</script>"_s;
    QTest::newRow("too long") << (u"zh-HK "_s + QString(100, u'a'));
    QTest::newRow("underscore") << u"zh_HK"_s;
    QTest::newRow("comma") << u"zh-HK,en"_s;
    QTest::newRow("non-ascii") << u"中文"_s;
}

void TestProviderSignInI18n::badUiLocalesIgnoredSafely()
{
    // Decision: a malformed ui_locales is not an error (the page is still usable); it is ignored,
    // the language follows Accept-Language, and it is not carried in the form.
    QFETCH(QString, uiLocales);
    const HttpResult r = get(withUiLocales(uiLocales), "zh-CN");
    QCOMPARE(r.status, 200);
    QCOMPARE(langOf(r.body), u"zh-CN"_s);
    bool present = true;
    hiddenValue(r.body, u"ui_locales"_s, &present);
    QVERIFY(!present);
    QVERIFY(!r.body.contains("<script>"));
    QVERIFY(!r.body.contains("alert(1)"));

    // Posted straight to the form endpoint, it is likewise ignored and never echoed.
    auto fields = HttpTestClient::hiddenFields(get(authorizeQuery(), "en").body);
    fields << qMakePair(u"ui_locales"_s, uiLocales) << qMakePair(u"username"_s, u"<b>x</b>"_s)
           << qMakePair(u"password"_s, u"wrong"_s);
    const HttpResult post = m_http->postForm(u"/oauth/authorize"_s, fields);
    QCOMPARE(post.status, 401);
    QVERIFY(!post.body.contains("<script>"));
    QVERIFY(!post.body.contains("<b>x</b>"));
    QVERIFY(post.body.contains("&lt;b&gt;x&lt;/b&gt;"));
    hiddenValue(post.body, u"ui_locales"_s, &present);
    QVERIFY(!present);
}

void TestProviderSignInI18n::fullFlowWithUiLocales()
{
    // ui_locales in the query is accepted (not an unknown parameter) and does not disturb sign-in.
    const HttpResult form = get(withUiLocales(u"zh-HK en"_s), "en");
    QCOMPARE(form.status, 200);
    QVERIFY(!form.isProblem());
    auto fields = HttpTestClient::hiddenFields(form.body);
    fields << qMakePair(u"username"_s, u"alice"_s) << qMakePair(u"password"_s, u"demo-alice"_s);
    const HttpResult post = m_http->postForm(u"/oauth/authorize"_s, fields);
    QCOMPARE(post.status, 302);
    const QUrl location(QString::fromUtf8(post.header("location")));
    const QUrlQuery q(location);
    QCOMPARE(q.queryItemValue(u"state"_s), u"st-123"_s);
    QVERIFY(!q.queryItemValue(u"code"_s).isEmpty());
    QVERIFY(!location.toString().contains(u"ui_locales"_s));
    QVERIFY(exchangeCode(*m_http, q.queryItemValue(u"code"_s, QUrl::FullyDecoded)).status == 200);
}

QTEST_GUILESS_MAIN(TestProviderSignInI18n)
#include "tst_provider_signin_i18n.moc"
