// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuth.h"

#include "Crypto.h"
#include "JsonResponse.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "SignInPage.h"
#include "TestClock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return TestClock::nowMs();
}

QString hashOf(const QString &secret)
{
    return Crypto::sha256Hex(secret.toUtf8());
}

HttpResponse html(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = body;
    // The sign-in page must never be framed (clickjacking) nor cached (it may echo a username).
    r.withHeader("Cache-Control", "no-store")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
        .withHeader("Referrer-Policy", "no-referrer");
    return r;
}

const QRegularExpression &base64UrlToken()
{
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{16,256}$"_s);
    return re;
}

} // namespace

OAuth::OAuth(ProviderDb &db, OAuthOptions options)
    : m_db(db)
    , m_options(options)
    , m_passwords(db)
{
}

bool OAuth::isValidRedirectUri(const QString &uri)
{
    // RFC 8252 7.3 loopback redirection, written out literally: no "localhost" (DNS can be
    // hijacked), no query or fragment, an explicit port, a path.
    static const QRegularExpression re(
        u"^http://(127\\.0\\.0\\.1|\\[::1\\]):([0-9]{1,5})(/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)$"_s);
    const auto m = re.match(uri);
    if (!m.hasMatch())
        return false;
    const int port = m.captured(2).toInt();
    return port >= 1 && port <= 65535;
}

HttpResponse OAuth::oauthError(int status, const QString &error, const QString &detail)
{
    static const QHash<QString, QString> titles{
        {u"invalid_request"_s, u"Invalid token request"_s},
        {u"invalid_grant"_s, u"Invalid grant"_s},
        {u"invalid_client"_s, u"Unknown client"_s},
        {u"unsupported_grant_type"_s, u"Unsupported grant type"_s},
    };
    QString slug = error;
    slug.replace(u'_', u'-');
    HttpResponse r = problem(status, slug, titles.value(error, error), detail, error);
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}

HttpResponse OAuth::redirectTo(const QString &redirectUri, const QList<QPair<QString, QString>> &params) const
{
    QString location = redirectUri;
    QChar sep = u'?';
    for (const auto &kv : params) {
        location += sep + kv.first + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(kv.second));
        sep = u'&';
    }
    HttpResponse r = html(302, SignInPage::redirect(location));
    r.withHeader("Location", location.toUtf8());
    return r;
}

std::optional<HttpResponse> OAuth::validate(const FormData &params, SignInPage::Lang lang, AuthRequest *out) const
{
    if (params.duplicate || params.malformed)
        return html(400, SignInPage::error(lang, SignInPage::Message::BadRequest));
    if (params.value(u"client_id"_s) != QLatin1String(ClientId))
        return html(400, SignInPage::error(lang, SignInPage::Message::UnknownClient));
    const QString redirectUri = params.value(u"redirect_uri"_s);
    if (!isValidRedirectUri(redirectUri))
        return html(400, SignInPage::error(lang, SignInPage::Message::BadRedirect));
    // From here on the redirect target is trusted, so errors go back to the app (RFC 6749 4.1.2.1).
    const QString state = params.value(u"state"_s);
    const auto refuse = [&](const QString &why) {
        return redirectTo(redirectUri, {{u"error"_s, u"invalid_request"_s}, {u"error_description"_s, why},
                                        {u"state"_s, state}});
    };
    if (state.isEmpty() || state.size() > 1024)
        return refuse(u"state is required (at most 1024 characters)"_s);
    if (params.value(u"response_type"_s) != u"code")
        return refuse(u"response_type must be code"_s);
    if (params.value(u"code_challenge_method"_s) != u"S256")
        return refuse(u"code_challenge_method must be S256"_s);
    static const QRegularExpression challengeRe(u"^[A-Za-z0-9_-]{43}$"_s);
    const QString challenge = params.value(u"code_challenge"_s);
    if (!challengeRe.match(challenge).hasMatch())
        return refuse(u"code_challenge must be a base64url SHA-256 (43 characters)"_s);
    out->redirectUri = redirectUri;
    out->state = state;
    out->challenge = challenge;
    out->hidden = {{u"response_type"_s, u"code"_s},
                   {u"client_id"_s, QLatin1String(ClientId)},
                   {u"redirect_uri"_s, redirectUri},
                   {u"state"_s, state},
                   {u"code_challenge"_s, challenge},
                   {u"code_challenge_method"_s, u"S256"_s}};
    if (params.has(u"scope"_s))
        out->hidden.append({u"scope"_s, params.value(u"scope"_s)});
    // ui_locales (OIDC Core 3.1.2.1) only picks the page language; a malformed one is ignored (the
    // language then follows Accept-Language) and is not carried on, so nothing odd is echoed.
    const QString uiLocales = params.value(u"ui_locales"_s);
    if (!uiLocales.isEmpty() && SignInPage::isValidUiLocales(uiLocales))
        out->hidden.append({u"ui_locales"_s, uiLocales});
    return std::nullopt;
}

