// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestHead.h"

#include <QHash>
#include <QTcpServer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <optional>

namespace pd::provider {

/// The connection limits (pd::limits, docs/api/README.md "Connections"); tests shorten the timeouts
/// with --test-timeouts-ms.
struct GuardOptions
{
    int idleMs = 0;
    int headerMs = 0;
    int bodyMs = 0;
    int connectionsPerAddress = 0;
    int connections = 0;
    qint64 headerBytes = 0;
    qint64 bufferedBytesTotal = 0;
    qint64 largestBody = 0;  ///< the largest body any path accepts: what one connection may buffer
    /// Tests only (--test-request-log): every request head that arrives is noted in this file, one
    /// line each (its request line, and whether it carries an Authorization header), before anything
    /// else is decided about it. Empty: nothing is noted.
    QString requestLog;
#if QT_CONFIG(ssl)
    /// HTTPS: connections are accepted here, not by QtHttpServer, so its sslSetup() does not apply; the
    /// guard starts TLS itself with this configuration (the gate then sees the decrypted bytes).
    std::optional<QSslConfiguration> tls;
#endif
    static GuardOptions defaults();
};

/// Accepts connections in place of QtHttpServer's own QTcpServer (QAbstractHttpServer::bind), so that
/// nothing reaches QtHttpServer's parser, which keeps a whole request in memory, unchecked: every
/// connection gets a RequestGate that reads each request's head first and refuses what is too large,
/// malformed or too slow. Counts connections per address and in total, and the body bytes all
/// connections have been allowed to send (what QtHttpServer will buffer).
class ConnectionGuard : public QTcpServer
{
public:
    ConnectionGuard(BodyLimitFor limitFor, GuardOptions options, QObject *parent = nullptr);
    /// Deletes the connections first: their gates report to this guard as they go.
    ~ConnectionGuard() override;

    const GuardOptions &options() const { return m_options; }
    const BodyLimitFor &limitFor() const { return m_limitFor; }

    /// Takes `bytes` of the total buffer budget; false (nothing taken) when it would go over.
    bool reserve(qint64 bytes);
    void release(qint64 bytes);
    /// A connection counted in incomingConnection is gone.
    void closed(const QString &address);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    BodyLimitFor m_limitFor;
    GuardOptions m_options;
    QHash<QString, int> m_perAddress;
    int m_connections = 0;
    qint64 m_buffered = 0;
};

/// The client's address as text, IPv4-mapped IPv6 ("::ffff:1.2.3.4") written as IPv4.
QString peerText(const QTcpSocket &socket);

} // namespace pd::provider
