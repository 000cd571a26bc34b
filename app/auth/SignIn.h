// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace pd {

class ApiClient;

/// OAuth 2.0 for native apps (RFC 8252) with PKCE S256 (RFC 7636), done by hand because Qt
/// NetworkAuth is GPL-only and lacks PKCE in 6.4. Listens on 127.0.0.1, port 0, for exactly one
/// redirect; checks `state`; exchanges the code with the verifier. The listener answers anything
/// else (other paths, other methods, a wrong `state`) with an error page and keeps waiting, and
/// reads at most kMaxRequestBytes per connection and kMaxHeldBytes across connections. The core only emits the URL;
/// the UI opens the browser.
class SignIn : public QObject
{
    Q_OBJECT
public:
    explicit SignIn(ApiClient *api, QObject *parent = nullptr);
    ~SignIn() override;

    /// Starts listening and emits browserUrlReady(); fails at once if no loopback port is free.
    void start();
    void cancel();
    bool isActive() const { return m_server != nullptr || m_exchanging; }
    void setTimeout(int ms) { m_timeout.setInterval(ms); }
    QUrl redirectUri() const { return m_redirectUri; }
    /// Bytes the listener has read from its connections so far (for tests and diagnostics).
    qint64 bytesReceived() const { return m_received; }

    /// The most one connection may send: a redirect is a request line and a few headers.
    static constexpr qint64 kMaxRequestBytes = 16 * 1024;
    /// The most all open connections together may hold at once.
    static constexpr qint64 kMaxHeldBytes = 256 * 1024;
    /// The most connections open at once.
    static constexpr qsizetype kMaxConnections = 32;

Q_SIGNALS:
    void browserUrlReady(const QUrl &url);
    void succeeded(const pd::TokenPair &tokens);
    void failed(const pd::Error &error);
    /// The listener answered a request that was not this sign-in's redirect and goes on waiting.
    void requestIgnored();

private:
    void onConnection();
    void onRequest(QTcpSocket *socket);
    void forget(QTcpSocket *socket);
    void drop(QTcpSocket *socket);
    /// Answers a request that is not this sign-in's redirect; the sign-in goes on.
    void ignore(QTcpSocket *socket, int status, const QString &title, const QString &message);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &message);
    void finish(const Error &error);
    void exchange(const QString &code);
    void stopListening();

    ApiClient *m_api;
    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_redirectUri;
    bool m_exchanging = false;
    QHash<QTcpSocket *, QByteArray> m_buffers; ///< what each open connection has sent so far
    qint64 m_held = 0;                         ///< the sum of m_buffers
    qint64 m_received = 0;
};

} // namespace pd
