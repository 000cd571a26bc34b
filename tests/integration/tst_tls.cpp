// SPDX-License-Identifier: GPL-3.0-or-later
// TLS certificate errors fail closed: against a real TLS server on 127.0.0.1 whose certificate the
// system does not trust (self-signed, made here with openssl), every call fails with
// ErrorCode::Tls, no request reaches the server, and no bearer token is sent.
#include "api/ApiClient.h"
#include "domain/Result.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untrustedCertificateFailsClosed()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here; the client could not use https at all");
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem")), cert = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        QFile keyFile(key), certFile(cert);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        QSslServer server;
        server.setSslConfiguration(config);
        QByteArray received;
        bool connectionOver = false; // the server side has seen the connection end, one way or the other
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &received] { received += s->readAll(); });
                connect(s, &QTcpSocket::disconnected, s, [&connectionOver] { connectionOver = true; });
            }
        });
        connect(&server, &QSslServer::errorOccurred, this, [&connectionOver] { connectionOver = true; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QNetworkAccessManager nam;
        ApiClient api(&nam);
        api.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort())));
        api.setTokens({QStringLiteral("secret-access-token"), QStringLiteral("secret-refresh-token"), 60});
        ApiJob *job = api.get(QStringLiteral("/v1/me"));
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(30000));
        const auto r = done.at(0).at(0).value<ApiResponse>();
        QCOMPARE(r.error.code, ErrorCode::Tls);
        QCOMPARE(r.status, 0);
        // Anything the client sent has reached the server once the server has seen the connection end.
        QTRY_VERIFY(connectionOver);
        QVERIFY2(!received.contains("secret-access-token"), "the token crossed an untrusted connection");
        QVERIFY(!received.contains("GET /v1/me"));
        QCOMPARE(api.refreshCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
