// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd::provider {

/// RFC 3339 UTC with a 'Z', seconds precision, from milliseconds since the epoch.
QString isoUtc(qint64 msecsSinceEpoch);
/// The same as ASCII bytes, without going through QDateTime (hot path of event paging).
QByteArray isoUtcBytes(qint64 msecsSinceEpoch);
/// An RFC 3339 time with seconds, optional fraction and a zone ('Z' or ±hh:mm), in milliseconds
/// since the epoch; nothing for anything else (a date alone, no zone, impossible values).
std::optional<qint64> parseRfc3339(const QString &text);

} // namespace pd::provider
