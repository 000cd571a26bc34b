// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient against a loopback server the test answers itself: paths resolved under the base URL,
// the bearer token sent there and nowhere else, a 401 answered by exactly one token refresh shared
// by every call in flight and one retry each, what a refused or failed refresh does, the OAuth
// form calls. The same flow against the real provider is in tst_signin_sync.
#include "LocalHttpServer.h"

#include "api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QSslError>
#include <QTest>

using namespace pd;
using pd::test::LocalHttpServer;

namespace {

using Reply = LocalHttpServer::Reply;
using Request = LocalHttpServer::Request;

const QByteArray kNewPair = R"({"access_token":"access-2","refresh_token":"refresh-2","token_type":"Bearer","expires_in":300})";

/// The provider's answers for these tests: /oauth/token hands out the second pair (or what
/// `tokenReply` says), and resources accept only the token in `valid`.
struct Provider
{
    LocalHttpServer server;
    QString valid = QStringLiteral("access-2");
    std::function<Reply()> tokenReply = [] { return Reply::json(200, kNewPair); };
    std::function<void()> onTokenRequest;

    Provider()
    {
        server.setHandler([this](const Request &r) {
            if (r.path == QLatin1String("/oauth/token")) {
                if (onTokenRequest)
                    onTokenRequest();
                return tokenReply();
            }
            if (r.path == QLatin1String("/oauth/revoke"))
                return Reply::json(200, {});
            if (r.header("authorization") != "Bearer " + valid.toUtf8())
                return Reply::problem(401, R"({"type":"/problems/invalid-token","title":"Invalid or missing access token"})");
            return Reply::json(200, R"({"path":")" + r.path.toUtf8() + R"("})");
        });
    }
    QList<Request> requestsTo(const QString &path) const
    {
        QList<Request> out;
        for (const Request &r : server.requests())
            if (r.path == path)
                out.append(r);
        return out;
    }
};

/// Waits until every job has finished; their responses in order of finishing.
QList<ApiResponse> finish(const QList<ApiJob *> &jobs)
{
    auto out = std::make_shared<QList<ApiResponse>>();
    for (ApiJob *job : jobs)
        QObject::connect(job, &ApiJob::finished, job, [out](const ApiResponse &r) { out->append(r); });
    (void)QTest::qWaitFor([&] { return out->size() >= jobs.size(); }, 30000);
    return *out;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resolveStaysUnderTheBase_data();
    void resolveStaysUnderTheBase();
    void getSendsTheTokenToTheBaseOrigin();
    void tokensNeverGoToAnotherOrigin();
    void jobDeletesItselfAfterFinished();
    void unauthorizedRefreshesOnceThenRetries();
    void concurrentUnauthorizedShareOneRefresh();
    void retryRefusedAgainIsNotRefreshedTwice();
    void refusedRefreshEndsTheSession();
    void failedRefreshKeepsTheSession();
    void noRefreshTokenEndsTheSessionWithoutAsking();
    void rotationWithoutNewRefreshTokenKeepsTheOld();
    void callStartedDuringRefreshWaitsForTheNewToken();
    void heldCallsWaitForTheTokensThenGoInOrder();
    void droppedHoldFailsTheCallsUnsent();
    void unreachableProviderFailsTheHeldCallsAtOnce();
    void retryAsksInTheLanguageOfNow();
    void formCallsCarryNoBearerAndAreNotRefreshed();
    void revokeSendsTheRefreshToken();
    void tlsProblemSaysWhy_data();
    void tlsProblemSaysWhy();

private:
    std::unique_ptr<Provider> m_provider;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
};

void TestApiClient::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_provider = std::make_unique<Provider>();
    QVERIFY(m_provider->server.listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    m_api->setBaseUrl(m_provider->server.url());
    m_api->setTokens({QStringLiteral("access-1"), QStringLiteral("refresh-1"), 300});
}

void TestApiClient::cleanup()
{
    m_api.reset();
    m_nam.reset();
    m_provider.reset();
    QLocale::setDefault(QLocale::c());
}

void TestApiClient::resolveStaysUnderTheBase_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << "https://p.example/" << "/v1/me" << "https://p.example/v1/me";
    QTest::newRow("no slash") << "https://p.example" << "/v1/me" << "https://p.example/v1/me";
    QTest::newRow("prefix") << "https://p.example/api/" << "/v1/me" << "https://p.example/api/v1/me";
    QTest::newRow("prefix, no slash") << "https://p.example/api" << "/v1/me" << "https://p.example/api/v1/me";
    QTest::newRow("port") << "http://127.0.0.1:8080/" << "/oauth/token" << "http://127.0.0.1:8080/oauth/token";
    // A path never changes the origin, whatever it looks like.
    QTest::newRow("scheme-relative path") << "https://p.example/" << "//evil.example/x" << "https://p.example//evil.example/x";
}

