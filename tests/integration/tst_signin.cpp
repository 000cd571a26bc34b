// SPDX-License-Identifier: GPL-3.0-or-later
// SignIn on its own: the RFC 8252 loopback listener and PKCE S256. The authorize URL it makes, a
// real sign-in through the provider's page (BrowserDriver) into the listener, the code exchange
// carrying the verifier that matches the challenge, and every way the redirect can go wrong:
// forged state (refused, and the real redirect still taken), access_denied, no code, a refused code, a timeout, cancel (also during the
// exchange). Exactly one redirect is accepted; the listener is gone afterwards.
#include "BrowserDriver.h"
#include "LocalHttpServer.h"
#include "ProviderProcess.h"

#include "api/ApiClient.h"
#include "auth/Pkce.h"
#include "auth/SignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using pd::test::BrowserDriver;
using pd::test::LocalHttpServer;
using pd::test::ProviderProcess;

namespace {

using Reply = LocalHttpServer::Reply;

struct HttpPage
{
    int status = 0; ///< 0: nothing listens there
    QByteArray body;
};

HttpPage httpGet(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkReply *r = nam.get(QNetworkRequest(url));
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(30000);
    HttpPage p{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll()};
    delete r;
    return p;
}

QString item(const QUrl &url, const char *key)
{
    return QUrlQuery(url).queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

bool isBase64Url(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return re.match(s).hasMatch();
}

/// A SignIn on an ApiClient whose base is `base`, with spies on its signals.
struct Flow
{
    QNetworkAccessManager nam;
    ApiClient api{&nam};
    SignIn signIn{&api};
    QSignalSpy url{&signIn, &SignIn::browserUrlReady};
    QSignalSpy succeeded{&signIn, &SignIn::succeeded};
    QSignalSpy failed{&signIn, &SignIn::failed};

    explicit Flow(const QUrl &base) { api.setBaseUrl(base); }
    QUrl authorizeUrl() const { return url.isEmpty() ? QUrl() : url.constLast().at(0).toUrl(); }
    /// The redirect the provider would send the browser to, with `query` (state filled in unless given).
    QUrl redirect(QUrlQuery query) const
    {
        if (!query.hasQueryItem(QStringLiteral("state")))
            query.addQueryItem(QStringLiteral("state"), item(authorizeUrl(), "state"));
        QUrl u = signIn.redirectUri();
        u.setQuery(query);
        return u;
    }
    ErrorCode failure() const { return failed.isEmpty() ? ErrorCode::None : failed.constLast().at(0).value<Error>().code; }
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void authorizeUrlAsksForCodeWithS256();
    void eachStartIsFreshAndCancelsTheLast();
    void realSignInThroughTheBrowser();
    void exchangeSendsTheVerifierOfTheChallenge();
    void forgedStateIsRefused_data();
    void forgedStateIsRefused();
    void wrongStateThenTheRealSignInCompletes();
    void accessDeniedInTheBrowser();
    void cancelledOnTheProvidersPage();
    void otherErrorFromTheProvider();
    void redirectWithoutCode();
    void refusedCodeFailsTheSignIn();
    void otherPathsAndMethodsKeepWaiting();
    void oversizedRequestIsDropped();
    void floodIsCutAtTheCap();
    void noRedirectTimesOut();
    void cancelClosesTheListener();
    void cancelDuringTheExchangeWins();

private:
    ProviderProcess m_provider;
};

void TestSignIn::initTestCase()
{
    qRegisterMetaType<pd::Error>();
    qRegisterMetaType<pd::TokenPair>();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
}

void TestSignIn::authorizeUrlAsksForCodeWithS256()
{
    Flow f(m_provider.url());
    f.signIn.start();
    QCOMPARE(f.url.count(), 1);
    QVERIFY(f.signIn.isActive());
    const QUrl url = f.authorizeUrl();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), m_provider.url().resolved(QUrl(QStringLiteral("/oauth/authorize"))));
    QCOMPARE(item(url, "response_type"), QStringLiteral("code"));
    QCOMPARE(item(url, "client_id"), QStringLiteral("privacy-dashboard"));
    QCOMPARE(item(url, "code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(item(url, "ui_locales"), QStringLiteral("en"));
    // RFC 7636: the challenge is BASE64URL(SHA-256), 43 characters without padding.
    const QString challenge = item(url, "code_challenge");
    QCOMPARE(challenge.size(), 43);
    QVERIFY(isBase64Url(challenge));
    // 16 random bytes of state.
    const QString state = item(url, "state");
    QCOMPARE(state.size(), 22);
    QVERIFY(isBase64Url(state));
    // RFC 8252 7.3: the loopback IP literal (not "localhost"), a port of our own, one path.
    const QUrl redirect(item(url, "redirect_uri"));
    QCOMPARE(redirect, f.signIn.redirectUri());
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));
    QCOMPARE(f.failed.count(), 0);
    f.signIn.cancel();
}

