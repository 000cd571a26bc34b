// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInPage.h"

#include <QRegularExpression>


namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

/// Every string the pages show, per language. Product names (Hong Kong Cloud, Privacy Dashboard)
/// stay as they are, as in the app's own translations.
struct Strings
{
    QString signInTitle, explanation, username, password, signIn, cancel, closeHint, redirecting, proceed;
    QString wrongCredentials, accountClosed;
    QString badRequestTitle, badRequestText;
    QString unknownClientTitle, unknownClientText;
    QString badRedirectTitle, badRedirectText;
    QString internalTitle, internalText;
};

const Strings &strings(SignInPage::Lang lang)
{
    static const Strings en{
        u"Sign in to Hong Kong Cloud"_s,
        u"The Privacy Dashboard app is asking to see the personal data Hong Kong Cloud holds about you. "
        "Sign in to allow it, or cancel."_s,
        u"Username"_s,
        u"Password"_s,
        u"Sign in"_s,
        u"Cancel"_s,
        u"You can close this window and try again from the app."_s,
        u"Redirecting"_s,
        u"Continue"_s,
        u"The username or password is not correct. Check both and try again."_s,
        u"This account has been closed, as you asked, so you cannot sign in to it any more."_s,
        u"Invalid sign-in request"_s,
        u"The sign-in request repeats a parameter or is not valid UTF-8."_s,
        u"Unknown application"_s,
        u"The application asking you to sign in is not registered with Hong Kong Cloud."_s,
        u"Invalid sign-in request"_s,
        u"The address to return to after signing in is not allowed. Only this computer's loopback address "
        "(http://127.0.0.1 or http://[::1] with a port) is."_s,
        u"Something went wrong"_s,
        u"The sign-in could not be completed."_s,
    };
    static const Strings zhHK{
        u"登入 Hong Kong Cloud"_s,
        u"Privacy Dashboard 應用程式要求查看 Hong Kong Cloud 持有的你的個人資料。請登入以允許存取，或按「取消」。"_s,
        u"用戶名稱"_s,
        u"密碼"_s,
        u"登入"_s,
        u"取消"_s,
        u"你可以關閉此視窗，然後在應用程式中再試一次。"_s,
        u"正在轉往應用程式"_s,
        u"繼續"_s,
        u"用戶名稱或密碼不正確。請檢查兩者後再試一次。"_s,
        u"此帳戶已按你的要求關閉，因此你不能再登入。"_s,
        u"登入要求無效"_s,
        u"登入要求中有重複的參數，或不是有效的 UTF-8 編碼。"_s,
        u"不明的應用程式"_s,
        u"要求你登入的應用程式並未在 Hong Kong Cloud 登記。"_s,
        u"登入要求無效"_s,
        u"登入後返回的地址不獲允許。只可使用這部電腦的本機環回地址（http://127.0.0.1 或 http://[::1]，並附連接埠）。"_s,
        u"發生錯誤"_s,
        u"未能完成登入。"_s,
    };
    static const Strings zhCN{
        u"登录 Hong Kong Cloud"_s,
        u"Privacy Dashboard 应用请求查看 Hong Kong Cloud 持有的你的个人数据。请登录以允许访问，或点击“取消”。"_s,
        u"用户名"_s,
        u"密码"_s,
        u"登录"_s,
        u"取消"_s,
        u"你可以关闭此窗口，然后在应用中重试。"_s,
        u"正在跳转到应用"_s,
        u"继续"_s,
        u"用户名或密码不正确。请检查后重试。"_s,
        u"此账户已按你的要求关闭，因此你无法再登录。"_s,
        u"登录请求无效"_s,
        u"登录请求中有重复的参数，或不是有效的 UTF-8 编码。"_s,
        u"未知的应用"_s,
        u"请求你登录的应用未在 Hong Kong Cloud 注册。"_s,
        u"登录请求无效"_s,
        u"登录后返回的地址不被允许。只能使用本机的环回地址（http://127.0.0.1 或 http://[::1]，并带端口）。"_s,
        u"出错了"_s,
        u"无法完成登录。"_s,
    };
    switch (lang) {
    case SignInPage::Lang::ZhHK:
        return zhHK;
    case SignInPage::Lang::ZhCN:
        return zhCN;
    case SignInPage::Lang::En:
        break;
    }
    return en;
}

} // namespace

bool SignInPage::isValidUiLocales(const QString &uiLocales)
{
    static const QRegularExpression re(u"^[A-Za-z0-9 -]{0,100}$"_s);
    return re.match(uiLocales).hasMatch();
}

SignInPage::Lang SignInPage::negotiate(const QString &uiLocales, const QByteArray &acceptLanguage)
{
    if (isValidUiLocales(uiLocales)) {
        for (const QString &tag : uiLocales.split(u' ', Qt::SkipEmptyParts))
            if (const auto lang = Language::match(tag))
                return *lang;
    }
    return Language::fromAcceptLanguage(acceptLanguage);
}

