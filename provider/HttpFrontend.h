// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QAbstractHttpServer>

#include <functional>

namespace pd::provider {

class ConnectionGuard;

/// The only place that touches QtHttpServer (a tech preview in 6.4 whose API 6.8 renamed):
/// converts its request into HttpRequest, calls one handler synchronously, writes the HttpResponse.
/// Routing is ours, so every path and method gets a problem+json answer, never QtHttpServer's
/// default 404 page.
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

    /// Listens through `guard` (which checks every request's head before QtHttpServer reads it) and
    /// takes ownership of it. Returns the port bound, or 0.
    quint16 serve(ConnectionGuard *guard, const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace pd::provider
