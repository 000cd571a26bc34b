// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace pd {

/// An RFC 9457 problem document, as the provider sends it.
struct Problem
{
    QString type;
    QString title;
    int status = 0;
    QString detail;
    QString oauthError; ///< RFC 6749 `error` member on OAuth endpoints

    /// The last path segment of `type` ("/problems/invalid-cursor" -> "invalid-cursor").
    QString slug() const;

    /// Decodes a problem body; never fails: a body that is not a problem becomes one with only `status`.
    static Problem fromBody(const QByteArray &body, int httpStatus);
    /// Maps a problem to the error code the UI explains.
    Error toError() const;
};

} // namespace pd
