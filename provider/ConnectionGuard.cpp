// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionGuard.h"

#include "Limits.h"
#include "Problem.h"
#include "RequestGate.h"

#include <QTcpSocket>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace pd::provider {

using namespace Qt::StringLiterals;

GuardOptions GuardOptions::defaults()
{
    GuardOptions o;
    o.idleMs = pd::limits::kIdleTimeoutS * 1000;
    o.headerMs = pd::limits::kHeaderTimeoutS * 1000;
    o.bodyMs = pd::limits::kBodyTimeoutS * 1000;
    o.connectionsPerAddress = pd::limits::kConnectionsPerAddressMax;
    o.connections = pd::limits::kConnectionsMax;
    o.headerBytes = pd::limits::kHeaderBytesMax;
    o.bufferedBytesTotal = pd::limits::kBufferedBytesTotalMax;
    o.largestBody = qMax(pd::limits::kAttachmentBytesMax, pd::limits::kJsonBodyBytesMax);
    return o;
}

QString peerText(const QTcpSocket &socket)
{
    const QHostAddress a = socket.peerAddress();
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : a.toString();
}

ConnectionGuard::ConnectionGuard(BodyLimitFor limitFor, GuardOptions options, QObject *parent)
    : QTcpServer(parent)
    , m_limitFor(std::move(limitFor))
    , m_options(options)
{
}

ConnectionGuard::~ConnectionGuard()
{
    // QObject would delete them after this class's members are gone, and each gate's destructor
    // updates the counts below.
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

bool ConnectionGuard::reserve(qint64 bytes)
{
    if (bytes > m_options.bufferedBytesTotal - m_buffered)
        return false;
    m_buffered += bytes;
    return true;
}

void ConnectionGuard::release(qint64 bytes)
{
    m_buffered = qMax<qint64>(0, m_buffered - bytes);
}

void ConnectionGuard::closed(const QString &address)
{
    --m_connections;
    if (--m_perAddress[address] <= 0)
        m_perAddress.remove(address);
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    if (m_options.tls) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(*m_options.tls);
        socket = tls;
    }
#endif
    if (!socket)
        socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
#if QT_CONFIG(ssl)
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->startServerEncryption(); // the idle timeout covers a handshake that never ends
#endif
    const QString address = peerText(*socket);
    auto *gate = new RequestGate(socket, *this);
    if (m_connections >= m_options.connections || m_perAddress.value(address) >= m_options.connectionsPerAddress) {
        // Never handed to QtHttpServer: answered here and closed.
        const bool mine = m_connections < m_options.connections;
        gate->refuse(problem(503, u"too-many-connections"_s, u"Too many connections"_s,
                             mine ? u"At most "_s + QString::number(m_options.connectionsPerAddress)
                                        + u" connections from one address at a time."_s
                                  : u"The provider has as many connections as it takes; try again shortly."_s)
                         .withHeader("Retry-After", "1"));
        return;
    }
    ++m_connections;
    ++m_perAddress[address];
    gate->counted(address);
    // QtHttpServer (bound to this server) picks the socket up from here and connects its own
    // readyRead after the gate's: the gate sees every byte first.
    addPendingConnection(socket);
    gate->afterHttpServer();
}

} // namespace pd::provider
