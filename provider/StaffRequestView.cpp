// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffRequestView.h"

#include "Calendar.h"
#include "NullableJson.h"
#include "RequestDocument.h"
#include "RequestLifecycle.h"
#include "Rfc3339.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

qint64 effectiveDue(const RequestRow &row)
{
    return row.extendedDueAt > 0 ? row.extendedDueAt : row.dueAt;
}

} // namespace

bool StaffRequestView::isOverdue(const RequestRow &row, qint64 now)
{
    return RequestLifecycle::openStatuses().contains(row.status) && effectiveDue(row) < now;
}

int StaffRequestView::daysLeft(const RequestRow &row, qint64 now)
{
    const qint64 from = RequestLifecycle::openStatuses().contains(row.status) ? now : row.updatedAt;
    const qint64 diff = effectiveDue(row) - from;
    return int(diff >= 0 ? diff / DayMs : -((-diff + DayMs - 1) / DayMs));
}

QJsonObject StaffRequestView::item(const RequestRow &row, qint64 staff, qint64 now)
{
    return {{u"id"_s, row.id},
            {u"account_id"_s, row.customer},
            {u"type"_s, row.type},
            {u"status"_s, row.status},
            {u"received_at"_s, isoUtc(row.receivedAt)},
            {u"due_at"_s, isoUtc(row.dueAt)},
            {u"extended_due_at"_s, timeOrNull(row.extendedDueAt)},
            {u"extended"_s, row.extendedDueAt > 0},
            {u"assignee"_s, row.assignee > 0 ? QJsonValue(row.assigneePseudonym) : QJsonValue(QJsonValue::Null)},
            {u"assigned_to_me"_s, row.assignee > 0 && row.assignee == staff},
            {u"days_left"_s, daysLeft(row, now)},
            {u"overdue"_s, isOverdue(row, now)},
            {u"updated_at"_s, isoUtc(row.updatedAt)}};
}

QJsonObject StaffRequestView::detail(const RequestRow &row, qint64 staff, qint64 now, Lang lang,
                                     const QJsonArray &attachments)
{
    QJsonObject o = RequestDocument::toJson(row, lang);
    const QJsonObject meta = item(row, staff, now);
    for (auto it = meta.begin(); it != meta.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(u"attachments"_s, attachments);
    return o;
}

QStringList StaffRequestView::attachmentIds(const RequestRow &row)
{
    QStringList ids;
    for (const QJsonValue &id : row.summary[u"attachments"_s].toArray())
        ids << id.toString();
    for (const QJsonValue &m : row.messages)
        for (const QJsonValue &id : m[u"attachments"_s].toArray())
            if (!ids.contains(id.toString()))
                ids << id.toString();
    return ids;
}

} // namespace pd::provider