void TestSignIn::eachStartIsFreshAndCancelsTheLast()
{
    Flow f(m_provider.url());
    f.signIn.start();
    const QUrl first = f.authorizeUrl();
    const QUrl firstRedirect = f.signIn.redirectUri();
    f.signIn.start();
    QCOMPARE(f.url.count(), 2);
    QCOMPARE(f.failed.count(), 1); // the first one, cancelled
    QCOMPARE(f.failure(), ErrorCode::Cancelled);
    const QUrl second = f.authorizeUrl();
    QVERIFY(item(first, "state") != item(second, "state"));
    QVERIFY(item(first, "code_challenge") != item(second, "code_challenge"));
    // The first listener is closed: its redirect cannot reach anything.
    QUrl stale = firstRedirect;
    stale.setQuery(QStringLiteral("code=c&state=") + item(first, "state"));
    if (firstRedirect.port() != f.signIn.redirectUri().port())
        QCOMPARE(httpGet(f.nam, stale).status, 0);
    f.signIn.cancel();
}

void TestSignIn::realSignInThroughTheBrowser()
{
    Flow f(m_provider.url());
    f.signIn.start();
    QString landing;
    QVERIFY(test::driveSignIn(f.authorizeUrl(), QStringLiteral("alice"), QStringLiteral("demo-alice"), &landing));
    QVERIFY2(landing.contains(QStringLiteral("You are signed in")), qPrintable(landing));
    QVERIFY(f.succeeded.count() == 1 || f.succeeded.wait(30000));
    QCOMPARE(f.failed.count(), 0);
    const TokenPair t = f.succeeded.at(0).at(0).value<TokenPair>();
    QVERIFY(!t.accessToken.isEmpty());
    QVERIFY(!t.refreshToken.isEmpty());
    QVERIFY(t.expiresIn > 0);
    QVERIFY(!f.signIn.isActive());
    // The tokens are real: the provider knows alice by them.
    f.api.setTokens(t);
    ApiJob *me = f.api.get(QStringLiteral("/v1/me"));
    QSignalSpy done(me, &ApiJob::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(done.at(0).at(0).value<ApiResponse>().body.contains("\"alice\""));
    // Exactly one redirect: the listener is gone, so a replay reaches nothing.
    QCOMPARE(httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("code=again")))).status, 0);
}

void TestSignIn::exchangeSendsTheVerifierOfTheChallenge()
{
    // The token endpoint is the test's own, to read the exchange as sent.
    LocalHttpServer tokenEndpoint;
    QVERIFY(tokenEndpoint.listen());
    tokenEndpoint.setHandler([](const auto &) {
        return Reply::json(200, R"({"access_token":"a-1","refresh_token":"r-1","token_type":"Bearer","expires_in":60})");
    });
    Flow f(tokenEndpoint.url());
    f.signIn.start();
    const HttpPage page = httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("code=the-code"))));
    QCOMPARE(page.status, 200);
    QVERIFY(f.succeeded.count() == 1 || f.succeeded.wait(10000));
    QCOMPARE(f.succeeded.at(0).at(0).value<TokenPair>().accessToken, QStringLiteral("a-1"));

    QCOMPARE(tokenEndpoint.requests().size(), 1);
    const LocalHttpServer::Request exchange = tokenEndpoint.requests().constFirst();
    QCOMPARE(exchange.method, QByteArray("POST"));
    QCOMPARE(exchange.path, QStringLiteral("/oauth/token"));
    const QUrlQuery form = exchange.form();
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(form.queryItemValue(QStringLiteral("code")), QStringLiteral("the-code"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("privacy-dashboard"));
    QCOMPARE(QUrl(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)), f.signIn.redirectUri());
    const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier")).toLatin1();
    QCOMPARE(verifier.size(), 43);
    QCOMPARE(pkce::challengeS256(verifier), item(f.authorizeUrl(), "code_challenge").toLatin1());
}

