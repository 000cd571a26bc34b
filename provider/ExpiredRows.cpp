// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpiredRows.h"

#include "Limits.h"
#include "ProviderDb.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

ExpiredRows::ExpiredRows(ProviderDb &db)
    : m_db(db)
{
}

qint64 ExpiredRows::purge(qint64 nowMs)
{
    const qint64 idempotencyBefore = nowMs - qint64(pd::limits::kIdempotencyRetentionHours) * 3600 * 1000;
    const struct
    {
        const char16_t *sql;
        qint64 before;
    } steps[] = {
        {u"DELETE FROM auth_codes WHERE expires_at < ?", nowMs},
        {u"DELETE FROM tokens WHERE expires_at < ?", nowMs},
        // A family still named by an unexpired code stays: replaying that code must still find it.
        {u"DELETE FROM token_families WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM tokens t WHERE t.family = "
         "token_families.id) AND NOT EXISTS (SELECT 1 FROM auth_codes c WHERE c.family = token_families.id)",
         nowMs},
        {u"DELETE FROM idempotency WHERE created_at < ?", idempotencyBefore},
    };
    if (!m_db.begin())
        return -1;
    qint64 deleted = 0;
    for (const auto &step : steps) {
        QSqlQuery q(m_db.database());
        q.prepare(QString::fromUtf16(step.sql));
        q.addBindValue(step.before);
        if (!m_db.exec(q)) {
            m_db.rollback();
            return -1;
        }
        deleted += q.numRowsAffected();
    }
    return m_db.commit() ? deleted : -1;
}

} // namespace pd::provider
