// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "PasswordCheck.h"
#include "SignInPage.h"

#include <optional>

namespace pd::provider {

class ProviderDb;

struct OAuthOptions
{
    qint64 accessTokenTtlS = 300;
    qint64 codeTtlS = 60;
    qint64 refreshTokenTtlS = 30LL * 24 * 3600;
};

/// OAuth 2.0 for a native public client (RFC 6749, RFC 8252, PKCE RFC 7636 S256 only,
/// revocation RFC 7009). Codes and tokens are opaque random strings stored only as SHA-256 hashes;
/// every sign-in starts a token family, so a replayed code or refresh token can revoke everything
/// issued from that sign-in.
class OAuth
{
public:
    static constexpr const char *ClientId = "privacy-dashboard";

    OAuth(ProviderDb &db, OAuthOptions options);

    /// `acceptLanguage` is the request's Accept-Language header; with the optional `ui_locales`
    /// parameter it picks the page language (SignInPage::negotiate).
    HttpResponse authorizeGet(const FormData &query, const QByteArray &acceptLanguage = {});
    /// The sign-in form's POST. The password is checked off the event loop (PasswordCheck), so the
    /// answer usually comes later (HttpResponse::later). `peer` is the client's address (throttling);
    /// `wantsProblem`: a throttled attempt is answered with problem+json instead of the page.
    HttpResponse authorizePost(const FormData &form, const QByteArray &acceptLanguage, const QString &peer,
                               bool wantsProblem = false);
    HttpResponse token(const FormData &form);
    HttpResponse revoke(const FormData &form);

    /// The internal account id behind a valid, unexpired, unrevoked access token, taken from
    /// `Authorization: Bearer <token>`.
    std::optional<qint64> authenticate(const HttpRequest &request) const;

    static bool isValidRedirectUri(const QString &uri);

private:
    struct AuthRequest
    {
        QString redirectUri;
        QString state;
        QString challenge;
        QList<QPair<QString, QString>> hidden; ///< what the form must carry back
    };
    /// Either a usable request, or the response refusing it.
    std::optional<HttpResponse> validate(const FormData &params, SignInPage::Lang lang, AuthRequest *out) const;
    HttpResponse signedIn(const PasswordCheck::Outcome &outcome, SignInPage::Lang lang, const AuthRequest &request,
                          const QString &username, bool wantsProblem);
    HttpResponse redirectTo(const QString &redirectUri, const QList<QPair<QString, QString>> &params) const;
    HttpResponse issueTokens(const QString &family, qint64 account, qint64 now);
    static HttpResponse oauthError(int status, const QString &error, const QString &detail);

    ProviderDb &m_db;
    OAuthOptions m_options;
    PasswordCheck m_passwords;
};

} // namespace pd::provider
