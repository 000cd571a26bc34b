// SPDX-License-Identifier: GPL-3.0-or-later
// pd-bench-sync: starts the real reference provider with bob at --scale events, signs bob in through
// the same HTTP path a browser takes, and times a full first sync through Session (API client,
// codecs, CacheDb) over loopback. In the same run it times the floors the sync is compared with:
// a sqlite3 C-API bulk insert of the very rows the sync stored, into the same schema. To show where
// the time goes it also times, separately, fetching + decoding every page without storing, and
// storing every page through CacheDb without the network.
//
// Results go to stdout as key=value lines (scripts/bench.sh turns them into docs/benchmarks.md);
// progress goes to stderr. With --repeat N the per-run values are printed as run<i>.key and the
// unprefixed keys are medians.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "Platform.h"
#include "ProviderProcess.h"
#include "RawInsert.h"

#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "domain/Codecs.h"
#include "store/CacheDb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace pd;
using namespace pd::bench;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// One key=value line on stdout; the results, in the order they were measured.
class Results
{
public:
    void put(const QString &key, const QString &value)
    {
        std::printf("%s=%s\n", qPrintable(m_prefix + key), qPrintable(value));
        std::fflush(stdout);
        bool numeric = false;
        const double v = value.toDouble(&numeric);
        if (!m_prefix.isEmpty() && numeric) {
            m_samples[key].append(v);
            const qsizetype dot = value.indexOf(QLatin1Char('.'));
            m_decimals[key] = dot < 0 ? 0 : int(value.size() - dot - 1);
        }
    }
    void put(const QString &key, double value, int decimals = 3) { put(key, QString::number(value, 'f', decimals)); }
    void setPrefix(const QString &p) { m_prefix = p; }
    /// Median of every numeric per-run key, printed without prefix.
    void medians()
    {
        m_prefix.clear();
        for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it) {
            QList<double> v = it.value();
            std::sort(v.begin(), v.end());
            const qsizetype n = v.size();
            const double m = n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
            put(it.key(), m, m_decimals.value(it.key()));
        }
    }

private:
    QString m_prefix;
    QMap<QString, QList<double>> m_samples;
    QMap<QString, int> m_decimals;
};

double seconds(qint64 ns) { return double(ns) / 1e9; }

struct SyncRun
{
    QString error;
    double signInS = 0, syncS = 0, serversS = 0;
    qint64 serverEvents = 0, domainEvents = 0;
    double clientCpuS = -1, providerCpuS = -1;
    qint64 peakRss = -1;
    double maxStallMs = -1; ///< the longest the GUI thread's event loop went without a turn
    QString cachePath;
    // Fetch + decode every server page again, without storing (when asked).
    double fetchS = -1, decodeS = -1, fetchCpuS = -1, decodeCpuS = -1;
    qint64 bytes = 0;
    int pages = 0;
};

/// Pages through bob's server events with the signed-in client, timing each request and each
/// decode, storing nothing: the network + provider share and the codec share of the sync.
void fetchAndDecode(ApiClient *api, int pageSize, SyncRun *run)
{
    QString cursor;
    qint64 fetchNs = 0, decodeNs = 0;
    double fetchCpu = 0, decodeCpu = 0;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        const double cpu0 = cpuSeconds();
        QElapsedTimer t;
        t.start();
        std::optional<ApiResponse> response;
        QEventLoop loop;
        ApiJob *job = api->get(QStringLiteral("/v1/me/usage/servers"), q);
        QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiResponse &r) {
            response = r;
            loop.quit();
        });
        loop.exec();
        fetchNs += t.nsecsElapsed();
        fetchCpu += cpuSeconds() - cpu0;
        if (!response || !response->ok()) {
            run->error = QStringLiteral("fetch: ") + (response ? response->error.detail : QStringLiteral("no answer"));
            return;
        }
        run->bytes += response->body.size();
        ++run->pages;
        const double cpu1 = cpuSeconds();
        t.restart();
        auto page = codec::decodeServerEvents(response->body);
        decodeNs += t.nsecsElapsed();
        decodeCpu += cpuSeconds() - cpu1;
        if (!page) {
            run->error = QStringLiteral("decode: ") + page.error().detail;
            return;
        }
        if (!page->hasMore || page->items.isEmpty())
            break;
        cursor = page->nextCursor;
    }
    run->fetchS = seconds(fetchNs);
    run->decodeS = seconds(decodeNs);
    run->fetchCpuS = fetchCpu;
    run->decodeCpuS = decodeCpu;
}

