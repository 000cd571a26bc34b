// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageSummary.h"

#include "store/SqliteFile.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

#include <limits>

namespace pd::usage {
namespace {

const QString kStaleKey = QStringLiteral("usage_summary_from");
// The text condition of the table's filter (WindowedTableModel), on any table with both columns.
const QString kTextMatch = QStringLiteral("(server_name LIKE ? ESCAPE '\\' OR server_id LIKE ? ESCAPE '\\')");
// floor(login_at / 900) for negative times too (SQLite's / and % truncate towards zero).
const QString kBucketOf = QStringLiteral("((e.login_at - ((e.login_at % 900) + 900) % 900) / 900)");
static_assert(kBucketSeconds == 900, "kBucketOf spells the bucket size out");

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }
qint64 ceilDiv(qint64 a, qint64 b) { return -floorDiv(-a, b); }

std::optional<qint64> scalar(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void bindText(QSqlQuery &q, const QString &text)
{
    const QString pattern = likePattern(text);
    q.addBindValue(pattern);
    q.addBindValue(pattern);
}

std::optional<qint64> countEventsBetween(const QSqlDatabase &db, const QString &text, qint64 lo, qint64 hi)
{
    if (lo >= hi)
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM server_events WHERE login_at >= ? AND login_at < ?")
              + (text.isEmpty() ? QString() : QStringLiteral(" AND ") + kTextMatch));
    q.addBindValue(lo);
    q.addBindValue(hi);
    if (!text.isEmpty())
        bindText(q, text);
    return scalar(q);
}

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return SqliteFile::execPrepared(q, QStringLiteral("usage summary"));
}

} // namespace

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QStringList sortIndexedColumns()
{
    // login_at has its index from schema v1.
    return {QStringLiteral("server_name"), QStringLiteral("duration_s"), QStringLiteral("traffic_bytes"),
            QStringLiteral("cpu_pct"), QStringLiteral("memory_bytes"), QStringLiteral("disk_bytes")};
}

bool sortIndexesComplete(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList names;
    for (const QString &c : sortIndexedColumns())
        names << QStringLiteral("'server_events_by_%1'").arg(c); // fixed names, not input
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN (%1)")
                    .arg(names.join(QLatin1Char(',')))) || !q.next())
        return false;
    return q.value(0).toInt() == names.size();
}

bool summaryCurrent(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kStaleKey);
    if (!q.exec())
        return false;
    return !q.next() || q.value(0).toString().isEmpty();
}

std::optional<qint64> countServerEvents(const QSqlDatabase &db, const ServerFilter &f)
{
    if (!summaryCurrent(db))
        return std::nullopt;
    constexpr qint64 kMin = std::numeric_limits<qint64>::min() / 2, kMax = std::numeric_limits<qint64>::max() / 2;
    if (!f.from && !f.to) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM server_event_texts")
                  + (f.text.isEmpty() ? QString() : QStringLiteral(" WHERE ") + kTextMatch));
        if (!f.text.isEmpty())
            bindText(q, f.text);
        return scalar(q);
    }
    const qint64 lo = f.from.value_or(kMin), hi = f.to.value_or(kMax);
    if (lo >= hi)
        return 0;
    // Whole buckets inside [lo, hi) from the summary; the partial ones at either end from the rows.
    const qint64 firstFull = f.from ? ceilDiv(lo, kBucketSeconds) : kMin / kBucketSeconds;
    const qint64 endFull = f.to ? floorDiv(hi, kBucketSeconds) : kMax / kBucketSeconds;
    if (firstFull >= endFull)
        return countEventsBetween(db, f.text, lo, hi);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM server_event_buckets WHERE bucket >= ? AND bucket < ?")
              + (f.text.isEmpty() ? QString()
                                  : QStringLiteral(" AND text_key IN (SELECT key FROM server_event_texts WHERE ")
                                        + kTextMatch + QLatin1Char(')')));
    q.addBindValue(firstFull);
    q.addBindValue(endFull);
    if (!f.text.isEmpty())
        bindText(q, f.text);
    std::optional<qint64> whole = scalar(q);
    std::optional<qint64> head = f.from ? countEventsBetween(db, f.text, lo, firstFull * kBucketSeconds) : 0;
    std::optional<qint64> tail = f.to ? countEventsBetween(db, f.text, endFull * kBucketSeconds, hi) : 0;
    if (!whole || !head || !tail)
        return std::nullopt;
    return *whole + *head + *tail;
}

std::optional<QList<QPair<QDate, qint64>>> dailyTraffic(const QSqlDatabase &db, int days)
{
    if (!summaryCurrent(db))
        return std::nullopt;
    QList<QPair<QDate, qint64>> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(login_at) FROM server_events")) || !q.next())
        return std::nullopt;
    if (q.value(0).isNull() || days <= 0)
        return out;
    const QDate last = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong()).date();
    const qint64 lo = last.addDays(1 - days).startOfDay().toSecsSinceEpoch();
    q.prepare(QStringLiteral("SELECT bucket, SUM(traffic) FROM server_event_buckets WHERE bucket >= ? GROUP BY bucket"
                             " ORDER BY bucket"));
    q.addBindValue(floorDiv(lo, kBucketSeconds));
    if (!q.exec())
        return std::nullopt;
    // Buckets come oldest first; each lies within one local day (every time zone's offset is a whole
    // number of quarter hours), the day whose local midnights enclose its start. So a local-time
    // conversion per day, not per bucket (thousands of them, at microseconds each).
    QDate day = last.addDays(1 - days);
    qint64 dayStart = lo, dayEnd = day.addDays(1).startOfDay().toSecsSinceEpoch();
    qint64 sum = 0;
    bool any = false;
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong() * kBucketSeconds;
        if (at < dayStart)
            continue; // the quarter hour before the first local midnight
        while (at >= dayEnd) {
            if (std::exchange(any, false))
                out.push_back({day, std::exchange(sum, 0)});
            day = day.addDays(1);
            dayStart = dayEnd;
            dayEnd = day.addDays(1).startOfDay().toSecsSinceEpoch();
        }
        sum += q.value(1).toLongLong();
        any = true;
    }
    if (any)
        out.push_back({day, sum});
    return out;
}

