// SPDX-License-Identifier: GPL-3.0-or-later
// One REST call (ApiJob) against a loopback server the test answers itself: the headers it sends
// (bearer only when asked, Accept, Accept-Language in the app's language), what a reply becomes
// (status, ETag, Retry-After, problem+json as an error value), the transfer timeout, the response
// size cap, redirects never followed, abort and re-send. The real provider is not needed here; the
// whole path against it is in tests/integration.
#include "LocalHttpServer.h"

#include "api/ApiJob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using pd::test::LocalHttpServer;

namespace {

using Reply = LocalHttpServer::Reply;

/// Remembers the transfer timeout each request asked for, and can shorten it so that a test sees
/// the timeout happen without waiting 30 s (createRequest is QNAM's own extension point).
class TimeoutNam : public QNetworkAccessManager
{
public:
    int shortenTo = 0;
    QList<int> asked;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        asked.append(request.transferTimeout());
        QNetworkRequest r = request;
        if (shortenTo > 0)
            r.setTransferTimeout(shortenTo);
        return QNetworkAccessManager::createRequest(op, r, data);
    }
};

ApiJob *makeJob(QNetworkAccessManager *nam, const QUrl &url, ApiJob::Auth auth = ApiJob::Auth::Bearer,
                const QByteArray &verb = "GET", const QByteArray &body = {})
{
    return new ApiJob(nam, verb, QNetworkRequest(url), body, auth);
}

/// Sends `job` and waits for what it makes of the reply.
std::optional<ApiResponse> run(ApiJob *job, const QString &token = QStringLiteral("access-1"))
{
    QSignalSpy replied(job, &ApiJob::replied);
    job->send(token);
    if (!replied.wait(30000))
        return std::nullopt;
    return replied.at(0).at(0).value<ApiResponse>();
}

} // namespace

class TestApiJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bearerSentOnlyWhenAsked();
    void acceptLanguageFollowsTheAppLanguage_data();
    void acceptLanguageFollowsTheAppLanguage();
    void acceptLanguageIsReadAtEachSend();
    void acceptLanguageChosenForTheCallIsKept();
    void verbBodyAndHeadersPassThrough();
    void successCarriesStatusBodyAndValidators_data();
    void successCarriesStatusBodyAndValidators();
    void problemBecomesAnErrorValue_data();
    void problemBecomesAnErrorValue();
    void unreachableIsANetworkError();
    void droppedConnectionIsANetworkError();
    void answerCutShortIsANetworkError();
    void timeoutIsThirtySecondsAndReportedAsTimeout();
    void responseLargerThanTheCapIsRefused();
    void redirectsAreNotFollowed();
    void abortFinishesOnceWithCancelled();
    void resendReplacesTheCallInFlight();
    void deletingTheJobClosesTheConnection();

private:
    LocalHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
};

void TestApiJob::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = new LocalHttpServer(this);
    QVERIFY(m_server->listen());
    m_nam = new QNetworkAccessManager(this);
}

void TestApiJob::cleanup()
{
    delete m_nam;
    delete m_server;
    QLocale::setDefault(QLocale::c());
}

void TestApiJob::bearerSentOnlyWhenAsked()
{
    m_server->setHandler([](const auto &) { return Reply::json(200, "{}"); });
    const QUrl url = m_server->url().resolved(QUrl(QStringLiteral("/v1/me")));
    std::unique_ptr<ApiJob> bearer(makeJob(m_nam, url));
    QVERIFY(run(bearer.get(), QStringLiteral("tok-123")));
    QCOMPARE(bearer->tokenUsed(), QStringLiteral("tok-123"));
    std::unique_ptr<ApiJob> anonymous(makeJob(m_nam, url, ApiJob::Auth::None));
    QVERIFY(run(anonymous.get(), QStringLiteral("tok-123")));
    QCOMPARE(anonymous->tokenUsed(), QString());

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).header("authorization"), QByteArray("Bearer tok-123"));
    QCOMPARE(requests.at(0).header("accept"), QByteArray("application/json, application/problem+json"));
    QVERIFY(!requests.at(1).headers.contains("authorization"));
    QCOMPARE(requests.at(1).header("accept"), QByteArray("application/json, application/problem+json"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/v1/me"));
}

void TestApiJob::acceptLanguageFollowsTheAppLanguage_data()
{
    QTest::addColumn<QLocale>("ui");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray hk = "zh-HK, zh;q=0.8, en;q=0.5";
    const QByteArray cn = "zh-CN, zh;q=0.8, en;q=0.5";
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QByteArray("en");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QByteArray("en");
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QByteArray("en");
    QTest::newRow("zh_HK") << QLocale(QLocale::Chinese, QLocale::HongKong) << hk;
    QTest::newRow("zh_TW") << QLocale(QLocale::Chinese, QLocale::Taiwan) << hk;
    QTest::newRow("zh_MO") << QLocale(QLocale::Chinese, QLocale::Macau) << hk;
    QTest::newRow("zh_Hant") << QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::AnyTerritory) << hk;
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << cn;
    QTest::newRow("zh_SG") << QLocale(QLocale::Chinese, QLocale::Singapore) << cn;
}

