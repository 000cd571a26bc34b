// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback sign-in listener's request parsing, alone (SignIn uses it; tests/fuzz/fuzz_signin_callback
// fuzzes it; tests/integration/tst_signin drives it over real sockets).
#include "auth/CallbackRequest.h"

#include <QTest>

using namespace pd;
using V = CallbackRequest::Verdict;

class TstCallbackRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void bytesAfterTheHeadDoNotMatter();
};

void TstCallbackRequest::verdicts_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("code");
    const QByteArray st = "s7aTe_VaLuE-x";
    QTest::newRow("redirect") << QByteArray("GET /callback?code=abc%2B1&state=s7aTe_VaLuE-x HTTP/1.1\r\nHost: x\r\n\r\n") << st
                              << int(V::Redirect) << QStringLiteral("abc+1");
    QTest::newRow("head not ended") << QByteArray("GET /callback?code=abc&state=s7aTe_VaLuE-x HTTP/1.1\r\nHost: x\r\n") << st
                                    << int(V::Incomplete) << QString();
    QTest::newRow("no version") << QByteArray("GET /callback?code=abc&state=s7aTe_VaLuE-x\r\n\r\n") << st << int(V::Malformed) << QString();
    QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << st << int(V::NotFound) << QString();
    QTest::newRow("post") << QByteArray("POST /callback?code=abc&state=s7aTe_VaLuE-x HTTP/1.1\r\n\r\n") << st << int(V::WrongMethod) << QString();
    QTest::newRow("wrong state") << QByteArray("GET /callback?code=abc&state=guess HTTP/1.1\r\n\r\n") << st << int(V::WrongState) << QString();
    QTest::newRow("no state held") << QByteArray("GET /callback?code=abc&state= HTTP/1.1\r\n\r\n") << QByteArray() << int(V::WrongState) << QString();
    QTest::newRow("denied") << QByteArray("GET /callback?error=access_denied&state=s7aTe_VaLuE-x HTTP/1.1\r\n\r\n") << st << int(V::Denied) << QString();
    QTest::newRow("no code") << QByteArray("GET /callback?state=s7aTe_VaLuE-x HTTP/1.1\r\n\r\n") << st << int(V::NoCode) << QString();
    QTest::newRow("code too long") << QByteArray("GET /callback?state=s7aTe_VaLuE-x&code=" + QByteArray(513, 'a') + " HTTP/1.1\r\n\r\n")
                                   << st << int(V::NoCode) << QString();
}

void TstCallbackRequest::verdicts()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, state);
    QFETCH(int, verdict);
    QFETCH(QString, code);
    const CallbackRequest r = parseCallbackRequest(request, state);
    QCOMPARE(int(r.verdict), verdict);
    QCOMPARE(r.code, code);
    if (r.verdict == V::Denied)
        QCOMPARE(r.error, QStringLiteral("access_denied"));
}

void TstCallbackRequest::bytesAfterTheHeadDoNotMatter()
{
    const QByteArray head = "GET /favicon.ico HTTP/1.1\r\n\r\n";
    QCOMPARE(int(parseCallbackRequest(head + "GET /callback?code=a&state=s HTTP/1.1\r\n\r\n", "s").verdict), int(V::NotFound));
}

QTEST_GUILESS_MAIN(TstCallbackRequest)
#include "tst_callback_request.moc"
