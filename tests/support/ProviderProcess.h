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

    /// Starts the provider and waits (up to 60 s) for its "Listening on <url>" line.
    bool start();
    /// The extra arguments of the next start or restart (a test serving another certificate).
    void setExtraArgs(QStringList extraArgs) { m_extra = std::move(extraArgs); }
    /// Restarts on the same data directory (and, where possible, the same port).
    bool restart();
    /// SIGKILL, as a crash would.
    void kill();
    /// Orderly stop.
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

private:
    bool launch(const QStringList &listen);

    QStringList m_extra;
    QTemporaryDir m_dir;
    QProcess m_proc;
    QUrl m_url;
    QString m_error;
};

} // namespace pd::test
