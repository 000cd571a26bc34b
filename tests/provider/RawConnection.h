// SPDX-License-Identifier: GPL-3.0-or-later
// A raw HTTP/1.1 connection for tests that must control exactly what is sent and when: part of a
// head, a trickle of body, a flood, or a connection from another loopback address (127.0.0.2).
#pragma once

#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace pd::test {

class RawConnection
{
public:
    /// Connects to `base` from `from` (any loopback address; Linux answers the whole 127/8).
    explicit RawConnection(const QUrl &base, const QHostAddress &from = QHostAddress(QHostAddress::LocalHost))
        : m_socket(std::make_unique<QTcpSocket>())
    {
        m_socket->bind(from, 0);
        m_socket->connectToHost(base.host(), quint16(base.port()));
        m_connected = m_socket->waitForConnected(10000);
    }

    bool connected() const { return m_connected; }
    QTcpSocket &socket() { return *m_socket; }

    void send(const QByteArray &data)
    {
        m_socket->write(data);
        m_socket->flush();
        while (m_socket->bytesToWrite() > 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->waitForBytesWritten(10000);
    }

    /// Waits (at most `ms`) for one whole response: head and Content-Length body.
    QByteArray response(int ms = 30000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            m_data += m_socket->readAll();
            const qsizetype end = m_data.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qint64 length = headerValue(m_data.left(end), "content-length").toLongLong();
                if (m_data.size() >= end + 4 + length)
                    return m_data;
            }
            if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
                break;
            m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
        }
        return m_data += m_socket->readAll();
    }

    /// Whether the provider closed the connection within `ms` (reading and keeping what came first).
    bool closedWithin(int ms)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            m_data += m_socket->readAll();
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                return true;
            if (!m_socket->waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))))
                && m_socket->state() != QAbstractSocket::ConnectedState)
                return true;
        }
        return false;
    }

    QByteArray received() const { return m_data; }

    static int status(const QByteArray &response)
    {
        const QList<QByteArray> parts = response.left(response.indexOf("\r\n")).split(' ');
        return parts.size() > 1 && parts[0].startsWith("HTTP/1.") ? parts[1].toInt() : 0;
    }
    static QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    static QByteArray body(const QByteArray &response)
    {
        const qsizetype end = response.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : response.mid(end + 4);
    }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_data;
    bool m_connected = false;
};

/// A process's resident memory in KiB (VmRSS in /proc/PID/status), or -1.
inline qint64 residentKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace pd::test
