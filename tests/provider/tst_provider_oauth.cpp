// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's OAuth 2.0 endpoints, driven over real HTTP the way a browser and the app do.
#include "HttpTestClient.h"
#include "ProviderProcess.h"

#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

class TestProviderOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInFormIsAccessible();
    void fullFlowAsBrowser();
    void wrongPassword();
    void echoedInputIsEscaped();
    void cancelRedirectsAccessDenied();
    void wrongVerifierRefusedWithoutConsumingCode();
    void malformedVerifierRefused();
    void plainMethodRefused();
    void missingStateOrChallengeRedirectsError();
    void badClientOrRedirectUriNeverRedirects_data();
    void badClientOrRedirectUriNeverRedirects();
    void redirectUriMustMatchAtTokenStep();
    void codeUsedTwiceRevokesTokens();
    void refreshRotation();
    void reusedRefreshTokenRevokesFamily();
    void revokeAccessToken();
    void revokeRefreshTokenRevokesFamily();
    void revokeUnknownTokenIsOk();
    void tokenEndpointErrors();
    void oversizedBodyRefused();
    void shortLivedTokensAndCodesExpire();
    void restartKeepsTokens();

private:
    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
};

void TestProviderOAuth::initTestCase()
{
    m_provider = std::make_unique<ProviderProcess>(QStringList{u"--scale"_s, u"200"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
}

void TestProviderOAuth::signInFormIsAccessible()
{
    const HttpResult r = m_http->get(authorizeQuery());
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("text/html"));
    QCOMPARE(r.header("cache-control"), "no-store");
    const QString html = QString::fromUtf8(r.body);
    QVERIFY(html.contains(u"<html lang=\"en\">"_s));
    QVERIFY(html.contains(u"<h1>Sign in to Hong Kong Cloud</h1>"_s));
    QVERIFY(html.contains(u"<label for=\"username\">"_s));
    QVERIFY(html.contains(u"id=\"username\""_s));
    QVERIFY(html.contains(u"<label for=\"password\">"_s));
    QVERIFY(html.contains(u"id=\"password\""_s));
    const auto hidden = HttpTestClient::hiddenFields(r.body);
    QVERIFY(hidden.contains(qMakePair(u"state"_s, u"st-123"_s)));
    QVERIFY(hidden.contains(qMakePair(u"redirect_uri"_s, testRedirectUri())));
}

void TestProviderOAuth::fullFlowAsBrowser()
{
    const HttpResult form = m_http->get(authorizeQuery(u"state with spaces & symbols"_s));
    QCOMPARE(form.status, 200);
    auto fields = HttpTestClient::hiddenFields(form.body);
    fields << qMakePair(u"username"_s, u"alice"_s) << qMakePair(u"password"_s, u"demo-alice"_s);
    const HttpResult post = m_http->postForm(u"/oauth/authorize"_s, fields);
    QCOMPARE(post.status, 302);
    const QUrl location(QString::fromUtf8(post.header("location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), testRedirectUri());
    const QUrlQuery q(location);
    QCOMPARE(q.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"state with spaces & symbols"_s);
    const QString code = q.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const HttpResult token = exchangeCode(*m_http, code);
    QCOMPARE(token.status, 200);
    QCOMPARE(token.header("cache-control"), "no-store");
    const QJsonObject o = token.json();
    QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(o.value(u"expires_in"_s).toInt(), 300);
    QCOMPARE(o.value(u"scope"_s).toString(), u"profile"_s);
    const Tokens t = tokensFrom(token);
    QVERIFY(t.ok());
    QVERIFY(t.access != t.refresh);

    const HttpResult me = m_http->get(u"/v1/me"_s, t.access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"username"_s).toString(), u"alice"_s);
}

void TestProviderOAuth::wrongPassword()
{
    const HttpResult form = m_http->get(authorizeQuery());
    auto fields = HttpTestClient::hiddenFields(form.body);
    for (const auto &[user, pass] : {qMakePair(u"alice"_s, u"demo-bob"_s), qMakePair(u"nobody"_s, u"demo-alice"_s),
                                     qMakePair(u"alice"_s, QString())}) {
        auto f = fields;
        f << qMakePair(u"username"_s, user) << qMakePair(u"password"_s, pass);
        const HttpResult r = m_http->postForm(u"/oauth/authorize"_s, f);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("location").isEmpty());
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(u"The username or password is not correct"_s));
        QVERIFY(html.contains(u"<label for=\"password\">"_s)); // the form again
        QVERIFY(!html.contains(pass.isEmpty() ? u"\x01"_s : pass)); // never echo the password
    }
}

void TestProviderOAuth::echoedInputIsEscaped()
{
    const HttpResult form = m_http->get(authorizeQuery(u"\"><script>alert(1)</script>"_s));
    QCOMPARE(form.status, 200);
    QVERIFY(!form.body.contains("<script>"));
    QVERIFY(form.body.contains("&lt;script&gt;"));
    auto fields = HttpTestClient::hiddenFields(form.body);
    QVERIFY(fields.contains(qMakePair(u"state"_s, u"\"><script>alert(1)</script>"_s)));
    fields << qMakePair(u"username"_s, u"<b>x</b>\""_s) << qMakePair(u"password"_s, u"x"_s);
    const HttpResult r = m_http->postForm(u"/oauth/authorize"_s, fields);
    QCOMPARE(r.status, 401);
    QVERIFY(!r.body.contains("<b>x</b>"));
    QVERIFY(r.body.contains("&lt;b&gt;x&lt;/b&gt;&quot;"));
    QVERIFY(!r.body.contains("<script>"));
}

void TestProviderOAuth::cancelRedirectsAccessDenied()
{
    const HttpResult form = m_http->get(authorizeQuery());
    auto fields = HttpTestClient::hiddenFields(form.body);
    fields << qMakePair(u"cancel"_s, u"1"_s);
    const HttpResult r = m_http->postForm(u"/oauth/authorize"_s, fields);
    QCOMPARE(r.status, 302);
    const QUrlQuery q(QUrl(QString::fromUtf8(r.header("location"))));
    QCOMPARE(q.queryItemValue(u"error"_s), u"access_denied"_s);
    QCOMPARE(q.queryItemValue(u"state"_s), u"st-123"_s);
    QVERIFY(!q.hasQueryItem(u"code"_s));
}

void TestProviderOAuth::wrongVerifierRefusedWithoutConsumingCode()
{
    const QString code = obtainCode(*m_http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(!code.isEmpty());
    const HttpResult bad = exchangeCode(*m_http, code, u"A"_s.repeated(43));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.isProblem());
    QCOMPARE(bad.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(bad.problemType(), u"invalid-grant"_s);
    // Nothing changed state: the legitimate client can still finish.
    QCOMPARE(exchangeCode(*m_http, code).status, 200);
}

void TestProviderOAuth::malformedVerifierRefused()
{
    const QString code = obtainCode(*m_http, u"alice"_s, u"demo-alice"_s);
    const HttpResult r = exchangeCode(*m_http, code, u"short"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_request"_s);
    QCOMPARE(r.problemType(), u"invalid-request"_s);
}

void TestProviderOAuth::plainMethodRefused()
{
    const HttpResult r = m_http->get(authorizeQuery(u"st-plain"_s, u"plain"_s));
    QCOMPARE(r.status, 302);
    const QUrl location(QString::fromUtf8(r.header("location")));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), testRedirectUri());
    const QUrlQuery q(location);
    QCOMPARE(q.queryItemValue(u"error"_s), u"invalid_request"_s);
    QCOMPARE(q.queryItemValue(u"state"_s), u"st-plain"_s);
    QVERIFY(!q.hasQueryItem(u"code"_s));
    // POSTing the form with plain is refused the same way.
    auto fields = QList<QPair<QString, QString>>{{u"response_type"_s, u"code"_s}, {u"client_id"_s, u"privacy-dashboard"_s},
                                                 {u"redirect_uri"_s, testRedirectUri()}, {u"state"_s, u"s"_s},
                                                 {u"code_challenge"_s, testChallenge()}, {u"code_challenge_method"_s, u"plain"_s},
                                                 {u"username"_s, u"alice"_s}, {u"password"_s, u"demo-alice"_s}};
    const HttpResult post = m_http->postForm(u"/oauth/authorize"_s, fields);
    QCOMPARE(post.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(post.header("location")))).queryItemValue(u"error"_s), u"invalid_request"_s);
}

