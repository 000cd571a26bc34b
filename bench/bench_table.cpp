// SPDX-License-Identifier: GPL-3.0-or-later
// pd-bench-table: what a user feels in the server usage table over bob's synced cache (issue 13).
// The real ServerUsageModel in a QTableView set up as the app's (TableSetup), on whatever platform
// QT_QPA_PLATFORM says. Each figure runs from the user's action to the viewport repainted with its
// rows (QWidget::repaint paints synchronously, asking the model for every visible cell) and the
// model's count read, as the status line reads it:
//   filter    typing "build-1" and "cache" one letter at a time, then clearing the field;
//   dates     a date range of the last 7 days, the last 90, one month in the middle, then none;
//   sort      every column in both orders: the first block after the sort, then a jump to the
//             middle and to the last row (blocks no earlier action has read);
// and, in the same run, the queries the table ran before issue 13 on the same file, as the
// reference: COUNT(*) with LIKE for one letter, and a block in the middle sorted by traffic
// without an index. Prints key=value lines (medians over --runs rounds) for scripts/bench.sh.
#include "Platform.h"
#include "TableSetup.h"

#include "models/TableModels.h"
#include "store/CacheDb.h"
#include "store/UsageSummary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pd;
using namespace pd::bench;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double maxOf(const QList<double> &v) { return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end()); }

double timeMs(const std::function<void()> &f)
{
    const qint64 t = monotonicNs();
    f();
    return double(monotonicNs() - t) / 1e6;
}

