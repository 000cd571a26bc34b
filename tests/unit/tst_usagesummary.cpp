// SPDX-License-Identifier: GPL-3.0-or-later
// The server usage summary (store/UsageSummary.h) against the rows it summarises: counts for every
// filter and date range equal COUNT(*) with the table's own LIKE, daily traffic equals grouping the
// rows by local day, and the summary is never used for rows stored after its last refresh. Runs with
// TZ=Asia/Kathmandu (UTC+5:45, set in CMake), where local midnight is not on a whole hour.
// Also the table model's blocks read from the far end (WindowedTableModel::readBlock) against
// plain OFFSET queries, for every column, both orders, with and without filters.
#include "Fixtures.h"
#include "models/TableModels.h"
#include "store/CacheDb.h"
#include "store/UsageSummary.h"
#include "sync/SummaryRefresher.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEvents = 30000;
constexpr int kPage = 5000;
const QDateTime kStart = utcTime(2025, 3, 1, 7, 13, 5);

// Names that LIKE must take literally, and two that differ only in case.
const QStringList kNames = {u"web-1"_s, u"Web-2"_s, u"db_main"_s, u"50%-off"_s, u"back\\slash"_s, u"cache-1"_s,
                            u"build-1"_s, u"build-2"_s, u"WEB-1"_s};

QList<ServerEvent> makeEvents(qint64 firstId, int count, quint32 seed, qint64 spanSeconds)
{
    QRandomGenerator rng(seed);
    QList<ServerEvent> out;
    for (int i = 0; i < count; ++i) {
        ServerEvent e = sampleServerEvent(firstId + i, kStart);
        const int s = int(rng.bounded(int(kNames.size())));
        e.serverName = kNames.at(s);
        e.serverId = u"srv-%1"_s.arg(s % 5); // ids shared by several names, as after a rename
        e.loginAt = kStart.addSecs(qint64(rng.bounded(quint64(spanSeconds))));
        out << e;
    }
    return out;
}

