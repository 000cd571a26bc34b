// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rfc3339.h"

#include <QDateTime>
#include <QRegularExpression>

#include <chrono>
#include <cstdio>

namespace pd::provider {

using namespace Qt::StringLiterals;

QString isoUtc(qint64 msecsSinceEpoch)
{
    return QString::fromLatin1(isoUtcBytes(msecsSinceEpoch));
}

QByteArray isoUtcBytes(qint64 msecsSinceEpoch)
{
    using namespace std::chrono;
    const auto tp = sys_time<milliseconds>(milliseconds(msecsSinceEpoch));
    const auto day = floor<days>(tp);
    const year_month_day ymd(day);
    const hh_mm_ss<seconds> hms(floor<seconds>(tp - day));
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                                unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                                int(hms.minutes().count()), int(hms.seconds().count()));
    return QByteArray(buf, n);
}

std::optional<qint64> parseRfc3339(const QString &text)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

} // namespace pd::provider
