// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pd::provider {

/// The checks every JSON request body goes through. Each returns the problem to answer, or
/// nothing when the body passes; handlers return the first refusal as it is.
class BodyValidation
{
public:
    /// The body as one JSON object (Content-Type application/json). `emptyIsObject` lets a
    /// body-less call (cancel) through as {}.
    static std::optional<HttpResponse> object(const HttpRequest &request, QJsonObject *out, bool emptyIsObject = false);
    /// Refuses any member not in `allowed`.
    static std::optional<HttpResponse> onlyMembers(const QJsonObject &o, const QStringList &allowed);
    /// A member that must be a string when present (`required`: and present). Absent: a null string.
    static std::optional<HttpResponse> stringMember(const QJsonObject &o, const QString &key, bool required,
                                                    QString *out);
    /// Lengths count characters (UTF-16 units) after trimming, as the client does.
    static std::optional<HttpResponse> lengthBetween(const QString &field, const QString &value, int min, int max);
    /// A string member (stringMember) of `min` to `max` characters (lengthBetween), trimmed into `out`.
    static std::optional<HttpResponse> text(const QJsonObject &o, const QString &key, bool required, int min, int max,
                                            QString *out);
    /// An RFC 3339 time member in ms (0 when absent or null and not `required`): 400 for another JSON
    /// type, 422 invalid-value for a string that is no such time.
    static std::optional<HttpResponse> time(const QJsonObject &o, const QString &key, bool required, qint64 *out);
    /// A required array of distinct codes out of `allowed` (at least one unless `mayBeEmpty`): 400 for
    /// the wrong JSON types, 422 invalid-value for an unknown, repeated or missing code.
    static std::optional<HttpResponse> codes(const QJsonObject &o, const QString &key, const QStringList &allowed,
                                             bool mayBeEmpty, QStringList *out);
};

} // namespace pd::provider