std::optional<qint64> rowsCount(const CacheDb &db, const usage::ServerFilter &f)
{
    QString sql = u"SELECT COUNT(*) FROM server_events WHERE 1"_s;
    QVariantList binds;
    if (!f.text.isEmpty()) {
        sql += u" AND (server_name LIKE ? ESCAPE '\\' OR server_id LIKE ? ESCAPE '\\')"_s;
        binds << usage::likePattern(f.text) << usage::likePattern(f.text);
    }
    if (f.from) {
        sql += u" AND login_at >= ?"_s;
        binds << *f.from;
    }
    if (f.to) {
        sql += u" AND login_at < ?"_s;
        binds << *f.to;
    }
    QSqlQuery q(db.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 localMidnight(int daysAfterStart) { return kStart.toLocalTime().date().addDays(daysAfterStart).startOfDay().toSecsSinceEpoch(); }

QList<usage::ServerFilter> filters()
{
    const qint64 t0 = kStart.toSecsSinceEpoch();
    const QList<std::pair<std::optional<qint64>, std::optional<qint64>>> ranges = {
            {std::nullopt, std::nullopt},
            {localMidnight(3), localMidnight(10)},  // a date range as the table sets it
            {localMidnight(0), localMidnight(1)},   // one day
            {localMidnight(5), std::nullopt},
            {std::nullopt, localMidnight(20)},
            {t0 + 1000, t0 + 1500},                 // inside one quarter hour
            {t0 + 899, t0 + 86400 * 7 + 13},        // ragged ends
            {t0 + 5000, t0 + 5000},                 // empty
            {t0 + 9000, t0 + 100},                  // backwards
            {localMidnight(-400), localMidnight(400)},
    };
    const QStringList texts = {QString(), u"web"_s, u"WEB-1"_s, u"%"_s, u"_"_s, u"\\"_s, u"srv-3"_s, u"b"_s,
                               u"nothing like it"_s, u"-"_s};
    QList<usage::ServerFilter> out;
    for (const auto &[from, to] : ranges)
        for (const QString &t : texts)
            out << usage::ServerFilter{t, from, to};
    return out;
}

QString describe(const usage::ServerFilter &f)
{
    return u"text '%1' from %2 to %3"_s.arg(f.text, f.from ? QString::number(*f.from) : u"open"_s,
                                             f.to ? QString::number(*f.to) : u"open"_s);
}

QStringList indexesOn(const CacheDb &db)
{
    QSqlQuery q(db.database());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'server_events' AND sql IS NOT NULL"
           " ORDER BY name"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TstUsageSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = CacheDb::open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_n)));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void emptyCacheIsCurrent()
    {
        QVERIFY(usage::summaryCurrent(m_db->database()));
        QCOMPARE(usage::countServerEvents(m_db->database(), {}), std::optional<qint64>(0));
        QCOMPARE(m_db->count(Category::ServerUsage), 0);
    }

    void countsEqualTheRows()
    {
        store(makeEvents(1, kEvents, 7, 60 * 86400));
        QVERIFY(!usage::summaryCurrent(m_db->database()));
        QCOMPARE(usage::countServerEvents(m_db->database(), {}), std::nullopt); // never trusted while stale
        QVERIFY(m_db->refreshUsageSummary());
        QVERIFY(usage::summaryCurrent(m_db->database()));
        int nonZero = 0;
        for (const usage::ServerFilter &f : filters()) {
            const std::optional<qint64> expected = rowsCount(*m_db, f);
            QVERIFY(expected);
            QCOMPARE(usage::countServerEvents(m_db->database(), f), expected);
            nonZero += *expected > 0 ? 1 : 0;
        }
        QVERIFY2(nonZero > 40, "the filters must find rows, or equal counts prove little");
        QCOMPARE(m_db->count(Category::ServerUsage), kEvents);
    }

    void laterPagesMovedRowsAndForgetting()
    {
        store(makeEvents(1, kEvents, 11, 30 * 86400));
        QVERIFY(m_db->refreshUsageSummary());
        // A later page: only its quarter hours are summarised again.
        store(makeEvents(kEvents + 1, 2000, 12, 40 * 86400));
        QVERIFY(!usage::summaryCurrent(m_db->database()));
        QVERIFY(m_db->refreshUsageSummary());
        // The same ids again, moved to other times and servers (INSERT OR REPLACE): the buckets they
        // left must lose them, however early they were.
        QList<ServerEvent> moved = makeEvents(100, 3000, 13, 2 * 86400);
        for (ServerEvent &e : moved)
            e.loginAt = e.loginAt.addDays(25);
        store(moved);
        QVERIFY(m_db->refreshUsageSummary());
        for (const usage::ServerFilter &f : filters())
            QVERIFY2(usage::countServerEvents(m_db->database(), f) == rowsCount(*m_db, f), qPrintable(describe(f)));
        QCOMPARE(m_db->count(Category::ServerUsage), kEvents + 2000);

        QVERIFY(m_db->forgetEvents());
        QVERIFY(usage::summaryCurrent(m_db->database()));
        QCOMPARE(usage::countServerEvents(m_db->database(), {u"web"_s, std::nullopt, std::nullopt}), 0);
        QCOMPARE(m_db->count(Category::ServerUsage), 0);
    }

    void dailyTrafficEqualsTheRows()
    {
        store(makeEvents(1, kEvents, 17, 120 * 86400));
        const auto fromRows = [&](int days) {
            // The query the cache used before the summary: every row's local day from SQLite.
            QList<QPair<QDate, qint64>> out;
            QSqlQuery q(m_db->database());
            q.prepare(u"SELECT date(login_at, 'unixepoch', 'localtime') AS d, SUM(traffic_bytes) FROM server_events"
                      " WHERE date(login_at, 'unixepoch', 'localtime') >"
                      " (SELECT date(MAX(login_at), 'unixepoch', 'localtime', '-' || ? || ' days') FROM server_events)"
                      " GROUP BY d ORDER BY d"_s);
            q.addBindValue(days);
            if (q.exec())
                while (q.next())
                    out.push_back({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong()});
            return out;
        };
        const auto stale = m_db->dailyTraffic(90); // the rows themselves while stale
        QCOMPARE(stale, fromRows(90));
        QVERIFY(m_db->refreshUsageSummary());
        for (int days : {1, 7, 90, 400}) {
            const auto summarised = usage::dailyTraffic(m_db->database(), days);
            QVERIFY(summarised);
            QCOMPARE(*summarised, fromRows(days));
        }
        QCOMPARE(m_db->dailyTraffic(90).size(), 90);
    }

    void sortIndexesFollowTheBulkLoad()
    {
        QVERIFY(m_db->prepareServerBulkLoad());
        QCOMPARE(indexesOn(*m_db), QStringList{u"server_events_login_at"_s});
        store(makeEvents(1, 1000, 19, 86400));
        QVERIFY(m_db->refreshUsageSummary());
        QStringList expected{u"server_events_login_at"_s};
        for (const QString &c : usage::sortIndexedColumns())
            expected << u"server_events_by_"_s + c;
        expected.sort();
        QCOMPARE(indexesOn(*m_db), expected);
        QVERIFY(m_db->prepareServerBulkLoad()); // rows present: an incremental sync keeps them
        QCOMPARE(indexesOn(*m_db), expected);
        QVERIFY(m_db->forgetEvents());
        QVERIFY(m_db->prepareServerBulkLoad());
        QCOMPARE(indexesOn(*m_db), QStringList{u"server_events_login_at"_s});
    }

    void missingSortIndexesAreSeenAndBuiltAgain()
    {
        // The indexes come after the summary's commit: a program that ended in between left a current
        // summary without them. sortIndexesComplete() sees it, and refresh() with nothing stale builds them.
        store(makeEvents(1, 500, 7, 3600));
        QVERIFY(m_db->refreshUsageSummary());
        QVERIFY(usage::summaryCurrent(m_db->database()));
        QVERIFY(usage::sortIndexesComplete(m_db->database()));
        QSqlQuery q(m_db->database());
        QVERIFY(q.exec(u"DROP INDEX server_events_by_traffic_bytes"_s));
        QVERIFY(usage::summaryCurrent(m_db->database()));
        QVERIFY(!usage::sortIndexesComplete(m_db->database()));
        QVERIFY(m_db->refreshUsageSummary());
        QVERIFY(usage::sortIndexesComplete(m_db->database()));
    }

    void aStoppedRefreshKeepsTheCacheConsistent()
    {
        // Stopped after 0, 1, 2, ... questions, on the same file, until one runs to its end: after
        // every stop the summary is either current and right, or stale and never used; no transaction
        // is left open; and what one refresh did not do, the next one does.
        QVERIFY(m_db->prepareServerBulkLoad());
        store(makeEvents(1, 3000, 29, 10 * 86400));
        const usage::ServerFilter web{u"web"_s, std::nullopt, std::nullopt};
        bool sawSummaryWithoutIndexes = false;
        int stops = 0;
        for (int allowed = 0;; ++allowed) {
            QVERIFY2(allowed < 40, "the refresh never ran to its end");
            int asked = 0;
            const Status s = m_db->refreshUsageSummary([&] { return ++asked > allowed; });
            if (s)
                break;
            ++stops;
            QCOMPARE(s.error().code, ErrorCode::Cancelled);
            QVERIFY2(asked == allowed + 1, "it goes on after being told to stop");
            if (usage::summaryCurrent(m_db->database())) {
                QCOMPARE(usage::countServerEvents(m_db->database(), web), rowsCount(*m_db, web));
                sawSummaryWithoutIndexes = sawSummaryWithoutIndexes || !usage::sortIndexesComplete(m_db->database());
            } else {
                QCOMPARE(usage::countServerEvents(m_db->database(), web), std::nullopt);
            }
            QCOMPARE(m_db->count(Category::ServerUsage), 3000);
            QSqlQuery q(m_db->database());
            QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), "a stopped refresh left its transaction open");
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        QVERIFY(stops > 6); // inside the summary's transaction, and between the indexes
        QVERIFY(sawSummaryWithoutIndexes);
        QVERIFY(usage::summaryCurrent(m_db->database()));
        QVERIFY(usage::sortIndexesComplete(m_db->database()));
        QCOMPARE(usage::countServerEvents(m_db->database(), web), rowsCount(*m_db, web));
    }

    void closingStopsTheRefresherInsteadOfWaitingForItsEnd()
    {
        // An account closed while its first refresh runs (a sign-out just after the first sync): the
        // refresher's destructor, on the GUI thread, stops the refresh after its current statement
        // rather than waiting for all of it. Done to its end, it would leave everything built here.
        QVERIFY(m_db->prepareServerBulkLoad());
        store(makeEvents(1, kEvents, 31, 60 * 86400));
        {
            SummaryRefresher refresher(m_db->path());
            refresher.start();
        }
        QVERIFY(!(usage::summaryCurrent(m_db->database()) && usage::sortIndexesComplete(m_db->database())));
        QVERIFY(m_db->refreshUsageSummary());
        QVERIFY(usage::sortIndexesComplete(m_db->database()));
        QCOMPARE(m_db->count(Category::ServerUsage), kEvents);
    }

    void blocksFromEitherEndEqualOffsetPages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dated");
        QTest::newRow("all rows") << QString() << false;
        QTest::newRow("filtered") << u"web"_s << false;
        QTest::newRow("filtered and dated") << u"b"_s << true;
    }

    void blocksFromEitherEndEqualOffsetPages()
    {
        QFETCH(QString, text);
        QFETCH(bool, dated);
        store(makeEvents(1, 5000, 23, 20 * 86400));
        QVERIFY(m_db->refreshUsageSummary());
        ServerUsageModel m(m_db.get());
        m.setFilterText(text);
        const QDate from = kStart.toLocalTime().date().addDays(2), to = from.addDays(9);
        if (dated)
            m.setDateRange(from, to);
        const usage::ServerFilter f{text,
                                    dated ? std::optional<qint64>(from.startOfDay().toSecsSinceEpoch()) : std::nullopt,
                                    dated ? std::optional<qint64>(to.addDays(1).startOfDay().toSecsSinceEpoch()) : std::nullopt};
        const std::optional<qint64> expected = rowsCount(*m_db, f);
        QVERIFY(expected && *expected > 1000);
        QCOMPARE(m.rowCount(), int(*expected));
        static const char *const columns[] = {"server_name", "login_at", "duration_s", "traffic_bytes", "cpu_pct",
                                              "memory_bytes", "disk_bytes"};
        for (int c = 0; c < int(ServerUsageModel::ColumnCount); ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m.sort(c, order);
                const QString dir = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
                QString sql = u"SELECT id FROM server_events WHERE 1"_s;
                if (!text.isEmpty())
                    sql += u" AND (server_name LIKE ? ESCAPE '\\' OR server_id LIKE ? ESCAPE '\\')"_s;
                if (dated)
                    sql += u" AND login_at >= ? AND login_at < ?"_s;
                sql += u" ORDER BY %1%2, id%2"_s.arg(QLatin1String(columns[c]), dir);
                QSqlQuery q(m_db->database());
                q.prepare(sql);
                if (!text.isEmpty()) {
                    q.addBindValue(usage::likePattern(text));
                    q.addBindValue(usage::likePattern(text));
                }
                if (dated) {
                    q.addBindValue(*f.from);
                    q.addBindValue(*f.to);
                }
                QVERIFY(q.exec());
                QList<qint64> ids;
                while (q.next())
                    ids << q.value(0).toLongLong();
                QCOMPARE(ids.size(), m.rowCount());
                // First block, the middle, the block across the half-way mark, and the end (a short block).
                const int n = m.rowCount();
                for (int row : {0, 255, 256, n / 2 - 1, n / 2, n / 2 + 1, n - 257, n - 256, n - 1}) {
                    const qint64 got = m.data(m.index(row, 0), WindowedTableModel::IdRole).toLongLong();
                    QVERIFY2(got == ids.at(row), qPrintable(u"column %1 %2 row %3: id %4, expected %5"_s.arg(
                                                         QLatin1String(columns[c]), dir).arg(row).arg(got).arg(ids.at(row))));
                }
            }
        }
    }

private:
    void store(const QList<ServerEvent> &events)
    {
        for (qsizetype i = 0; i < events.size(); i += kPage)
            QVERIFY(m_db->appendServerEvents(events.mid(i, kPage), u"c%1"_s.arg(i)));
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<CacheDb> m_db;
};

QTEST_GUILESS_MAIN(TstUsageSummary)
#include "tst_usagesummary.moc"
