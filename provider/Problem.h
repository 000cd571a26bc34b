// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pd::provider {

/// RFC 9457 problem+json. `slug` becomes type "/problems/<slug>"; `oauthError` adds the RFC 6749
/// `error` member that OAuth clients look for.
HttpResponse problem(int status, const QString &slug, const QString &title, const QString &detail = {},
                     const QString &oauthError = {});

/// Choices as a detail says them: "a", "a or b", "a, b or c".
QString oneOf(const QStringList &choices);

/// `problem` with extension members added to its body (e.g. `field`, `current`, `request`).
HttpResponse withMembers(HttpResponse problem, const QJsonObject &extra);

// The problems several handlers answer, worded once.

/// 400 invalid-request: the call itself is malformed (body, member, header).
HttpResponse invalidRequest(const QString &detail);
/// 422 invalid-value with the `field` whose value was refused.
HttpResponse invalidValue(const QString &field, const QString &detail);
/// 404 not-found.
HttpResponse notFound(const QString &detail = {});
/// 401 invalid-token with WWW-Authenticate.
HttpResponse invalidToken();
/// 405 method-not-allowed with Allow: `allowed`.
HttpResponse methodNotAllowed(const QByteArray &method, const QByteArray &allowed);
/// 413 payload-too-large: bodies are limited to `limitBytes`.
HttpResponse payloadTooLarge(const QString &what, qint64 limitBytes);
/// 500 internal: the database failed, nothing of the call was kept.
HttpResponse internalError();

} // namespace pd::provider
