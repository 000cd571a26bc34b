// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace pd::provider {

/// Times as the "act on your data" tables store them: milliseconds since the epoch, UTC calendar.
inline constexpr qint64 DayMs = 24LL * 3600 * 1000;

/// Now, cut to whole seconds (what the API shows is seconds precision, so what is stored is too).
qint64 nowSeconds();
qint64 addMonths(qint64 ms, int months);
qint64 addYears(qint64 ms, int years);
/// Midnight UTC on the first of the month `ms` falls in.
qint64 startOfMonth(qint64 ms);

} // namespace pd::provider
