// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonResponse.h"

namespace pd::provider {

HttpResponse jsonResponse(const QJsonObject &object, int status)
{
    return jsonResponse(QJsonDocument(object), status);
}

HttpResponse jsonResponse(const QJsonDocument &document, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace pd::provider