/// The old queries, timed on the same connection (the reference column of the report).
double legacyMs(const CacheDb &db, const QString &sql)
{
    return timeMs([&] {
        QSqlQuery q(db.database());
        q.setForwardOnly(true);
        if (q.exec(sql))
            while (q.next()) {
            }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Filter, date range and sort in the server usage table."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("cache"), QStringLiteral("A synced cache file (pd-bench-sync --cache-out)."), QStringLiteral("file")},
        {QStringLiteral("runs"), QStringLiteral("Rounds (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
    });
    parser.process(app);
    QTextStream out(stdout);
    auto opened = CacheDb::open(parser.value(QStringLiteral("cache")));
    if (!opened) {
        std::fprintf(stderr, "pd-bench-table: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    std::unique_ptr<CacheDb> cache = std::move(opened).value();
    if (!usage::summaryCurrent(cache->database())) {
        std::fprintf(stderr, "pd-bench-table: bringing the usage summary up to date first\n");
        if (Status s = cache->refreshUsageSummary(); !s) {
            std::fprintf(stderr, "pd-bench-table: %s\n", qPrintable(s.error().detail));
            return 1;
        }
    }
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QMainWindow window;
    window.resize(1000, 700);
    auto *view = new QTableView(&window);
    window.setCentralWidget(view);
    ServerUsageModel model(cache.get());
    configureLikeRecordTable(view, &model);
    window.show();
    QApplication::processEvents();
    const qint64 rows = model.rowCount();

    auto repaint = [&] {
        (void)model.rowCount();
        (void)model.totalCount();
        view->viewport()->repaint();
    };
    auto typeIn = [&](const QString &word, QList<double> *into) {
        for (qsizetype i = 1; i <= word.size(); ++i)
            into->append(timeMs([&] {
                model.setFilterText(word.left(i));
                repaint();
            }));
        into->append(timeMs([&] {
            model.setFilterText(QString());
            repaint();
        }));
    };
    auto scrollTo = [&](int row) {
        view->scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
        repaint();
    };

    QList<double> filter, dates, sortFirst, sortMiddle, sortLast, legacyFilter, legacySort, legacyFirstSort, chart, legacyChart;
    QStringList sortDetail;
    const QDate today = QDate::currentDate();
    for (int run = 0; run < runs; ++run) {
        typeIn(QStringLiteral("build-1"), &filter);
        typeIn(QStringLiteral("cache"), &filter);
        QSqlQuery last(cache->database());
        const QDate newest = last.exec(QStringLiteral("SELECT MAX(login_at) FROM server_events")) && last.next()
            ? QDateTime::fromSecsSinceEpoch(last.value(0).toLongLong()).date()
            : today;
        last.finish();
        for (const auto &[from, to] : {std::pair{newest.addDays(-6), newest}, std::pair{newest.addDays(-89), newest},
                                       std::pair{newest.addDays(-200), newest.addDays(-170)}, std::pair{QDate(), QDate()}})
            dates << timeMs([&] {
                model.setDateRange(from, to);
                repaint();
            });
        for (int c = 0; c < model.columnCount(); ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const double first = timeMs([&] {
                    view->sortByColumn(c, order);
                    scrollTo(0);
                });
                const double middle = timeMs([&] { scrollTo(int(rows / 2)); });
                const double end = timeMs([&] { scrollTo(int(rows - 1)); });
                sortFirst << first;
                sortMiddle << middle;
                sortLast << end;
                if (run == 0)
                    sortDetail << QStringLiteral("%1%2:%3/%4/%5")
                                          .arg(c)
                                          .arg(order == Qt::AscendingOrder ? QLatin1Char('a') : QLatin1Char('d'))
                                          .arg(first, 0, 'f', 1)
                                          .arg(middle, 0, 'f', 1)
                                          .arg(end, 0, 'f', 1);
            }
        }
        view->sortByColumn(ServerUsageModel::LoginAt, Qt::DescendingOrder);
        // The daily-traffic chart the Usage tab draws at start: from the summary, and the query it ran
        // before issue 13 (date() on every row, which no index serves).
        chart << timeMs([&] { (void)cache->dailyTraffic(90); });
        legacyChart << legacyMs(*cache, QStringLiteral("SELECT date(login_at, 'unixepoch', 'localtime') AS d, SUM(traffic_bytes)"
                                                       " FROM server_events WHERE date(login_at, 'unixepoch', 'localtime') >"
                                                       " (SELECT date(MAX(login_at), 'unixepoch', 'localtime', '-90 days')"
                                                       " FROM server_events) GROUP BY d ORDER BY d"));
        legacyFilter << legacyMs(*cache, QStringLiteral("SELECT COUNT(*) FROM server_events WHERE server_name LIKE '%b%'"
                                                        " OR server_id LIKE '%b%'"));
        // Unary + keeps SQLite from using an index for the order, as the table was before issue 13.
        legacyFirstSort << legacyMs(*cache, QStringLiteral("SELECT * FROM server_events ORDER BY +traffic_bytes DESC, id DESC"
                                                           " LIMIT 256 OFFSET 0"));
        legacySort << legacyMs(*cache, QStringLiteral("SELECT * FROM server_events ORDER BY +traffic_bytes DESC, id DESC"
                                                      " LIMIT 256 OFFSET %1").arg(rows / 2));
    }
    auto put = [&out](const char *k, double v) { out << k << '=' << QString::number(v, 'f', 2) << '\n'; };
    out << "rows=" << rows << '\n';
    out << "runs=" << runs << '\n';
    put("filter_keystroke_median_ms", median(filter));
    put("filter_keystroke_max_ms", maxOf(filter));
    out << "filter_keystrokes=" << filter.size() << '\n';
    put("dates_median_ms", median(dates));
    put("dates_max_ms", maxOf(dates));
    put("sort_first_median_ms", median(sortFirst));
    put("sort_first_max_ms", maxOf(sortFirst));
    put("sort_middle_median_ms", median(sortMiddle));
    put("sort_middle_max_ms", maxOf(sortMiddle));
    put("sort_last_median_ms", median(sortLast));
    put("sort_last_max_ms", maxOf(sortLast));
    out << "sort_detail=" << sortDetail.join(QLatin1Char(' ')) << '\n';
    put("chart_median_ms", median(chart));
    put("legacy_chart_ms", median(legacyChart));
    // Every action above runs on the GUI thread from start to repaint, so the longest of them is the
    // longest the event loop went without a turn.
    put("gui_max_stall_ms", std::max({maxOf(filter), maxOf(dates), maxOf(sortFirst), maxOf(sortMiddle), maxOf(sortLast), maxOf(chart)}));
    put("legacy_filter_count_ms", median(legacyFilter));
    put("legacy_sort_first_block_ms", median(legacyFirstSort));
    put("legacy_sort_middle_block_ms", median(legacySort));
    out << "peak_rss_mib=" << mib(peakRssBytes()) << '\n';
    return 0;
}
