// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiJob.h"

#include "domain/Problem.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pd {
namespace {
constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;

ErrorCode classify(QNetworkReply::NetworkError e)
{
    switch (e) {
    // A cancel the user asked for never reaches onFinished() (abort() disconnects first): what
    // does is Qt ending the request at its transfer timeout (Qt 6.4 reports that as cancelled).
    case QNetworkReply::OperationCanceledError: return ErrorCode::Timeout;
    case QNetworkReply::TimeoutError: return ErrorCode::Timeout;
    case QNetworkReply::SslHandshakeFailedError: return ErrorCode::Tls;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return ErrorCode::Network;
    default: return ErrorCode::Network;
    }
}
} // namespace

ApiJob::ApiJob(QNetworkAccessManager *nam, QByteArray verb, QNetworkRequest request, QByteArray body, Auth auth,
               QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_verb(std::move(verb))
    , m_request(std::move(request))
    , m_body(std::move(body))
    , m_auth(auth)
{
    m_request.setTransferTimeout(kTimeoutMs);
    // Redirects are never followed: the API does not use them, and following one could send the
    // bearer token somewhere else.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_request.setRawHeader("Accept", "application/json, application/problem+json");
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::send(const QString &accessToken)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_tooLarge = false;
    m_sslErrors.clear();
    QNetworkRequest req = m_request;
    // Set on every send (a job re-sent after a token refresh asks in the language of now). It also
    // replaces the one Qt would add from the system locale, which need not be the app's language.
    // A call that asks for one language on purpose (the policy in each language) keeps its own.
    if (!m_request.hasRawHeader("Accept-Language"))
        req.setRawHeader("Accept-Language", acceptLanguage());
    if (m_auth == Auth::Bearer) {
        m_tokenUsed = accessToken;
        if (!accessToken.isEmpty()) // no token: no header (an empty "Bearer " is malformed)
            req.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    }
    m_reply = m_nam->sendCustomRequest(req, m_verb, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    // Only noted, to say why: never ignored, so any certificate error ends the connection before
    // a byte of the request (or its token) is sent.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxResponseBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

QByteArray ApiJob::acceptLanguage(const QLocale &ui)
{
    if (ui.language() != QLocale::Chinese)
        return QByteArrayLiteral("en");
    // The same split as the UI's catalogues (LanguageSwitcher): Traditional script or a Traditional
    // region reads zh-HK texts, the rest of Chinese zh-CN.
    const bool traditional = ui.script() == QLocale::TraditionalChineseScript || ui.territory() == QLocale::HongKong
                             || ui.territory() == QLocale::Macau || ui.territory() == QLocale::Taiwan;
    return traditional ? QByteArrayLiteral("zh-HK, zh;q=0.8, en;q=0.5") : QByteArrayLiteral("zh-CN, zh;q=0.8, en;q=0.5");
}

TlsProblem ApiJob::tlsProblem(const QList<QSslError> &errors, const QString &handshakeError)
{
    bool selfSigned = false, untrusted = false, expired = false, notYet = false, host = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            selfSigned = true;
            break;
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::UnableToDecryptCertificateSignature:
        case QSslError::UnableToDecodeIssuerPublicKey:
        case QSslError::CertificateSignatureFailed:
        case QSslError::InvalidCaCertificate:
        case QSslError::InvalidPurpose:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::CertificateRevoked:
        case QSslError::PathLengthExceeded:
        case QSslError::AuthorityIssuerSerialNumberMismatch:
        case QSslError::SubjectIssuerMismatch:
            untrusted = true;
            break;
        case QSslError::CertificateExpired:
            expired = true;
            break;
        case QSslError::CertificateNotYetValid:
            notYet = true;
            break;
        case QSslError::HostNameMismatch:
            host = true;
            break;
        default:
            break;
        }
    }
    if (selfSigned)
        return TlsProblem::SelfSigned;
    if (untrusted)
        return TlsProblem::Untrusted;
    if (expired)
        return TlsProblem::Expired;
    if (notYet)
        return TlsProblem::NotYetValid;
    if (host)
        return TlsProblem::HostName;
    if (errors.isEmpty()) {
        // OpenSSL's words when the two sides share no TLS version: the server's alert
        // ("tlsv1 alert protocol version"), or the client's own refusal ("unsupported protocol",
        // "wrong version number", "no protocols available").
        static const char *const oldProtocol[] = {"protocol version", "unsupported protocol", "wrong version number",
                                                  "no protocols available", "version too low"};
        for (const char *words : oldProtocol)
            if (handshakeError.contains(QLatin1String(words), Qt::CaseInsensitive))
                return TlsProblem::OldProtocol;
    }
    return TlsProblem::Unknown;
}

void ApiJob::abort()
{
    if (m_done)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_done = true;
    ApiResponse r;
    r.error = Error::make(ErrorCode::Cancelled);
    Q_EMIT finished(r);
}

void ApiJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    ApiResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A status line came, but the connection (or its proxy) failed before the answer's end: what
    // arrived is incomplete, so it is no answer at all, never a success with half a body.
    // (Errors from ContentAccessDenied up are Qt's names for HTTP statuses, which are answers.)
    if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied)
        r.status = 0;
    r.body = reply->readAll();
    r.etag = reply->rawHeader("ETag");
    r.retryAfter = reply->rawHeader("Retry-After");
    if (std::exchange(m_tooLarge, false)) {
        // Stopped here past the cap: what arrived is incomplete, never a success.
        r.status = 0;
        r.body.clear();
        r.error = Error::make(ErrorCode::TooLarge, QStringLiteral("response over %1 bytes").arg(kMaxResponseBytes));
    } else if (r.status == 0) {
        r.body.clear();
        r.error = Error::make(classify(reply->error()), reply->errorString());
        if (r.error.code == ErrorCode::Tls) {
            r.error.tls = tlsProblem(m_sslErrors, reply->errorString());
            for (const QSslError &e : std::as_const(m_sslErrors))
                r.error.detail += QStringLiteral("; ") + e.errorString();
        }
    } else if (r.status >= 200 && r.status < 300) {
        // ok
    } else if (r.status == 304) {
        // not modified: ok
    } else {
        r.error = Problem::fromBody(r.body, r.status).toError();
    }
    Q_EMIT replied(r);
}

} // namespace pd
