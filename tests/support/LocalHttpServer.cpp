// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace pd::test {

QUrlQuery LocalHttpServer::Request::form() const
{
    // '+' is a space in a form body; QUrlQuery only knows %20.
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(b));
}

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler([](const Request &) { return Reply::problem(404, "{}"); })
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            ++m_connections;
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                ++m_closed;
                m_buffers.remove(s);
                s->deleteLater();
                Q_EMIT connectionClosed();
            });
        }
    });
}

LocalHttpServer::~LocalHttpServer() = default;

bool LocalHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort()));
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one kept-alive connection.
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request r;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        r.method = requestLine.value(0);
        r.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.header("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        r.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        const QUrl target(QString::fromLatin1(r.target));
        r.path = target.path();
        r.query = QUrlQuery(target);
        m_requests.append(r);
        Q_EMIT requestReceived(r);
        const Reply reply = m_handler(r);
        switch (reply.mode) {
        case Reply::Mode::Answer:
            write(socket, reply);
            break;
        case Reply::Mode::Hold:
            m_held.append(socket);
            break;
        case Reply::Mode::Drop:
            socket->abort();
            return;
        case Reply::Mode::CutShort:
            write(socket, reply, reply.body.size() / 2);
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
    }
}

void LocalHttpServer::write(QTcpSocket *socket, const Reply &reply, qsizetype bodyBytes)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    socket->write(head);
    socket->write(bodyBytes < 0 ? reply.body : reply.body.left(bodyBytes));
}

bool LocalHttpServer::answerHeld(const Reply &reply)
{
    while (!m_held.isEmpty()) {
        QPointer<QTcpSocket> s = m_held.takeFirst();
        if (s && s->state() == QAbstractSocket::ConnectedState) {
            write(s, reply);
            return true;
        }
    }
    return false;
}

} // namespace pd::test