/// Signs bob in on a fresh Session whose data lives under `dataRoot` and waits for the first sync.
SyncRun syncOnce(const QUrl &provider, qint64 providerPid, const QString &dataRoot, int pageSize, bool breakdown,
                 int timeoutS)
{
    SyncRun run;
    QNetworkAccessManager nam;
    pd::test::MemoryTokenStore tokens;
    Session session(&nam, &tokens, dataRoot);
    pd::test::BrowserDriver browser;
    if (Status s = session.setProviderUrl(provider); !s) {
        run.error = s.error().detail;
        return run;
    }
    session.setSyncPageSize(pageSize);
    QObject::connect(&session, &Session::browserUrlReady, &browser,
                     [&browser](const QUrl &url) { browser.signIn(url, QStringLiteral("bob"), QStringLiteral("demo-bob")); });

    QEventLoop loop;
    QElapsedTimer clock;
    qint64 tStart = -1, tServers = -1, tDomains = -1, tEnd = -1, lastLogged = 0;
    double cpu0 = -1, pcpu0 = -1;
    // Heartbeat: a 5 ms timer on the thread that runs the window. The longest gap between two of its
    // ticks is the longest the window could not repaint or take a key during the sync.
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    qint64 lastTick = -1, maxGapNs = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0)
            maxGapNs = qMax(maxGapNs, now - lastTick);
        lastTick = now;
    });
    QObject::connect(&session, &Session::syncStarted, &loop, [&] {
        heartbeat.start();
        lastTick = clock.nsecsElapsed();
        tStart = clock.nsecsElapsed();
        resetPeakRss();
        cpu0 = cpuSeconds();
        pcpu0 = providerPid > 0 ? cpuSeconds(providerPid) : -1;
    });
    QObject::connect(&session, &Session::syncProgress, &loop, [&](Category c, qint64 n) {
        if (c == Category::ServerUsage && tServers < 0)
            tServers = clock.nsecsElapsed();
        if (c == Category::DomainUsage && tDomains < 0)
            tDomains = clock.nsecsElapsed();
        if (c == Category::ServerUsage && n - lastLogged >= 100000) {
            lastLogged = n;
            const double s = seconds(clock.nsecsElapsed() - tServers);
            err() << "  " << n << " server events, " << qRound(double(n) / s) << "/s\n";
            err().flush();
        }
    });
    QObject::connect(&session, &Session::syncFinished, &loop, [&](const Error &e) {
        tEnd = clock.nsecsElapsed();
        heartbeat.stop();
        run.maxStallMs = double(qMax(maxGapNs, tEnd - lastTick)) / 1e6;
        const double cpu1 = cpuSeconds(), pcpu1 = providerPid > 0 ? cpuSeconds(providerPid) : -1;
        run.clientCpuS = cpu0 >= 0 && cpu1 >= 0 ? cpu1 - cpu0 : -1;
        run.providerCpuS = pcpu0 >= 0 && pcpu1 >= 0 ? pcpu1 - pcpu0 : -1;
        run.peakRss = peakRssBytes();
        if (e.code != ErrorCode::None)
            run.error = QStringLiteral("sync failed: code %1 %2").arg(int(e.code)).arg(e.detail);
        loop.quit();
    });
    QObject::connect(&session, &Session::signInFailed, &loop, [&](const Error &e) {
        run.error = QStringLiteral("sign-in failed: code %1 %2").arg(int(e.code)).arg(e.detail);
        loop.quit();
    });
    QTimer::singleShot(timeoutS * 1000, &loop, [&] {
        run.error = QStringLiteral("timed out after %1 s").arg(timeoutS);
        loop.quit();
    });
    clock.start();
    session.startSignIn();
    loop.exec();
    if (!run.error.isEmpty())
        return run;
    run.signInS = seconds(tStart);
    run.syncS = seconds(tEnd - tStart);
    run.serversS = tServers >= 0 && tDomains >= 0 ? seconds(tDomains - tServers) : -1;
    run.serverEvents = session.count(Category::ServerUsage);
    run.domainEvents = session.count(Category::DomainUsage);
    run.cachePath = SessionInternals::cache(session)->path();
    if (breakdown) {
        err() << "  fetching and decoding every page again, without storing\n";
        err().flush();
        fetchAndDecode(SessionInternals::api(session), pageSize, &run);
    }
    return run; // the Session closes the cache here: WAL checkpointed, file complete
}