void TestApiJob::acceptLanguageFollowsTheAppLanguage()
{
    QFETCH(QLocale, ui);
    QFETCH(QByteArray, expected);
    QCOMPARE(ApiJob::acceptLanguage(ui), expected);
    // What goes on the wire is the app's language (the default QLocale), not the system's.
    QLocale::setDefault(ui);
    m_server->setHandler([](const auto &) { return Reply::json(200, "{}"); });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    QVERIFY(run(job.get()));
    QCOMPARE(m_server->requests().constLast().header("accept-language"), expected);
}

void TestApiJob::acceptLanguageIsReadAtEachSend()
{
    m_server->setHandler([](const auto &) { return Reply::json(200, "{}"); });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(run(job.get()));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::HongKong));
    QVERIFY(run(job.get())); // as ApiClient re-sends after a token refresh
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).header("accept-language"), QByteArray("zh-CN, zh;q=0.8, en;q=0.5"));
    QCOMPARE(m_server->requests().at(1).header("accept-language"), QByteArray("zh-HK, zh;q=0.8, en;q=0.5"));
}

void TestApiJob::acceptLanguageChosenForTheCallIsKept()
{
    // The sync asks for the policy in each language, whatever the app's language is.
    m_server->setHandler([](const auto &) { return Reply::json(200, "{}"); });
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QNetworkRequest req(m_server->url().resolved(QUrl(QStringLiteral("/v1/policy"))));
    req.setRawHeader("Accept-Language", "zh-CN");
    std::unique_ptr<ApiJob> job(new ApiJob(m_nam, "GET", req, {}, ApiJob::Auth::Bearer));
    QVERIFY(run(job.get()));
    QVERIFY(run(job.get())); // re-sent after a token refresh: still the language chosen
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).header("accept-language"), QByteArray("zh-CN"));
    QCOMPARE(m_server->requests().at(1).header("accept-language"), QByteArray("zh-CN"));
}

void TestApiJob::verbBodyAndHeadersPassThrough()
{
    m_server->setHandler([](const auto &) { return Reply::json(200, "{}"); });
    QNetworkRequest req(m_server->url().resolved(QUrl(QStringLiteral("/v1/me/personal/email"))));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("If-Match", "\"abc\"");
    req.setRawHeader("Idempotency-Key", "k-1");
    std::unique_ptr<ApiJob> job(new ApiJob(m_nam, "PATCH", req, R"({"value":"a@example.com"})", ApiJob::Auth::Bearer));
    QVERIFY(run(job.get()));
    const auto r = m_server->requests().constFirst();
    QCOMPARE(r.method, QByteArray("PATCH"));
    QCOMPARE(r.body, QByteArray(R"({"value":"a@example.com"})"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.header("if-match"), QByteArray("\"abc\""));
    QCOMPARE(r.header("idempotency-key"), QByteArray("k-1"));
    QCOMPARE(job->url(), req.url());
}

void TestApiJob::successCarriesStatusBodyAndValidators_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("200") << 200 << QByteArray(R"({"account_id":"C-1"})");
    QTest::newRow("201") << 201 << QByteArray(R"({"id":"R-1"})");
    QTest::newRow("204") << 204 << QByteArray();
    QTest::newRow("304") << 304 << QByteArray();
}

void TestApiJob::successCarriesStatusBodyAndValidators()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->setHandler([&](const auto &) {
        Reply r = Reply::json(status, body);
        r.headers = {{"ETag", "\"v1\""}, {"Retry-After", "7"}};
        return r;
    });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    const auto r = run(job.get());
    QVERIFY(r);
    QVERIFY(r->ok());
    QCOMPARE(r->status, status);
    QCOMPARE(r->body, body);
    QCOMPARE(r->etag, QByteArray("\"v1\""));
    QCOMPARE(r->retryAfter, QByteArray("7"));
}