void TestApiClient::resolveStaysUnderTheBase()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    m_api->setBaseUrl(QUrl(base));
    const QUrl u = m_api->resolve(path);
    QCOMPARE(u.toString(), expected);
    QCOMPARE(u.host(), QUrl(base).host());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), QStringLiteral("a b&c"));
    QCOMPARE(m_api->resolve(path, q).query(QUrl::FullyDecoded), QStringLiteral("cursor=a b&c"));
}

void TestApiClient::getSendsTheTokenToTheBaseOrigin()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
    m_provider->valid = QStringLiteral("access-1");
    const auto r = finish({m_api->get(QStringLiteral("/v1/me/usage/servers"), q, "\"etag-1\"")});
    QCOMPARE(r.size(), 1);
    QVERIFY(r.at(0).ok());
    const Request sent = m_provider->server.requests().constFirst();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.target, QByteArray("/v1/me/usage/servers?limit=5"));
    QCOMPARE(sent.header("authorization"), QByteArray("Bearer access-1"));
    QCOMPARE(sent.header("if-none-match"), QByteArray("\"etag-1\""));
    QCOMPARE(sent.header("host"), QStringLiteral("127.0.0.1:%1").arg(m_provider->server.url().port()).toUtf8());
    QCOMPARE(m_api->refreshCount(), 0);
}

void TestApiClient::tokensNeverGoToAnotherOrigin()
{
    // The tokens came from m_provider. The app is then pointed at another server on another port
    // (someone else's): nothing of the tokens reaches it, not the access token, not a refresh, not
    // a revocation; every call says why.
    Provider other;
    QVERIFY(other.server.listen());
    QVERIFY(other.server.url().port() != m_provider->server.url().port());
    const QString issuer = m_api->tokenOrigin();
    QCOMPARE(issuer, QStringLiteral("http://127.0.0.1:%1").arg(m_provider->server.url().port()));
    m_api->setBaseUrl(other.server.url());
    QVERIFY(!m_api->mayCarryTokens(m_api->resolve(QStringLiteral("/v1/me"))));

    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    const auto r = finish({m_api->get(QStringLiteral("/v1/me")),
                           m_api->send("POST", QStringLiteral("/v1/me/requests"), "{}", "application/json")});
    QCOMPARE(r.size(), 2);
    for (const ApiResponse &one : r) {
        QCOMPARE(one.error.code, ErrorCode::OtherProvider);
        QVERIFY2(one.error.detail.contains(issuer), qPrintable(one.error.detail));
    }
    QVERIFY(m_api->revoke() == nullptr);
    QCOMPARE(other.server.connections(), 0);
    QVERIFY(other.server.requests().isEmpty());

    // With only a refresh token (the access token gone), a call goes out bare, and the other
    // server's 401 would start a refresh: the refresh token is not sent there either.
    m_api->setBaseUrl(m_provider->server.url());
    m_api->setTokens({QString(), QStringLiteral("refresh-1"), 0});
    m_api->setBaseUrl(other.server.url());
    QCOMPARE(finish({m_api->get(QStringLiteral("/v1/me"))}).at(0).error.code, ErrorCode::OtherProvider);
    QCOMPARE(other.server.requests().size(), 1);
    for (const Request &sent : other.server.requests()) {
        QCOMPARE(sent.path, QStringLiteral("/v1/me"));
        QVERIFY(sent.header("authorization").isEmpty());
        QVERIFY(!sent.body.contains("refresh-1"));
    }
    QVERIFY(other.requestsTo(QStringLiteral("/oauth/token")).isEmpty());
    QCOMPARE(expired.count(), 0); // the session is not over: it belongs elsewhere
    QCOMPARE(m_api->tokens().refreshToken, QStringLiteral("refresh-1"));
    m_api->setTokens({QStringLiteral("access-1"), QStringLiteral("refresh-1"), 300}, issuer);

    // The same host with another scheme is another origin too; the issuer's own address works.
    m_api->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_provider->server.url().port())));
    QVERIFY(!m_api->mayCarryTokens(m_api->resolve(QStringLiteral("/v1/me"))));
    m_api->setBaseUrl(m_provider->server.url());
    m_provider->valid = QStringLiteral("access-1");
    QVERIFY(finish({m_api->get(QStringLiteral("/v1/me"))}).at(0).ok());
}

