// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace pd::test {

/// Starts the real reference provider (`privacy-provider`) on 127.0.0.1 port 0 with demo data in a
/// temporary directory, and reads back the URL it actually listens on. Integration tests talk real
/// HTTP to it. The data directory survives restart() so a test can kill and restart the provider.
class ProviderProcess
{
public:
    explicit ProviderProcess(QStringList extraArgs = {});
    ~ProviderProcess();

    /// Starts the provider and waits (up to kStartTimeoutMs) for its "Listening on <url>" line.
    bool start();
    /// The extra arguments of the next start or restart (a test serving another certificate).
    void setExtraArgs(QStringList extraArgs) { m_extra = std::move(extraArgs); }
    /// Restarts on the same data directory (and, where possible, the same port).
    bool restart();
    /// SIGKILL, as a crash would.
    void kill();
    /// Orderly stop (SIGTERM). The provider must then exit with code 0: a sanitizer report (the asan
    /// preset makes those exit with kSanitizerExitCode), a crash, or an exit of its own before the stop
    /// fails the running test (see requireCleanExit).
    void stop();

    /// Moves the provider's clock for codes and tokens `seconds` forward (POST /test/clock; needs
    /// --test-hooks), so a test sees expiry without waiting for it. False, with errorString(), on failure.
    bool advanceClock(qint64 seconds);

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_proc.processId(); }
    QString dataDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    static QString executable();

    /// Tests hash passwords with this many PBKDF2 iterations (--test-password-iterations) instead of the
    /// provider's 600,000, which would cost every sign-in a few tenths of a second; unless the extra
    /// arguments choose their own.
    static constexpr int kTestPasswordIterations = 1000;

    /// How long start() waits for the "Listening on" line: an ASan build makes the demo data at a
    /// large --scale (60,000 events) take minutes on a busy machine.
#if defined(__SANITIZE_ADDRESS__)
    static constexpr int kStartTimeoutMs = 300000;
#else
    static constexpr int kStartTimeoutMs = 60000;
#endif

    /// The exit code the asan test preset gives ASan, UBSan and LeakSanitizer (ASAN_OPTIONS exitcode):
    /// a child that exits with it has printed a sanitizer report to the test's stderr.
    static constexpr int kSanitizerExitCode = 86;

    /// For a child process a test ended with SIGTERM (or that ended by itself) after it ran as a
    /// server: unless it exited normally with code 0, says why on stderr and fails the current test
    /// function (QTest::qFail), or, outside one (a destructor after the last test), ends the test
    /// program with qFatal, so a report in the provider fails the test and not only the provider.
    /// `killedByUs`: the test sent SIGKILL on purpose, so a crash exit is expected.
    static void requireCleanExit(const QProcess &proc, const QString &what, bool killedByUs);

private:
    bool launch(const QStringList &listen);
    /// Ends the process without judging how it ended (a launch that failed).
    void halt();

    QStringList m_extra;
    QTemporaryDir m_dir;
    QProcess m_proc;
    QUrl m_url;
    QString m_error;
    bool m_running = false;   // launched and reported its address: stop() judges the exit
    bool m_killed = false;    // kill() was called: a crash exit is ours
};

} // namespace pd::test