void TestApiJob::problemBecomesAnErrorValue_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("detail");
    const QByteArray problem = R"({"type":"/problems/invalid-cursor","title":"Invalid cursor","status":400,)"
                               R"("detail":"The cursor belongs to another account."})";
    QTest::newRow("400 problem") << 400 << problem << ErrorCode::Provider << QStringLiteral("/problems/invalid-cursor")
                                 << QStringLiteral("The cursor belongs to another account.");
    QTest::newRow("401") << 401 << QByteArray(R"({"type":"/problems/invalid-token","title":"Invalid token"})")
                         << ErrorCode::Unauthorized << QStringLiteral("/problems/invalid-token") << QStringLiteral("Invalid token");
    QTest::newRow("403") << 403 << QByteArray(R"({"type":"/problems/forbidden","title":"No"})") << ErrorCode::Forbidden
                         << QStringLiteral("/problems/forbidden") << QStringLiteral("No");
    QTest::newRow("404") << 404 << QByteArray(R"({"type":"/problems/not-found","title":"Not found"})") << ErrorCode::NotFound
                         << QStringLiteral("/problems/not-found") << QStringLiteral("Not found");
    QTest::newRow("429 with Retry-After") << 429 << QByteArray(R"({"type":"/problems/too-many","title":"Slow down"})")
                                          << ErrorCode::Provider << QStringLiteral("/problems/too-many") << QStringLiteral("Slow down");
    QTest::newRow("500 not a problem") << 500 << QByteArray("<html>oops</html>") << ErrorCode::Provider << QString() << QString();
    QTest::newRow("503 empty") << 503 << QByteArray() << ErrorCode::Provider << QString() << QString();
}

void TestApiJob::problemBecomesAnErrorValue()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCode, code);
    QFETCH(QString, type);
    QFETCH(QString, detail);
    m_server->setHandler([&](const auto &) {
        Reply r = Reply::problem(status, body);
        r.headers = {{"Retry-After", "120"}};
        return r;
    });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    const auto r = run(job.get());
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->status, status);
    QCOMPARE(r->error.code, code);
    QCOMPARE(r->error.httpStatus, status);
    QCOMPARE(r->error.problemType, type);
    QCOMPARE(r->error.detail, detail);
    QCOMPARE(r->body, body); // kept for callers that read more of the problem (e.g. a conflict)
    QCOMPARE(r->retryAfter, QByteArray("120"));
}

void TestApiJob::unreachableIsANetworkError()
{
    QUrl closed = m_server->url();
    delete m_server; // nothing listens on that port any more
    m_server = nullptr;
    std::unique_ptr<ApiJob> job(makeJob(m_nam, closed));
    const auto r = run(job.get());
    QVERIFY(r);
    QCOMPARE(r->status, 0);
    QCOMPARE(r->error.code, ErrorCode::Network);
}

void TestApiJob::droppedConnectionIsANetworkError()
{
    m_server->setHandler([](const auto &) { return Reply::drop(); });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    const auto r = run(job.get());
    QVERIFY(r);
    QCOMPARE(r->status, 0);
    QCOMPARE(r->error.code, ErrorCode::Network);
}

void TestApiJob::answerCutShortIsANetworkError()
{
    // The status line said 200, then the provider died half way through the body: what arrived is
    // incomplete, never a success (the sync would call it "invalid data" instead of "offline").
    m_server->setHandler([](const auto &) { return Reply::cutShort(200, QByteArray(R"({"items": [], "next_cursor": "abcdefgh"})")); });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    const auto r = run(job.get());
    QVERIFY(r);
    QCOMPARE(r->status, 0);
    QCOMPARE(r->error.code, ErrorCode::Network);
    QVERIFY(r->body.isEmpty());
}

void TestApiJob::timeoutIsThirtySecondsAndReportedAsTimeout()
{
    TimeoutNam nam;
    nam.shortenTo = 200; // the server never answers: see the timeout happen without waiting 30 s
    m_server->setHandler([](const auto &) { return Reply::hold(); });
    std::unique_ptr<ApiJob> job(makeJob(&nam, m_server->url()));
    const auto r = run(job.get());
    QVERIFY(r);
    QCOMPARE(nam.asked, QList<int>{ApiJob::kTimeoutMs});
    QCOMPARE(ApiJob::kTimeoutMs, 30000);
    QCOMPARE(r->status, 0);
    QVERIFY(!r->ok());
    QTRY_COMPARE(m_server->closedConnections(), 1); // the call was given up, not left open
    // The UI shows Timeout as "did not answer in time" (and as offline); Cancelled as "Cancelled".
    QCOMPARE(r->error.code, ErrorCode::Timeout);
}

