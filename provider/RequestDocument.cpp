// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestDocument.h"

#include "NullableJson.h"
#include "PolicyContent.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

QJsonObject RequestDocument::toJson(const RequestRow &row, Lang lang)
{
    // The provider's own notes carry a note_key and are shown in `lang`; notes staff typed are shown
    // as they wrote them. The key itself stays inside the provider.
    QJsonArray history;
    for (const QJsonValue &v : row.history) {
        QJsonObject entry = v.toObject();
        QString key = entry.take(u"note_key"_s).toString();
        // Databases written before notes had keys hold the English text only: it is the same note.
        const QString cancelled = u"cancelled_by_you"_s;
        if (key.isEmpty() && entry.value(u"note"_s).toString() == PolicyContent::requestNote(cancelled, Lang::En))
            key = cancelled;
        if (!key.isEmpty())
            if (const QString note = PolicyContent::requestNote(key, lang); !note.isNull())
                entry.insert(u"note"_s, note);
        history.append(entry);
    }
    QJsonObject o{{u"id"_s, row.id},
                  {u"type"_s, row.type},
                  {u"status"_s, row.status},
                  {u"received_at"_s, isoUtc(row.receivedAt)},
                  {u"due_at"_s, isoUtc(row.dueAt)},
                  {u"extended_due_at"_s, timeOrNull(row.extendedDueAt)},
                  {u"extension_reason"_s, stringOrNull(row.extensionReason)},
                  {u"status_reason"_s, stringOrNull(row.statusReason)},
                  {u"updated_at"_s, isoUtc(row.updatedAt)},
                  {u"summary"_s, row.summary},
                  {u"history"_s, history},
                  {u"export_ready"_s, row.exportReady},
                  {u"messages"_s, row.messages},
                  {u"rejection"_s, row.rejection.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.rejection)}};
    if (row.type == u"deletion") {
        QJsonArray retained;
        for (const QJsonValue &v : row.retained) {
            QJsonObject item = v.toObject();
            const QString detail = PolicyContent::retainedDetail(item.value(u"category"_s).toString(),
                                                                 item.value(u"reason"_s).toString(), lang);
            if (!detail.isNull())
                item.insert(u"detail"_s, detail);
            retained.append(item);
        }
        o.insert(u"retained"_s, retained);
    }
    return o;
}

} // namespace pd::provider
