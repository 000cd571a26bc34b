// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLifecycle.h"

#include "Calendar.h"
#include "Limits.h"
#include "Rfc3339.h"

#include <QJsonObject>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

struct Move
{
    const char16_t *from;
    const char16_t *to;
    RequestLifecycle::Actor actor;
};

// The moves there are (docs/api/staff.md). A customer may withdraw a request nobody has started on,
// and answering a question sends it back to review; staff review, ask, complete and reject.
constexpr Move moves[] = {
    {u"received", u"cancelled", RequestLifecycle::Actor::Customer},
    {u"needs_info", u"in_review", RequestLifecycle::Actor::Customer},
    {u"received", u"in_review", RequestLifecycle::Actor::Staff},
    {u"needs_info", u"in_review", RequestLifecycle::Actor::Staff},
    {u"received", u"needs_info", RequestLifecycle::Actor::Staff},
    {u"in_review", u"needs_info", RequestLifecycle::Actor::Staff},
    {u"received", u"completed", RequestLifecycle::Actor::Staff},
    {u"in_review", u"completed", RequestLifecycle::Actor::Staff},
    {u"received", u"rejected", RequestLifecycle::Actor::Staff},
    {u"in_review", u"rejected", RequestLifecycle::Actor::Staff},
    {u"needs_info", u"rejected", RequestLifecycle::Actor::Staff},
};

} // namespace

const QStringList &RequestLifecycle::statuses()
{
    static const QStringList all{u"received"_s, u"in_review"_s, u"needs_info"_s,
                                 u"completed"_s, u"rejected"_s, u"cancelled"_s};
    return all;
}

const QStringList &RequestLifecycle::openStatuses()
{
    static const QStringList open{u"received"_s, u"in_review"_s, u"needs_info"_s};
    return open;
}

bool RequestLifecycle::canMove(const QString &from, const QString &to, Actor actor)
{
    for (const Move &m : moves)
        if (m.actor == actor && from == QStringView(m.from) && to == QStringView(m.to))
            return true;
    return false;
}

RequestRow RequestLifecycle::received(const QString &id, qint64 account, const QString &type,
                                      const QJsonObject &summary, qint64 now)
{
    RequestRow row;
    row.id = id;
    row.account = account;
    row.type = type;
    row.receivedAt = now;
    row.dueAt = dueFor(type, now);
    row.summary = summary;
    moveTo(row, u"received"_s, now, QJsonValue());
    return row;
}

qint64 RequestLifecycle::dueFor(const QString &type, qint64 receivedAt)
{
    // Hong Kong PDPO s.19(1) (data access) and s.23(1) (data correction): 40 days.
    if (type == u"export" || type == u"correction")
        return receivedAt + pd::limits::kStatutoryDueDays * DayMs;
    return addMonths(receivedAt, pd::limits::kDueMonths);
}

void RequestLifecycle::moveTo(RequestRow &row, const QString &status, qint64 now, const QJsonValue &note,
                              const QString &noteKey)
{
    row.status = status;
    row.updatedAt = now;
    QJsonObject entry{{u"status"_s, status}, {u"at"_s, isoUtc(now)}, {u"note"_s, note}};
    if (!noteKey.isEmpty())
        entry.insert(u"note_key"_s, noteKey);
    row.history.append(entry);
    if (status == u"completed" && row.type == u"export")
        row.exportReady = true;
}

void RequestLifecycle::extend(RequestRow &row, int months, const QString &reason)
{
    row.extendedDueAt = addMonths(row.dueAt, months);
    row.extensionReason = reason;
}

} // namespace pd::provider
