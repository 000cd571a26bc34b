// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyValidation.h"

#include "MediaType.h"
#include "Problem.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::provider {

using namespace Qt::StringLiterals;

std::optional<HttpResponse> BodyValidation::object(const HttpRequest &request, QJsonObject *out, bool emptyIsObject)
{
    if (emptyIsObject && request.body.trimmed().isEmpty()) {
        *out = {};
        return std::nullopt;
    }
    if (mediaType(request.header("content-type")) != "application/json")
        return problem(415, u"unsupported-media-type"_s, u"Unsupported media type"_s,
                       u"Send the body as application/json."_s);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalidRequest(u"The body must be one JSON object."_s);
    *out = doc.object();
    return std::nullopt;
}

std::optional<HttpResponse> BodyValidation::onlyMembers(const QJsonObject &o, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return invalidRequest(u"Unknown member '"_s + it.key() + u"'."_s);
    return std::nullopt;
}

std::optional<HttpResponse> BodyValidation::stringMember(const QJsonObject &o, const QString &key, bool required,
                                                         QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            return invalidRequest(u"The member '"_s + key + u"' is required."_s);
        *out = QString();
        return std::nullopt;
    }
    if (!v.isString())
        return invalidRequest(u"The member '"_s + key + u"' must be a string."_s);
    *out = v.toString();
    return std::nullopt;
}

std::optional<HttpResponse> BodyValidation::lengthBetween(const QString &field, const QString &value, int min, int max)
{
    const qsizetype n = value.trimmed().size();
    if (n < min || n > max)
        return invalidValue(field, u"'"_s + field + u"' must be "_s + QString::number(min) + u" to "_s
                                       + QString::number(max) + u" characters long."_s);
    return std::nullopt;
}

std::optional<HttpResponse> BodyValidation::text(const QJsonObject &o, const QString &key, bool required, int min,
                                                 int max, QString *out)
{
    QString value;
    if (auto r = stringMember(o, key, required, &value))
        return r;
    if (value.isNull() && !required) {
        *out = QString();
        return std::nullopt;
    }
    if (auto r = lengthBetween(key, value, min, max))
        return r;
    *out = value.trimmed();
    return std::nullopt;
}

std::optional<HttpResponse> BodyValidation::time(const QJsonObject &o, const QString &key, bool required, qint64 *out)
{
    *out = 0;
    const QJsonValue v = o.value(key);
    if ((v.isUndefined() || v.isNull()) && !required)
        return std::nullopt;
    QString text;
    if (auto r = stringMember(o, key, true, &text))
        return r;
    const auto ms = parseRfc3339(text);
    if (!ms)
        return invalidValue(key, u"'"_s + key + u"' must be an RFC 3339 time, e.g. 2026-11-03T14:05:00Z."_s);
    *out = *ms - *ms % 1000; // stored and shown to the second
    return std::nullopt;
}

std::optional<HttpResponse> BodyValidation::codes(const QJsonObject &o, const QString &key, const QStringList &allowed,
                                                  bool mayBeEmpty, QStringList *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return invalidRequest(u"The member '"_s + key + u"' is required."_s);
    if (!v.isArray())
        return invalidRequest(u"The member '"_s + key + u"' must be an array of strings."_s);
    out->clear();
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return invalidRequest(u"The member '"_s + key + u"' must be an array of strings."_s);
        if (!allowed.contains(e.toString()) || out->contains(e.toString()))
            return invalidValue(key, u"'"_s + key + u"' lists each of "_s + oneOf(allowed) + u" at most once."_s);
        out->append(e.toString());
    }
    if (out->isEmpty() && !mayBeEmpty)
        return invalidValue(key, u"'"_s + key + u"' needs at least one of "_s + oneOf(allowed) + u'.');
    return std::nullopt;
}

} // namespace pd::provider
