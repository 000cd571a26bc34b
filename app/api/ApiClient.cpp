// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include "domain/Codecs.h"
#include "domain/Origin.h"

#include <QNetworkAccessManager>

#include <utility>

namespace pd {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

void ApiClient::setCaCertificates(const QList<QSslCertificate> &extra)
{
    m_extraCas = extra;
    // Without extra CAs every request keeps Qt's default configuration (request() sets none), so
    // the TLS backend is not loaded here (~20 ms at every start) but at the first https call.
    m_tls.reset();
    if (!extra.isEmpty()) {
        // Qt loads the system's CAs on demand only while a configuration's CA list was never
        // set; adding any CA turns that off. So the list is written out whole: what the default
        // configuration holds, the system's, and the extra ones.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> cas = tls.caCertificates();
        for (const QSslCertificate &c : QSslConfiguration::systemCaCertificates() + extra)
            if (!cas.contains(c))
                cas.append(c);
        tls.setCaCertificates(cas);
        m_tls = tls;
    }
    // Connections kept open were checked against the old list.
    if (m_nam)
        m_nam->clearConnectionCache();
}

QNetworkRequest ApiClient::request(const QUrl &url) const
{
    QNetworkRequest req(url);
    if (m_tls)
        req.setSslConfiguration(*m_tls);
    return req;
}

void ApiClient::setTokens(const TokenPair &t, const QString &issuer)
{
    m_tokens = t;
    m_tokenOrigin = t.accessToken.isEmpty() && t.refreshToken.isEmpty() ? QString()
                    : issuer.isEmpty()                                     ? origin::of(m_base)
                                                                           : issuer;
    if (!m_holding || m_tokenOrigin.isEmpty())
        return;
    // The tokens the held calls waited for: they go out now, in the order they were made.
    m_holding = false;
    ++m_holdSerial;
    if (m_refreshing)
        return; // they go out with the refreshed tokens
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &j : waiting)
        if (j && !j->isDone()) // not aborted by its owner meanwhile
            sendAuthorized(j);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_base = url;
    ++m_holdSerial; // a probe of the old address says nothing about this one
}

void ApiClient::holdForTokens()
{
    m_holding = true;
    ++m_holdSerial;
}

void ApiClient::dropHeld(const Error &error)
{
    if (!std::exchange(m_holding, false))
        return;
    ++m_holdSerial;
    if (m_probe)
        m_probe->abort();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &j : waiting)
        if (j && !j->isDone())
            fail(j, error);
}

void ApiClient::probe()
{
    if (m_probe)
        return;
    auto *job = new ApiJob(m_nam, QByteArrayLiteral("GET"), request(resolve(QStringLiteral("/v1/policy/versions"))), {},
                           ApiJob::Auth::None, this);
    m_probe = job;
    connect(job, &ApiJob::replied, job, &QObject::deleteLater);
    connect(job, &ApiJob::finished, job, &QObject::deleteLater); // aborted
    connect(job, &ApiJob::replied, this, [this, job, serial = m_holdSerial](const ApiResponse &r) {
        if (m_probe == job)
            m_probe = nullptr; // answered: the next held call may probe again at once
        // Any answer at all (even an error status): the provider is there, the calls wait for the tokens.
        // A verdict from before the current wait, or about another address, counts for nothing.
        if (r.status != 0 || !m_holding || m_refreshing || serial != m_holdSerial)
            return;
        const ErrorCode c = r.error.code;
        if (c != ErrorCode::Network && c != ErrorCode::Timeout && c != ErrorCode::Tls)
            return;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &j : waiting)
            if (j && !j->isDone())
                fail(j, r.error);
    });
    // Sent at once, not from the event loop as the calls are: its handlers are connected above, and
    // its verdict always comes from the event loop, after the held call's owner has connected. So at
    // start (main.cpp) it is on its way while the window is built and shown.
    job->send({});
}

bool ApiClient::mayCarryTokens(const QUrl &url) const
{
    return !m_tokenOrigin.isEmpty() && origin::of(url) == m_tokenOrigin;
}

Error ApiClient::otherProvider(const QUrl &url) const
{
    return Error::make(ErrorCode::OtherProvider, QStringLiteral("the tokens were issued by %1, not by %2")
                                                     .arg(m_tokenOrigin, origin::of(url)));
}

void ApiClient::fail(ApiJob *job, const Error &error, int status)
{
    ApiResponse r;
    r.status = status;
    r.error = error;
    Q_EMIT job->finished(r);
}

void ApiClient::sendAuthorized(ApiJob *job)
{
    // No tokens at all: sent without one, and the provider's 401 says to sign in.
    if (!m_tokens.accessToken.isEmpty() && !mayCarryTokens(job->url())) {
        fail(job, otherProvider(job->url()));
        return;
    }
    job->send(m_tokens.accessToken);
}