/// Stores `rows` through CacheDb::appendServerEvents/appendDomainEvents, page by page as the sync
/// does, into a fresh cache at `path`: the QtSql + CacheDb share of the sync, without network or JSON.
double storeThroughCacheDb(const RowSet &rows, const QString &path, int pageSize, double *cpuS, QString *error)
{
    QList<QList<ServerEvent>> serverPages;
    QList<QString> ids, names;
    for (qsizetype i = 0; i < rows.serverIds.size(); ++i) {
        ids << QString::fromUtf8(rows.serverIds.at(i));
        names << QString::fromUtf8(rows.serverNames.at(i));
    }
    for (size_t i = 0; i < rows.servers.size(); ++i) {
        if (i % size_t(pageSize) == 0) {
            serverPages.append(QList<ServerEvent>());
            serverPages.last().reserve(pageSize);
        }
        const ServerRow &r = rows.servers[i];
        serverPages.last().append({r.id, ids.at(r.server), names.at(r.server), QDateTime::fromSecsSinceEpoch(r.loginAt, Qt::UTC),
                                   r.durationS, r.trafficBytes, r.cpuPct, r.memoryBytes, r.diskBytes});
    }
    QList<DomainEvent> domains;
    for (const DomainRow &r : rows.domains)
        domains.append({r.id, QString::fromUtf8(r.domain), QString::fromUtf8(r.kind),
                        QDateTime::fromSecsSinceEpoch(r.at, Qt::UTC), QString::fromUtf8(r.details)});

    auto db = CacheDb::open(path);
    if (!db) {
        *error = db.error().detail;
        return -1;
    }
    const double cpu0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    int n = 0;
    for (const QList<ServerEvent> &page : std::as_const(serverPages)) {
        if (Status s = (*db)->appendServerEvents(page, QStringLiteral("bench-%1").arg(++n)); !s) {
            *error = s.error().detail;
            return -1;
        }
    }
    if (Status s = (*db)->appendDomainEvents(domains, QStringLiteral("bench-domains")); !s) {
        *error = s.error().detail;
        return -1;
    }
    const qint64 ns = t.nsecsElapsed();
    *cpuS = cpuSeconds() - cpu0;
    return seconds(ns);
}

/// Deletes a cache file left by an earlier run; a file that cannot be deleted ends the benchmark,
/// since every figure after it would be measured on the wrong data.
void removeCache(const QString &path)
{
    if (Status s = CacheDb::remove(path); !s)
        qFatal("pd-bench-sync: %s", qPrintable(s.error().detail));
}

