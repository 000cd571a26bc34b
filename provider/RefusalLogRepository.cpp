// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefusalLogRepository.h"

#include "ProviderDb.h"
#include "RequestRow.h"
#include "Rfc3339.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

RefusalLogRepository::RefusalLogRepository(ProviderDb &db)
    : m_db(db)
{
}

bool RefusalLogRepository::record(const RequestRow &r, qint64 rejectedAt, const QString &staffPseudonym,
                                  const QString &code, const QString &text)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO refusal_log(request_id, account, type, received_at, rejected_at, staff, reason_code, "
              "reason_text) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(r.id), QVariant(r.account), QVariant(r.type), QVariant(r.receivedAt),
                              QVariant(rejectedAt), QVariant(staffPseudonym), QVariant(code), QVariant(text)})
        q.addBindValue(v);
    return m_db.exec(q);
}

std::optional<QJsonArray> RefusalLogRepository::page(qint64 afterSeq, int limit, bool *hasMore, qint64 *lastSeq) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT r.seq, r.request_id, a.account_id, r.type, r.received_at, r.rejected_at, r.staff, r.reason_code, "
              "r.reason_text FROM refusal_log r JOIN accounts a ON a.id = r.account WHERE r.seq>? ORDER BY r.seq "
              "LIMIT ?"_s);
    q.addBindValue(afterSeq);
    q.addBindValue(limit + 1);
    if (!m_db.exec(q))
        return std::nullopt;
    QJsonArray out;
    *hasMore = false;
    *lastSeq = afterSeq;
    while (q.next()) {
        if (out.size() == limit) {
            *hasMore = true;
            break;
        }
        *lastSeq = q.value(0).toLongLong();
        out.append(QJsonObject{{u"request_id"_s, q.value(1).toString()}, {u"account_id"_s, q.value(2).toString()},
                               {u"type"_s, q.value(3).toString()}, {u"received_at"_s, isoUtc(q.value(4).toLongLong())},
                               {u"rejected_at"_s, isoUtc(q.value(5).toLongLong())}, {u"staff"_s, q.value(6).toString()},
                               {u"reason_code"_s, q.value(7).toString()}, {u"reason_text"_s, q.value(8).toString()}});
    }
    return out;
}

} // namespace pd::provider
