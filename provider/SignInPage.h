// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pd::provider {

/// The HTML the browser sees during sign-in. Plain, accessible markup (lang, headings, labels tied
/// to inputs, errors as text announced with role="alert"); every echoed value is escaped.
class SignInPage
{
public:
    /// The sign-in form; `hidden` carries the authorization request through the POST.
    static QByteArray form(const QList<QPair<QString, QString>> &hidden, const QString &username,
                           const QString &errorMessage);
    /// A dead end for requests that cannot safely be redirected (bad client or redirect_uri).
    static QByteArray error(const QString &title, const QString &message);
    /// Body of a 302, for clients that show it instead of following.
    static QByteArray redirect(const QString &location);

private:
    static QString page(const QString &title, const QString &body);
};

} // namespace pd::provider
