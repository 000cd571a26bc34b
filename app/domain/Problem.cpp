// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

QString Problem::slug() const
{
    const qsizetype slash = type.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? type : type.mid(slash + 1);
}

Problem Problem::fromBody(const QByteArray &body, int httpStatus)
{
    Problem p;
    p.status = httpStatus;
    if (body.size() > 64 * 1024)
        return p;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    auto s = [&o](const char *k, qsizetype max) {
        const QJsonValue v = o.value(QLatin1String(k));
        return v.isString() ? v.toString().left(max) : QString();
    };
    p.type = s("type", 512);
    p.title = s("title", 512);
    p.detail = s("detail", 2048);
    p.oauthError = s("error", 64);
    return p;
}

Error Problem::toError() const
{
    ErrorCode c = ErrorCode::Provider;
    if (status == 401)
        c = ErrorCode::Unauthorized;
    else if (status == 403)
        c = ErrorCode::Forbidden;
    else if (status == 404)
        c = ErrorCode::NotFound;
    Error e = Error::make(c, detail.isEmpty() ? title : detail);
    e.httpStatus = status;
    e.problemType = type;
    return e;
}

} // namespace pd
