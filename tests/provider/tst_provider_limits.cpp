// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, items 6 and 7: the provider refuses oversized and malformed requests from their head,
// before any body is read, keeps what it buffers bounded, and closes slow and idle connections; one
// address cannot hold more than its share of connections. Real provider, raw sockets on 127.0.0.1
// (and 127.0.0.2 for "another address").
#include "ActionsTestSupport.h"
#include "Limits.h"
#include "RawConnection.h"

#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {
const QHostAddress kOther(u"127.0.0.2"_s);

QByteArray head(const QByteArray &requestLine, const QList<QByteArray> &fields)
{
    QByteArray out = requestLine + "\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &f : fields)
        out += f + "\r\n";
    return out + "\r\n";
}

QJsonObject problemOf(const QByteArray &response)
{
    return QJsonDocument::fromJson(RawConnection::body(response)).object();
}
} // namespace

class TestProviderLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hugeContentLengthRefusedBeforeTheBody();
    void jsonRouteLimitFromContentLength();
    void malformedFraming_data();
    void malformedFraming();
    void expectContinueAnswered();
    void headerFloodCutAtTheCap();
    void totalBufferedBytesCapped();
    void halfSentRequestsClosedAfterHeaderTimeout();
    void slowBodyAndIdleConnectionsClosed();
    void lineEndsBetweenRequestsAreNotARequest();

private:
    QTemporaryDir m_dir;
    LaunchedProvider m_provider;
};

void TestProviderLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_provider.start(m_dir.path(), {}));
}

void TestProviderLimits::hugeContentLengthRefusedBeforeTheBody()
{
    // 300 MB announced, ten bytes sent: the answer comes now, with no token, not after 300 MB.
    RawConnection c(m_provider.url());
    QVERIFY(c.connected());
    c.send(head("PUT /v1/me/attachments HTTP/1.1", {"Content-Type: image/png", "Content-Length: 300000000"})
           + "\x89PNG\r\n\x1a\nab");
    const QByteArray r = c.response();
    QCOMPARE(RawConnection::status(r), 413);
    QVERIFY(r.contains("Content-Type: application/problem+json"));
    QCOMPARE(problemOf(r).value(u"type"_s).toString(), u"/problems/payload-too-large"_s);
    QVERIFY(problemOf(r).value(u"detail"_s).toString().contains(u"5 MiB"_s));
    QVERIFY(c.closedWithin(10000));
}

void TestProviderLimits::jsonRouteLimitFromContentLength()
{
    RawConnection c(m_provider.url());
    c.send(head("POST /v1/me/requests HTTP/1.1",
                {"Content-Type: application/json",
                 "Content-Length: " + QByteArray::number(pd::limits::kJsonBodyBytesMax + 1)}));
    const QByteArray r = c.response();
    QCOMPARE(RawConnection::status(r), 413);
    QVERIFY(problemOf(r).value(u"detail"_s).toString().contains(u"64 KiB"_s));
}

void TestProviderLimits::malformedFraming_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    const QByteArray get = "GET /v1/me HTTP/1.1";
    QTest::newRow("two Authorization") << head(get, {"Authorization: Bearer a", "Authorization: Bearer b"}) << 400
                                       << u"invalid-request"_s;
    QTest::newRow("two Content-Length") << head("POST /oauth/token HTTP/1.1", {"Content-Length: 1", "Content-Length: 1"})
                                        << 400 << u"invalid-request"_s;
    QTest::newRow("Content-Length list") << head("POST /oauth/token HTTP/1.1", {"Content-Length: 1, 1"}) << 400
                                         << u"invalid-request"_s;
    QTest::newRow("Content-Length letters") << head("POST /oauth/token HTTP/1.1", {"Content-Length: 12abc"}) << 400
                                            << u"invalid-request"_s;
    QTest::newRow("Content-Length negative") << head("POST /oauth/token HTTP/1.1", {"Content-Length: -1"}) << 400
                                             << u"invalid-request"_s;
    QTest::newRow("Content-Length empty") << head("POST /oauth/token HTTP/1.1", {"Content-Length:"}) << 400
                                          << u"invalid-request"_s;
    QTest::newRow("Content-Length huge number") << head("POST /oauth/token HTTP/1.1", {"Content-Length: 99999999999999999999"})
                                                << 400 << u"invalid-request"_s;
    QTest::newRow("chunked") << head("POST /oauth/token HTTP/1.1", {"Transfer-Encoding: chunked"}) << 411
                             << u"length-required"_s;
    QTest::newRow("folded header") << head(get, {"X-A: 1", " folded"}) << 400 << u"invalid-request"_s;
    QTest::newRow("bad request line") << head("GET  /v1/me HTTP/1.1", {}) << 400 << u"invalid-request"_s;
    QByteArrayList many;
    for (int i = 0; i <= pd::limits::kHeaderFieldsMax; ++i)
        many << "X-F" + QByteArray::number(i) + ": 1";
    QTest::newRow("too many fields") << head(get, many) << 431 << u"header-fields-too-large"_s;
}

