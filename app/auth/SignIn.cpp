// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignIn.h"

#include "CallbackRequest.h"
#include "Pkce.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "domain/Codecs.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace pd {

SignIn::SignIn(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5 * 60 * 1000);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(Error::make(ErrorCode::Timeout, QStringLiteral("no redirect"))); });
}

SignIn::~SignIn()
{
    stopListening();
}

void SignIn::start()
{
    cancel();
    m_server = new QTcpServer(this);
    // RFC 8252 7.3: loopback IP literal, not "localhost", any free port.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString why = m_server->errorString();
        stopListening();
        Q_EMIT failed(Error::make(ErrorCode::Network, why));
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &SignIn::onConnection);
    m_verifier = pkce::randomToken(32);
    m_state = pkce::randomToken(16);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(callbackPath()));

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_api->clientId());
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challengeS256(m_verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // The provider's sign-in page follows the app's language (OIDC ui_locales).
    // Same choice as the API's Accept-Language: its first (preferred) tag.
    q.addQueryItem(QStringLiteral("ui_locales"),
                   QString::fromLatin1(ApiJob::acceptLanguage().split(',').constFirst().trimmed()));
    m_timeout.start();
    Q_EMIT browserUrlReady(m_api->resolve(QStringLiteral("/oauth/authorize"), q));
}

void SignIn::cancel()
{
    if (!isActive())
        return;
    m_exchanging = false;
    finish(Error::make(ErrorCode::Cancelled));
}

void SignIn::stopListening()
{
    // Connections still sending something (not answered) have nothing more to say to this sign-in.
    const QList<QTcpSocket *> open = m_buffers.keys();
    m_buffers.clear();
    m_held = 0;
    for (QTcpSocket *s : open)
        s->abort();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void SignIn::finish(const Error &error)
{
    m_timeout.stop();
    stopListening();
    m_verifier.clear();
    m_state.clear();
    if (error.code != ErrorCode::None)
        Q_EMIT failed(error);
}

void SignIn::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *s = m_server->nextPendingConnection();
        // The server is closed as soon as the redirect arrives; the socket must outlive it long
        // enough to deliver the page the browser shows.
        s->setParent(this);
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QObject::destroyed, this, [this, s] { forget(s); });
        if (m_buffers.size() >= kMaxConnections) {
            // Anything local can connect; a flood of connections must not hold the memory the
            // real redirect needs. Browsers retry a refused connection.
            s->abort();
            continue;
        }
        // Qt reads no more than this from the system into its own buffer, so a flood waits in
        // the kernel (and is then cut) instead of piling up in the app.
        s->setReadBufferSize(kMaxRequestBytes);
        m_buffers.insert(s, {});
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
    }
}

void SignIn::forget(QTcpSocket *socket)
{
    if (const auto it = m_buffers.constFind(socket); it != m_buffers.cend()) {
        m_held -= it->size();
        m_buffers.erase(it);
    }
}

void SignIn::drop(QTcpSocket *socket)
{
    forget(socket);
    socket->abort();
}

void SignIn::respond(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    forget(socket); // answered: nothing more is read from it
    socket->disconnect(this);
    const QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>"
                                        "<body><main><h1>%2</h1><p>%3</p></main></body></html>")
                             .arg(QLocale().bcp47Name(), title.toHtmlEscaped(), message.toHtmlEscaped());
    const QByteArray body = html.toUtf8();
    const QByteArray reason = status == 200   ? "OK"
                              : status == 404 ? "Not Found"
                              : status == 405 ? "Method Not Allowed"
                                              : "Bad Request";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
        "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
        "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 405)
        head += "Allow: GET\r\n";
    socket->write(head + "\r\n" + body);
    socket->disconnectFromHost();
}

void SignIn::ignore(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    respond(socket, status, title, message);
    Q_EMIT requestIgnored();
}

void SignIn::onRequest(QTcpSocket *socket)
{
    const auto it = m_buffers.find(socket);
    if (!m_server || it == m_buffers.end())
        return;
    // Count every byte read, not only what is waiting: a request never needs more than the cap,
    // and all connections together never hold more than the total.
    const qint64 incoming = socket->bytesAvailable();
    if (it->size() + incoming > kMaxRequestBytes || m_held + incoming > kMaxHeldBytes) {
        drop(socket);
        return;
    }
    const QByteArray chunk = socket->read(incoming);
    m_received += chunk.size();
    m_held += chunk.size();
    it->append(chunk);
    const CallbackRequest request = parseCallbackRequest(*it, m_state);
    // Anything but the real redirect is answered and forgotten; the sign-in goes on waiting for
    // the redirect (or its timeout). Only a redirect that carries this sign-in's state ends it.
    using V = CallbackRequest::Verdict;
    switch (request.verdict) {
    case V::Incomplete:
        return;
    case V::Malformed:
        ignore(socket, 400, tr("Not understood"), tr("This address only receives the sign-in redirect."));
        return;
    case V::NotFound:
        // A browser may ask for /favicon.ico first: keep waiting for the real redirect.
        ignore(socket, 404, tr("Not found"), tr("This address only receives the sign-in redirect."));
        return;
    case V::WrongMethod:
        ignore(socket, 405, tr("Not understood"), tr("This address only receives the sign-in redirect."));
        return;
    case V::WrongState:
        // Not this sign-in's redirect (another page, a stale tab, someone guessing): refused, and
        // the real one can still come.
        ignore(socket, 400, tr("Sign-in not accepted"),
               tr("This sign-in did not come from the request Privacy Dashboard made, so it was refused. Return to the app and try again."));
        return;
    case V::Denied:
        respond(socket, 200, tr("Sign-in cancelled"), tr("You did not sign in. You can close this tab and return to Privacy Dashboard."));
        finish(Error::make(request.error == QLatin1String("access_denied") ? ErrorCode::AccessDenied : ErrorCode::Provider,
                           request.error));
        return;
    case V::NoCode:
        respond(socket, 400, tr("Sign-in not accepted"), tr("The sign-in answer was incomplete. Return to Privacy Dashboard and try again."));
        finish(Error::make(ErrorCode::Provider, QStringLiteral("no code")));
        return;
    case V::Redirect:
        break;
    }
    const QString code = request.code;
    respond(socket, 200, tr("You are signed in"),
            tr("You can close this tab and return to Privacy Dashboard."));
    // Exactly one redirect: stop listening before the exchange.
    m_timeout.stop();
    stopListening();
    exchange(code);
}

void SignIn::exchange(const QString &code)
{
    m_exchanging = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    form.addQueryItem(QStringLiteral("client_id"), m_api->clientId());
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    ApiJob *job = m_api->postForm(QStringLiteral("/oauth/token"), form);
    connect(job, &ApiJob::finished, this, [this](const ApiResponse &r) {
        if (!m_exchanging)
            return; // cancelled meanwhile
        m_exchanging = false;
        m_verifier.clear();
        m_state.clear();
        if (!r.ok()) {
            Q_EMIT failed(r.error);
            return;
        }
        Result<TokenPair> t = codec::decodeTokens(r.body);
        if (!t) {
            Q_EMIT failed(t.error());
            return;
        }
        Q_EMIT succeeded(*t);
    });
}

} // namespace pd