void TestApiClient::jobDeletesItselfAfterFinished()
{
    m_provider->valid = QStringLiteral("access-1");
    QPointer<ApiJob> job = m_api->get(QStringLiteral("/v1/me"));
    QSignalSpy finished(job.data(), &ApiJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(job.isNull());
}

void TestApiClient::unauthorizedRefreshesOnceThenRetries()
{
    QSignalSpy refreshed(m_api.get(), &ApiClient::tokensRefreshed);
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    const auto r = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(r.size(), 1);
    QVERIFY2(r.at(0).ok(), qPrintable(r.at(0).error.detail));
    QCOMPARE(r.at(0).body, QByteArray(R"({"path":"/v1/me"})"));

    const auto me = m_provider->requestsTo(QStringLiteral("/v1/me"));
    QCOMPARE(me.size(), 2);
    QCOMPARE(me.at(0).header("authorization"), QByteArray("Bearer access-1"));
    QCOMPARE(me.at(1).header("authorization"), QByteArray("Bearer access-2"));
    const auto token = m_provider->requestsTo(QStringLiteral("/oauth/token"));
    QCOMPARE(token.size(), 1);
    QCOMPARE(token.at(0).method, QByteArray("POST"));
    QVERIFY(!token.at(0).headers.contains("authorization"));
    QCOMPARE(token.at(0).header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    const QUrlQuery form = token.at(0).form();
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("privacy-dashboard"));

    QCOMPARE(m_api->refreshCount(), 1);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(refreshed.at(0).at(0).value<TokenPair>().accessToken, QStringLiteral("access-2"));
    QCOMPARE(m_api->tokens().accessToken, QStringLiteral("access-2"));
    QCOMPARE(m_api->tokens().refreshToken, QStringLiteral("refresh-2"));
    QCOMPARE(expired.count(), 0);
}

void TestApiClient::concurrentUnauthorizedShareOneRefresh()
{
    QList<ApiJob *> jobs;
    for (int i = 0; i < 8; ++i)
        jobs.append(m_api->get(QStringLiteral("/v1/me/%1").arg(i)));
    const auto r = finish(jobs);
    QCOMPARE(r.size(), 8);
    for (const ApiResponse &one : r)
        QVERIFY2(one.ok(), qPrintable(one.error.detail));
    QCOMPARE(m_provider->requestsTo(QStringLiteral("/oauth/token")).size(), 1);
    QCOMPARE(m_api->refreshCount(), 1);
    // Each call went out at most twice: once with the old token, once with the new.
    for (int i = 0; i < 8; ++i) {
        const auto sent = m_provider->requestsTo(QStringLiteral("/v1/me/%1").arg(i));
        QVERIFY(!sent.isEmpty() && sent.size() <= 2);
        QCOMPARE(sent.constLast().header("authorization"), QByteArray("Bearer access-2"));
    }
}

void TestApiClient::retryRefusedAgainIsNotRefreshedTwice()
{
    m_provider->valid = QStringLiteral("nothing is valid");
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    const auto r = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).status, 401);
    QCOMPARE(r.at(0).error.code, ErrorCode::Unauthorized);
    QCOMPARE(m_provider->requestsTo(QStringLiteral("/v1/me")).size(), 2);
    QCOMPARE(m_provider->requestsTo(QStringLiteral("/oauth/token")).size(), 1);
    QCOMPARE(m_api->refreshCount(), 1);
    QCOMPARE(expired.count(), 0); // the refresh itself worked; this call is refused
}

void TestApiClient::refusedRefreshEndsTheSession()
{
    m_provider->tokenReply = [] {
        return Reply::json(400, R"({"error":"invalid_grant","title":"Invalid grant","status":400})");
    };
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    QSignalSpy refreshed(m_api.get(), &ApiClient::tokensRefreshed);
    const auto r = finish({m_api->get(QStringLiteral("/v1/me")), m_api->get(QStringLiteral("/v1/me/devices"))});
    QCOMPARE(r.size(), 2);
    for (const ApiResponse &one : r) {
        QCOMPARE(one.status, 401);
        QCOMPARE(one.error.code, ErrorCode::Unauthorized);
    }
    QCOMPARE(expired.count(), 1);
    QCOMPARE(expired.at(0).at(0).value<Error>().code, ErrorCode::Unauthorized);
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(m_provider->requestsTo(QStringLiteral("/oauth/token")).size(), 1);
    QCOMPARE(m_api->tokens().accessToken, QStringLiteral("access-1"));
}

