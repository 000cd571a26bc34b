// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace pd {

/// Watches one paged walk through a collection (one sync of one collection) so that a provider
/// that keeps answering `has_more: true` cannot make the sync run, and the cache grow, for ever.
/// Each page is checked before it is stored: a page that asks to go on must name a cursor that is
/// new in this walk, its items must come after everything already seen (the API pages in key order,
/// so a repeated page shows up as keys not moving forward), and the walk may not bring more rows
/// than `maxRows` (the API gives no total, so this is a ceiling far above any real account).
/// A refused page gives ErrorCode::Paging; the caller stores nothing of it and ends the sync, so
/// the cache keeps the last good page and its cursor.
class PageGuard
{
public:
    /// A ceiling on rows per walk: an account's events at the demo's largest scale are far fewer.
    static constexpr qint64 kDefaultMaxRows = 25'000'000;

    explicit PageGuard(qint64 maxRows = kDefaultMaxRows)
        : m_maxRows(maxRows)
    {
    }

    /// The walk starts (again) at `cursor` (empty: the beginning).
    void start(const QString &cursor);

    /// Checks a page whose items are ordered by an increasing number (event id, log sequence).
    [[nodiscard]] Status acceptOrdered(const QString &nextCursor, bool hasMore, const QList<qint64> &keys);
    /// Checks a page whose items have ids but no order to rely on (requests): none may repeat.
    [[nodiscard]] Status acceptIds(const QString &nextCursor, bool hasMore, const QStringList &ids);

    qint64 rows() const { return m_rows; }

private:
    [[nodiscard]] Status acceptCursor(const QString &nextCursor, bool hasMore, qsizetype rows);

    qint64 m_maxRows;
    qint64 m_rows = 0;
    bool m_haveKey = false;
    qint64 m_lastKey = 0;
    QSet<QString> m_cursors;
    QSet<QString> m_ids;
};

} // namespace pd
