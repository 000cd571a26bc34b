// SPDX-License-Identifier: GPL-3.0-or-later
// TLS failures against the real provider (issue 10, "TLS for real"). alice signs in over HTTPS at a
// provider whose certificate comes from a company CA that the app trusts only through its CA file
// (Settings), and syncs: her tokens are bound to that origin and her local copy has known contents.
// Then the provider is restarted on the same address with a certificate that is expired, not yet
// valid, self-signed, for another host name, or from an unknown CA, and an `openssl s_server`
// speaking only TLS 1.1 (then only TLS 1.0) takes the address. Each time a sync fails closed: ErrorCode::Tls with the
// reason, a plain sentence that says why, no request reached the server (the provider's
// --test-request-log; the raw peer's output), and the local copy is as it was. With the valid
// certificate again it works, through the CA file and only through it.
#include "BrowserDriver.h"
#include "ErrorText.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"
#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "api/CaFile.h"
#include "domain/Origin.h"
#include "store/CacheDb.h"
#include "store/Outbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::BrowserDriver;
using pd::test::MemoryTokenStore;
using pd::test::ProviderProcess;

namespace {

enum class Peer { Provider, OldTlsServer };

/// What a SQLite file holds: every table's row count and a hash of its rows (in a stable order).
QString summary(const QString &path)
{
    if (!QFile::exists(path))
        return QStringLiteral("(none)");
    QString out;
    const QString name = QStringLiteral("summary-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("(cannot open)");
        QStringList tables;
        QSqlQuery t(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"), db);
        while (t.next())
            tables << t.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(QStringLiteral("SELECT * FROM \"%1\"").arg(table), db);
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QChar(0x1f));
            }
            rows.sort();
            const QByteArray hash = QCryptographicHash::hash(rows.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha256);
            out += QStringLiteral("%1:%2:%3\n").arg(table).arg(rows.size()).arg(QString::fromLatin1(hash.toHex().left(16)));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TestTlsMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failsClosed_data();
    void failsClosed();
    void validCertificateThroughTheCaFile();

private:
    QString f(const QString &name) const { return m_certs.filePath(name); }
    bool openssl(const QStringList &args);
    /// A certificate for `san` (e.g. "IP:127.0.0.1") signed by `caName` (its .pem and .key here),
    /// valid from `from` to `to` (UTC), into `out`.
    bool issue(const QString &out, const QString &caName, const QString &san, const QDateTime &from, const QDateTime &to,
               const QString &csr = QStringLiteral("server.csr"));
    QString cachePath() const;
    QString outboxPath() const;
    QString requestLog() const { return f(QStringLiteral("requests.log")); }
    QStringList providerArgs(const QString &cert) const;

    QTemporaryDir m_certs;
    QTemporaryDir m_data;
    ProviderProcess m_provider;
    MemoryTokenStore m_tokens;
    CaFile m_caFile;
    QString m_alice;
    QString m_origin;
    QString m_opensslError;
};

bool TestTlsMatrix::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_certs.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_opensslError = QStringLiteral("openssl %1: %2%3")
                             .arg(args.join(QLatin1Char(' ')), p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestTlsMatrix::issue(const QString &out, const QString &caName, const QString &san, const QDateTime &from,
                          const QDateTime &to, const QString &csr)
{
    // `openssl ca` is the tool that sets both dates (x509 -req can only count days from now).
    const QString cnf = f(out + QStringLiteral(".cnf"));
    QFile config(cnf);
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[ca]\ndefault_ca = test\n"
                 "[test]\ndatabase = " + f(out + QStringLiteral(".index")).toUtf8() + "\n"
                 "new_certs_dir = " + m_certs.path().toUtf8() + "\n"
                 "serial = " + f(out + QStringLiteral(".serial")).toUtf8() + "\n"
                 "default_md = sha256\npolicy = any\nunique_subject = no\n"
                 "[any]\ncommonName = supplied\n"
                 "[ext]\nbasicConstraints = CA:FALSE\nsubjectAltName = " + san.toUtf8() + "\n");
    config.close();
    QFile(f(out + QStringLiteral(".index"))).open(QIODevice::WriteOnly);
    QFile serial(f(out + QStringLiteral(".serial")));
    if (!serial.open(QIODevice::WriteOnly))
        return false;
    serial.write(QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 16).rightJustified(16, '0') + '\n');
    serial.close();
    const auto stamp = [](const QDateTime &t) -> QString { return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'")); };
    return openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-config"), cnf,
                    QStringLiteral("-cert"), f(caName + QStringLiteral(".pem")), QStringLiteral("-keyfile"),
                    f(caName + QStringLiteral(".key")), QStringLiteral("-in"), f(csr),
                    QStringLiteral("-out"), f(out), QStringLiteral("-extensions"), QStringLiteral("ext"),
                    QStringLiteral("-startdate"), stamp(from), QStringLiteral("-enddate"), stamp(to)});
}

