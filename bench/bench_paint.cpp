// SPDX-License-Identifier: GPL-3.0-or-later
// pd-bench-paint: time from process launch to the first painted frame, for
//   bare   an empty QMainWindow (the floor: loading Qt, connecting to the display, one paint), and
//   table  the server usage table over a synced cache (CacheDb + ServerUsageModel + a QTableView set
//          up as the app's RecordTable), counted when the viewport has painted rows.
// Without --child it is the driver: it launches itself as a child, alternately bare and table, a
// warm-up round plus --runs rounds, and prints medians as key=value lines (scripts/bench.sh writes
// them into docs/benchmarks.md). The driver hands each child its launch time on a monotonic clock
// shared by all processes, so "launch" includes exec, dynamic linking and plugin loading: what a
// user waits for. Runs on whatever QT_QPA_PLATFORM says (offscreen, or xcb under Xvfb).
#include "Platform.h"
#include "TableSetup.h"

#include "models/TableModels.h"
#include "store/CacheDb.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QMap>
#include <QProcess>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pd;
using namespace pd::bench;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

double msSince(qint64 fromNs, qint64 toNs) { return double(toNs - fromNs) / 1e6; }

/// Calls `done` once, on the event loop turn after the first paint of `watched` that `ready`
/// accepts: by then the frame has also been flushed to the platform's backing store.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *watched, std::function<bool()> ready, std::function<void()> done)
        : QObject(watched)
        , m_ready(std::move(ready))
        , m_done(std::move(done))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *obj, QEvent *event) override
    {
        if (!m_fired && event->type() == QEvent::Paint && (!m_ready || m_ready())) {
            m_fired = true;
            QTimer::singleShot(0, this, m_done);
            obj->removeEventFilter(this);
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_done;
    bool m_fired = false;
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("Process launch to first paint: the usage table over a synced cache "
                                                    "against a bare window, medians of several runs."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("cache"), QStringLiteral("A synced cache file (pd-bench-sync --cache-out)."), QStringLiteral("file")},
        {QStringLiteral("runs"), QStringLiteral("Measured runs of each mode (default 5)."), QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("warmup"), QStringLiteral("Unmeasured runs of each mode first (default 1)."), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("child"), QStringLiteral("Internal: run one measured child (bare or table)."), QStringLiteral("mode")},
        {QStringLiteral("t0"), QStringLiteral("Internal: launch time of the child."), QStringLiteral("ns")},
        {QStringLiteral("scroll"), QStringLiteral("Internal: also time scrolling to the last row.")},
    });
}