void TestApiClient::failedRefreshKeepsTheSession()
{
    // The token endpoint cannot be reached: not the end of the session, only of this attempt.
    m_provider->tokenReply = [] { return Reply::drop(); };
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    const auto r = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).status, 0);
    QCOMPARE(r.at(0).error.code, ErrorCode::Network);
    QCOMPARE(expired.count(), 0);
    QCOMPARE(m_api->tokens().refreshToken, QStringLiteral("refresh-1"));

    // Back online, the next 401 refreshes again, with the same refresh token, and succeeds.
    m_provider->tokenReply = [] { return Reply::json(200, kNewPair); };
    const auto again = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(again.size(), 1);
    QVERIFY(again.at(0).ok());
    QCOMPARE(m_api->refreshCount(), 2);
    const auto token = m_provider->requestsTo(QStringLiteral("/oauth/token"));
    QVERIFY(token.size() >= 2);
    QCOMPARE(token.constLast().form().queryItemValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-1"));
}

void TestApiClient::noRefreshTokenEndsTheSessionWithoutAsking()
{
    m_api->setTokens({QStringLiteral("access-1"), QString(), 300});
    QSignalSpy expired(m_api.get(), &ApiClient::sessionExpired);
    const auto r = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).error.code, ErrorCode::Unauthorized);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(m_provider->requestsTo(QStringLiteral("/oauth/token")).size(), 0);
}

void TestApiClient::rotationWithoutNewRefreshTokenKeepsTheOld()
{
    m_provider->tokenReply = [] {
        return Reply::json(200, R"({"access_token":"access-2","token_type":"Bearer","expires_in":300})");
    };
    const auto r = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(r.size(), 1);
    QVERIFY(r.at(0).ok());
    QCOMPARE(m_api->tokens().accessToken, QStringLiteral("access-2"));
    QCOMPARE(m_api->tokens().refreshToken, QStringLiteral("refresh-1"));
}

void TestApiClient::callStartedDuringRefreshWaitsForTheNewToken()
{
    // While the refresh is under way, a new call is not sent with the token known to be stale.
    ApiJob *late = nullptr;
    m_provider->onTokenRequest = [this, &late] {
        if (!late)
            late = m_api->get(QStringLiteral("/v1/me/late"));
    };
    m_provider->tokenReply = [] { return Reply::hold(); };
    ApiJob *first = m_api->get(QStringLiteral("/v1/me"));
    QSignalSpy firstDone(first, &ApiJob::finished);
    QTRY_VERIFY(late != nullptr);
    QSignalSpy lateDone(late, &ApiJob::finished);
    QVERIFY(m_provider->requestsTo(QStringLiteral("/v1/me/late")).isEmpty());
    QVERIFY(m_provider->server.answerHeld(Reply::json(200, kNewPair)));
    QVERIFY(lateDone.wait(10000));
    QTRY_COMPARE(firstDone.count(), 1);
    QVERIFY(lateDone.at(0).at(0).value<ApiResponse>().ok());
    QVERIFY(firstDone.at(0).at(0).value<ApiResponse>().ok());
    const auto sent = m_provider->requestsTo(QStringLiteral("/v1/me/late"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).header("authorization"), QByteArray("Bearer access-2"));
    QCOMPARE(m_api->refreshCount(), 1);
}

