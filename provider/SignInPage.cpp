// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInPage.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

QString SignInPage::page(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + title.toHtmlEscaped()
        + u"</title>\n<style>body{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em;line-height:1.5}"
          "label{display:block;margin-top:1em;font-weight:bold}input{font-size:1em;padding:.4em;width:100%;"
          "box-sizing:border-box}.buttons{margin-top:1.5em}button{font-size:1em;padding:.5em 1.2em;margin-right:.5em}"
          ".error{color:#8b0000;border:2px solid #8b0000;padding:.5em}</style>\n</head>\n<body>\n<main>\n"_s
        + body + u"</main>\n</body>\n</html>\n"_s;
}

QByteArray SignInPage::form(const QList<QPair<QString, QString>> &hidden, const QString &username,
                            const QString &errorMessage)
{
    QString body = u"<h1>Sign in to Hong Kong Cloud</h1>\n"
                   "<p>The Privacy Dashboard app is asking to see the personal data Hong Kong Cloud holds about you. "
                   "Sign in to allow it, or cancel.</p>\n"_s;
    if (!errorMessage.isEmpty())
        body += u"<p class=\"error\" role=\"alert\" id=\"error\">"_s + errorMessage.toHtmlEscaped() + u"</p>\n"_s;
    body += u"<form method=\"post\" action=\"/oauth/authorize\">\n"_s;
    for (const auto &kv : hidden)
        body += u"<input type=\"hidden\" name=\""_s + kv.first.toHtmlEscaped() + u"\" value=\""_s
            + kv.second.toHtmlEscaped() + u"\">\n"_s;
    const QString describedBy = errorMessage.isEmpty() ? QString() : u" aria-describedby=\"error\""_s;
    body += u"<label for=\"username\">Username</label>\n"
            "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" "
            "autocapitalize=\"none\" spellcheck=\"false\" required autofocus value=\""_s
        + username.toHtmlEscaped() + u"\""_s + describedBy
        + u">\n<label for=\"password\">Password</label>\n"
          "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required"_s
        + describedBy
        + u">\n<div class=\"buttons\">\n<button type=\"submit\">Sign in</button>\n"
          "<button type=\"submit\" name=\"cancel\" value=\"1\" formnovalidate>Cancel</button>\n</div>\n</form>\n"_s;
    return page(u"Sign in to Hong Kong Cloud"_s, body).toUtf8();
}

QByteArray SignInPage::error(const QString &title, const QString &message)
{
    return page(title, u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n<p role=\"alert\">"_s + message.toHtmlEscaped()
                    + u"</p>\n<p>You can close this window and try again from the app.</p>\n"_s)
        .toUtf8();
}

QByteArray SignInPage::redirect(const QString &location)
{
    return page(u"Redirecting"_s, u"<p><a href=\""_s + location.toHtmlEscaped() + u"\">Continue</a></p>\n"_s).toUtf8();
}

} // namespace pd::provider