QString TestTlsMatrix::cachePath() const
{
    return CacheDb::pathFor(QDir(m_data.path()).filePath(origin::folderName(m_origin)), m_alice);
}

QString TestTlsMatrix::outboxPath() const
{
    return Outbox::pathFor(QDir(m_data.path()).filePath(origin::folderName(m_origin)), m_alice);
}

QStringList TestTlsMatrix::providerArgs(const QString &cert) const
{
    return {QStringLiteral("--tls-cert"), f(cert), QStringLiteral("--tls-key"), f(QStringLiteral("server.key")),
            QStringLiteral("--test-request-log"), requestLog()};
}

void TestTlsMatrix::initTestCase()
{
    qRegisterMetaType<pd::Error>();
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here; the client could not use https at all");
    QVERIFY(m_certs.isValid() && m_data.isValid());

    // Two CAs: the company's (in the CA file) and one nobody trusts.
    const auto makeCa = [this](const QString &name, const QString &cn) {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), f(name + QStringLiteral(".key")),
                        QStringLiteral("-out"), f(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("30"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + cn});
    };
    QVERIFY2(makeCa(QStringLiteral("company-ca"), QStringLiteral("Company Test CA")), qPrintable(m_opensslError));
    QVERIFY2(makeCa(QStringLiteral("second-ca"), QStringLiteral("Company Second CA")), qPrintable(m_opensslError));
    QVERIFY2(makeCa(QStringLiteral("unknown-ca"), QStringLiteral("Unknown Test CA")), qPrintable(m_opensslError));
    // One server key, one request; the certificates differ only in what each case needs.
    QVERIFY2(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), f(QStringLiteral("server.key")), QStringLiteral("-out"),
                      f(QStringLiteral("server.csr")), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}),
             qPrintable(m_opensslError));
    // The wrong host's certificate names another host in its subject too: Qt also accepts a
    // matching common name.
    QVERIFY2(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), f(QStringLiteral("server.key")),
                      QStringLiteral("-out"), f(QStringLiteral("wrong.csr")), QStringLiteral("-subj"),
                      QStringLiteral("/CN=wrong.example")}),
             qPrintable(m_opensslError));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString ip = QStringLiteral("IP:127.0.0.1");
    const QString ca = QStringLiteral("company-ca");
    QVERIFY2(issue(QStringLiteral("valid.pem"), ca, ip, now.addDays(-1), now.addDays(10)), qPrintable(m_opensslError));
    QVERIFY2(issue(QStringLiteral("expired.pem"), ca, ip, now.addDays(-20), now.addDays(-2)), qPrintable(m_opensslError));
    QVERIFY2(issue(QStringLiteral("not-yet-valid.pem"), ca, ip, now.addDays(5), now.addDays(20)), qPrintable(m_opensslError));
    QVERIFY2(issue(QStringLiteral("wrong-host.pem"), ca, QStringLiteral("DNS:wrong.example"), now.addDays(-1), now.addDays(10),
                   QStringLiteral("wrong.csr")),
             qPrintable(m_opensslError));
    QVERIFY2(issue(QStringLiteral("unknown-ca.pem"), QStringLiteral("unknown-ca"), ip, now.addDays(-1), now.addDays(10)),
             qPrintable(m_opensslError));
    QVERIFY2(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), f(QStringLiteral("server.csr")),
                      QStringLiteral("-signkey"), f(QStringLiteral("server.key")), QStringLiteral("-days"), QStringLiteral("2"),
                      QStringLiteral("-extfile"), f(QStringLiteral("valid.pem.cnf")), QStringLiteral("-extensions"),
                      QStringLiteral("ext"), QStringLiteral("-out"), f(QStringLiteral("self-signed.pem"))}),
             qPrintable(m_opensslError));

    // The CA file, as Settings takes it: several certificates in one PEM file.
    {
        QFile caFile(f(QStringLiteral("company-cas.pem")));
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        for (const char *name : {"company-ca.pem", "second-ca.pem"}) {
            QFile part(f(QLatin1String(name)));
            QVERIFY(part.open(QIODevice::ReadOnly));
            caFile.write(part.readAll());
        }
    }
    m_caFile = CaFile::load(f(QStringLiteral("company-cas.pem")));
    QVERIFY(m_caFile.ok());
    QCOMPARE(m_caFile.certificates.size(), 2);

    // alice signs in over HTTPS (the browser trusts the company CA too) and syncs.
    m_provider.setExtraArgs(providerArgs(QStringLiteral("valid.pem")));
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
    QCOMPARE(m_provider.url().scheme(), QStringLiteral("https"));
    m_origin = origin::of(m_provider.url());
    QNetworkAccessManager nam;
    Session session(&nam, &m_tokens, m_data.path());
    session.setCaCertificates(m_caFile.certificates);
    QVERIFY(session.setProviderUrl(m_provider.url()));
    BrowserDriver browser;
    browser.setCaCertificates(m_caFile.certificates);
    connect(&session, &Session::browserUrlReady, &browser, [&browser](const QUrl &url) {
        browser.signIn(url, QStringLiteral("alice"), QStringLiteral("demo-alice"));
    });
    QSignalSpy synced(&session, &Session::syncFinished);
    session.startSignIn();
    QVERIFY(synced.wait(120000));
    const Error e = synced.at(0).at(0).value<Error>();
    QVERIFY2(e.code == ErrorCode::None, qPrintable(e.detail));
    QCOMPARE(session.state(), Session::State::SignedIn);
    m_alice = session.account().accountId;
    QVERIFY(!m_tokens.tokens(Session::tokenKeyFor(m_origin, m_alice)).accessToken.isEmpty());
    // The request log works: it saw the authenticated calls (and never their tokens).
    QFile log(requestLog());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray seen = log.readAll();
    QVERIFY2(seen.contains("GET /v1/me") && seen.contains(" authorization\n"), seen.constData());
    QVERIFY(!seen.contains(m_tokens.tokens(Session::tokenKeyFor(m_origin, m_alice)).accessToken.toUtf8()));
}

