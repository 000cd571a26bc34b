// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageGuard.h"

namespace pd {

void PageGuard::start(const QString &cursor)
{
    m_rows = 0;
    m_haveKey = false;
    m_lastKey = 0;
    m_cursors.clear();
    m_ids.clear();
    m_cursors.insert(cursor);
}

Status PageGuard::acceptCursor(const QString &nextCursor, bool hasMore, qsizetype rows)
{
    if (m_rows + rows > m_maxRows)
        return Error::make(ErrorCode::Paging, QStringLiteral("more than %1 rows in one sync").arg(m_maxRows));
    // An empty page ends the walk whatever it says (the engine stops there), so only a page with
    // items that asks for more must move the cursor on.
    if (hasMore && rows > 0) {
        if (nextCursor.isEmpty())
            return Error::make(ErrorCode::Paging, QStringLiteral("has_more without a next cursor"));
        if (m_cursors.contains(nextCursor))
            return Error::make(ErrorCode::Paging, QStringLiteral("the cursor did not advance"));
    }
    return okStatus();
}

Status PageGuard::acceptOrdered(const QString &nextCursor, bool hasMore, const QList<qint64> &keys)
{
    if (Status s = acceptCursor(nextCursor, hasMore, keys.size()); !s)
        return s;
    bool have = m_haveKey;
    qint64 last = m_lastKey;
    for (qint64 k : keys) {
        if (have && k <= last)
            return Error::make(ErrorCode::Paging, QStringLiteral("a page repeated or went back (key %1 after %2)").arg(k).arg(last));
        have = true;
        last = k;
    }
    m_haveKey = have;
    m_lastKey = last;
    m_rows += keys.size();
    m_cursors.insert(nextCursor);
    return okStatus();
}

Status PageGuard::acceptIds(const QString &nextCursor, bool hasMore, const QStringList &ids)
{
    if (Status s = acceptCursor(nextCursor, hasMore, ids.size()); !s)
        return s;
    QSet<QString> page;
    for (const QString &id : ids) {
        if (m_ids.contains(id) || page.contains(id))
            return Error::make(ErrorCode::Paging, QStringLiteral("a page repeated (id %1 seen before)").arg(id));
        page.insert(id);
    }
    m_ids.unite(page);
    m_rows += ids.size();
    m_cursors.insert(nextCursor);
    return okStatus();
}

} // namespace pd