void TestProviderOAuth::missingStateOrChallengeRedirectsError()
{
    const QString noState = u"/oauth/authorize?response_type=code&client_id=privacy-dashboard&redirect_uri="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(testRedirectUri())) + u"&code_challenge="_s + testChallenge()
        + u"&code_challenge_method=S256"_s;
    const HttpResult r = m_http->get(noState);
    QCOMPARE(r.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(r.header("location")))).queryItemValue(u"error"_s), u"invalid_request"_s);

    const QString noChallenge = u"/oauth/authorize?response_type=code&client_id=privacy-dashboard&redirect_uri="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(testRedirectUri())) + u"&state=x&code_challenge_method=S256"_s;
    const HttpResult r2 = m_http->get(noChallenge);
    QCOMPARE(r2.status, 302);
    const QUrlQuery q(QUrl(QString::fromUtf8(r2.header("location"))));
    QCOMPARE(q.queryItemValue(u"error"_s), u"invalid_request"_s);
    QCOMPARE(q.queryItemValue(u"state"_s), u"x"_s);
}

void TestProviderOAuth::badClientOrRedirectUriNeverRedirects_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("unknown client") << u"someone-else"_s << testRedirectUri();
    QTest::newRow("https elsewhere") << u"privacy-dashboard"_s << u"https://evil.example/cb"_s;
    QTest::newRow("localhost name") << u"privacy-dashboard"_s << u"http://localhost:53682/callback"_s;
    QTest::newRow("no port") << u"privacy-dashboard"_s << u"http://127.0.0.1/callback"_s;
    QTest::newRow("other loopback") << u"privacy-dashboard"_s << u"http://127.0.0.2:53682/callback"_s;
    QTest::newRow("userinfo") << u"privacy-dashboard"_s << u"http://evil@127.0.0.1:53682/callback"_s;
    QTest::newRow("fragment") << u"privacy-dashboard"_s << u"http://127.0.0.1:53682/callback#x"_s;
    QTest::newRow("empty") << u"privacy-dashboard"_s << QString();
}