void TestApiClient::heldCallsWaitForTheTokensThenGoInOrder()
{
    // At start the app opens its copy before the keychain answers: calls made meanwhile wait, unsent,
    // and go out with the tokens once they are known; form calls (no bearer) are not held.
    m_api->clearTokens();
    m_api->holdForTokens();
    m_provider->valid = QStringLiteral("access-k");
    QList<ApiJob *> jobs;
    for (const QString &path : {QStringLiteral("/v1/me/a"), QStringLiteral("/v1/me/b"), QStringLiteral("/v1/me/c")})
        jobs.append(m_api->get(path));
    QSignalSpy firstDone(jobs.constFirst(), &ApiJob::finished);
    const auto form = finish({m_api->postForm(QStringLiteral("/oauth/revoke"), {})});
    QCOMPARE(form.size(), 1);
    // The form call, and the probe that found the provider there (it carries no token).
    QTRY_COMPARE(m_provider->server.requests().size(), 2);
    QVERIFY(!firstDone.wait(300)); // still waiting for the tokens
    const auto probes = m_provider->requestsTo(QStringLiteral("/v1/policy/versions"));
    QCOMPARE(probes.size(), 1);
    QVERIFY(probes.at(0).header("authorization").isEmpty());
    QVERIFY(m_api->isHoldingForTokens());

    m_api->setTokens({QStringLiteral("access-k"), QStringLiteral("refresh-k"), 300});
    QVERIFY(!m_api->isHoldingForTokens());
    const auto r = finish(jobs);
    QCOMPARE(r.size(), 3);
    for (const ApiResponse &each : r)
        QVERIFY2(each.ok(), qPrintable(each.error.detail));
    const auto sent = m_provider->server.requests();
    QCOMPARE(sent.size(), 5);
    QStringList order;
    for (qsizetype i = 2; i < sent.size(); ++i) {
        order << sent.at(i).path;
        QCOMPARE(sent.at(i).header("authorization"), QByteArray("Bearer access-k"));
    }
    QCOMPARE(order, (QStringList{QStringLiteral("/v1/me/a"), QStringLiteral("/v1/me/b"), QStringLiteral("/v1/me/c")}));
    QCOMPARE(m_api->refreshCount(), 0);
}

void TestApiClient::droppedHoldFailsTheCallsUnsent()
{
    // The keychain had no tokens: the waiting calls fail with the reason given, nothing is sent,
    // and calls made afterwards are no longer held.
    m_api->clearTokens();
    m_api->holdForTokens();
    ApiJob *held = m_api->get(QStringLiteral("/v1/me"));
    QSignalSpy done(held, &ApiJob::finished);
    QVERIFY(!done.wait(200));
    m_api->dropHeld(Error::make(ErrorCode::Cancelled, QStringLiteral("closed")));
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(0).value<ApiResponse>().error.code, ErrorCode::Cancelled);
    QVERIFY(m_provider->requestsTo(QStringLiteral("/v1/me")).isEmpty()); // nothing that needs the tokens went out
    QVERIFY(!m_api->isHoldingForTokens());
    const auto after = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).status, 401); // sent, without a token
    QCOMPARE(m_provider->requestsTo(QStringLiteral("/v1/me")).size(), 1);
}

void TestApiClient::unreachableProviderFailsTheHeldCallsAtOnce()
{
    // Offline at start: the calls waiting for the keychain fail as soon as the probe finds nobody
    // at the address, with the error they would have met, not after the keychain's answer.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connections are refused
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    m_api->clearTokens();
    m_api->holdForTokens();
    const auto r = finish({m_api->get(QStringLiteral("/v1/me")), m_api->get(QStringLiteral("/v1/me/devices"))});
    QCOMPARE(r.size(), 2);
    for (const ApiResponse &each : r) {
        QCOMPARE(each.error.code, ErrorCode::Network);
        QCOMPARE(each.status, 0);
    }
    // Still waiting for the tokens: a later call is held, probes again and fails the same way.
    QVERIFY(m_api->isHoldingForTokens());
    const auto again = finish({m_api->get(QStringLiteral("/v1/me"))});
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).error.code, ErrorCode::Network);
    QVERIFY(m_api->isHoldingForTokens());

    // The provider is there: the probe gets an answer, and the calls wait for the tokens again.
    m_api->setBaseUrl(m_provider->server.url());
    ApiJob *held = m_api->get(QStringLiteral("/v1/me"));
    QSignalSpy done(held, &ApiJob::finished);
    QTRY_COMPARE(m_provider->requestsTo(QStringLiteral("/v1/policy/versions")).size(), 1);
    QVERIFY(!done.wait(200));
    m_provider->valid = QStringLiteral("access-k");
    m_api->setTokens({QStringLiteral("access-k"), QStringLiteral("refresh-k"), 300});
    QVERIFY(done.wait(5000));
    QVERIFY(done.at(0).at(0).value<ApiResponse>().ok());
    QVERIFY(m_provider->server.requests().constFirst().header("authorization").isEmpty());
}

