// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pd::provider {

/// The HTML the browser sees during sign-in. Plain, accessible markup (lang, headings, labels tied
/// to inputs, errors as text announced with role="alert"); every echoed value is escaped.
/// Shown in English, Traditional Chinese (Hong Kong) or Simplified Chinese, chosen by `ui_locales`
/// (OIDC: space-separated BCP 47 tags) and otherwise by Accept-Language.
class SignInPage
{
public:
    using Lang = ::pd::provider::Lang;
    /// The messages the pages can show; each is translated.
    enum class Message {
        None,
        WrongCredentials,   ///< on the re-rendered form
        AccountClosed,      ///< on the re-rendered form: the account was closed at the customer's request
        TooManyAttempts,    ///< on the re-rendered form: sign-in throttled, with when to try again
        BadRequest,         ///< error page: repeated parameter / not UTF-8
        UnknownClient,      ///< error page: client_id
        BadRedirect,        ///< error page: redirect_uri
        Internal,           ///< error page: could not complete
    };

    /// True when `uiLocales` is acceptable to carry: at most 100 characters of [A-Za-z0-9 -].
    static bool isValidUiLocales(const QString &uiLocales);
    /// The first supported language in `uiLocales` (if valid), else Language::fromAcceptLanguage.
    static Lang negotiate(const QString &uiLocales, const QByteArray &acceptLanguage);
    /// The sign-in form; `hidden` carries the authorization request through the POST.
    /// `retryAfterS` (TooManyAttempts) is said in whole seconds under a minute, else in minutes.
    static QByteArray form(Lang lang, const QList<QPair<QString, QString>> &hidden, const QString &username,
                           Message error, qint64 retryAfterS = 0);
    /// "You can try again in 2 minutes.", in `lang`.
    static QString tryAgainIn(Lang lang, qint64 seconds);
    /// A dead end for requests that cannot safely be redirected (bad client or redirect_uri).
    static QByteArray error(Lang lang, Message message);
    /// Body of a 302, for clients that show it instead of following.
    static QByteArray redirect(const QString &location);

private:
    static QString page(Lang lang, const QString &title, const QString &body);
};

} // namespace pd::provider