HttpResponse OAuth::authorizeGet(const FormData &query, const QByteArray &acceptLanguage)
{
    const auto lang = SignInPage::negotiate(query.value(u"ui_locales"_s), acceptLanguage);
    AuthRequest request;
    if (auto refused = validate(query, lang, &request))
        return *refused;
    return html(200, SignInPage::form(lang, request.hidden, {}, SignInPage::Message::None));
}

HttpResponse OAuth::authorizePost(const FormData &form, const QByteArray &acceptLanguage, const QString &peer,
                                  bool wantsProblem)
{
    const auto lang = SignInPage::negotiate(form.value(u"ui_locales"_s), acceptLanguage);
    AuthRequest request;
    if (auto refused = validate(form, lang, &request))
        return *refused;
    if (form.value(u"cancel"_s) == u"1")
        return redirectTo(request.redirectUri, {{u"error"_s, u"access_denied"_s}, {u"state"_s, request.state}});

    const QString username = form.value(u"username"_s).trimmed();
    return m_passwords.check(username, form.value(u"password"_s), peer,
                             [this, lang, request, username, wantsProblem](const PasswordCheck::Outcome &o) {
                                 return signedIn(o, lang, request, username, wantsProblem);
                             });
}

HttpResponse OAuth::signedIn(const PasswordCheck::Outcome &outcome, SignInPage::Lang lang, const AuthRequest &request,
                             const QString &username, bool wantsProblem)
{
    if (outcome.result == PasswordCheck::Result::Throttled) {
        const QByteArray retryAfter = QByteArray::number(outcome.retryAfterS);
        if (wantsProblem)
            return withMembers(problem(429, u"too-many-attempts"_s, u"Too many sign-in attempts"_s,
                                       SignInPage::tryAgainIn(SignInPage::Lang::En, outcome.retryAfterS)),
                               {{u"retry_after"_s, outcome.retryAfterS}})
                .withHeader("Retry-After", retryAfter);
        return html(429, SignInPage::form(lang, request.hidden, username, SignInPage::Message::TooManyAttempts,
                                          outcome.retryAfterS))
            .withHeader("Retry-After", retryAfter);
    }
    const auto &account = outcome.account;
    if (outcome.result != PasswordCheck::Result::Right || !account)
        return html(401, SignInPage::form(lang, request.hidden, username, SignInPage::Message::WrongCredentials));
    // Only once the password is right: a closed account is no secret to its owner.
    if (account->isClosed(nowMs()))
        return html(403, SignInPage::form(lang, request.hidden, username, SignInPage::Message::AccountClosed));

    const QString code = Crypto::randomToken(32);
    CodeRow row;
    row.account = account->id;
    row.clientId = QLatin1String(ClientId);
    row.redirectUri = request.redirectUri;
    row.challenge = request.challenge;
    row.expiresAt = nowMs() + m_options.codeTtlS * 1000;
    if (!m_db.insertCode(hashOf(code), row))
        return html(500, SignInPage::error(lang, SignInPage::Message::Internal));
    return redirectTo(request.redirectUri, {{u"code"_s, code}, {u"state"_s, request.state}});
}

HttpResponse OAuth::issueTokens(const QString &family, qint64 account, qint64 now)
{
    const QString access = Crypto::randomToken(32);
    const QString refresh = Crypto::randomToken(32);
    if (!m_db.insertToken(hashOf(access), u"access"_s, family, account, now + m_options.accessTokenTtlS * 1000)
        || !m_db.insertToken(hashOf(refresh), u"refresh"_s, family, account, now + m_options.refreshTokenTtlS * 1000))
        return problem(500, u"internal"_s, u"Internal error"_s);
    HttpResponse r = jsonResponse(QJsonObject{{u"access_token"_s, access},
                                              {u"token_type"_s, u"Bearer"_s},
                                              {u"expires_in"_s, m_options.accessTokenTtlS},
                                              {u"refresh_token"_s, refresh},
                                              {u"scope"_s, u"profile"_s}});
    r.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    return r;
}

