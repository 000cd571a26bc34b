// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calendar.h"

#include "TestClock.h"

#include <QDateTime>

namespace pd::provider {

qint64 nowSeconds()
{
    const qint64 now = TestClock::nowMs();
    return now - now % 1000;
}

qint64 addMonths(qint64 ms, int months)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).addMonths(months).toMSecsSinceEpoch();
}

qint64 addYears(qint64 ms, int years)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).addYears(years).toMSecsSinceEpoch();
}

qint64 startOfMonth(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace pd::provider