void TestSignIn::forgedStateIsRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("other state") << QStringLiteral("code=stolen&state=not-the-one");
    QTest::newRow("no state") << QStringLiteral("code=stolen&state=");
    QTest::newRow("error, other state") << QStringLiteral("error=access_denied&state=not-the-one");
}

void TestSignIn::forgedStateIsRefused()
{
    QFETCH(QString, query);
    LocalHttpServer tokenEndpoint;
    QVERIFY(tokenEndpoint.listen());
    Flow f(tokenEndpoint.url());
    QSignalSpy ignored(&f.signIn, &SignIn::requestIgnored);
    f.signIn.start();
    const QString real = item(f.authorizeUrl(), "state");
    const HttpPage page = httpGet(f.nam, f.redirect(QUrlQuery(query)));
    QCOMPARE(page.status, 400);
    QVERIFY2(page.body.contains("refused"), page.body.constData());
    QCOMPARE(ignored.count(), 1);
    // Refused, but it does not end the sign-in: anyone local could send it, and the real
    // redirect is still to come.
    QCOMPARE(f.failed.count(), 0);
    QVERIFY(f.signIn.isActive());
    QCOMPARE(tokenEndpoint.requests().size(), 0);
    // The real redirect (right state) is then taken, and its code (only its) exchanged.
    QSignalSpy exchanged(&tokenEndpoint, &LocalHttpServer::requestReceived);
    QCOMPARE(httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("code=real-code&state=") + real))).status, 200);
    QVERIFY(exchanged.count() == 1 || exchanged.wait(10000));
    QCOMPARE(tokenEndpoint.requests().size(), 1);
    QCOMPARE(tokenEndpoint.requests().at(0).form().queryItemValue(QStringLiteral("code")), QStringLiteral("real-code"));
    QCOMPARE(f.succeeded.count(), 0);
}

void TestSignIn::wrongStateThenTheRealSignInCompletes()
{
    Flow f(m_provider.url());
    f.signIn.start();
    QCOMPARE(httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("code=stolen&state=not-the-one")))).status, 400);
    QVERIFY(f.signIn.isActive());
    QVERIFY(test::driveSignIn(f.authorizeUrl(), QStringLiteral("bob"), QStringLiteral("demo-bob")));
    QVERIFY(f.succeeded.count() == 1 || f.succeeded.wait(30000));
    QCOMPARE(f.failed.count(), 0);
    QVERIFY(!f.succeeded.at(0).at(0).value<TokenPair>().accessToken.isEmpty());
}

void TestSignIn::accessDeniedInTheBrowser()
{
    Flow f(m_provider.url());
    f.signIn.start();
    const HttpPage page = httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("error=access_denied"))));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Sign-in cancelled"));
    QCOMPARE(f.failure(), ErrorCode::AccessDenied);
    QVERIFY(!f.signIn.isActive());
    QCOMPARE(f.succeeded.count(), 0);
}

void TestSignIn::cancelledOnTheProvidersPage()
{
    Flow f(m_provider.url());
    f.signIn.start();
    BrowserDriver browser;
    QSignalSpy done(&browser, &BrowserDriver::finished);
    browser.cancel(f.authorizeUrl());
    QVERIFY(done.wait(30000));
    QCOMPARE(browser.postStatus(), 302);
    QCOMPARE(item(browser.redirectedTo(), "error"), QStringLiteral("access_denied"));
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(f.failure(), ErrorCode::AccessDenied);
}

void TestSignIn::otherErrorFromTheProvider()
{
    Flow f(m_provider.url());
    f.signIn.start();
    QCOMPARE(httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("error=server_error")))).status, 200);
    QCOMPARE(f.failure(), ErrorCode::Provider);
    QCOMPARE(f.failed.constLast().at(0).value<Error>().detail, QStringLiteral("server_error"));
}

