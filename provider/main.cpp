// SPDX-License-Identifier: GPL-3.0-or-later
// privacy-provider: the reference Hong Kong Cloud provider the Privacy Dashboard talks to.
#include "AuditCli.h"
#include "AuditSigner.h"
#include "Crypto.h"
#include "DemoData.h"
#include "PolicyRepository.h"
#include "PolicyText.h"
#include "ProviderDb.h"
#include "ProviderServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <QSocketNotifier>

#include <cstdio>
#include <optional>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace pd::provider;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "privacy-provider: %s\nTry 'privacy-provider --help'.\n", qPrintable(message));
    std::exit(2);
}

qint64 positiveOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < 1 || v > max)
        usageError(u"--"_s + name + u" must be a whole number from 1 to "_s + QString::number(max));
    return v;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

// SIGTERM/SIGINT end the event loop instead of the process, so the database is closed properly
// (WAL checkpointed) when a test or a script stops the provider.
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
}
#else
void quitOnSignals(QCoreApplication &) {}
#endif

// The server side of TLS from PEM files: the first certificate is the server's, the rest its chain.
std::optional<QSslConfiguration> serverTls(const QString &certPath, const QString &keyPath, QString *error)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate or key: "_s + (certFile.isOpen() ? keyFile : certFile).errorString();
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = chain.isEmpty() ? u"no PEM certificate in "_s + certPath : u"no usable PEM private key in "_s + keyPath;
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return tls;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Everything the provider writes (database, WAL, SHM, audit key, exports) is for its owner only:
    // password and token hashes, personal data and attachments.
    ::umask(077);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"privacy-provider"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    // `privacy-provider audit verify|head --data DIR`: checks the audit log, serves nothing.
    if (argc > 1 && QCoreApplication::arguments().at(1) == u"audit")
        return AuditCli::run(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reference Hong Kong Cloud provider for the Privacy Dashboard (plain HTTP, "
                                     "loopback only unless --allow-remote)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"listen"_s, u"Address and port, e.g. 127.0.0.1:8080 or [::1]:0 (0 picks a free port)."_s, u"host:port"_s},
        {u"data"_s, u"Directory holding provider.sqlite."_s, u"dir"_s},
        {u"demo"_s, u"Create the demo accounts (alice, bob, sam) unless they exist."_s},
        {u"scale"_s, u"Number of bob's server usage events when seeding (default 20000)."_s, u"n"_s},
        {u"token-ttl"_s, u"Access token lifetime in seconds (default 300)."_s, u"seconds"_s},
        {u"code-ttl"_s, u"Authorization code lifetime in seconds (default 60)."_s, u"seconds"_s},
        {u"allow-remote"_s, u"Allow listening on a non-loopback address (plain HTTP: test networks only)."_s},
        {u"test-hooks"_s, u"Enable test-only endpoints (POST /test/append-events)."_s},
        {u"faults"_s, u"Fault mode for tests: comma list of KIND:RATE[:ARG] (drop-before, drop-after, delay:R:MS, "
                      "429:R:S, 503:R:S, malformed) applied to state-changing /v1/me/* calls."_s, u"spec"_s},
        {u"fault-seed"_s, u"Seed for --faults decisions (default 1)."_s, u"n"_s},
        {u"test-timeouts-ms"_s, u"Tests only: idle, header and body timeouts in milliseconds (default 60000,10000,60000)."_s,
         u"idle,header,body"_s},
        {u"test-password-iterations"_s, u"Tests only: PBKDF2 iterations for new password hashes (default 600000)."_s,
         u"n"_s},
        {u"test-request-log"_s, u"Tests only: note every request line that arrives (and whether it carries an "
                                 "Authorization header, never its value) in this file."_s,
         u"file"_s},
        {u"policy-version"_s, u"On a new data directory, publish the privacy policy only up to this version "
                              "(default: every version the provider knows; a supervisor publishes the rest)."_s,
         u"version"_s},
        {u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (chain first to last); needs --tls-key."_s, u"file"_s},
        {u"tls-key"_s, u"The PEM private key of --tls-cert (RSA or EC, not encrypted)."_s, u"file"_s},
    });
    if (!parser.parse(QCoreApplication::arguments()))
        usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        usageError(u"unexpected argument "_s + parser.positionalArguments().constFirst());
    if (!parser.isSet(u"listen"_s) || !parser.isSet(u"data"_s))
        usageError(u"--listen and --data are required"_s);

    static const QRegularExpression listenRe(u"^(\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]+)):([0-9]{1,5})$"_s);
    const auto m = listenRe.match(parser.value(u"listen"_s));
    if (!m.hasMatch())
        usageError(u"--listen must be HOST:PORT, e.g. 127.0.0.1:0 or [::1]:8080"_s);
    const QString hostText = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    const int port = m.captured(4).toInt();
    QHostAddress host;
    if (hostText == u"localhost")
        host = QHostAddress(QHostAddress::LocalHost);
    else if (!host.setAddress(hostText))
        usageError(u"--listen: not an IP address: "_s + hostText);
    if (port > 65535)
        usageError(u"--listen: port out of range"_s);
    if (!host.isLoopback() && !parser.isSet(u"allow-remote"_s))
        usageError(u"refusing to listen on non-loopback address "_s + hostText
                   + u" (plain HTTP); pass --allow-remote if you really mean it"_s);

    ServerOptions options;
    options.oauth.accessTokenTtlS = positiveOption(parser, u"token-ttl"_s, 300, 365LL * 24 * 3600);
    options.oauth.codeTtlS = positiveOption(parser, u"code-ttl"_s, 60, 3600);
    options.testHooks = parser.isSet(u"test-hooks"_s);
    if (parser.isSet(u"faults"_s)) {
        quint32 seed = 1;
        if (parser.isSet(u"fault-seed"_s)) {
            bool ok = false;
            seed = parser.value(u"fault-seed"_s).toUInt(&ok);
            if (!ok)
                usageError(u"--fault-seed must be a whole number from 0 to 4294967295"_s);
        }
        QString faultError;
        if (!options.faults.configure(parser.value(u"faults"_s), seed, &faultError))
            usageError(faultError);
    } else if (parser.isSet(u"fault-seed"_s)) {
        usageError(u"--fault-seed needs --faults"_s);
    }
    if (parser.isSet(u"test-timeouts-ms"_s)) {
        const QStringList parts = parser.value(u"test-timeouts-ms"_s).split(u',');
        QList<int> ms;
        for (const QString &p : parts) {
            bool ok = false;
            const int v = p.toInt(&ok);
            if (ok && v >= 1 && v <= 3600 * 1000)
                ms.append(v);
        }
        if (parts.size() != 3 || ms.size() != 3)
            usageError(u"--test-timeouts-ms must be IDLE,HEADER,BODY in milliseconds, e.g. 60000,500,60000"_s);
        options.guard.idleMs = ms[0];
        options.guard.headerMs = ms[1];
        options.guard.bodyMs = ms[2];
    }
    if (parser.isSet(u"test-request-log"_s))
        options.guard.requestLog = parser.value(u"test-request-log"_s);
    if (parser.isSet(u"test-password-iterations"_s))
        Crypto::setIterations(int(positiveOption(parser, u"test-password-iterations"_s, 0, 10000000)));
    const qint64 scale = parser.isSet(u"scale"_s) ? positiveOption(parser, u"scale"_s, 20000, 100000000) : 20000;

    const QString policyUpTo = parser.isSet(u"policy-version"_s) ? parser.value(u"policy-version"_s) : PolicyText::latest();
    if (!PolicyText::find(policyUpTo)) {
        QStringList known;
        for (const PolicyVersionText *v : PolicyText::all())
            known.append(v->version);
        usageError(u"--policy-version must be one of "_s + known.join(u", "_s));
    }

    ProviderDb db;
    QString error;
    if (!db.open(parser.value(u"data"_s), &error)) {
        std::fprintf(stderr, "privacy-provider: cannot open database: %s\n", qPrintable(error));
        return 1;
    }
    // The policy's published versions are the provider's own content, demo or not (a restart keeps them).
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    if (!PolicyRepository(db).seedIfEmpty(policyUpTo, startedAt - startedAt % 1000, &error)) {
        std::fprintf(stderr, "privacy-provider: cannot publish the privacy policy: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(u"demo"_s) && !DemoData(db).seedIfNeeded(scale, &error)) {
        std::fprintf(stderr, "privacy-provider: cannot create demo data: %s\n", qPrintable(error));
        return 1;
    }

    // The key that signs the audit log's checkpoints: in its own file beside the database, never in it.
    AuditSigner signer;
    if (!signer.openOrCreate(parser.value(u"data"_s), &error)) {
        std::fprintf(stderr, "privacy-provider: cannot use the audit signing key: %s\n", qPrintable(error));
        return 1;
    }

    // HTTPS: TLS 1.2 or later only, with the certificate and key given; both or neither.
    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s))
        usageError(u"--tls-cert and --tls-key go together"_s);
    if (parser.isSet(u"tls-cert"_s)) {
        QString tlsError;
        const std::optional<QSslConfiguration> tls = serverTls(parser.value(u"tls-cert"_s), parser.value(u"tls-key"_s), &tlsError);
        if (!tls) {
            std::fprintf(stderr, "privacy-provider: %s\n", qPrintable(tlsError));
            return 1;
        }
        options.guard.tls = *tls;
    }

    ProviderServer server(db, signer, options);
    const quint16 bound = server.listen(host, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "privacy-provider: cannot listen on %s\n", qPrintable(parser.value(u"listen"_s)));
        return 1;
    }
    const QString hostInUrl = host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']'
                                                                                 : host.toString();
    // Before the line below: a test may send SIGTERM as soon as it has read it, and must get an
    // orderly exit (code 0), not the default action's crash exit.
    quitOnSignals(app);
    // Tests and scripts wait for exactly this line (tests/support/ProviderProcess).
    std::printf("Listening on %s://%s:%u/\n", options.guard.tls ? "https" : "http", qPrintable(hostInUrl),
                unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
