// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

namespace pd::test {

/// A finished HTTP exchange, as plain values.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char *lowerName) const { return headers.value(QByteArray(lowerName)); }
    /// The problem+json type slug ("/problems/<slug>" -> "<slug>").
    QString problemType() const { return json().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1); }
    bool isProblem() const { return header("content-type").startsWith("application/problem+json"); }
};

/// Synchronous-looking HTTP for tests: each call runs the event loop until the reply finishes.
/// Redirects are never followed, so tests see the provider's 302s as a browser's network layer would.
class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl base)
        : m_base(std::move(base))
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    void setBase(const QUrl &base) { m_base = base; }
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_base.toString(QUrl::StripTrailingSlash) + pathAndQuery); }

    HttpResult get(const QString &pathAndQuery, const QByteArray &bearer = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req(url(pathAndQuery));
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return run(m_nam.get(req));
    }

    HttpResult send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                    const QByteArray &contentType = "application/x-www-form-urlencoded", const QByteArray &bearer = {})
    {
        QNetworkRequest req(url(pathAndQuery));
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!bearer.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + bearer);
        return run(m_nam.sendCustomRequest(req, verb, body));
    }

    HttpResult postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
    {
        return send("POST", path, encodeForm(fields));
    }

    static QByteArray encodeForm(const QList<QPair<QString, QString>> &fields)
    {
        QByteArray out;
        for (const auto &kv : fields) {
            if (!out.isEmpty())
                out += '&';
            out += QUrl::toPercentEncoding(kv.first) + '=' + QUrl::toPercentEncoding(kv.second);
        }
        return out;
    }

    /// The hidden inputs of the sign-in form, read from its HTML as a browser would.
    static QList<QPair<QString, QString>> hiddenFields(const QByteArray &html)
    {
        static const QRegularExpression re(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
        QList<QPair<QString, QString>> out;
        auto it = re.globalMatch(QString::fromUtf8(html));
        while (it.hasNext()) {
            const auto m = it.next();
            out.append({unescape(m.captured(1)), unescape(m.captured(2))});
        }
        return out;
    }

    static QString unescape(QString s)
    {
        s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return s;
    }

private:
    HttpResult run(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(60000);
        }
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        return r;
    }

    QUrl m_base;
    QNetworkAccessManager m_nam;
};

/// Tokens from a completed sign-in.
struct Tokens
{
    QByteArray access;
    QByteArray refresh;
    bool ok() const { return !access.isEmpty() && !refresh.isEmpty(); }
};

/// RFC 8252 loopback client values the tests use. No listener is needed: the tests read the
/// redirect from the 302's Location instead of following it.
inline QString testRedirectUri() { return QStringLiteral("http://127.0.0.1:53682/callback"); }
inline QString testVerifier() { return QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"); }
inline QString testChallenge() { return QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"); } // RFC 7636 B

inline QString authorizeQuery(const QString &state = QStringLiteral("st-123"),
                              const QString &method = QStringLiteral("S256"),
                              const QString &redirectUri = testRedirectUri(),
                              const QString &clientId = QStringLiteral("privacy-dashboard"))
{
    QList<QPair<QString, QString>> q{{QStringLiteral("response_type"), QStringLiteral("code")},
                                     {QStringLiteral("client_id"), clientId},
                                     {QStringLiteral("redirect_uri"), redirectUri},
                                     {QStringLiteral("state"), state},
                                     {QStringLiteral("code_challenge"), testChallenge()},
                                     {QStringLiteral("code_challenge_method"), method}};
    return QStringLiteral("/oauth/authorize?") + QString::fromLatin1(HttpTestClient::encodeForm(q));
}

/// GET the form, POST it back with credentials; returns the authorization code from the
/// redirect (empty on failure).
inline QString obtainCode(HttpTestClient &http, const QString &user, const QString &password)
{
    const HttpResult form = http.get(authorizeQuery());
    if (form.status != 200)
        return {};
    auto fields = HttpTestClient::hiddenFields(form.body);
    fields << qMakePair(QStringLiteral("username"), user) << qMakePair(QStringLiteral("password"), password);
    const HttpResult post = http.postForm(QStringLiteral("/oauth/authorize"), fields);
    if (post.status != 302)
        return {};
    return QUrlQuery(QUrl(QString::fromUtf8(post.header("location")))).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

inline HttpResult exchangeCode(HttpTestClient &http, const QString &code, const QString &verifier = testVerifier(),
                               const QString &redirectUri = testRedirectUri())
{
    return http.postForm(QStringLiteral("/oauth/token"), {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                          {QStringLiteral("code"), code},
                                                          {QStringLiteral("redirect_uri"), redirectUri},
                                                          {QStringLiteral("client_id"), QStringLiteral("privacy-dashboard")},
                                                          {QStringLiteral("code_verifier"), verifier}});
}

inline HttpResult refreshTokens(HttpTestClient &http, const QByteArray &refresh)
{
    return http.postForm(QStringLiteral("/oauth/token"), {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                          {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
                                                          {QStringLiteral("client_id"), QStringLiteral("privacy-dashboard")}});
}

inline Tokens tokensFrom(const HttpResult &r)
{
    const QJsonObject o = r.json();
    return {o.value(QStringLiteral("access_token")).toString().toLatin1(),
            o.value(QStringLiteral("refresh_token")).toString().toLatin1()};
}

inline Tokens signIn(HttpTestClient &http, const QString &user, const QString &password)
{
    const QString code = obtainCode(http, user, password);
    if (code.isEmpty())
        return {};
    const HttpResult r = exchangeCode(http, code);
    return r.status == 200 ? tokensFrom(r) : Tokens{};
}

} // namespace pd::test
