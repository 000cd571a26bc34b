// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rfc3339.h"

#include <QJsonValue>
#include <QString>

namespace pd::provider {

/// A stored time (0 = none) as the API writes it: RFC 3339, or null.
inline QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(isoUtc(ms)) : QJsonValue(QJsonValue::Null);
}

/// A stored text (null string = none) as the API writes it: the text, or null.
inline QJsonValue stringOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace pd::provider