HttpResponse OAuth::token(const FormData &form)
{
    if (form.duplicate || form.malformed)
        return oauthError(400, u"invalid_request"_s, u"A parameter is repeated or not valid UTF-8."_s);
    const QString grantType = form.value(u"grant_type"_s);
    if (grantType.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"grant_type is required."_s);
    if (grantType != u"authorization_code" && grantType != u"refresh_token")
        return oauthError(400, u"unsupported_grant_type"_s, u"Only authorization_code and refresh_token are supported."_s);
    if (form.value(u"client_id"_s) != QLatin1String(ClientId))
        return oauthError(401, u"invalid_client"_s, u"client_id must be privacy-dashboard."_s);
    const qint64 now = nowMs();

    if (grantType == u"authorization_code") {
        const QString code = form.value(u"code"_s);
        const QString redirectUri = form.value(u"redirect_uri"_s);
        const QString verifier = form.value(u"code_verifier"_s);
        if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty())
            return oauthError(400, u"invalid_request"_s, u"code, redirect_uri and code_verifier are required."_s);
        static const QRegularExpression verifierRe(u"^[A-Za-z0-9._~-]{43,128}$"_s);
        if (!verifierRe.match(verifier).hasMatch())
            return oauthError(400, u"invalid_request"_s,
                              u"code_verifier must be 43 to 128 unreserved characters (RFC 7636)."_s);
        const QString codeHash = hashOf(code);
        const auto row = m_db.code(codeHash);
        if (!row)
            return oauthError(400, u"invalid_grant"_s, u"The authorization code is not valid."_s);
        if (row->used) {
            // RFC 6749 4.1.2: a replayed code means it leaked; what it bought is withdrawn.
            if (!row->family.isEmpty())
                m_db.revokeFamily(row->family);
            return oauthError(400, u"invalid_grant"_s, u"The authorization code was already used."_s);
        }
        if (row->expiresAt <= now)
            return oauthError(400, u"invalid_grant"_s, u"The authorization code has expired."_s);
        if (row->redirectUri != redirectUri || row->clientId != form.value(u"client_id"_s))
            return oauthError(400, u"invalid_grant"_s, u"redirect_uri does not match the authorization request."_s);
        if (!Crypto::constantTimeEquals(Crypto::pkceChallenge(verifier).toLatin1(), row->challenge.toLatin1()))
            return oauthError(400, u"invalid_grant"_s, u"code_verifier does not match the code_challenge."_s);

        const QString family = Crypto::randomToken(16);
        if (!m_db.begin())
            return problem(500, u"internal"_s, u"Internal error"_s);
        if (!m_db.insertFamily(family, row->account, now) || !m_db.markCodeUsed(codeHash, family)) {
            m_db.rollback();
            return problem(500, u"internal"_s, u"Internal error"_s);
        }
        HttpResponse r = issueTokens(family, row->account, now);
        if (r.status != 200 || !m_db.commit()) {
            m_db.rollback();
            return problem(500, u"internal"_s, u"Internal error"_s);
        }
        return r;
    }

    const QString refresh = form.value(u"refresh_token"_s);
    if (refresh.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"refresh_token is required."_s);
    const QString refreshHash = hashOf(refresh);
    const auto row = m_db.token(refreshHash);
    if (!row || row->kind != u"refresh")
        return oauthError(400, u"invalid_grant"_s, u"The refresh token is not valid."_s);
    if (row->revoked)
        return oauthError(400, u"invalid_grant"_s, u"The refresh token has been revoked."_s);
    if (row->used) {
        // Someone holds a copy of a rotated token (RFC 9700 4.14.2): end the whole sign-in.
        m_db.revokeFamily(row->family);
        return oauthError(400, u"invalid_grant"_s, u"The refresh token was already used; this sign-in is revoked."_s);
    }
    if (row->expiresAt <= now)
        return oauthError(400, u"invalid_grant"_s, u"The refresh token has expired."_s);
    if (row->accountClosesAt > 0 && row->accountClosesAt <= now)
        return oauthError(400, u"invalid_grant"_s, u"The account has been closed."_s);
    if (!m_db.begin())
        return problem(500, u"internal"_s, u"Internal error"_s);
    if (!m_db.markTokenUsed(refreshHash)) {
        m_db.rollback();
        return problem(500, u"internal"_s, u"Internal error"_s);
    }
    HttpResponse r = issueTokens(row->family, row->account, now);
    if (r.status != 200 || !m_db.commit()) {
        m_db.rollback();
        return problem(500, u"internal"_s, u"Internal error"_s);
    }
    return r;
}

HttpResponse OAuth::revoke(const FormData &form)
{
    if (form.duplicate || form.malformed || !form.has(u"token"_s))
        return oauthError(400, u"invalid_request"_s, u"token is required, once."_s);
    const QString hash = hashOf(form.value(u"token"_s));
    // RFC 7009 2.2: unknown or already invalid tokens still get 200, so revoking cannot be used to
    // probe which tokens exist.
    if (const auto row = m_db.token(hash)) {
        if (row->kind == u"refresh")
            m_db.revokeFamily(row->family);
        else
            m_db.revokeToken(hash);
    }
    HttpResponse r;
    r.status = 200;
    r.withHeader("Cache-Control", "no-store");
    return r;
}

std::optional<qint64> OAuth::authenticate(const HttpRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (header.size() < 8 || qstrnicmp(header.constData(), "Bearer ", 7) != 0)
        return std::nullopt;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    if (!base64UrlToken().match(token).hasMatch())
        return std::nullopt;
    const auto row = m_db.token(hashOf(token));
    const qint64 now = nowMs();
    if (!row || row->kind != u"access" || row->revoked || row->expiresAt <= now
        || (row->accountClosesAt > 0 && row->accountClosesAt <= now))
        return std::nullopt;
    return row->account;
}

} // namespace pd::provider