void TestProviderOAuth::badClientOrRedirectUriNeverRedirects()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    const HttpResult r = m_http->get(authorizeQuery(u"s"_s, u"S256"_s, redirectUri, clientId));
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("location").isEmpty());
    QVERIFY(r.header("content-type").startsWith("text/html"));
    QVERIFY(r.body.contains("lang=\"en\""));
}

void TestProviderOAuth::redirectUriMustMatchAtTokenStep()
{
    const QString code = obtainCode(*m_http, u"alice"_s, u"demo-alice"_s);
    const HttpResult r = exchangeCode(*m_http, code, testVerifier(), u"http://127.0.0.1:53683/callback"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestProviderOAuth::codeUsedTwiceRevokesTokens()
{
    const QString code = obtainCode(*m_http, u"alice"_s, u"demo-alice"_s);
    const HttpResult first = exchangeCode(*m_http, code);
    QCOMPARE(first.status, 200);
    const Tokens t = tokensFrom(first);
    QCOMPARE(m_http->get(u"/v1/me"_s, t.access).status, 200);

    const HttpResult second = exchangeCode(*m_http, code);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(second.problemType(), u"invalid-grant"_s);
    QVERIFY(second.json().value(u"access_token"_s).isUndefined());

    // Everything issued from that code is withdrawn.
    const HttpResult me = m_http->get(u"/v1/me"_s, t.access);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.problemType(), u"invalid-token"_s);
    QCOMPARE(refreshTokens(*m_http, t.refresh).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestProviderOAuth::refreshRotation()
{
    const Tokens t = signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(t.ok());
    const HttpResult r = refreshTokens(*m_http, t.refresh);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("cache-control"), "no-store");
    const Tokens t2 = tokensFrom(r);
    QVERIFY(t2.ok());
    QVERIFY(t2.access != t.access);
    QVERIFY(t2.refresh != t.refresh);
    QCOMPARE(m_http->get(u"/v1/me"_s, t2.access).status, 200);
    // The next rotation works from the new token.
    const HttpResult r3 = refreshTokens(*m_http, t2.refresh);
    QCOMPARE(r3.status, 200);
    QCOMPARE(m_http->get(u"/v1/me"_s, tokensFrom(r3).access).status, 200);
}

void TestProviderOAuth::reusedRefreshTokenRevokesFamily()
{
    const Tokens t = signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    const Tokens t2 = tokensFrom(refreshTokens(*m_http, t.refresh));
    QVERIFY(t2.ok());
    // An unrelated sign-in must survive what follows.
    const Tokens other = signIn(*m_http, u"alice"_s, u"demo-alice"_s);

    const HttpResult replay = refreshTokens(*m_http, t.refresh);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value(u"error"_s).toString(), u"invalid_grant"_s);

    QCOMPARE(m_http->get(u"/v1/me"_s, t2.access).status, 401);
    QCOMPARE(m_http->get(u"/v1/me"_s, t.access).status, 401);
    QCOMPARE(refreshTokens(*m_http, t2.refresh).status, 400);
    QCOMPARE(m_http->get(u"/v1/me"_s, other.access).status, 200);
    QCOMPARE(refreshTokens(*m_http, other.refresh).status, 200);
}

void TestProviderOAuth::revokeAccessToken()
{
    const Tokens t = signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    const HttpResult r = m_http->postForm(u"/oauth/revoke"_s, {{u"token"_s, QString::fromLatin1(t.access)},
                                                              {u"token_type_hint"_s, u"access_token"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_http->get(u"/v1/me"_s, t.access).status, 401);
    // Revoking one access token leaves the sign-in itself alive.
    QCOMPARE(refreshTokens(*m_http, t.refresh).status, 200);
}

void TestProviderOAuth::revokeRefreshTokenRevokesFamily()
{
    const Tokens t = signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    const HttpResult r = m_http->postForm(u"/oauth/revoke"_s, {{u"token"_s, QString::fromLatin1(t.refresh)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_http->get(u"/v1/me"_s, t.access).status, 401);
    QCOMPARE(refreshTokens(*m_http, t.refresh).status, 400);
}

void TestProviderOAuth::revokeUnknownTokenIsOk()
{
    QCOMPARE(m_http->postForm(u"/oauth/revoke"_s, {{u"token"_s, u"not-a-token"_s}}).status, 200);
}

void TestProviderOAuth::tokenEndpointErrors()
{
    const HttpResult json = m_http->send("POST", u"/oauth/token"_s, "{}", "application/json");
    QCOMPARE(json.status, 415);
    QCOMPARE(json.problemType(), u"unsupported-media-type"_s);

    const HttpResult grant = m_http->postForm(u"/oauth/token"_s, {{u"grant_type"_s, u"password"_s},
                                                                 {u"client_id"_s, u"privacy-dashboard"_s}});
    QCOMPARE(grant.status, 400);
    QCOMPARE(grant.json().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
    QCOMPARE(grant.problemType(), u"unsupported-grant-type"_s);

    const HttpResult client = m_http->postForm(u"/oauth/token"_s, {{u"grant_type"_s, u"refresh_token"_s},
                                                                  {u"refresh_token"_s, u"x"_s},
                                                                  {u"client_id"_s, u"other"_s}});
    QCOMPARE(client.status, 401);
    QCOMPARE(client.json().value(u"error"_s).toString(), u"invalid_client"_s);
    QCOMPARE(client.problemType(), u"invalid-client"_s);

    const HttpResult missing = m_http->postForm(u"/oauth/token"_s, {{u"client_id"_s, u"privacy-dashboard"_s}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json().value(u"error"_s).toString(), u"invalid_request"_s);

    const HttpResult unknownCode = exchangeCode(*m_http, u"no-such-code-0123456789"_s);
    QCOMPARE(unknownCode.status, 400);
    QCOMPARE(unknownCode.json().value(u"error"_s).toString(), u"invalid_grant"_s);

    const HttpResult param = m_http->send("POST", u"/oauth/token?debug=1"_s, "grant_type=refresh_token");
    QCOMPARE(param.status, 400);
    QCOMPARE(param.problemType(), u"unknown-parameter"_s);

    const HttpResult get = m_http->get(u"/oauth/token"_s);
    QCOMPARE(get.status, 405);
    QCOMPARE(get.problemType(), u"method-not-allowed"_s);
    QCOMPARE(get.header("allow"), "POST");

    const HttpResult authorizeExtra = m_http->get(authorizeQuery() + u"&prompt=none"_s);
    QCOMPARE(authorizeExtra.status, 400);
    QCOMPARE(authorizeExtra.problemType(), u"unknown-parameter"_s);
}

void TestProviderOAuth::oversizedBodyRefused()
{
    const QByteArray big = "token=" + QByteArray(70 * 1024, 'a');
    const HttpResult r = m_http->send("POST", u"/oauth/revoke"_s, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.problemType(), u"payload-too-large"_s);
}

void TestProviderOAuth::shortLivedTokensAndCodesExpire()
{
    // Expiry on the provider's own clock, moved forward by POST /test/clock: nothing waits for time
    // to pass. Shorter lifetimes than the defaults prove --token-ttl and --code-ttl are used.
    ProviderProcess shortLived({u"--scale"_s, u"10"_s, u"--token-ttl"_s, u"60"_s, u"--code-ttl"_s, u"30"_s,
                                u"--test-hooks"_s});
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    HttpTestClient http(shortLived.url());

    const Tokens t = signIn(http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(t.ok());
    QVERIFY2(shortLived.advanceClock(30), qPrintable(shortLived.errorString()));
    QCOMPARE(http.get(u"/v1/me"_s, t.access).status, 200); // half its life: still good
    QVERIFY2(shortLived.advanceClock(30), qPrintable(shortLived.errorString()));
    const HttpResult expired = http.get(u"/v1/me"_s, t.access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.problemType(), u"invalid-token"_s);
    QVERIFY(expired.header("www-authenticate").contains("invalid_token"));
    // The refresh token outlives the access token.
    const HttpResult refreshed = refreshTokens(http, t.refresh);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().value(u"expires_in"_s).toInt(), 60);

    const QString code = obtainCode(http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(!code.isEmpty());
    QVERIFY2(shortLived.advanceClock(30), qPrintable(shortLived.errorString()));
    const HttpResult late = exchangeCode(http, code);
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json().value(u"error"_s).toString(), u"invalid_grant"_s);

    // A refresh token lives 30 days.
    const QByteArray refresh = refreshed.json().value(u"refresh_token"_s).toString().toUtf8();
    QVERIFY(!refresh.isEmpty());
    QVERIFY2(shortLived.advanceClock(30LL * 24 * 3600), qPrintable(shortLived.errorString()));
    const HttpResult stale = refreshTokens(http, refresh);
    QCOMPARE(stale.status, 400);
    QCOMPARE(stale.json().value(u"error"_s).toString(), u"invalid_grant"_s);

    // The clock only moves forward, by a sensible amount, and only by POST.
    QCOMPARE(http.send("POST", u"/test/clock?advance=0"_s, {}, {}).status, 400);
    QCOMPARE(http.send("POST", u"/test/clock?advance=-5"_s, {}, {}).status, 400);
    QCOMPARE(http.send("POST", u"/test/clock?advance=soon"_s, {}, {}).status, 400);
    QCOMPARE(http.send("POST", u"/test/clock?advance=5&by=me"_s, {}, {}).status, 400);
    QCOMPARE(http.get(u"/test/clock?advance=5"_s).status, 405);

    // Without --test-hooks the test endpoints do not exist.
    QCOMPARE(m_http->send("POST", u"/test/append-events?account=alice&servers=1"_s, {}, {}).status, 404);
    QCOMPARE(m_http->send("POST", u"/test/clock?advance=3600"_s, {}, {}).status, 404);
}

void TestProviderOAuth::restartKeepsTokens()
{
    const Tokens t = signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(t.ok());
    QVERIFY2(m_provider->restart(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    const HttpResult me = m_http->get(u"/v1/me"_s, t.access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"account_id"_s).toString(), u"C-1001"_s);
    QCOMPARE(refreshTokens(*m_http, t.refresh).status, 200);
    QVERIFY(signIn(*m_http, u"bob"_s, u"demo-bob"_s).ok());
}

QTEST_GUILESS_MAIN(TestProviderOAuth)
#include "tst_provider_oauth.moc"
