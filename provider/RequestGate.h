// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace pd::provider {

class ConnectionGuard;

/// One connection's gatekeeper (made by ConnectionGuard, a child of its socket): sees every byte before
/// QtHttpServer does (its readyRead slot is connected first), follows where each request's head and body
/// end without consuming anything, and refuses before more arrives: a head over
/// pd::limits::kHeaderBytesMax (431) or malformed (RequestHeadParser), a Content-Length over the path's
/// limit (413) or over what all connections may buffer together (503), and requests too slow to arrive
/// (408: header and body timeouts). An idle kept-alive connection is closed. A refusal is written, the
/// connection half-closed and whatever the client still sends is read and dropped for a moment (so the
/// client reads the answer instead of a reset), then the connection is closed.
class RequestGate : public QObject
{
public:
    /// Property of the socket HttpFrontend raises while an answer is being prepared off the event
    /// loop's turn (a deferred response), so the idle timeout waits for it.
    static constexpr const char *PendingProperty = "pdPendingResponses";

    RequestGate(QTcpSocket *socket, ConnectionGuard &guard);
    ~RequestGate() override;

    /// The connection counts against `address` until it is gone.
    void counted(const QString &address);
    /// Called once QtHttpServer has connected its slots: connects the one that runs after them.
    void afterHttpServer();
    /// Answers `response` and closes (lingering), whatever state the connection was in.
    void refuse(const HttpResponse &response);

private:
    enum class State { Idle, Head, Body, Refused };

    void beforeHttpServer();
    void afterHttpServerRead();
    void onTimeout();
    void finishClose();
    void discardInput();
    void startTimer(int ms);
    /// Inspects bytes [from, available) of the socket's unread data; false once refused.
    bool inspect(qint64 from, qint64 available);
    /// --test-request-log: notes `head`'s request line in `file`.
    static void noteRequest(const QString &file, const QByteArray &head);

    QTcpSocket *m_socket;
    ConnectionGuard &m_guard;
    QString m_address;        ///< empty unless counted
    State m_state = State::Idle;
    QByteArray m_head;        ///< the head so far (at most the header limit plus a line end)
    qint64 m_inspected = 0;   ///< unread bytes at the front of the socket's buffer already inspected
    qint64 m_bodyLeft = 0;
    qint64 m_reserved = 0;    ///< budget taken for the body being received
    qint64 m_toRelease = 0;   ///< budget of bodies complete in this readyRead, released after QtHttpServer read them
    QTimer m_timer;
};

} // namespace pd::provider
