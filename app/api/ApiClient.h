// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/Records.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;

namespace pd {

/// Talks to the provider. Holds the current tokens in memory only (the keychain is the store).
/// A 401 triggers one token refresh, shared by every call in flight; calls that failed with the
/// old token are re-sent once with the new one.
///
/// Tokens belong to the origin (scheme, host, port) that issued them and go nowhere else: every
/// send and every refresh checks the address against it. A call to another address fails with
/// ErrorCode::OtherProvider without anything being sent.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    /// The tokens and the origin that issued them (origin::of); empty `issuer`: the base URL's.
    void setTokens(const TokenPair &t, const QString &issuer = {});
    void clearTokens() { setTokens({}); }
    /// The tokens are on their way (read from the keychain at start): until setTokens() gives them,
    /// every authenticated call waits unsent, then goes out with them; dropHeld() fails the waiting
    /// calls with `error` instead (the keychain had none) and ends the wait. Meanwhile a call that
    /// needs no token (GET /v1/policy/versions) finds out whether the provider can be reached: when
    /// it cannot (no connection, refused, closed, a TLS failure), the waiting calls fail at once with
    /// that error, the one they would meet once sent, instead of after the keychain's answer; the
    /// wait goes on for calls made later, which probe again.
    void holdForTokens();
    bool isHoldingForTokens() const { return m_holding; }
    void dropHeld(const Error &error);
    TokenPair tokens() const { return m_tokens; }
    QString tokenOrigin() const { return m_tokenOrigin; }
    /// True when `url` is at the origin that issued the tokens, the only place they may go.
    bool mayCarryTokens(const QUrl &url) const;
    QString clientId() const { return QStringLiteral("privacy-dashboard"); }

    /// Certificate authorities trusted besides the system's (a company's own, from the CA file
    /// chosen in Settings), for every call this client makes: API, token and revoke. Empty: the
    /// system's alone. Certificate errors are never ignored, whatever is trusted.
    void setCaCertificates(const QList<QSslCertificate> &extra);
    QList<QSslCertificate> caCertificates() const { return m_extraCas; }

    /// GET an authenticated resource. The job deletes itself after finished().
    ApiJob *get(const QString &path, const QUrlQuery &query = {}, const QByteArray &ifNoneMatch = {});
    /// Any authenticated call with a body (JSON or raw) and extra headers.
    ApiJob *send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// POST a form without a bearer token (OAuth endpoints).
    ApiJob *postForm(const QString &path, const QUrlQuery &form);
    /// Revokes the refresh token (best effort; RFC 7009 always answers 200). Null, sending nothing,
    /// when the base URL is not the tokens' origin.
    ApiJob *revoke();

    int refreshCount() const { return m_refreshCount; }
    QUrl resolve(const QString &path, const QUrlQuery &query = {}) const;

Q_SIGNALS:
    /// New tokens after a refresh: persist them (rotation makes the old refresh token useless).
    void tokensRefreshed(const pd::TokenPair &tokens);
    /// Refresh failed: the session is over; sign in again.
    void sessionExpired(const pd::Error &error);

private:
    ApiJob *start(ApiJob *job);
    /// A request to `url` that trusts the system's certificate authorities and the extra ones.
    QNetworkRequest request(const QUrl &url) const;
    /// Sends `job` with the access token, or fails it with OtherProvider if its address is not the
    /// tokens' origin. Every authenticated send goes through here.
    void sendAuthorized(ApiJob *job);
    static void fail(ApiJob *job, const Error &error, int status = 0);
    Error otherProvider(const QUrl &url) const;
    void onReplied(ApiJob *job, const ApiResponse &r);
    void refresh();
    /// While holding: sends the probe described at holdForTokens(), unless one is out.
    void probe();

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    TokenPair m_tokens;
    QString m_tokenOrigin;
    bool m_refreshing = false;
    bool m_holding = false; ///< holdForTokens(): authenticated calls wait in m_waiting
    int m_refreshCount = 0;
    QList<QPointer<ApiJob>> m_waiting;
    QPointer<ApiJob> m_probe; ///< probe(): out while it is not null
    quint64 m_holdSerial = 0; ///< a new one for every wait and address: an older probe's verdict is void
    QList<QSslCertificate> m_extraCas;
    /// With m_extraCas: the system's CAs and those. Made only then: even an empty QSslConfiguration
    /// loads the TLS backend (~15 ms), which a start should not wait for.
    std::optional<QSslConfiguration> m_tls;
};

} // namespace pd
