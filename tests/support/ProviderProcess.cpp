// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderProcess.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

namespace pd::test {

ProviderProcess::ProviderProcess(QStringList extraArgs)
    : m_extra(std::move(extraArgs))
{
    m_proc.setProcessChannelMode(QProcess::SeparateChannels);
    m_proc.setReadChannel(QProcess::StandardOutput);
}

ProviderProcess::~ProviderProcess()
{
    stop();
}

QString ProviderProcess::executable()
{
    const QByteArray env = qgetenv("PD_PROVIDER");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
#ifdef PD_PROVIDER_PATH
    return QStringLiteral(PD_PROVIDER_PATH);
#else
    return QStringLiteral("privacy-provider");
#endif
}

bool ProviderProcess::start()
{
    return launch({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
}

bool ProviderProcess::restart()
{
    stop();
    const QString hostPort = m_url.isValid()
        ? QStringLiteral("127.0.0.1:%1").arg(m_url.port())
        : QStringLiteral("127.0.0.1:0");
    if (launch({QStringLiteral("--listen"), hostPort}))
        return true;
    return launch({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
}

bool ProviderProcess::launch(const QStringList &listen)
{
    m_error.clear();
    m_running = false;
    m_killed = false;
    QStringList args = listen;
    args << QStringLiteral("--data") << m_dir.path() << QStringLiteral("--demo");
    if (!m_extra.contains(QStringLiteral("--test-password-iterations")))
        args << QStringLiteral("--test-password-iterations") << QString::number(kTestPasswordIterations);
    args << m_extra;
    m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_proc.start(executable(), args);
    if (!m_proc.waitForStarted(10000)) {
        m_error = m_proc.errorString();
        return false;
    }
    static const QRegularExpression re(QStringLiteral("Listening on (\\S+)"));
    QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        if (!m_proc.canReadLine() && !m_proc.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        while (m_proc.canReadLine()) {
            const QString line = QString::fromUtf8(m_proc.readLine()).trimmed();
            seen += line.toUtf8() + '\n';
            const auto m = re.match(line);
            if (m.hasMatch()) {
                m_url = QUrl(m.captured(1));
                m_running = true;
                return true;
            }
        }
        if (m_proc.state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("provider did not report its address; output: ") + QString::fromUtf8(seen);
    if (m_proc.state() == QProcess::NotRunning && m_proc.exitStatus() == QProcess::NormalExit
        && m_proc.exitCode() == kSanitizerExitCode)
        m_error += QStringLiteral(" (exit code %1: a sanitizer report, on stderr above)").arg(kSanitizerExitCode);
    halt();
    return false;
}

bool ProviderProcess::advanceClock(qint64 seconds)
{
    QNetworkAccessManager nam;
    QUrl url = m_url.resolved(QUrl(QStringLiteral("/test/clock")));
    url.setQuery(QStringLiteral("advance=%1").arg(seconds));
    QNetworkReply *reply = nam.post(QNetworkRequest(url), QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_error = status == 200 ? QString()
                            : QStringLiteral("POST /test/clock answered %1 (is --test-hooks on?): %2")
                                  .arg(status)
                                  .arg(QString::fromUtf8(reply->readAll()));
    delete reply;
    return status == 200;
}

void ProviderProcess::kill()
{
    if (m_proc.state() != QProcess::NotRunning) {
        m_killed = true;
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

void ProviderProcess::halt()
{
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
    m_running = false;
}

void ProviderProcess::stop()
{
    if (!m_running) {
        halt();
        return;
    }
    m_running = false;
    const qint64 pid = m_proc.processId();
    bool killed = m_killed;
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.terminate();
        // An ASan build checks for leaks on the way out, which takes a moment.
        if (!m_proc.waitForFinished(30000)) {
            killed = true;
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
    requireCleanExit(m_proc, QStringLiteral("privacy-provider (pid %1)").arg(pid), killed);
}

void ProviderProcess::requireCleanExit(const QProcess &proc, const QString &what, bool killedByUs)
{
    if (proc.exitStatus() == QProcess::CrashExit && killedByUs)
        return;
    if (proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0)
        return;
    QString why;
    if (proc.exitStatus() == QProcess::CrashExit)
        why = QStringLiteral("crashed");
    else if (proc.exitCode() == kSanitizerExitCode)
        why = QStringLiteral("exited with code %1: a sanitizer (ASan, UBSan or LeakSanitizer) report, on stderr above")
                  .arg(kSanitizerExitCode);
    else
        why = QStringLiteral("exited with code %1 instead of 0").arg(proc.exitCode());
    const QByteArray message = (what + QStringLiteral(" ") + why).toLocal8Bit();
    std::fprintf(stderr, "FAIL: %s\n", message.constData());
    std::fflush(stderr);
    if (QTest::currentTestFunction())
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    else
        qFatal("%s", message.constData());
}

} // namespace pd::test
