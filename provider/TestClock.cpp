// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestClock.h"

#include "JsonResponse.h"
#include "Problem.h"
#include "Rfc3339.h"
#include "UrlEncoded.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

#include <atomic>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {
std::atomic<qint64> offsetMs{0};
} // namespace

qint64 TestClock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + offsetMs.load();
}

std::optional<HttpResponse> TestClock::handle(const HttpRequest &request)
{
    if (request.path != u"/test/clock")
        return std::nullopt;
    if (request.method != "POST")
        return problem(405, u"method-not-allowed"_s, u"Method not allowed"_s).withHeader("Allow", "POST");
    const FormData query = parseUrlEncoded(request.rawQuery);
    if (auto refused = checkQuery(query, {u"advance"}))
        return *refused;
    static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
    const QString advance = query.value(u"advance"_s);
    const qint64 seconds = digits.match(advance).hasMatch() ? advance.toLongLong() : 0;
    if (seconds < 1 || seconds > 10LL * 366 * 24 * 3600)
        return problem(400, u"invalid-request"_s, u"Invalid request"_s,
                       u"advance is a whole number of seconds from 1 to ten years."_s);
    offsetMs += seconds * 1000;
    return jsonResponse(QJsonObject{{u"now"_s, isoUtc(nowMs())}, {u"offset_s"_s, offsetMs.load() / 1000}});
}

} // namespace pd::provider