void TestApiJob::responseLargerThanTheCapIsRefused()
{
    // 64 MiB is the most any answer may be; one byte more and the call is stopped.
    constexpr qsizetype kCap = 64 * 1024 * 1024;
    m_server->setHandler([](const auto &) { return Reply::json(200, QByteArray(kCap + 1, 'x')); });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    const auto r = run(job.get());
    QVERIFY(r);
    // (How much of the body is already buffered when the call is stopped depends on timing.)
    QVERIFY2(!r->ok() && r->body.size() <= kCap, qPrintable(QString::number(r->body.size())));
    QCOMPARE(r->error.code, ErrorCode::TooLarge);

    // At the cap exactly, the answer is whole.
    m_server->setHandler([](const auto &) { return Reply::json(200, QByteArray(kCap, 'y')); });
    std::unique_ptr<ApiJob> atCap(makeJob(m_nam, m_server->url()));
    const auto whole = run(atCap.get());
    QVERIFY(whole);
    QVERIFY(whole->ok());
    QCOMPARE(whole->body.size(), kCap);
}

void TestApiJob::redirectsAreNotFollowed()
{
    // A redirect could carry the bearer token to another origin: the job stops at it.
    LocalHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    const QByteArray location = elsewhere.url().resolved(QUrl(QStringLiteral("/steal"))).toEncoded();
    m_server->setHandler([&location](const auto &) {
        Reply r = Reply::json(307, {});
        r.headers = {{"Location", location}};
        return r;
    });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url().resolved(QUrl(QStringLiteral("/v1/me")))));
    const auto r = run(job.get(), QStringLiteral("secret-token"));
    QVERIFY(r);
    QCOMPARE(r->status, 307);
    QVERIFY(!r->ok());
    QCOMPARE(r->error.code, ErrorCode::Provider);
    // The job has finished with the 307 itself, so nothing more will be sent for it.
    QCOMPARE(elsewhere.connections(), 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiJob::abortFinishesOnceWithCancelled()
{
    m_server->setHandler([](const auto &) { return Reply::hold(); });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    QSignalSpy replied(job.get(), &ApiJob::replied);
    QSignalSpy finished(job.get(), &ApiJob::finished);
    QSignalSpy arrived(m_server, &LocalHttpServer::requestReceived);
    job->send(QStringLiteral("access-1"));
    QVERIFY(arrived.wait(10000));
    job->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResponse>().error.code, ErrorCode::Cancelled);
    job->abort();
    QCOMPARE(finished.count(), 1);
    // The server sees the connection closed; a late answer then has nowhere to go.
    QTRY_COMPARE(m_server->closedConnections(), 1);
    QVERIFY(!m_server->answerHeld(Reply::json(200, "{}")));
    QCOMPARE(replied.count(), 0);
    QCOMPARE(finished.count(), 1);
}

void TestApiJob::resendReplacesTheCallInFlight()
{
    int n = 0;
    m_server->setHandler([&n](const auto &) { return ++n == 1 ? Reply::hold() : Reply::json(200, R"({"n":2})"); });
    std::unique_ptr<ApiJob> job(makeJob(m_nam, m_server->url()));
    QSignalSpy replied(job.get(), &ApiJob::replied);
    QSignalSpy arrived(m_server, &LocalHttpServer::requestReceived);
    job->send(QStringLiteral("old"));
    QVERIFY(arrived.wait(10000));
    job->send(QStringLiteral("new"));
    QVERIFY(replied.wait(10000));
    QCOMPARE(replied.at(0).at(0).value<ApiResponse>().body, QByteArray(R"({"n":2})"));
    QCOMPARE(job->tokenUsed(), QStringLiteral("new"));
    // The first call was given up: answering it now reaches no one.
    QTRY_VERIFY(m_server->closedConnections() >= 1);
    QVERIFY(!m_server->answerHeld(Reply::json(200, R"({"n":1})")));
    QCOMPARE(replied.count(), 1);
}

void TestApiJob::deletingTheJobClosesTheConnection()
{
    m_server->setHandler([](const auto &) { return Reply::hold(); });
    auto *job = makeJob(m_nam, m_server->url());
    QSignalSpy arrived(m_server, &LocalHttpServer::requestReceived);
    job->send(QStringLiteral("access-1"));
    QVERIFY(arrived.wait(10000));
    delete job;
    QTRY_COMPARE(m_server->closedConnections(), 1);
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
