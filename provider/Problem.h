// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace pd::provider {

/// RFC 9457 problem+json. `slug` becomes type "/problems/<slug>"; `oauthError` adds the RFC 6749
/// `error` member that OAuth clients look for.
HttpResponse problem(int status, const QString &slug, const QString &title, const QString &detail = {},
                     const QString &oauthError = {});

HttpResponse jsonResponse(const QJsonObject &object, int status = 200);
HttpResponse jsonResponse(const QJsonDocument &document, int status = 200);

/// Splits an application/x-www-form-urlencoded string ('+' is a space). Empty keys are dropped.
FormData parseUrlEncoded(const QByteArray &data);

/// The common checks every route does on its query string: duplicates and keys outside `allowed`
/// are refused. Returns a problem response, or a null optional when the query is acceptable.
std::optional<HttpResponse> checkQuery(const FormData &query, std::initializer_list<const char16_t *> allowed);

/// RFC 3339 UTC with a 'Z', seconds precision, from milliseconds since the epoch.
QString isoUtc(qint64 msecsSinceEpoch);
/// The same as ASCII bytes, without going through QDateTime (hot path of event paging).
QByteArray isoUtcBytes(qint64 msecsSinceEpoch);

/// Appends `utf8` as a JSON string literal (quotes included). Event pages are written by hand:
/// building 5000 QJsonObjects per page costs several times more than the query.
void appendJsonString(QByteArray &out, const QByteArray &utf8);

} // namespace pd::provider