/// A fresh, empty cache file with the current schema (created by CacheDb itself, then closed).
/// Returns the `PRAGMA synchronous` level CacheDb's connection runs with, or -1.
int freshCache(const QString &path, QString *error)
{
    removeCache(path);
    auto db = CacheDb::open(path);
    if (!db) {
        *error = db.error().detail;
        return -1;
    }
    QSqlQuery q((*db)->database());
    if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next()) {
        *error = QStringLiteral("cannot read PRAGMA synchronous");
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pd-bench-sync"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times bob's first sync from the reference provider over loopback against a sqlite3 bulk insert of the same rows."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("scale"), QStringLiteral("bob's server events in the provider (default 1000000)."), QStringLiteral("n"),
         QStringLiteral("1000000")},
        {QStringLiteral("repeat"), QStringLiteral("Syncs to run against the same provider (default 1)."), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("page-size"), QStringLiteral("Events per page (1..5000, default 5000, as the app)."), QStringLiteral("n"),
         QStringLiteral("5000")},
        {QStringLiteral("cache-out"), QStringLiteral("Copy the last synced cache to this file (for pd-bench-paint)."),
         QStringLiteral("file")},
        {QStringLiteral("work"), QStringLiteral("Directory for caches and insert files (default: a temporary one)."),
         QStringLiteral("dir")},
        {QStringLiteral("no-breakdown"), QStringLiteral("Skip the fetch+decode-only pass and the CacheDb-only pass.")},
        {QStringLiteral("timeout"), QStringLiteral("Give up a sync after this many seconds (default 3600)."),
         QStringLiteral("s"), QStringLiteral("3600")},
    });
    parser.process(app);
    const qint64 scale = parser.value(QStringLiteral("scale")).toLongLong();
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    const int pageSize = qBound(1, parser.value(QStringLiteral("page-size")).toInt(), 5000);
    const bool breakdown = !parser.isSet(QStringLiteral("no-breakdown"));
    const int timeoutS = qMax(1, parser.value(QStringLiteral("timeout")).toInt());
    if (scale <= 0) {
        err() << "pd-bench-sync: --scale must be a positive number\n";
        return 2;
    }

    QTemporaryDir tmp;
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : tmp.path();
    if (!QDir().mkpath(work)) {
        err() << "pd-bench-sync: cannot create " << work << '\n';
        return 1;
    }

    Results out;
    out.put(QStringLiteral("scale"), QString::number(scale));
    out.put(QStringLiteral("repeat"), QString::number(repeat));
    out.put(QStringLiteral("page_size"), QString::number(pageSize));

    err() << "Starting the provider with bob at " << scale << " server events (seeding takes a while)\n";
    err().flush();
    pd::test::ProviderProcess provider({QStringLiteral("--scale"), QString::number(scale)});
    QElapsedTimer t;
    t.start();
    if (!provider.start()) {
        err() << "pd-bench-sync: provider: " << provider.errorString() << '\n';
        return 1;
    }
    out.put(QStringLiteral("provider_start_s"), seconds(t.nsecsElapsed()));
    const QList<qint64> children = childPids(QFileInfo(pd::test::ProviderProcess::executable()).fileName());
    const qint64 providerPid = children.size() == 1 ? children.first() : -1;

    for (int r = 1; r <= repeat; ++r) {
        out.setPrefix(repeat > 1 ? QStringLiteral("run%1.").arg(r) : QString());
        const QString root = QDir(work).filePath(QStringLiteral("sync-%1").arg(r));
        QDir(root).removeRecursively();
        err() << "Sync " << r << "/" << repeat << '\n';
        err().flush();
        const SyncRun run = syncOnce(provider.url(), providerPid, root, pageSize, breakdown, timeoutS);
        if (!run.error.isEmpty()) {
            err() << "pd-bench-sync: " << run.error << '\n';
            return 1;
        }
        const qint64 events = run.serverEvents + run.domainEvents;
        out.put(QStringLiteral("events"), QString::number(events));
        out.put(QStringLiteral("server_events"), QString::number(run.serverEvents));
        out.put(QStringLiteral("domain_events"), QString::number(run.domainEvents));
        out.put(QStringLiteral("sign_in_s"), run.signInS);
        out.put(QStringLiteral("sync_s"), run.syncS);
        out.put(QStringLiteral("events_per_s"), double(events) / run.syncS, 0);
        out.put(QStringLiteral("servers_phase_s"), run.serversS);
        out.put(QStringLiteral("client_cpu_s"), run.clientCpuS);
        out.put(QStringLiteral("provider_cpu_s"), run.providerCpuS);
        out.put(QStringLiteral("sync_peak_rss_mib"), mib(run.peakRss));
        out.put(QStringLiteral("gui_max_stall_ms"), run.maxStallMs, 1);
        out.put(QStringLiteral("cache_file_mib"), mib(QFileInfo(run.cachePath).size()));
        if (breakdown) {
            out.put(QStringLiteral("fetch_s"), run.fetchS);
            out.put(QStringLiteral("fetch_client_cpu_s"), run.fetchCpuS);
            out.put(QStringLiteral("decode_s"), run.decodeS);
            out.put(QStringLiteral("decode_cpu_s"), run.decodeCpuS);
            out.put(QStringLiteral("json_mib"), mib(run.bytes));
            out.put(QStringLiteral("pages"), QString::number(run.pages));
        }

        err() << "Reading the synced rows back for the insert floors\n";
        err().flush();
        RowSet rows;
        QString error;
        if (!readRows(run.cachePath, &rows, &error) || rows.count() != events) {
            err() << "pd-bench-sync: reading rows: " << (error.isEmpty() ? QStringLiteral("row count differs") : error) << '\n';
            return 1;
        }
        const QString insertPath = QDir(work).filePath(QStringLiteral("insert.sqlite"));
        int synchronous = -1;
        double cpu = 0;
        auto floor = [&](int perTx) {
            synchronous = freshCache(insertPath, &error);
            if (synchronous < 0)
                return -1.0;
            cpu = cpuSeconds();
            const double s = insertRows(insertPath, rows, perTx, synchronous, &error);
            cpu = cpuSeconds() - cpu;
            return s;
        };
        const double oneTx = floor(0);
        const double oneTxCpu = cpu;
        // The sync ends with the usage summary and the sort indexes built (UsageSummary): the same
        // end state for the floor is its rows plus that, built the fastest way, after the insert.
        double endState = -1;
        if (oneTx >= 0) {
            auto inserted = CacheDb::open(insertPath);
            if (inserted && (*inserted)->setMeta(QStringLiteral("usage_summary_from"), QStringLiteral("0"))) {
                QElapsedTimer clock;
                clock.start();
                if ((*inserted)->refreshUsageSummary())
                    endState = seconds(clock.nsecsElapsed());
            }
        }
        const double pageTx = oneTx < 0 ? -1 : floor(pageSize);
        double cacheDb = -1, cacheDbCpu = -1;
        if (pageTx >= 0 && breakdown) {
            removeCache(insertPath);
            cacheDb = storeThroughCacheDb(rows, insertPath, pageSize, &cacheDbCpu, &error);
        }
        removeCache(insertPath);
        if (oneTx < 0 || pageTx < 0 || (breakdown && cacheDb < 0)) {
            err() << "pd-bench-sync: insert: " << error << '\n';
            return 1;
        }
        out.put(QStringLiteral("sqlite_synchronous"), QString::number(synchronous));
        out.put(QStringLiteral("sqlite_insert_1tx_s"), oneTx);
        out.put(QStringLiteral("sqlite_insert_1tx_cpu_s"), oneTxCpu);
        out.put(QStringLiteral("sqlite_insert_1tx_rows_per_s"), double(rows.count()) / oneTx, 0);
        out.put(QStringLiteral("sqlite_insert_page_tx_s"), pageTx);
        if (breakdown) {
            out.put(QStringLiteral("cachedb_store_s"), cacheDb);
            out.put(QStringLiteral("cachedb_store_cpu_s"), cacheDbCpu);
        }
        out.put(QStringLiteral("ratio_sync_to_sqlite_insert"), run.syncS / oneTx, 1);
        if (endState >= 0) {
            out.put(QStringLiteral("sqlite_summary_indexes_s"), endState);
            out.put(QStringLiteral("ratio_sync_to_sqlite_end_state"), run.syncS / (oneTx + endState), 1);
        }
        if (run.clientCpuS >= 0 && oneTxCpu > 0)
            out.put(QStringLiteral("ratio_sync_cpu_to_sqlite_insert_cpu"), run.clientCpuS / oneTxCpu, 1);

        if (r == repeat && parser.isSet(QStringLiteral("cache-out"))) {
            const QString dest = parser.value(QStringLiteral("cache-out"));
            removeCache(dest);
            if (!QFile::copy(run.cachePath, dest)) {
                err() << "pd-bench-sync: cannot copy the cache to " << dest << '\n';
                return 1;
            }
            QFile::setPermissions(dest, QFile::ReadOwner | QFile::WriteOwner);
        }
        QDir(root).removeRecursively();
    }
    if (repeat > 1)
        out.medians();
    out.setPrefix({});
    out.put(QStringLiteral("provider_peak_rss_mib"), mib(peakRssBytes(providerPid)));
    provider.stop();
    return 0;
}
