// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace pd::usage {

/// Server usage is the one category that grows to a million rows. So that nothing on the GUI thread
/// reads every row, the cache keeps a summary beside `server_events` (schema v5, CacheDb):
///  - `server_event_texts`: each distinct (server_id, server_name) with its number of events;
///  - `server_event_buckets`: events and traffic per text and quarter hour (every time zone's local
///    midnight falls on a quarter hour, so local days and date ranges are made of whole buckets);
///  - meta `usage_summary_from`: the earliest login time stored since the summary was last brought up
///    to date, empty when it is current. Storing events sets it in the same transaction, so the
///    summary is never trusted for rows it has not seen.
/// The filter text matches the same columns with the same LIKE as the table, so counts from the
/// summary equal COUNT(*) over the rows (tst_usagesummary checks that against random filters).
/// And one index per sortable column, so any sort reads a block without sorting every row.
constexpr qint64 kBucketSeconds = 900;

/// What the server usage table shows: text matched against server name and id, login time in
/// [from, to) in seconds since the epoch, either end open.
struct ServerFilter
{
    QString text;
    std::optional<qint64> from;
    std::optional<qint64> to;
};

/// `%text%` for LIKE with ESCAPE '\\': the filter's characters match themselves.
QString likePattern(const QString &text);

/// True when the summary describes every stored event.
bool summaryCurrent(const QSqlDatabase &db);
/// Events matching `f`, from the summary (a few thousand summary rows and the events of at most
/// two partial quarter hours); empty when the summary is not current.
std::optional<qint64> countServerEvents(const QSqlDatabase &db, const ServerFilter &f);
/// Traffic per local day over the last `days` days up to the last day with data, oldest first;
/// empty when the summary is not current.
std::optional<QList<QPair<QDate, qint64>>> dailyTraffic(const QSqlDatabase &db, int days);
/// The same from the rows themselves (for while the summary is being brought up to date): a scan of
/// every row, grouped by local day (SQLite's 'localtime' uses the process's time zone rules).
QList<QPair<QDate, qint64>> dailyTrafficFromRows(const QSqlDatabase &db, int days);

/// Inside the transaction that stores events: the summary no longer covers rows from `minLoginAt`.
Status markStale(QSqlDatabase &db, qint64 minLoginAt);
/// Inside the transaction that deletes every event: empties the summary, which is then current.
Status clear(QSqlDatabase &db);
/// Drops the sort indexes before a first sync fills an empty table: building each index once at the
/// end costs a fraction of keeping it up to date row by row (bench: 1 s against 40 s for a million).
Status dropSortIndexes(const QSqlDatabase &db);
/// Brings the summary up to date (one transaction, reading only events from the stale point) and
/// creates the missing sort indexes. Seconds for a million new rows: run it on its own connection
/// off the GUI thread (SummaryRefresher). `stopRequested`, asked before each statement, ends it early
/// (ErrorCode::Cancelled) with what is done kept consistent: a statement under way is not cut short,
/// so a stop waits for one statement at most (under a second at a million rows here).
Status refresh(const QSqlDatabase &db, const std::function<bool()> &stopRequested = {});
/// The sort indexes that refresh() creates, by column.
QStringList sortIndexedColumns();
/// True when every sort index is there. refresh() builds them after its commit, so a program that
/// ended in between (a quit right after a first sync) left a current summary without them: each
/// sort of a million rows would then sort them all again for every block, until refresh() runs.
bool sortIndexesComplete(const QSqlDatabase &db);

} // namespace pd::usage