void TestSignIn::redirectWithoutCode()
{
    Flow f(m_provider.url());
    f.signIn.start();
    QCOMPARE(httpGet(f.nam, f.redirect(QUrlQuery())).status, 400);
    QCOMPARE(f.failure(), ErrorCode::Provider);
    QVERIFY(!f.signIn.isActive());
}

void TestSignIn::refusedCodeFailsTheSignIn()
{
    // The redirect is genuine (right state) but the provider does not know the code.
    Flow f(m_provider.url());
    f.signIn.start();
    QCOMPARE(httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("code=made-up-code")))).status, 200);
    QVERIFY(f.failed.count() == 1 || f.failed.wait(10000));
    const Error e = f.failed.at(0).at(0).value<Error>();
    QCOMPARE(e.code, ErrorCode::Provider);
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(f.succeeded.count(), 0);
    QVERIFY(!f.signIn.isActive());
}

void TestSignIn::otherPathsAndMethodsKeepWaiting()
{
    Flow f(m_provider.url());
    QSignalSpy ignored(&f.signIn, &SignIn::requestIgnored);
    f.signIn.start();
    QUrl favicon = f.signIn.redirectUri();
    favicon.setPath(QStringLiteral("/favicon.ico"));
    QCOMPARE(httpGet(f.nam, favicon).status, 404);
    // The callback path, with the right state even, but not a GET: 405, and the sign-in goes on.
    QNetworkReply *post = f.nam.post(QNetworkRequest(f.redirect(QUrlQuery(QStringLiteral("code=c")))), QByteArray("x"));
    QSignalSpy posted(post, &QNetworkReply::finished);
    QVERIFY(posted.wait(10000));
    QCOMPARE(post->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    QCOMPARE(post->rawHeader("Allow"), QByteArray("GET"));
    delete post;
    QNetworkReply *put = f.nam.put(QNetworkRequest(f.redirect(QUrlQuery(QStringLiteral("code=c")))), QByteArray("x"));
    QSignalSpy putDone(put, &QNetworkReply::finished);
    QVERIFY(putDone.wait(10000));
    QCOMPARE(put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    delete put;
    QUrl other = f.signIn.redirectUri();
    other.setPath(QStringLiteral("/callback/../admin"));
    QCOMPARE(httpGet(f.nam, other).status, 404);
    // Not HTTP at all.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, quint16(f.signIn.redirectUri().port()));
    QVERIFY(raw.waitForConnected(10000));
    raw.write("HELLO\r\n\r\n");
    QSignalSpy rawClosed(&raw, &QTcpSocket::disconnected);
    QVERIFY(rawClosed.wait(10000));
    QVERIFY(raw.readAll().startsWith("HTTP/1.1 400"));
    QCOMPARE(ignored.count(), 5);
    // None was the redirect: still listening, and the real one still works.
    QVERIFY(f.signIn.isActive());
    QCOMPARE(f.failed.count(), 0);
    QVERIFY(test::driveSignIn(f.authorizeUrl(), QStringLiteral("bob"), QStringLiteral("demo-bob")));
    QVERIFY(f.succeeded.count() == 1 || f.succeeded.wait(30000));
}

void TestSignIn::oversizedRequestIsDropped()
{
    Flow f(m_provider.url());
    f.signIn.start();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(f.signIn.redirectUri().port()));
    QVERIFY(s.waitForConnected(10000));
    s.write("GET /callback?junk=" + QByteArray(32 * 1024, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QSignalSpy closed(&s, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(10000));
    QVERIFY(s.readAll().isEmpty()); // dropped without an answer
    QVERIFY(f.signIn.isActive());
    QCOMPARE(f.failed.count(), 0);
    QVERIFY(f.signIn.bytesReceived() <= SignIn::kMaxRequestBytes);
    f.signIn.cancel();
}

void TestSignIn::floodIsCutAtTheCap()
{
    Flow f(m_provider.url());
    f.signIn.start();
    // 2 MB in one connection, never ending its headers: read no further than the cap, then cut.
    QTcpSocket flood;
    flood.connectToHost(QHostAddress::LocalHost, quint16(f.signIn.redirectUri().port()));
    QVERIFY(flood.waitForConnected(10000));
    QSignalSpy closed(&flood, &QTcpSocket::disconnected);
    flood.write("GET /callback?" + QByteArray(2 * 1024 * 1024, 'a'));
    QVERIFY(closed.count() > 0 || closed.wait(30000));
    QVERIFY2(f.signIn.bytesReceived() <= SignIn::kMaxRequestBytes, QByteArray::number(f.signIn.bytesReceived()).constData());
    // Many connections, each under the cap: together they cannot hold more than the total.
    std::vector<std::unique_ptr<QTcpSocket>> many;
    for (int i = 0; i < 40; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, quint16(f.signIn.redirectUri().port()));
        QVERIFY(s->waitForConnected(10000));
        s->write("GET /callback?" + QByteArray(SignIn::kMaxRequestBytes - 100, 'b'));
        many.push_back(std::move(s));
    }
    const qint64 cap = SignIn::kMaxRequestBytes + SignIn::kMaxHeldBytes;
    // Wait until every connection was either read whole or refused.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(many.begin(), many.end(),
                                         [](const auto &s) { return s->state() != QAbstractSocket::ConnectedState || s->bytesToWrite() == 0; }),
                             30000);
    QVERIFY2(f.signIn.bytesReceived() <= cap, QByteArray::number(f.signIn.bytesReceived()).constData());
    many.clear();
    // The sign-in is still waiting, and the real redirect still gets through.
    QVERIFY(f.signIn.isActive());
    QCOMPARE(f.failed.count(), 0);
    QVERIFY(test::driveSignIn(f.authorizeUrl(), QStringLiteral("bob"), QStringLiteral("demo-bob")));
    QVERIFY(f.succeeded.count() == 1 || f.succeeded.wait(30000));
}