void TestTlsMatrix::failsClosed_data()
{
    QTest::addColumn<int>("peer");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("words"); // what the user reads says why
    QTest::addColumn<QString>("version"); // OldTlsServer: the only version it speaks (s_server's option)

    const auto row = [](const char *name, Peer peer, const char *cert, TlsProblem problem, const char *words,
                        const char *version = "") {
        QTest::newRow(name) << int(peer) << QString::fromLatin1(cert) << int(problem) << QString::fromLatin1(words)
                            << QString::fromLatin1(version);
    };
    row("expired", Peer::Provider, "expired.pem", TlsProblem::Expired, "has expired");
    row("not yet valid", Peer::Provider, "not-yet-valid.pem", TlsProblem::NotYetValid, "is not valid yet");
    row("self-signed", Peer::Provider, "self-signed.pem", TlsProblem::SelfSigned, "is not trusted: it is signed only by itself");
    row("wrong host", Peer::Provider, "wrong-host.pem", TlsProblem::HostName, "is for a different name than the address");
    row("unknown CA", Peer::Provider, "unknown-ca.pem", TlsProblem::Untrusted,
        "is not trusted: it was issued by an authority this computer does not trust");
    row("TLS 1.1 only", Peer::OldTlsServer, "valid.pem", TlsProblem::OldProtocol, "TLS older than 1.2", "tls1_1");
    row("TLS 1.0 only", Peer::OldTlsServer, "valid.pem", TlsProblem::OldProtocol, "TLS older than 1.2", "tls1");
}

