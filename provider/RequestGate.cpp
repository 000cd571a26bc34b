// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestGate.h"

#include "ConnectionGuard.h"
#include "Problem.h"
#include "RequestHead.h"

#include <QFile>
#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {
/// How long a refused connection keeps reading (and dropping) before it is closed.
constexpr int kLingerMs = 2000;
}

RequestGate::RequestGate(QTcpSocket *socket, ConnectionGuard &guard)
    : QObject(socket)
    , m_socket(socket)
    , m_guard(guard)
{
    const GuardOptions &o = guard.options();
    // What one connection may hold: one head, one body, and the next head behind it (pipelining).
    // QtHttpServer keeps a request's bytes in the socket's buffer until it has all of them.
    socket->setReadBufferSize(2 * o.headerBytes + o.largestBody);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestGate::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGate::beforeHttpServer);
    startTimer(o.idleMs);
}

RequestGate::~RequestGate()
{
    m_guard.release(m_reserved + m_toRelease);
    if (!m_address.isEmpty())
        m_guard.closed(m_address);
}

void RequestGate::counted(const QString &address)
{
    m_address = address;
}

void RequestGate::afterHttpServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGate::afterHttpServerRead);
}

void RequestGate::startTimer(int ms)
{
    m_timer.start(qMax(1, ms));
}

void RequestGate::beforeHttpServer()
{
    if (m_state == State::Refused) {
        discardInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_inspected && inspect(m_inspected, available))
        m_inspected = available;
}

void RequestGate::afterHttpServerRead()
{
    // QtHttpServer has read what it could; what it left was inspected already.
    m_inspected = m_state == State::Refused ? 0 : m_socket->bytesAvailable();
    m_guard.release(m_toRelease);
    m_toRelease = 0;
}

bool RequestGate::inspect(qint64 from, qint64 available)
{
    const GuardOptions &o = m_guard.options();
    qint64 at = from;
    while (at < available) {
        if (m_state == State::Idle) {
            // Line ends between requests (some clients send one after a body) do not start a request.
            const QByteArray window = m_socket->peek(at + qMin<qint64>(available - at, 64)).sliced(at);
            qsizetype blank = 0;
            while (blank < window.size() && (window[blank] == '\r' || window[blank] == '\n'))
                ++blank;
            at += blank;
            if (blank == window.size())
                continue;
            m_state = State::Head;
            m_head.clear();
            startTimer(o.headerMs);
        }
        if (m_state == State::Head) {
            // peek() copies from the front of the unread data: take no more than the head can still use.
            const qint64 room = o.headerBytes + 3 - m_head.size();
            const qint64 take = qMin(available - at, room);
            const QByteArray chunk = m_socket->peek(at + take).sliced(at);
            m_head += chunk;
            const qsizetype end = RequestHeadParser::headEnd(m_head);
            if ((end < 0 && m_head.size() > o.headerBytes) || end > o.headerBytes) {
                refuse(problem(431, u"header-fields-too-large"_s, u"Request header fields too large"_s,
                               u"The request line and header fields are limited to "_s
                                   + QString::number(o.headerBytes / 1024) + u" KiB."_s));
                return false;
            }
            if (end < 0) {
                at += chunk.size();
                continue;
            }
            at += chunk.size() - (m_head.size() - end);
            m_head.truncate(end);
            if (!o.requestLog.isEmpty())
                noteRequest(o.requestLog, m_head);
            RequestHead head;
            if (auto refused = RequestHeadParser::check(m_head, m_guard.limitFor(), &head)) {
                refuse(*refused);
                return false;
            }
            if (!m_guard.reserve(head.contentLength)) {
                refuse(problem(503, u"busy"_s, u"Busy"_s,
                               u"The provider is receiving as much as it holds at once; try again shortly."_s)
                           .withHeader("Retry-After", "1"));
                return false;
            }
            m_head.clear();
            if (head.contentLength == 0) {
                m_state = State::Idle;
                startTimer(o.idleMs);
                continue;
            }
            m_reserved = head.contentLength;
            m_bodyLeft = head.contentLength;
            m_state = State::Body;
            startTimer(o.bodyMs);
            if (head.expectContinue) {
                HttpResponse proceed;
                proceed.status = 100;
                m_socket->write(RequestHeadParser::serialize(proceed));
            }
        }
        if (m_state == State::Body) {
            const qint64 take = qMin(available - at, m_bodyLeft);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0) {
                m_toRelease += m_reserved;
                m_reserved = 0;
                m_state = State::Idle;
                startTimer(o.idleMs);
            }
        }
    }
    return true;
}

void RequestGate::noteRequest(const QString &file, const QByteArray &head)
{
    // The request line, and whether an Authorization field came (never its value).
    const qsizetype eol = head.indexOf('\n');
    QByteArray line = head.left(eol < 0 ? head.size() : eol).trimmed();
    bool authorization = false;
    for (const QByteArray &field : head.split('\n'))
        if (field.trimmed().toLower().startsWith("authorization:"))
            authorization = true;
    QFile log(file);
    if (log.open(QIODevice::Append | QIODevice::WriteOnly))
        log.write(line + (authorization ? " authorization" : "") + '\n');
}

void RequestGate::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        if (m_socket->property(PendingProperty).toInt() > 0) {
            startTimer(m_guard.options().idleMs); // an answer is still being prepared
            return;
        }
        m_socket->disconnectFromHost();
        return;
    case State::Head:
    case State::Body:
        refuse(problem(408, u"request-timeout"_s, u"Request timeout"_s,
                       m_state == State::Head
                           ? u"The request line and headers must arrive within "_s
                                 + QString::number(m_guard.options().headerMs / 1000.0) + u" s."_s
                           : u"The body must arrive within "_s + QString::number(m_guard.options().bodyMs / 1000.0)
                                 + u" s of the headers."_s));
        return;
    case State::Refused:
        finishClose();
        return;
    }
}

void RequestGate::refuse(const HttpResponse &response)
{
    m_state = State::Refused;
    m_guard.release(m_reserved);
    m_reserved = 0;
    discardInput();
    m_socket->write(RequestHeadParser::serialize(response));
    startTimer(kLingerMs);
    connect(m_socket, &QTcpSocket::disconnected, this, &RequestGate::finishClose);
#if QT_CONFIG(ssl)
    if (qobject_cast<QSslSocket *>(m_socket)) {
        // TLS: a plain half-close would cut off encrypted bytes still queued; let Qt flush and close.
        m_socket->disconnectFromHost();
        return;
    }
#endif
    // Once the answer is out, say so (half-close) and keep dropping what still comes until the
    // linger ends: closing with unread data would reset the connection and lose the answer.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
#ifdef Q_OS_UNIX
        if (m_socket->bytesToWrite() == 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    });
}

void RequestGate::discardInput()
{
    // QtHttpServer may be in the middle of a read transaction: undo it so nothing is kept.
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_inspected = 0;
}

void RequestGate::finishClose()
{
    m_timer.stop();
    m_socket->abort();
    // A socket QtHttpServer never took (refused at accept) is ours to delete; one it took, it
    // deletes once disconnected.
    if (m_address.isEmpty())
        m_socket->deleteLater();
}

} // namespace pd::provider