void TestProviderLimits::malformedFraming()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, type);
    RawConnection c(m_provider.url());
    c.send(request);
    const QByteArray r = c.response();
    QCOMPARE(RawConnection::status(r), status);
    QVERIFY(r.contains("Content-Type: application/problem+json"));
    QCOMPARE(problemOf(r).value(u"type"_s).toString(), u"/problems/"_s + type);
}

void TestProviderLimits::expectContinueAnswered()
{
    // QtHttpServer 6.4 never answers Expect: 100-continue; the guard does, once the head passes.
    const QByteArray body = "grant_type=refresh_token&refresh_token=nope&client_id=privacy-dashboard";
    RawConnection c(m_provider.url());
    c.send(head("POST /oauth/token HTTP/1.1", {"Content-Type: application/x-www-form-urlencoded",
                                                "Content-Length: " + QByteArray::number(body.size()),
                                                "Expect: 100-continue"}));
    QTRY_VERIFY_WITH_TIMEOUT((c.socket().waitForReadyRead(100), c.socket().bytesAvailable() > 0), 10000);
    QVERIFY(c.socket().peek(64).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    c.socket().read(25);
    c.send(body);
    const QByteArray r = c.response();
    QCOMPARE(RawConnection::status(r), 400); // an unknown refresh token: the request itself got through
    QVERIFY(r.contains("invalid_grant"));
}

void TestProviderLimits::headerFloodCutAtTheCap()
{
    // 200 MB of header: the provider answers 431 at 16 KiB and never holds more than that.
    const qint64 before = residentKiB(m_provider.pid());
    QVERIFY(before > 0);
    RawConnection c(m_provider.url());
    c.send("GET /v1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Flood: ");
    const QByteArray chunk(256 * 1024, 'a');
    qint64 sent = 0;
    qint64 peak = before;
    while (sent < 200LL * 1024 * 1024 && c.socket().state() == QAbstractSocket::ConnectedState) {
        c.socket().write(chunk);
        if (!c.socket().waitForBytesWritten(5000))
            break;
        sent += chunk.size();
        peak = qMax(peak, residentKiB(m_provider.pid()));
    }
    const QByteArray r = c.response();
    const qint64 after = residentKiB(m_provider.pid());
    qInfo("header flood: %lld MiB sent before the provider closed; provider RSS %lld KiB before, %lld KiB peak, "
          "%lld KiB after",
          sent / (1024 * 1024), before, peak, after);
    QCOMPARE(RawConnection::status(r), 431);
    QCOMPARE(problemOf(r).value(u"type"_s).toString(), u"/problems/header-fields-too-large"_s);
    QVERIFY2(peak - before < 32 * 1024, "the provider's memory grew with the flood");
    // And it still serves.
    RawConnection ok(m_provider.url());
    ok.send(head("GET /v1/policy HTTP/1.1", {}));
    QCOMPARE(RawConnection::status(ok.response()), 200);
}

void TestProviderLimits::totalBufferedBytesCapped()
{
    // Each connection may announce a 5 MiB attachment; together they may not pass 64 MiB.
    const qint64 each = pd::limits::kAttachmentBytesMax;
    const int fit = int(pd::limits::kBufferedBytesTotalMax / each);
    QVERIFY(fit < pd::limits::kConnectionsPerAddressMax);
    std::vector<std::unique_ptr<RawConnection>> open;
    for (int i = 0; i < fit; ++i) {
        open.push_back(std::make_unique<RawConnection>(m_provider.url()));
        open.back()->send(head("PUT /v1/me/attachments HTTP/1.1",
                               {"Content-Type: image/png", "Content-Length: " + QByteArray::number(each)}));
    }
    // The guard has taken every head (an answer to the last connection proves the earlier ones were read).
    RawConnection over(m_provider.url());
    over.send(head("PUT /v1/me/attachments HTTP/1.1",
                   {"Content-Type: image/png", "Content-Length: " + QByteArray::number(each)}));
    const QByteArray r = over.response();
    QCOMPARE(RawConnection::status(r), 503);
    QCOMPARE(problemOf(r).value(u"type"_s).toString(), u"/problems/busy"_s);
    QCOMPARE(RawConnection::headerValue(r.left(r.indexOf("\r\n\r\n")), "retry-after"), QByteArray("1"));
    for (auto &c : open)
        QCOMPARE(c->received(), QByteArray()); // still waiting for their bodies, unharmed
    open.clear(); // closing them gives the budget back
    QTRY_VERIFY_WITH_TIMEOUT(([this] {
                                 RawConnection again(m_provider.url());
                                 again.send(head("PUT /v1/me/attachments HTTP/1.1",
                                                 {"Content-Type: image/png", "Content-Length: 8"}) + "\x89PNG\r\n\x1a\n");
                                 return RawConnection::status(again.response()) == 401; // no token: past the guard
                             }()),
                             10000);
}

void TestProviderLimits::halfSentRequestsClosedAfterHeaderTimeout()
{
    QTemporaryDir dir;
    LaunchedProvider provider;
    QVERIFY(provider.start(dir.path(), {u"--test-timeouts-ms"_s, u"60000,1500,60000"_s}));
    // One address opens as many half-sent requests as it may; the next connection from it is refused.
    std::vector<std::unique_ptr<RawConnection>> halfOpen;
    for (int i = 0; i < pd::limits::kConnectionsPerAddressMax; ++i) {
        halfOpen.push_back(std::make_unique<RawConnection>(provider.url(), kOther));
        QVERIFY(halfOpen.back()->connected());
        halfOpen.back()->send("GET /v1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    }
    RawConnection extra(provider.url(), kOther);
    const QByteArray refused = extra.response();
    QCOMPARE(RawConnection::status(refused), 503);
    QCOMPARE(problemOf(refused).value(u"type"_s).toString(), u"/problems/too-many-connections"_s);
    QVERIFY(extra.closedWithin(10000));

    // Everyone else is served meanwhile.
    for (int i = 0; i < 3; ++i) {
        HttpTestClient http(provider.url());
        QCOMPARE(http.get(u"/v1/policy"_s).status, 200);
    }

    // The half-sent requests are answered 408 and closed once the header timeout passes.
    for (auto &c : halfOpen) {
        QVERIFY(c->closedWithin(30000));
        QCOMPARE(RawConnection::status(c->received()), 408);
        QCOMPARE(problemOf(c->received()).value(u"type"_s).toString(), u"/problems/request-timeout"_s);
    }
    // Their places are free again.
    QTRY_VERIFY_WITH_TIMEOUT(([&provider] {
                                 RawConnection again(provider.url(), kOther);
                                 again.send(head("GET /v1/policy HTTP/1.1", {}));
                                 return RawConnection::status(again.response()) == 200;
                             }()),
                             10000);
}

void TestProviderLimits::slowBodyAndIdleConnectionsClosed()
{
    QTemporaryDir dir;
    LaunchedProvider provider;
    QVERIFY(provider.start(dir.path(), {u"--test-timeouts-ms"_s, u"1000,60000,1000"_s}));
    // A body that stops arriving.
    RawConnection slow(provider.url());
    slow.send(head("POST /oauth/token HTTP/1.1", {"Content-Type: application/x-www-form-urlencoded", "Content-Length: 100"})
              + "grant_type=");
    QVERIFY(slow.closedWithin(30000));
    QCOMPARE(RawConnection::status(slow.received()), 408);
    // A kept-alive connection with nothing more to ask is closed without an answer.
    RawConnection idle(provider.url());
    idle.send(head("GET /v1/policy HTTP/1.1", {}));
    QCOMPARE(RawConnection::status(idle.response()), 200);
    QVERIFY(idle.closedWithin(30000));
    // A connection that never says anything, too.
    RawConnection silent(provider.url());
    QVERIFY(silent.closedWithin(30000));
    QCOMPARE(silent.received(), QByteArray());
}

void TestProviderLimits::lineEndsBetweenRequestsAreNotARequest()
{
    // Some clients send a line end after a body; it must not start the header timeout.
    QTemporaryDir dir;
    LaunchedProvider provider;
    QVERIFY(provider.start(dir.path(), {u"--test-timeouts-ms"_s, u"60000,300,60000"_s}));
    RawConnection c(provider.url());
    c.send(head("GET /v1/policy HTTP/1.1", {}) + "\r\n");
    QCOMPARE(RawConnection::status(c.response()), 200);
    QVERIFY(!c.closedWithin(1500)); // five header timeouts
    c.send(head("GET /v1/me HTTP/1.1", {}));
    QTRY_VERIFY_WITH_TIMEOUT(c.response().contains("HTTP/1.1 401"), 10000);
}

QTEST_GUILESS_MAIN(TestProviderLimits)
#include "tst_provider_limits.moc"
