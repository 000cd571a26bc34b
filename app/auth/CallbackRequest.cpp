// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallbackRequest.h"

#include <QList>
#include <QUrl>
#include <QUrlQuery>

namespace pd {

QString callbackPath()
{
    return QStringLiteral("/callback");
}

CallbackRequest parseCallbackRequest(const QByteArray &buffered, const QByteArray &expectedState)
{
    using V = CallbackRequest::Verdict;
    CallbackRequest out;
    if (!buffered.contains("\r\n\r\n"))
        return out; // Incomplete
    const QList<QByteArray> requestLine = buffered.left(buffered.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        out.verdict = V::Malformed;
        return out;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != callbackPath()) {
        out.verdict = V::NotFound;
        return out;
    }
    if (requestLine.at(0) != "GET") {
        out.verdict = V::WrongMethod;
        return out;
    }
    const QUrlQuery q(target);
    const QString state = q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (expectedState.isEmpty() || state.toLatin1() != expectedState) {
        out.verdict = V::WrongState;
        return out;
    }
    const QString error = q.queryItemValue(QStringLiteral("error"));
    if (!error.isEmpty()) {
        out.verdict = V::Denied;
        out.error = error;
        return out;
    }
    const QString code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty() || code.size() > CallbackRequest::kMaxCodeChars) {
        out.verdict = V::NoCode;
        return out;
    }
    out.verdict = V::Redirect;
    out.code = code;
    return out;
}

} // namespace pd