void TestApiClient::retryAsksInTheLanguageOfNow()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_provider->onTokenRequest = [] { QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::HongKong)); };
    const auto r = finish({m_api->get(QStringLiteral("/v1/me/sharing"))});
    QCOMPARE(r.size(), 1);
    QVERIFY(r.at(0).ok());
    const auto sent = m_provider->requestsTo(QStringLiteral("/v1/me/sharing"));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).header("accept-language"), QByteArray("zh-CN, zh;q=0.8, en;q=0.5"));
    QCOMPARE(sent.at(1).header("accept-language"), QByteArray("zh-HK, zh;q=0.8, en;q=0.5"));
}

void TestApiClient::formCallsCarryNoBearerAndAreNotRefreshed()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), QStringLiteral("a+b c"));
    m_provider->tokenReply = [] { return Reply::json(401, R"({"error":"invalid_client"})"); };
    const auto r = finish({m_api->postForm(QStringLiteral("/oauth/token"), form)});
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).status, 401);
    QCOMPARE(r.at(0).error.code, ErrorCode::Unauthorized);
    const auto sent = m_provider->requestsTo(QStringLiteral("/oauth/token"));
    QCOMPARE(sent.size(), 1); // not re-sent, and no refresh of its own
    QVERIFY(!sent.at(0).headers.contains("authorization"));
    QCOMPARE(m_api->refreshCount(), 0);
    // In x-www-form-urlencoded a '+' is a space (the provider's parser reads it so), so a '+' in a
    // value must go as %2B.
    QCOMPARE(sent.at(0).form().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("a+b c"));
}

void TestApiClient::revokeSendsTheRefreshToken()
{
    const auto r = finish({m_api->revoke()});
    QCOMPARE(r.size(), 1);
    QVERIFY(r.at(0).ok());
    const auto sent = m_provider->requestsTo(QStringLiteral("/oauth/revoke"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).method, QByteArray("POST"));
    QVERIFY(!sent.at(0).headers.contains("authorization"));
    const QUrlQuery form = sent.at(0).form();
    QCOMPARE(form.queryItemValue(QStringLiteral("token")), QStringLiteral("refresh-1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("token_type_hint")), QStringLiteral("refresh_token"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("privacy-dashboard"));
}

void TestApiClient::tlsProblemSaysWhy_data()
{
    QTest::addColumn<QList<int>>("errors");
    QTest::addColumn<QString>("handshake");
    QTest::addColumn<int>("problem");
    using E = QSslError;
    const auto row = [](const char *name, QList<E::SslError> codes, const char *handshake, TlsProblem p) {
        QList<int> errors;
        for (E::SslError c : codes)
            errors << int(c);
        QTest::newRow(name) << errors << QString::fromLatin1(handshake) << int(p);
    };
    row("expired", {E::CertificateExpired}, "", TlsProblem::Expired);
    row("not yet valid", {E::CertificateNotYetValid}, "", TlsProblem::NotYetValid);
    row("self-signed", {E::SelfSignedCertificate}, "", TlsProblem::SelfSigned);
    row("self-signed in chain", {E::SelfSignedCertificateInChain}, "", TlsProblem::SelfSigned);
    row("unknown CA", {E::UnableToGetLocalIssuerCertificate, E::UnableToVerifyFirstCertificate}, "", TlsProblem::Untrusted);
    row("wrong host", {E::HostNameMismatch}, "", TlsProblem::HostName);
    // Not trusted says more than its dates or name: an attacker's certificate is usually all three.
    row("untrusted and expired", {E::CertificateExpired, E::HostNameMismatch, E::UnableToGetLocalIssuerCertificate}, "",
        TlsProblem::Untrusted);
    row("expired and wrong host", {E::HostNameMismatch, E::CertificateExpired}, "", TlsProblem::Expired);
    row("server alert", {}, "Error during SSL handshake: error:0A00042E:SSL routines::tlsv1 alert protocol version",
        TlsProblem::OldProtocol);
    row("client refusal", {}, "error:0A000102:SSL routines::unsupported protocol", TlsProblem::OldProtocol);
    row("other handshake failure", {}, "Error during SSL handshake: error:0A000410:SSL routines::sslv3 alert handshake failure",
        TlsProblem::Unknown);
    row("other certificate error", {E::CertificateBlacklisted}, "", TlsProblem::Unknown);
}

void TestApiClient::tlsProblemSaysWhy()
{
    QFETCH(QList<int>, errors);
    QFETCH(QString, handshake);
    QFETCH(int, problem);
    QList<QSslError> sslErrors;
    for (int c : std::as_const(errors))
        sslErrors << QSslError(QSslError::SslError(c));
    QCOMPARE(int(ApiJob::tlsProblem(sslErrors, handshake)), problem);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
