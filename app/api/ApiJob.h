// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QLocale>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd {

/// What one HTTP call produced. `error.code == None` for 2xx and 304.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray retryAfter; ///< raw Retry-After header (seconds or HTTP-date), for 429/503
    Error error;
    bool ok() const { return error.code == ErrorCode::None; }
};

/// One REST call: owns its reply, its timeout and abort, and emits finished() exactly once
/// (after ownCloud's AbstractNetworkJob). ApiClient re-sends it once after a token refresh.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class Auth { Bearer, None };

    ApiJob(QNetworkAccessManager *nam, QByteArray verb, QNetworkRequest request, QByteArray body, Auth auth,
           QObject *parent = nullptr);
    ~ApiJob() override;

    /// Sends with `accessToken` (ignored for Auth::None).
    void send(const QString &accessToken);
    /// Stops the call; finished() is emitted with ErrorCode::Cancelled.
    void abort();

    Auth auth() const { return m_auth; }
    QString tokenUsed() const { return m_tokenUsed; }
    bool retried() const { return m_retried; }
    void setRetried() { m_retried = true; }
    QUrl url() const { return m_request.url(); }

    static constexpr int kTimeoutMs = 30000;

    /// The Accept-Language the provider's texts are asked in, for the app's language `ui` (the
    /// default QLocale, which the UI's language switch sets): Traditional Chinese (zh_HK, and the
    /// zh_TW / zh_MO / Hant locales the UI shows in Traditional) -> "zh-HK, zh;q=0.8, en;q=0.5";
    /// other Chinese -> "zh-CN, zh;q=0.8, en;q=0.5"; anything else -> "en". Every send() reads
    /// it afresh, so a language switch applies to the next call.
    static QByteArray acceptLanguage(const QLocale &ui = QLocale());

    /// Why a TLS handshake failed, from the certificate errors Qt reported (`errors`, never
    /// ignored: the connection is refused whatever they are) or, when there were none, from the
    /// handshake's error text (`handshakeError`: a server that speaks only TLS 1.0 or 1.1).
    static TlsProblem tlsProblem(const QList<QSslError> &errors, const QString &handshakeError);

    /// finished() has been emitted (answered, failed or aborted).
    bool isDone() const { return m_done; }

Q_SIGNALS:
    /// Internal: ApiClient intercepts 401 before users see finished().
    void replied(const pd::ApiResponse &response);
    void finished(const pd::ApiResponse &response);

private:
    void onFinished();

    QNetworkAccessManager *m_nam;
    QByteArray m_verb;
    QNetworkRequest m_request;
    QByteArray m_body;
    Auth m_auth;
    QString m_tokenUsed;
    bool m_retried = false;
    bool m_done = false;
    bool m_tooLarge = false; ///< this job stopped the download past the response cap
    QList<QSslError> m_sslErrors; ///< what the last send's certificate check found (then refused)
    QPointer<QNetworkReply> m_reply;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ApiResponse)