QString SignInPage::page(Lang lang, const QString &title, const QString &body)
{
    return u"<!DOCTYPE html>\n<html lang=\""_s + Language::tag(lang)
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + title.toHtmlEscaped()
        + u"</title>\n<style>body{font-family:sans-serif;max-width:28em;margin:2em auto;padding:0 1em;line-height:1.5}"
          "label{display:block;margin-top:1em;font-weight:bold}input{font-size:1em;padding:.4em;width:100%;"
          "box-sizing:border-box}.buttons{margin-top:1.5em}button{font-size:1em;padding:.5em 1.2em;margin-right:.5em}"
          ".error{color:#8b0000;border:2px solid #8b0000;padding:.5em}</style>\n</head>\n<body>\n<main>\n"_s
        + body + u"</main>\n</body>\n</html>\n"_s;
}

QString SignInPage::tryAgainIn(Lang lang, qint64 seconds)
{
    const bool minutes = seconds >= 60;
    const qint64 n = minutes ? (seconds + 59) / 60 : qMax<qint64>(1, seconds);
    const QString num = QString::number(n);
    switch (lang) {
    case Lang::ZhHK:
        return u"登入失敗次數太多。請在 "_s + num + (minutes ? u" 分鐘"_s : u" 秒"_s) + u"後再試。"_s;
    case Lang::ZhCN:
        return u"登录失败次数过多。请在 "_s + num + (minutes ? u" 分钟"_s : u" 秒"_s) + u"后重试。"_s;
    case Lang::En:
        break;
    }
    const QString unit = minutes ? (n == 1 ? u"minute"_s : u"minutes"_s) : (n == 1 ? u"second"_s : u"seconds"_s);
    return u"Too many unsuccessful sign-in attempts. You can try again in "_s + num + u' ' + unit + u'.';
}

QByteArray SignInPage::form(Lang lang, const QList<QPair<QString, QString>> &hidden, const QString &username,
                            Message error, qint64 retryAfterS)
{
    const Strings &s = strings(lang);
    const QString errorMessage = error == Message::WrongCredentials  ? s.wrongCredentials
                                 : error == Message::AccountClosed   ? s.accountClosed
                                 : error == Message::TooManyAttempts ? tryAgainIn(lang, retryAfterS)
                                                                     : QString();
    QString body = u"<h1>"_s + s.signInTitle.toHtmlEscaped() + u"</h1>\n<p>"_s + s.explanation.toHtmlEscaped()
        + u"</p>\n"_s;
    if (!errorMessage.isEmpty())
        body += u"<p class=\"error\" role=\"alert\" id=\"error\">"_s + errorMessage.toHtmlEscaped() + u"</p>\n"_s;
    body += u"<form method=\"post\" action=\"/oauth/authorize\">\n"_s;
    for (const auto &kv : hidden)
        body += u"<input type=\"hidden\" name=\""_s + kv.first.toHtmlEscaped() + u"\" value=\""_s
            + kv.second.toHtmlEscaped() + u"\">\n"_s;
    const QString describedBy = errorMessage.isEmpty() ? QString() : u" aria-describedby=\"error\""_s;
    body += u"<label for=\"username\">"_s + s.username.toHtmlEscaped()
        + u"</label>\n"
          "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" "
          "autocapitalize=\"none\" spellcheck=\"false\" required autofocus value=\""_s
        + username.toHtmlEscaped() + u"\""_s + describedBy + u">\n<label for=\"password\">"_s
        + s.password.toHtmlEscaped()
        + u"</label>\n"
          "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required"_s
        + describedBy + u">\n<div class=\"buttons\">\n<button type=\"submit\">"_s + s.signIn.toHtmlEscaped()
        + u"</button>\n<button type=\"submit\" name=\"cancel\" value=\"1\" formnovalidate>"_s
        + s.cancel.toHtmlEscaped() + u"</button>\n</div>\n</form>\n"_s;
    return page(lang, s.signInTitle, body).toUtf8();
}

QByteArray SignInPage::error(Lang lang, Message message)
{
    const Strings &s = strings(lang);
    QString title = s.internalTitle, text = s.internalText;
    switch (message) {
    case Message::BadRequest:
        title = s.badRequestTitle, text = s.badRequestText;
        break;
    case Message::UnknownClient:
        title = s.unknownClientTitle, text = s.unknownClientText;
        break;
    case Message::BadRedirect:
        title = s.badRedirectTitle, text = s.badRedirectText;
        break;
    default:
        break;
    }
    return page(lang, title, u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n<p role=\"alert\">"_s + text.toHtmlEscaped()
                    + u"</p>\n<p>"_s + s.closeHint.toHtmlEscaped() + u"</p>\n"_s)
        .toUtf8();
}

QByteArray SignInPage::redirect(const QString &location)
{
    // A 302 body nobody normally sees; it has no request language to follow, so it stays English.
    return page(Lang::En, strings(Lang::En).redirecting,
                u"<p><a href=\""_s + location.toHtmlEscaped() + u"\">"_s + strings(Lang::En).proceed
                    + u"</a></p>\n"_s)
        .toUtf8();
}

} // namespace pd::provider
