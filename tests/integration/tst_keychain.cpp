// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainTokenStore against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/run-with-keyring.sh), and against no keychain at all, which must fail closed: no session bus,
// or a session bus where nothing provides a keyring (a Flatpak sandbox on a desktop without one).
#include "auth/KeychainTokenStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace pd;

namespace {

template<typename R>
std::optional<R> await(const std::function<void(std::function<void(R)>)> &call)
{
    std::optional<R> out;
    call([&out](R r) { out = std::move(r); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, 20000);
    return out;
}

/// Child-process mode: tries to store a token with the session bus pointed at nothing.
int probeUnavailable()
{
    KeychainTokenStore store(QStringLiteral("pd-test-unavailable"));
    int rc = 3;
    bool finished = false;
    store.save(QStringLiteral("C-1"), TokenPair{QStringLiteral("a"), QStringLiteral("r"), 60}, [&](Status s) {
        finished = true;
        rc = s ? 0 : (s.error().code == ErrorCode::Keychain ? 42 : 4);
    });
    (void)QTest::qWaitFor([&finished] { return finished; }, 20000);
    return rc;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through tests/run-with-keyring.sh (CTest does)");
    }

    void roundTrip()
    {
        KeychainTokenStore store(QStringLiteral("pd-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString account = QStringLiteral("C-1001");
        const TokenPair t{QStringLiteral("access-") + QUuid::createUuid().toString(), QStringLiteral("refresh-") + QUuid::createUuid().toString(), 300};

        auto saved = await<Status>([&](auto cb) { store.save(account, t, cb); });
        QVERIFY2(saved && saved->ok(), saved && !saved->ok() ? qPrintable(saved->error().detail) : "no answer");

        auto loaded = await<Result<TokenPair>>([&](auto cb) { store.load(account, cb); });
        QVERIFY(loaded && loaded->ok());
        QCOMPARE(loaded->value().accessToken, t.accessToken);
        QCOMPARE(loaded->value().refreshToken, t.refreshToken);

        // Separate keys: another account sees nothing.
        auto other = await<Result<TokenPair>>([&](auto cb) { store.load(QStringLiteral("C-1002"), cb); });
        QVERIFY(other && !other->ok());
        QCOMPARE(other->error().code, ErrorCode::KeychainNotFound);

        auto removed = await<Status>([&](auto cb) { store.remove(account, cb); });
        QVERIFY(removed && removed->ok());
        auto gone = await<Result<TokenPair>>([&](auto cb) { store.load(account, cb); });
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().code, ErrorCode::KeychainNotFound);

        // Removing again is fine.
        auto again = await<Status>([&](auto cb) { store.remove(account, cb); });
        QVERIFY(again && again->ok());
    }

    void secretToolSeesSeparateEntries()
    {
        // The tokens are real Secret Service items: two per account (access, refresh).
        KeychainTokenStore store(QStringLiteral("pd-test-visible"));
        auto saved = await<Status>([&](auto cb) {
            store.save(QStringLiteral("C-7"), TokenPair{QStringLiteral("A7"), QStringLiteral("R7"), 60}, cb);
        });
        QVERIFY(saved && saved->ok());
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("pd-test-visible")});
        if (!p.waitForStarted(5000)) {
            // CI installs every tool the tests use (scripts/install-deps.sh): there, a missing one is
            // a broken set-up to fix, not a check to skip.
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("secret-tool (libsecret-tools) is not installed, and CI=true: run scripts/install-deps.sh");
            QSKIP("secret-tool (libsecret-tools) is not installed, so the items cannot be listed from outside; roundTrip proves storage");
        }
        QVERIFY(p.waitForFinished(20000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(out.contains("C-7/access") && out.contains("C-7/refresh"), out.constData());
        auto removed = await<Status>([&](auto cb) { store.remove(QStringLiteral("C-7"), cb); });
        QVERIFY(removed && removed->ok());
    }

    void answerForAStoreThatIsGoneIsDropped()
    {
        // The keychain is asked on the program's keychain thread: a store deleted before its answer
        // comes never hears it (no call into a deleted object), and the next store still works.
        bool called = false;
        {
            KeychainTokenStore gone(QStringLiteral("pd-test-gone"));
            gone.load(QStringLiteral("C-9"), [&called](const Result<TokenPair> &) { called = true; });
        }
        KeychainTokenStore next(QStringLiteral("pd-test-gone"));
        auto loaded = await<Result<TokenPair>>([&](auto cb) { next.load(QStringLiteral("C-9"), cb); });
        QVERIFY(loaded && !loaded->ok());
        QCOMPARE(loaded->error().code, ErrorCode::KeychainNotFound);
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void unavailableKeychainFailsClosed()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PD_KEYCHAIN_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 42); // failed, with ErrorCode::Keychain, and nothing stored elsewhere
    }

    // What a Flatpak sandbox sees when the desktop runs no keyring: a session bus that answers, but
    // on which no one owns org.freedesktop.secrets or org.kde.kwalletd5/6 and nothing can be started.
    // The save must fail with ErrorCode::Keychain (whose message says the service must be running),
    // promptly, and store nothing anywhere else.
    void sessionWithoutKeyringFailsClosed()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("dbus-daemon (dbus) is not installed, and CI=true: run scripts/install-deps.sh");
            QSKIP("dbus-daemon (dbus) is not installed");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString socket = dir.filePath(QStringLiteral("bus"));
        QFile config(dir.filePath(QStringLiteral("session.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // No <servicedir> and no <standard_session_servicedirs/>: no service can be activated.
        config.write(QStringLiteral(
                         "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                         " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                         "<busconfig><type>session</type><listen>unix:path=%1</listen><auth>EXTERNAL</auth>"
                         "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                         "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                         .arg(socket)
                         .toUtf8());
        config.close();
        QProcess bus;
        bus.start(daemon, {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                           QStringLiteral("--print-address")});
        QVERIFY(bus.waitForStarted(5000));
        QVERIFY(bus.waitForReadyRead(10000)); // the address, once it listens
        const auto stopBus = qScopeGuard([&bus] {
            bus.terminate();
            if (!bus.waitForFinished(5000))
                bus.kill();
        });

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PD_KEYCHAIN_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        // ErrorCode::Keychain, from the bus's "no such service"; 3 would be the probe's own 20 s wait
        // running out, which is what "fails closed at once, not after a timeout" rules out (no time
        // limit here: the exit code says which way it ended).
        QCOMPARE(p.exitCode(), 42);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("PD_KEYCHAIN_PROBE"))
        return probeUnavailable();
    TestKeychain t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_keychain.moc"