/// One measured child: prints a single line of key=value pairs and exits.
int runChild(int argc, char *argv[], qint64 tMain)
{
    QApplication app(argc, argv);
    const qint64 tApp = monotonicNs();
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const QString mode = parser.value(QStringLiteral("child"));
    const qint64 t0 = parser.value(QStringLiteral("t0")).toLongLong();
    QStringList line;
    auto put = [&line](const QString &k, double ms) { line << k + QLatin1Char('=') + QString::number(ms, 'f', 2); };

    QMainWindow window;
    window.resize(1000, 700);
    window.setWindowTitle(QStringLiteral("pd-bench-paint"));

    std::unique_ptr<CacheDb> cache;
    std::unique_ptr<ServerUsageModel> model;
    QTableView *view = nullptr;
    qint64 tOpen = 0, tModel = 0, tShown = 0, setModelNs = 0;
    if (mode == QLatin1String("table")) {
        auto opened = CacheDb::open(parser.value(QStringLiteral("cache")));
        if (!opened) {
            err() << "pd-bench-paint: " << opened.error().detail << '\n';
            return 1;
        }
        cache = std::move(opened).value();
        tOpen = monotonicNs();
        model = std::make_unique<ServerUsageModel>(cache.get());
        tModel = monotonicNs();
        view = new QTableView(&window);
        setModelNs = configureLikeRecordTable(view, model.get());
        window.setCentralWidget(view);
    } else if (mode != QLatin1String("bare")) {
        err() << "pd-bench-paint: --child must be bare or table\n";
        return 2;
    }

    const bool scroll = view && parser.isSet(QStringLiteral("scroll"));
    auto finish = [&] {
        if (model)
            line << QStringLiteral("rows=%1").arg(model->rowCount());
        line << QStringLiteral("peak_rss_mib=") + mib(peakRssBytes());
        std::printf("%s\n", qPrintable(line.join(QLatin1Char(' '))));
        std::fflush(stdout);
        app.quit();
    };
    QWidget *watched = view ? view->viewport() : static_cast<QWidget *>(&window);
    new PaintWatcher(watched, [&] { return !model || model->rowCount() > 0; }, [&] {
        const qint64 tPaint = monotonicNs();
        put(QStringLiteral("paint_ms"), msSince(t0, tPaint));
        put(QStringLiteral("main_ms"), msSince(t0, tMain));
        put(QStringLiteral("app_ms"), msSince(tMain, tApp));
        if (view) {
            put(QStringLiteral("open_ms"), msSince(tApp, tOpen));
            put(QStringLiteral("model_ms"), msSince(tOpen, tModel));
            put(QStringLiteral("set_model_ms"), double(setModelNs) / 1e6);
        }
        put(QStringLiteral("widgets_ms"), msSince(view ? tModel : tApp, tShown));
        put(QStringLiteral("show_to_paint_ms"), msSince(tShown, tPaint));
        if (!scroll) {
            finish();
            return;
        }
        // The other end of a million rows: the windowed query with a large OFFSET.
        const qint64 tScroll = monotonicNs();
        new PaintWatcher(view->viewport(), {}, [&, tScroll] {
            put(QStringLiteral("scroll_end_ms"), msSince(tScroll, monotonicNs()));
            finish();
        });
        view->scrollToBottom();
    });
    window.show();
    tShown = monotonicNs();
    QTimer::singleShot(60000, &app, [] {
        err() << "pd-bench-paint: nothing painted within 60 s\n";
        std::exit(1);
    });
    return app.exec();
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

/// The driver: launches the children and prints medians.
int runDriver(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    if (!parser.isSet(QStringLiteral("cache"))) {
        err() << "pd-bench-paint: --cache FILE is required (a cache written by pd-bench-sync --cache-out)\n";
        return 2;
    }
    const QString cache = parser.value(QStringLiteral("cache"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const int warmup = qMax(0, parser.value(QStringLiteral("warmup")).toInt());

    QMap<QString, QList<double>> samples; // "bare.paint_ms" -> values
    for (int i = 0; i < warmup + runs; ++i) {
        for (const QString &mode : {QStringLiteral("bare"), QStringLiteral("table")}) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QStringList args{QStringLiteral("--child"), mode};
            if (mode == QLatin1String("table"))
                args << QStringLiteral("--cache") << cache << QStringLiteral("--scroll");
            args << QStringLiteral("--t0") << QString::number(monotonicNs());
            p.start(QCoreApplication::applicationFilePath(), args);
            if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                err() << "pd-bench-paint: the " << mode << " child failed\n";
                return 1;
            }
            const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            err() << (i < warmup ? "warm-up " : "run ") << mode << ": " << out << '\n';
            err().flush();
            if (i < warmup)
                continue;
            for (const QString &kv : out.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const qsizetype eq = kv.indexOf(QLatin1Char('='));
                bool ok = false;
                const double v = kv.mid(eq + 1).toDouble(&ok);
                if (eq > 0 && ok)
                    samples[mode + QLatin1Char('.') + kv.left(eq)].append(v);
            }
        }
    }
    auto put = [](const QString &k, const QString &v) {
        std::printf("%s=%s\n", qPrintable(k), qPrintable(v));
    };
    put(QStringLiteral("platform"), qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ? QStringLiteral("default")
                                                                                  : qEnvironmentVariable("QT_QPA_PLATFORM"));
    put(QStringLiteral("runs"), QString::number(runs));
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        QStringList all;
        for (double v : it.value())
            all << QString::number(v, 'f', 1);
        const bool ms = it.key().endsWith(QLatin1String("_ms"));
        put(it.key(), QString::number(median(it.value()), 'f', ms ? 1 : 0));
        if (ms)
            put(it.key() + QStringLiteral(".samples"), all.join(QLatin1Char(',')));
    }
    const double bare = median(samples.value(QStringLiteral("bare.paint_ms")));
    const double table = median(samples.value(QStringLiteral("table.paint_ms")));
    put(QStringLiteral("ratio_table_to_bare"), QString::number(table / bare, 'f', 2));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 tMain = monotonicNs();
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--child") == 0)
            return runChild(argc, argv, tMain);
    return runDriver(argc, argv);
}