Status markStale(QSqlDatabase &db, qint64 minLoginAt)
{
    return exec(db,
                QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value ="
                               " CASE WHEN value = '' THEN excluded.value"
                               " ELSE CAST(min(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT) END"),
                {kStaleKey, QString::number(minLoginAt)});
}

Status clear(QSqlDatabase &db)
{
    for (const char *sql : {"DELETE FROM server_event_buckets", "DELETE FROM server_event_texts"})
        if (Status s = exec(db, QLatin1String(sql)); !s)
            return s;
    return exec(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {kStaleKey});
}

Status dropSortIndexes(const QSqlDatabase &db)
{
    for (const QString &c : sortIndexedColumns())
        if (Status s = exec(db, QStringLiteral("DROP INDEX IF EXISTS server_events_by_") + c); !s)
            return s;
    return okStatus();
}

Status refresh(const QSqlDatabase &constDb, const std::function<bool()> &stopRequested)
{
    QSqlDatabase db = constDb;
    // Asked before each statement: what is done stays consistent (the summary's statements are one
    // transaction, rolled back; each index is whole or not there), and the next refresh does the rest.
    const auto stopped = [&stopRequested]() -> std::optional<Error> {
        if (stopRequested && stopRequested())
            return Error::make(ErrorCode::Cancelled, QStringLiteral("usage summary: stopped before the end"));
        return std::nullopt;
    };
    if (auto e = stopped())
        return *e;
    // IMMEDIATE: the stale point is read under the write lock, so no page stored meanwhile is missed.
    if (Status s = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    auto body = [&]() -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(kStaleKey);
        if (!q.exec())
            return SqliteFile::sqlError(q.lastError(), QStringLiteral("usage summary"));
        if (!q.next() || q.value(0).toString().isEmpty())
            return okStatus();
        const qint64 bucket = floorDiv(q.value(0).toLongLong(), kBucketSeconds);
        const qint64 start = bucket * kBucketSeconds;
        q.finish();
        const std::pair<QString, QVariantList> steps[] = {
            {QStringLiteral("INSERT OR IGNORE INTO server_event_texts(server_id, server_name, n)"
                            " SELECT DISTINCT server_id, server_name, 0 FROM server_events WHERE login_at >= ?"),
             {start}},
            {QStringLiteral("DELETE FROM server_event_buckets WHERE bucket >= ?"), {bucket}},
            {QStringLiteral("INSERT INTO server_event_buckets(bucket, text_key, n, traffic) SELECT ") + kBucketOf
                 + QStringLiteral(", t.key, COUNT(*), SUM(e.traffic_bytes) FROM server_events e JOIN server_event_texts t"
                                  " ON t.server_id = e.server_id AND t.server_name = e.server_name WHERE e.login_at >= ?"
                                  " GROUP BY 1, 2"),
             {start}},
            {QStringLiteral("UPDATE server_event_texts SET n = (SELECT COALESCE(SUM(b.n), 0) FROM server_event_buckets b"
                            " WHERE b.text_key = server_event_texts.key)"),
             {}},
            {QStringLiteral("DELETE FROM meta WHERE key = ?"), {kStaleKey}},
        };
        for (const auto &[sql, binds] : steps) {
            if (auto e = stopped())
                return *e;
            if (Status s = exec(db, sql, binds); !s)
                return s;
        }
        return okStatus();
    };
    if (Status s = body(); !s) {
        (void)exec(db, QStringLiteral("ROLLBACK")); // the first error is the one to report
        return s;
    }
    if (Status s = exec(db, QStringLiteral("COMMIT")); !s) {
        (void)exec(db, QStringLiteral("ROLLBACK")); // the first error is the one to report
        return s;
    }
    for (const QString &c : sortIndexedColumns()) {
        if (auto e = stopped())
            return *e;
        if (Status s = exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS server_events_by_%1 ON server_events(%1)").arg(c)); !s)
            return s;
    }
    return okStatus();
}

QList<QPair<QDate, qint64>> dailyTrafficFromRows(const QSqlDatabase &db, int days)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT date(login_at, 'unixepoch', 'localtime') AS d, SUM(traffic_bytes) FROM server_events"
                             " WHERE date(login_at, 'unixepoch', 'localtime') >"
                             " (SELECT date(MAX(login_at), 'unixepoch', 'localtime', '-' || ? || ' days') FROM server_events)"
                             " GROUP BY d ORDER BY d"));
    q.addBindValue(days);
    QList<QPair<QDate, qint64>> out;
    if (q.exec())
        while (q.next())
            out.push_back({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong()});
    return out;
}

} // namespace pd::usage