void TestTlsMatrix::failsClosed()
{
    QFETCH(int, peer);
    QFETCH(QString, certificate);
    QFETCH(int, problem);
    QFETCH(QString, words);
    QFETCH(QString, version);

    const QString before = summary(cachePath());
    const QString outboxBefore = summary(outboxPath());
    QVERIFY2(before.contains(QLatin1Char(':')), qPrintable(before));
    const int port = m_provider.url().port();

    // The address alice's tokens belong to now answers with this certificate (or this TLS version).
    QFile::remove(requestLog());
    QProcess rawPeer;
    if (Peer(peer) == Peer::Provider) {
        m_provider.setExtraArgs(providerArgs(certificate));
        QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
        QCOMPARE(m_provider.url().port(), port);
    } else {
        m_provider.stop();
        // OpenSSL refuses TLS 1.1 below security level 0; the peer asks for it explicitly. It prints
        // what it receives after a handshake on stdout (its stdin stays open, or it would quit).
        rawPeer.setWorkingDirectory(m_certs.path());
        rawPeer.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                       QStringLiteral("-cert"), f(certificate), QStringLiteral("-key"), f(QStringLiteral("server.key")),
                       QString(QLatin1Char('-') + version), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY(rawPeer.waitForStarted(10000));
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += rawPeer.readAllStandardOutput()).contains("ACCEPT"), 20000);
        // Sanity: the peer does speak that version to a client that allows it.
        QProcess check;
        check.start(QStringLiteral("openssl"),
                    {QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QString(QLatin1Char('-') + version), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY(check.waitForStarted(10000));
        QByteArray handshake;
        QTRY_VERIFY_WITH_TIMEOUT((handshake += check.readAllStandardOutput()).contains("Cipher is "), 20000);
        check.closeWriteChannel();
        if (!check.waitForFinished(10000))
            check.kill();
        handshake += check.readAllStandardOutput();
        const QByteArray expected = version == QLatin1String("tls1") ? "Protocol  : TLSv1\n" : "Protocol  : TLSv1.1\n";
        QVERIFY2(handshake.contains(expected) && !handshake.contains("Cipher is (NONE)"), handshake.constData());
        rawPeer.readAllStandardOutput(); // what that check left
    }

    Error error;
    {
        QNetworkAccessManager nam;
        Session session(&nam, &m_tokens, m_data.path());
        session.setCaCertificates(m_caFile.certificates);
        QVERIFY(session.setProviderUrl(m_provider.url()));
        session.restore(m_alice, m_origin);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::SignedIn, 10000);
        // The local copy shows as it was, offline.
        QVERIFY(session.count(Category::ServerUsage) > 0);
        QSignalSpy finished(&session, &Session::syncFinished);
        session.sync();
        QVERIFY(finished.wait(60000));
        error = finished.at(0).at(0).value<Error>();
        QCOMPARE(SessionInternals::api(session)->refreshCount(), 0);
    }

    QCOMPARE(error.code, ErrorCode::Tls);
    QCOMPARE(int(error.tls), problem);
    const QString text = ui::ErrorText::sync(error);
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(error.detail.isEmpty() || !text.contains(error.detail), qPrintable(text)); // never the technical detail

    // Nothing reached the server: no request line at all, so no Authorization header.
    if (Peer(peer) == Peer::Provider) {
        QFile log(requestLog());
        const QByteArray seen = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
        QVERIFY2(seen.isEmpty(), seen.constData());
    } else {
        rawPeer.terminate();
        if (!rawPeer.waitForFinished(5000))
            rawPeer.kill();
        rawPeer.waitForFinished(5000);
        const QByteArray out = rawPeer.readAllStandardOutput();
        const QByteArray token = m_tokens.tokens(Session::tokenKeyFor(m_origin, m_alice)).accessToken.toUtf8();
        QVERIFY2(!out.contains("GET ") && !out.contains("Authorization") && !out.contains(token), out.constData());
    }
    // The local copy and the outbox are as they were.
    QCOMPARE(summary(cachePath()), before);
    QCOMPARE(summary(outboxPath()), outboxBefore);
}

void TestTlsMatrix::validCertificateThroughTheCaFile()
{
    m_provider.setExtraArgs(providerArgs(QStringLiteral("valid.pem")));
    const int port = m_provider.url().port();
    QFile::remove(requestLog());
    QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
    QCOMPARE(m_provider.url().port(), port);

    const auto syncOnce = [this](const QList<QSslCertificate> &cas) {
        QNetworkAccessManager nam;
        Session session(&nam, &m_tokens, m_data.path());
        session.setCaCertificates(cas);
        if (!session.setProviderUrl(m_provider.url()))
            return Error::make(ErrorCode::InsecureUrl);
        session.restore(m_alice, m_origin);
        if (!QTest::qWaitFor([&session] { return session.state() == Session::State::SignedIn; }, 10000))
            return Error::make(ErrorCode::Cancelled, QStringLiteral("not restored"));
        QSignalSpy finished(&session, &Session::syncFinished);
        session.sync();
        if (!finished.wait(60000))
            return Error::make(ErrorCode::Timeout, QStringLiteral("no syncFinished"));
        return finished.at(0).at(0).value<Error>();
    };

    // Without the CA file the system does not know this CA: refused, nothing sent.
    const Error without = syncOnce({});
    QCOMPARE(without.code, ErrorCode::Tls);
    QCOMPARE(without.tls, TlsProblem::Untrusted);
    {
        QFile log(requestLog());
        QVERIFY(!log.exists() || (log.open(QIODevice::ReadOnly) && log.readAll().isEmpty()));
    }

    // With it (system CAs kept besides): the sync goes through, with the token, to this origin.
    const Error with = syncOnce(m_caFile.certificates);
    QVERIFY2(with.code == ErrorCode::None, qPrintable(with.detail));
    QFile log(requestLog());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray seen = log.readAll();
    QVERIFY2(seen.contains("GET /v1/me") && seen.contains(" authorization\n"), seen.constData());
}

QTEST_GUILESS_MAIN(TestTlsMatrix)
#include "tst_tls_matrix.moc"
