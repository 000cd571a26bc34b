// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::provider {

/// A compact application/json response.
HttpResponse jsonResponse(const QJsonObject &object, int status = 200);
HttpResponse jsonResponse(const QJsonDocument &document, int status = 200);

/// Compact JSON text, as the repositories store JSON in TEXT columns.
QString compactJson(const QJsonObject &object);
QString compactJson(const QJsonArray &array);

} // namespace pd::provider
