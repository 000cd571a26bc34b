// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd::provider {

using namespace Qt::StringLiterals;

HttpResponse problem(int status, const QString &slug, const QString &title, const QString &detail,
                     const QString &oauthError)
{
    QJsonObject o{{u"type"_s, QString(u"/problems/"_s + slug)}, {u"title"_s, title}, {u"status"_s, status}};
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    if (!oauthError.isEmpty()) {
        o.insert(u"error"_s, oauthError);
        if (!detail.isEmpty())
            o.insert(u"error_description"_s, detail);
    }
    HttpResponse r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    // Problem titles and details are written for developers and are English only; clients show
    // their own words for each `type`.
    r.withHeader("Content-Language", "en");
    if (status == 401 && slug == u"invalid-token")
        r.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}

QString oneOf(const QStringList &choices)
{
    if (choices.size() < 2)
        return choices.join(QString());
    return choices.first(choices.size() - 1).join(u", "_s) + u" or "_s + choices.last();
}

HttpResponse withMembers(HttpResponse problem, const QJsonObject &extra)
{
    QJsonObject o = QJsonDocument::fromJson(problem.body).object();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    problem.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return problem;
}

HttpResponse invalidRequest(const QString &detail)
{
    return problem(400, u"invalid-request"_s, u"Invalid request"_s, detail);
}

HttpResponse invalidValue(const QString &field, const QString &detail)
{
    return withMembers(problem(422, u"invalid-value"_s, u"Invalid value"_s, detail), {{u"field"_s, field}});
}

HttpResponse notFound(const QString &detail)
{
    return problem(404, u"not-found"_s, u"Not found"_s, detail);
}

HttpResponse invalidToken()
{
    return problem(401, u"invalid-token"_s, u"Invalid or missing access token"_s,
                   u"Send a valid access token as 'Authorization: Bearer <token>'."_s);
}

HttpResponse methodNotAllowed(const QByteArray &method, const QByteArray &allowed)
{
    return problem(405, u"method-not-allowed"_s, u"Method not allowed"_s,
                   QString::fromLatin1(method) + u" is not allowed here."_s)
        .withHeader("Allow", allowed);
}

HttpResponse payloadTooLarge(const QString &what, qint64 limitBytes)
{
    // Limits are whole KiB or MiB: say them the way people read them.
    const bool mebibytes = limitBytes % (1024 * 1024) == 0;
    const qint64 amount = limitBytes / (mebibytes ? 1024 * 1024 : 1024);
    return problem(413, u"payload-too-large"_s, u"Request body too large"_s,
                   what + u" are limited to "_s + QString::number(amount) + (mebibytes ? u" MiB."_s : u" KiB."_s));
}

HttpResponse internalError()
{
    return problem(500, u"internal"_s, u"Internal error"_s, u"The provider could not use its database."_s);
}

} // namespace pd::provider
