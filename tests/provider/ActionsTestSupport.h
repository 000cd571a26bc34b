// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the "act on your data" tests: JSON calls with extra headers, a raw socket client
// (to see a dropped connection exactly as it happened, without QNAM's automatic resend), and a
// provider launcher with chosen arguments and data directory (fault mode, restarts).
#pragma once

#include "HttpTestClient.h"
#include "ProviderProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>
#include <QUuid>

namespace pd::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

/// True when `text` has a CJK Unified Ideograph, i.e. is really written in Chinese.
inline bool hasCjk(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// HTTP with arbitrary headers; synchronous like HttpTestClient.
class ApiClient
{
public:
    explicit ApiClient(QUrl base) : m_base(std::move(base)) {}
    void setBase(const QUrl &base) { m_base = base; }

    HttpResult call(const QByteArray &verb, const QString &path, const QByteArray &token, const QByteArray &body = {},
                    const QByteArray &contentType = "application/json", const Headers &headers = {})
    {
        QNetworkRequest req(QUrl(m_base.toString(QUrl::StripTrailingSlash) + path));
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *reply = verb == "GET" ? m_nam.get(req) : m_nam.sendCustomRequest(req, verb, body);
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(120000);
        }
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        return r;
    }

    HttpResult get(const QString &path, const QByteArray &token) { return call("GET", path, token, {}, {}); }

    /// A state-changing JSON call with an Idempotency-Key (a new one unless given).
    HttpResult act(const QByteArray &verb, const QString &path, const QByteArray &token, const QJsonObject &body,
                   QByteArray key = {}, const Headers &extra = {})
    {
        if (key.isEmpty())
            key = newKey();
        Headers headers{{"Idempotency-Key", key}};
        headers += extra;
        return call(verb, path, token, json(body), "application/json", headers);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

/// One request over a fresh TCP connection. `dropped` is true when the connection closed before
/// any byte of an answer arrived.
struct RawResult
{
    bool dropped = false;
    int status = 0;
    QByteArray head;
    QByteArray body;
};

inline RawResult rawSend(const QUrl &base, const QByteArray &verb, const QString &path, const Headers &headers,
                         const QByteArray &body)
{
    RawResult r;
    QTcpSocket s;
    s.connectToHost(base.host(), quint16(base.port()));
    if (!s.waitForConnected(10000))
        return r;
    QByteArray req = verb + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.host().toLatin1() + ':'
        + QByteArray::number(base.port()) + "\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        req += h.first + ": " + h.second + "\r\n";
    req += "\r\n" + body;
    s.write(req);
    s.flush();
    QByteArray data;
    QDeadlineTimer deadline(ProviderProcess::kStartTimeoutMs);
    qsizetype headerEnd = -1;
    qint64 contentLength = -1;
    while (!deadline.hasExpired()) {
        if (headerEnd >= 0 && contentLength >= 0 && data.size() >= headerEnd + 4 + contentLength)
            break;
        if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0)
            break;
        if (s.bytesAvailable() == 0 && !s.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (s.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        data += s.readAll();
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : data.left(headerEnd).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
        }
    }
    data += s.readAll();
    if (data.isEmpty()) {
        r.dropped = true;
        return r;
    }
    headerEnd = data.indexOf("\r\n\r\n");
    r.head = data.left(headerEnd);
    r.body = headerEnd >= 0 ? data.mid(headerEnd + 4) : QByteArray();
    const QList<QByteArray> statusLine = data.left(data.indexOf("\r\n")).split(' ');
    r.status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
    return r;
}

/// The provider on a data directory of the caller's choosing, with chosen extra arguments.
class LaunchedProvider
{
public:
    ~LaunchedProvider() { stop(); }

    /// `productionHashing`: passwords hashed with the provider's own default iterations, not the
    /// tests' cheap ones (ProviderProcess::kTestPasswordIterations).
    bool start(const QString &dataDir, const QStringList &extra, bool productionHashing = false)
    {
        stop();
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir,
                         QStringLiteral("--demo")};
        if (!productionHashing && !extra.contains(QStringLiteral("--test-password-iterations")))
            args << QStringLiteral("--test-password-iterations") << QString::number(ProviderProcess::kTestPasswordIterations);
        m_proc.start(ProviderProcess::executable(), args + extra);
        if (!m_proc.waitForStarted(10000))
            return false;
        QDeadlineTimer deadline(ProviderProcess::kStartTimeoutMs);
        while (!deadline.hasExpired()) {
            if (!m_proc.canReadLine() && !m_proc.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
            while (m_proc.canReadLine()) {
                const QString line = QString::fromUtf8(m_proc.readLine()).trimmed();
                if (line.startsWith(QLatin1String("Listening on "))) {
                    m_url = QUrl(line.mid(13));
                    m_running = true;
                    return true;
                }
            }
        }
        return false;
    }

    /// SIGTERM; the provider must exit cleanly (ProviderProcess::requireCleanExit), so a sanitizer
    /// report in it fails the test.
    void stop()
    {
        const qint64 pid = m_proc.processId();
        if (!m_running) { // never reported its address: end it without judging
            if (m_proc.state() != QProcess::NotRunning) {
                m_proc.kill();
                m_proc.waitForFinished(5000);
            }
            return;
        }
        m_running = false;
        bool killed = false;
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
            if (!m_proc.waitForFinished(30000)) {
                killed = true;
                m_proc.kill();
                m_proc.waitForFinished(5000);
            }
        }
        ProviderProcess::requireCleanExit(m_proc, QStringLiteral("privacy-provider (pid %1)").arg(pid), killed);
    }

    QUrl url() const { return m_url; }
    qint64 pid() const { return m_proc.processId(); }

private:
    QProcess m_proc;
    QUrl m_url;
    bool m_running = false;
};

} // namespace pd::test
