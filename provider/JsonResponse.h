// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd::provider {

/// A compact application/json response.
HttpResponse jsonResponse(const QJsonObject &object, int status = 200);
HttpResponse jsonResponse(const QJsonDocument &document, int status = 200);

} // namespace pd::provider