void TestSignIn::noRedirectTimesOut()
{
    Flow f(m_provider.url());
    f.signIn.setTimeout(100);
    f.signIn.start();
    const QUrl redirect = f.redirect(QUrlQuery(QStringLiteral("code=late")));
    QVERIFY(f.failed.wait(10000));
    QCOMPARE(f.failure(), ErrorCode::Timeout);
    QVERIFY(!f.signIn.isActive());
    QCOMPARE(httpGet(f.nam, redirect).status, 0);
}

void TestSignIn::cancelClosesTheListener()
{
    Flow f(m_provider.url());
    f.signIn.cancel(); // not started: nothing to say
    QCOMPARE(f.failed.count(), 0);
    f.signIn.start();
    const QUrl redirect = f.redirect(QUrlQuery(QStringLiteral("code=c")));
    f.signIn.cancel();
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(f.failure(), ErrorCode::Cancelled);
    QVERIFY(!f.signIn.isActive());
    f.signIn.cancel();
    QCOMPARE(f.failed.count(), 1);
    QCOMPARE(httpGet(f.nam, redirect).status, 0);
}

void TestSignIn::cancelDuringTheExchangeWins()
{
    LocalHttpServer tokenEndpoint;
    QVERIFY(tokenEndpoint.listen());
    tokenEndpoint.setHandler([](const auto &) { return Reply::hold(); });
    Flow f(tokenEndpoint.url());
    f.signIn.start();
    QSignalSpy exchanging(&tokenEndpoint, &LocalHttpServer::requestReceived);
    QCOMPARE(httpGet(f.nam, f.redirect(QUrlQuery(QStringLiteral("code=c")))).status, 200);
    QVERIFY(exchanging.count() == 1 || exchanging.wait(10000));
    QVERIFY(f.signIn.isActive()); // exchanging
    f.signIn.cancel();
    QCOMPARE(f.failure(), ErrorCode::Cancelled);
    // The provider answers after all; once the app has dealt with that answer (its job is gone),
    // the sign-in must still be the cancelled one.
    QVERIFY(tokenEndpoint.answerHeld(
        Reply::json(200, R"({"access_token":"a","refresh_token":"r","token_type":"Bearer","expires_in":60})")));
    QTRY_VERIFY(f.api.findChildren<ApiJob *>().isEmpty());
    QCOMPARE(f.succeeded.count(), 0);
    QCOMPARE(f.failed.count(), 1);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