QUrl ApiClient::resolve(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    QString basePath = u.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    u.setPath(basePath + path);
    u.setQuery(query);
    return u;
}

ApiJob *ApiClient::start(ApiJob *job)
{
    connect(job, &ApiJob::replied, this, [this, job](const ApiResponse &r) { onReplied(job, r); });
    connect(job, &ApiJob::finished, job, &QObject::deleteLater);
    if (job->auth() == ApiJob::Auth::Bearer && (m_refreshing || m_holding)) {
        m_waiting.append(job);
        if (m_holding && !m_refreshing)
            probe();
    } else {
        // Sent from the event loop so the caller can connect to finished() first.
        QMetaObject::invokeMethod(
            job,
            [job, this] {
                if (job->auth() == ApiJob::Auth::Bearer)
                    sendAuthorized(job);
                else
                    job->send({});
            },
            Qt::QueuedConnection);
    }
    return job;
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query, const QByteArray &ifNoneMatch)
{
    QNetworkRequest req = request(resolve(path, query));
    if (!ifNoneMatch.isEmpty())
        req.setRawHeader("If-None-Match", ifNoneMatch);
    return start(new ApiJob(m_nam, QByteArrayLiteral("GET"), req, {}, ApiJob::Auth::Bearer, this));
}

ApiJob *ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req = request(resolve(path));
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    return start(new ApiJob(m_nam, verb, req, body, ApiJob::Auth::Bearer, this));
}

ApiJob *ApiClient::postForm(const QString &path, const QUrlQuery &form)
{
    QNetworkRequest req = request(resolve(path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // application/x-www-form-urlencoded: every name and value percent-encoded, '+' included (a raw
    // '+' reads as a space there); QUrlQuery's own encoding leaves '+' as it is.
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return start(new ApiJob(m_nam, QByteArrayLiteral("POST"), req, body, ApiJob::Auth::None, this));
}

ApiJob *ApiClient::revoke()
{
    if (!mayCarryTokens(resolve(QStringLiteral("/oauth/revoke"))))
        return nullptr;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), m_tokens.refreshToken);
    form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), clientId());
    return postForm(QStringLiteral("/oauth/revoke"), form);
}

void ApiClient::onReplied(ApiJob *job, const ApiResponse &r)
{
    if (r.status == 401 && job->auth() == ApiJob::Auth::Bearer && !job->retried()) {
        job->setRetried();
        if (job->tokenUsed() != m_tokens.accessToken && !m_refreshing) {
            // Another call already refreshed while this one was in flight.
            sendAuthorized(job);
            return;
        }
        m_waiting.append(job);
        refresh();
        return;
    }
    Q_EMIT job->finished(r);
}

void ApiClient::refresh()
{
    if (m_refreshing)
        return;
    const QUrl tokenUrl = resolve(QStringLiteral("/oauth/token"));
    if (m_tokens.refreshToken.isEmpty() || !mayCarryTokens(tokenUrl)) {
        // Without a refresh token, or at an address that did not issue it: nothing is sent.
        const bool other = !m_tokens.refreshToken.isEmpty();
        const Error e = other ? otherProvider(tokenUrl) : Error::make(ErrorCode::Unauthorized, QStringLiteral("no refresh token"));
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &j : waiting)
            if (j)
                fail(j, e, other ? 0 : 401);
        if (!other)
            Q_EMIT sessionExpired(e);
        return;
    }
    m_refreshing = true;
    ++m_refreshCount;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), m_tokens.refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), clientId());
    ApiJob *job = postForm(QStringLiteral("/oauth/token"), form);
    connect(job, &ApiJob::finished, this, [this](const ApiResponse &r) {
        m_refreshing = false;
        const auto waiting = std::exchange(m_waiting, {});
        Result<TokenPair> t = r.ok() ? codec::decodeTokens(r.body) : Result<TokenPair>(r.error);
        if (t) {
            TokenPair next = *t;
            if (next.refreshToken.isEmpty())
                next.refreshToken = m_tokens.refreshToken;
            m_tokens = next;
            Q_EMIT tokensRefreshed(m_tokens);
            for (const auto &j : waiting)
                if (j)
                    sendAuthorized(j);
            return;
        }
        // Network failure during refresh is not the end of the session: report it as such, and
        // keep the tokens for the next try. A refused refresh (400/401) ends the session.
        Error e = t.error();
        const bool sessionOver = r.status == 400 || r.status == 401;
        if (sessionOver)
            e.code = ErrorCode::Unauthorized;
        for (const auto &j : waiting)
            if (j)
                fail(j, e, sessionOver ? 401 : 0);
        if (sessionOver)
            Q_EMIT sessionExpired(e);
    });
}

} // namespace pd
