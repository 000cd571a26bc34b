// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFrontend.h"

#include "ConnectionGuard.h"
#include "Problem.h"
#include "RequestGate.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

#include <cstdio>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

quint16 HttpFrontend::serve(ConnectionGuard *guard, const QHostAddress &address, quint16 port)
{
    guard->setParent(this);
    if (!guard->listen(address, port))
        return 0;
    bind(guard);
    return guard->serverPort();
}

namespace {

QHttpServerResponse toQt(const HttpResponse &r)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(r.status);
    QHttpServerResponse response = r.contentType.isEmpty() ? QHttpServerResponse(status)
                                                           : QHttpServerResponse(r.contentType, r.body, status);
    if (r.contentType.isEmpty())
        response.clearHeader("Content-Type"); // 6.4 labels empty bodies "application/x-empty"
    for (const auto &h : r.headers)
        response.addHeader(h.first, h.second);
    return response;
}

void adjustPending(QTcpSocket *socket, int by)
{
    socket->setProperty(RequestGate::PendingProperty, socket->property(RequestGate::PendingProperty).toInt() + by);
}

} // namespace

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path(QUrl::FullyDecoded);
    req.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    for (const auto &h : request.headers())
        req.headers.insert(h.first.toLower(), h.second);
    req.body = request.body();
    req.peer = peerText(*socket);

    const HttpResponse r = m_handler(req);
    if (r.dropConnection) {
        // Fault mode: the client sees the connection close without any answer.
        socket->abort();
        return true;
    }
    if (r.later) {
        // Finished elsewhere (a password hash): hold the responder, serve other requests meanwhile.
        auto pending = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        adjustPending(socket, +1);
        r.later([pending, guard = QPointer<QTcpSocket>(socket)](HttpResponse answer) {
            if (!guard)
                return;
            adjustPending(guard, -1);
            if (guard->state() == QAbstractSocket::ConnectedState)
                toQt(answer).write(std::move(*pending));
        });
        return true;
    }
    QHttpServerResponse response = toQt(r);
    if (r.delayMs > 0) {
        // Fault mode: answer later without blocking other connections. The request and socket live
        // until the socket is gone; if the client gave up meanwhile, there is nobody to answer.
        auto pending = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        auto held = std::make_shared<QHttpServerResponse>(std::move(response));
        QTimer::singleShot(r.delayMs, this, [pending, held, guard = QPointer<QTcpSocket>(socket)]() {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                held->write(std::move(*pending));
        });
        return true;
    }
    response.write(makeResponder(request, socket));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest takes every request. Kept honest all the same.
    const HttpResponse r = notFound();
    QHttpServerResponse(r.contentType, r.body, QHttpServerResponder::StatusCode::NotFound)
        .write(makeResponder(request, socket));
}

} // namespace pd::provider
