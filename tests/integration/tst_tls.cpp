// SPDX-License-Identifier: GPL-3.0-or-later
// TLS certificate errors fail closed: against a real TLS server on 127.0.0.1 whose certificate the
// system does not trust (self-signed, made here with openssl), every call fails with
// ErrorCode::Tls, no request reaches the server, and no bearer token is sent.
#include "ProviderProcess.h"

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

private:
    /// Runs openssl with `args`; false (and the reason in `error`) if it fails.
    static bool openssl(const QStringList &args, QString *error)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void providerServesHttps()
    {
        // A CA of our own and a certificate for 127.0.0.1 signed by it, made now with openssl.
        QTemporaryDir dir;
        auto f = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
        QString error;
        QVERIFY2(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), f("ca.key"), QStringLiteral("-out"), f("ca.pem"),
                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Test CA")},
                         &error), qPrintable(error));
        QVERIFY2(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), f("server.key"), QStringLiteral("-out"), f("server.csr"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                         &error), qPrintable(error));
        QFile ext(f("san.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\n");
        ext.close();
        QVERIFY2(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), f("server.csr"),
                          QStringLiteral("-CA"), f("ca.pem"), QStringLiteral("-CAkey"), f("ca.key"), QStringLiteral("-CAcreateserial"),
                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), f("san.ext"),
                          QStringLiteral("-out"), f("server.pem")},
                         &error), qPrintable(error));

        test::ProviderProcess provider({QStringLiteral("--tls-cert"), f("server.pem"), QStringLiteral("--tls-key"), f("server.key")});
        QVERIFY2(provider.start(), qPrintable(provider.errorString()));
        QCOMPARE(provider.url().scheme(), QStringLiteral("https"));

        auto call = [&provider] {
            // A new client each time: a connection manager remembers what it learnt of a host.
            QNetworkAccessManager nam;
            ApiClient api(&nam);
            api.setBaseUrl(provider.url());
            api.setTokens({QStringLiteral("secret-access-token"), QStringLiteral("secret-refresh-token"), 60});
            ApiJob *job = api.get(QStringLiteral("/v1/policy"));
            QSignalSpy done(job, &ApiJob::finished);
            if (!done.wait(30000))
                return ApiResponse{};
            return done.at(0).at(0).value<ApiResponse>();
        };
        // The system does not know this CA: fails closed, nothing sent.
        const ApiResponse unknownCa = call();
        QCOMPARE(unknownCa.error.code, ErrorCode::Tls);
        QCOMPARE(unknownCa.status, 0);

        // Trusted (as a company's own CA would be): the provider answers over TLS.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusted = original;
        QVERIFY(trusted.addCaCertificates(f("ca.pem")));
        QSslConfiguration::setDefaultConfiguration(trusted);
        const ApiResponse ok = call();
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY2(ok.ok(), qPrintable(ok.error.detail));
        QCOMPARE(ok.status, 200);
    }

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
