// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace pd::test {

/// A small HTTP/1.1 server on 127.0.0.1, port 0, that the test itself answers: it records every
/// request and replies with what the handler returns, or holds the request unanswered, or drops the
/// connection. For unit tests of the client's own HTTP code (ApiJob, ApiClient, SignIn's code
/// exchange) where the test must see the exact bytes or make the other side misbehave; never a
/// stand-in for the provider in a test of a feature (those talk to ProviderProcess).
class LocalHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< as sent: path and query, still encoded
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; ///< names lower-cased
        QByteArray body;
        QByteArray header(const char *lowerName) const { return headers.value(QByteArray(lowerName)); }
        /// The body as an x-www-form-urlencoded form.
        QUrlQuery form() const;
    };
    struct Reply
    {
        enum class Mode { Answer, Hold, Drop, CutShort };
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Answer;

        static Reply json(int status, const QByteArray &body) { return Reply{status, body, "application/json", {}, Mode::Answer}; }
        static Reply problem(int status, const QByteArray &body)
        {
            return Reply{status, body, "application/problem+json", {}, Mode::Answer};
        }
        static Reply hold() { return Reply{0, {}, {}, {}, Mode::Hold}; }
        static Reply drop() { return Reply{0, {}, {}, {}, Mode::Drop}; }
        /// The status line, the headers and half the body (Content-Length says all of it), then the
        /// connection closes: a server that dies while answering.
        static Reply cutShort(int status, const QByteArray &body) { return Reply{status, body, "application/json", {}, Mode::CutShort}; }
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;

    /// Listens on 127.0.0.1, port 0.
    bool listen();
    /// http://127.0.0.1:<port>/
    QUrl url() const;
    /// The default answers 404 with an empty problem.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests() const { return m_requests; }
    /// Connections accepted so far.
    int connections() const { return m_connections; }
    /// Connections the client has closed (or that were dropped) so far.
    int closedConnections() const { return m_closed; }
    /// Answers the oldest request that was held (Reply::hold()); false when none is waiting.
    bool answerHeld(const Reply &reply);

Q_SIGNALS:
    void requestReceived(const pd::test::LocalHttpServer::Request &request);
    void connectionClosed();

private:
    void onReadyRead(QTcpSocket *socket);
    /// The reply; with `bodyBytes` >= 0 only that much of its body (Content-Length still says all).
    void write(QTcpSocket *socket, const Reply &reply, qsizetype bodyBytes = -1);

    QTcpServer *m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_held;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    int m_closed = 0;
};

} // namespace pd::test
