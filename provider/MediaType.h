// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pd::provider {

/// The media type of a Content-Type value, lower case and without parameters:
/// "Application/JSON; charset=utf-8" -> "application/json".
inline QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

} // namespace pd::provider
