// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderProcess.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

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
    QDeadlineTimer deadline(60000);
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
                return true;
            }
        }
        if (m_proc.state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("provider did not report its address; output: ") + QString::fromUtf8(seen);
    stop();
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
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

void ProviderProcess::stop()
{
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.terminate();
        if (!m_proc.waitForFinished(5000)) {
            m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }
}

} // namespace pd::test
