// SPDX-License-Identifier: GPL-3.0-or-later
// pd-bench-outbox: the "act on your data" path under load (issue #3). Starts the real reference
// provider (--test-hooks, --token-ttl 7200 so no token refresh happens during a run), signs alice in
// through the same HTTP path a browser takes, then, per run:
//   1. queues --actions complaints through ActionQueue into a fresh outbox while the sender is
//      paused, timing every enqueue (each is its own transaction with synchronous=FULL);
//   2. resumes the sender and times the drain: total wall time, requests/s, per item the time from
//      the request being handed to Qt's network stack to itemSent (acknowledged and recorded), and
//      from the moment sending resumed to each item's itemSent (queue latency);
//   3. the floor, in the same run: the same bodies POSTed one after another with a plain
//      QNetworkAccessManager, each with a fresh Idempotency-Key, no outbox.
// The order of 2 and 3 alternates between runs. After each, the provider's /test/effects hook must
// show exactly --actions new requests committed, or the run fails.
//
// Results go to stdout as key=value lines (scripts/bench.sh turns them into docs/benchmarks.md);
// progress goes to stderr. With --repeat N the per-run values are printed as run<i>.key and the
// unprefixed keys are medians.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "Platform.h"
#include "ProviderProcess.h"
#include "Results.h"

#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <mutex>

#include <sqlite3.h>

using namespace pd;
using namespace pd::bench;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

double ms(qint64 ns) { return double(ns) / 1e6; }
double seconds(qint64 ns) { return double(ns) / 1e9; }

/// A QNetworkAccessManager that notes, per Idempotency-Key, when a request was handed to it and
/// when its reply finished (before anyone else connected to the reply hears of it).
class TimingNam : public QNetworkAccessManager
{
public:
    explicit TimingNam(const QElapsedTimer *clock)
        : m_clock(clock)
    {
    }
    QHash<QByteArray, qint64> sentAt, repliedAt;
    int resends = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const qint64 t = m_clock->nsecsElapsed();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        const QByteArray key = request.rawHeader("Idempotency-Key");
        if (!key.isEmpty()) {
            if (sentAt.contains(key))
                ++resends; // a retry: keep the first send, so a retry shows as a long ack time
            else
                sentAt.insert(key, t);
            connect(reply, &QNetworkReply::finished, this, [this, key] { repliedAt.insert(key, m_clock->nsecsElapsed()); });
        }
        return reply;
    }

private:
    const QElapsedTimer *m_clock;
};

/// Where the outbox's SQLite time goes: every statement on its connection is profiled
/// (sqlite3_trace_v2, SQLITE_TRACE_PROFILE), COMMIT (with synchronous=FULL: the WAL fsync) apart.
struct SqlProfile
{
    qint64 commitNs = 0, otherNs = 0;
    int commits = 0, statements = 0;
    void reset() { *this = {}; }
};

/// Statements run on two connections (OutboxSender writes acknowledgements on a thread of its own).
std::mutex g_profileMutex;

int onProfile(unsigned type, void *ctx, void *stmt, void *ns)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    const std::lock_guard<std::mutex> lock(g_profileMutex);
    auto *p = static_cast<SqlProfile *>(ctx);
    const qint64 t = *static_cast<const sqlite3_int64 *>(ns);
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(stmt));
    ++p->statements;
    if (sql && qstrnicmp(sql, "COMMIT", 6) == 0) {
        ++p->commits;
        p->commitNs += t;
    } else {
        p->otherNs += t;
    }
    return 0;
}

/// Profiles every statement on `db` (a QSQLITE connection) into `p`; false if not SQLite.
bool profile(const QSqlDatabase &db, SqlProfile *p)
{
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(h.constData());
    return handle && sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, &onProfile, p) == SQLITE_OK;
}

/// Every connection opened later to the file `path` (the acknowledgement writer's) reports into `p`
/// too: an SQLite auto extension, run for each new connection in this process (QtSql's included).
QByteArray g_profiledPath;
SqlProfile *g_profiled = nullptr;

int profileNewConnection(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    const std::lock_guard<std::mutex> lock(g_profileMutex);
    const char *file = sqlite3_db_filename(db, "main");
    if (g_profiled && file && g_profiledPath == QFileInfo(QString::fromUtf8(file)).canonicalFilePath().toUtf8())
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, &onProfile, g_profiled);
    return SQLITE_OK;
}

void profileLaterConnections(const QString &path, SqlProfile *p)
{
    static const bool registered = sqlite3_auto_extension(reinterpret_cast<void (*)()>(&profileNewConnection)) == SQLITE_OK;
    Q_UNUSED(registered);
    const std::lock_guard<std::mutex> lock(g_profileMutex);
    g_profiledPath = QFileInfo(path).canonicalFilePath().toUtf8();
    g_profiled = p;
}

/// Runs `loop` until something quits it or `timeoutS` passes; false on timeout.
bool run(QEventLoop &loop, int timeoutS)
{
    bool timedOut = false;
    QTimer::singleShot(timeoutS * 1000, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}

/// The provider's test hook: effects committed for alice (requests, consent_changes, replays, ...).
QJsonObject effects(QNetworkAccessManager &nam, const QUrl &provider)
{
    QUrl u = provider.resolved(QUrl(QStringLiteral("/test/effects")));
    u.setQuery(QStringLiteral("account=alice"));
    QNetworkReply *r = nam.get(QNetworkRequest(u));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    run(loop, 30);
    r->deleteLater();
    return QJsonDocument::fromJson(r->readAll()).object();
}

int delta(const QJsonObject &before, const QJsonObject &after, const QString &key)
{
    if (!after.contains(key))
        return -1;
    return after.value(key).toInt() - before.value(key).toInt();
}

/// Signs alice in on a Session (which also syncs her data once) and returns her tokens.
std::optional<TokenPair> signInAlice(const QUrl &provider, const QString &dir, double *seconds_, QString *error)
{
    QNetworkAccessManager nam;
    pd::test::MemoryTokenStore store;
    Session s(&nam, &store, dir);
    if (Status st = s.setProviderUrl(provider); !st) {
        *error = st.error().detail;
        return std::nullopt;
    }
    pd::test::BrowserDriver browser;
    QObject::connect(&s, &Session::browserUrlReady, &browser,
                     [&browser](const QUrl &u) { browser.signIn(u, QStringLiteral("alice"), QStringLiteral("demo-alice")); });
    QEventLoop loop;
    QObject::connect(&s, &Session::syncFinished, &loop, [&](const Error &e) {
        if (e.code != ErrorCode::None)
            *error = QStringLiteral("first sync failed: ") + e.detail;
        loop.quit();
    });
    QObject::connect(&s, &Session::signInFailed, &loop, [&](const Error &e) {
        *error = QStringLiteral("sign-in failed: ") + e.detail;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    s.startSignIn();
    if (!run(loop, 120))
        *error = QStringLiteral("sign-in timed out");
    *seconds_ = seconds(t.nsecsElapsed());
    if (!error->isEmpty())
        return std::nullopt;
    return SessionInternals::api(s)->tokens();
}

struct Phase
{
    QString error;
    double wallS = 0, clientCpuS = -1, providerCpuS = -1;
    int committed = -1, replays = -1;
};

/// The floor: `bodies` POSTed one after another with a plain QNetworkAccessManager, each with a new
/// Idempotency-Key, the next sent as soon as the previous answer is read. Round trips go to `rtt`.
Phase baseline(const QUrl &provider, const TokenPair &tokens, const QList<QByteArray> &bodies, qint64 providerPid,
               QList<double> *rtt, int timeoutS)
{
    Phase p;
    QNetworkAccessManager nam;
    QNetworkAccessManager hooks;
    const QJsonObject before = effects(hooks, provider);
    QUrl url = provider;
    url.setPath(QStringLiteral("/v1/me/requests"));
    const QByteArray bearer = "Bearer " + tokens.accessToken.toUtf8();
    QEventLoop loop;
    QElapsedTimer clock;
    int failures = 0;
    std::function<void(int)> post = [&](int i) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", bearer);
        req.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        const qint64 t0 = clock.nsecsElapsed();
        QNetworkReply *reply = nam.post(req, bodies.at(i));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i, t0] {
            reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            rtt->append(ms(clock.nsecsElapsed() - t0));
            reply->deleteLater();
            if (status < 200 || status >= 300) {
                if (++failures == 1)
                    p.error = QStringLiteral("baseline POST %1 answered %2 %3").arg(i).arg(status).arg(reply->errorString());
            }
            if (i + 1 < bodies.size())
                post(i + 1);
            else
                loop.quit();
        });
    };
    const double cpu0 = cpuSeconds(), pcpu0 = providerPid > 0 ? cpuSeconds(providerPid) : -1;
    clock.start();
    post(0);
    if (!run(loop, timeoutS))
        p.error = QStringLiteral("baseline timed out after %1 s").arg(timeoutS);
    p.wallS = seconds(clock.nsecsElapsed());
    p.clientCpuS = cpuSeconds() - cpu0;
    p.providerCpuS = pcpu0 >= 0 ? cpuSeconds(providerPid) - pcpu0 : -1;
    const QJsonObject after = effects(hooks, provider);
    p.committed = delta(before, after, QStringLiteral("requests"));
    p.replays = delta(before, after, QStringLiteral("replays"));
    return p;
}

struct Drain : Phase
{
    QList<double> ackMs, queueMs, networkMs, recordMs, gapMs;
    double firstSendMs = -1;
    int resends = 0, retrying = 0, refused = 0;
    SqlProfile sql; // statements on the outbox connection during the drain (includes reading it back)
};

/// Resumes `sender` and times the outbox draining, item by item.
Drain drain(const QUrl &provider, Outbox *outbox, OutboxSender *sender, TimingNam *nam, const QElapsedTimer &clock,
            qint64 providerPid, int timeoutS, const SqlProfile *sql)
{
    Drain d;
    QNetworkAccessManager hooks;
    const QJsonObject before = effects(hooks, provider);
    QHash<qint64, qint64> ackAt;
    QEventLoop loop;
    QObject::connect(sender, &OutboxSender::itemSent, &loop, [&](qint64 seq) { ackAt.insert(seq, clock.nsecsElapsed()); });
    QObject::connect(sender, &OutboxSender::itemRetrying, &loop, [&](qint64, qint64) { ++d.retrying; });
    QObject::connect(sender, &OutboxSender::itemRefused, &loop, [&](qint64) { ++d.refused; });
    QObject::connect(sender, &OutboxSender::drained, &loop, &QEventLoop::quit);
    QObject::connect(sender, &OutboxSender::storageFailed, &loop, [&](const Error &e) {
        d.error = QStringLiteral("outbox storage failed: ") + e.detail;
        loop.quit();
    });
    QObject::connect(sender, &OutboxSender::sessionExpired, &loop, [&] {
        d.error = QStringLiteral("session expired during the drain");
        loop.quit();
    });
    const double cpu0 = cpuSeconds(), pcpu0 = providerPid > 0 ? cpuSeconds(providerPid) : -1;
    const qint64 resumedAt = clock.nsecsElapsed();
    sender->resume();
    if (!run(loop, timeoutS) && d.error.isEmpty())
        d.error = QStringLiteral("drain timed out after %1 s").arg(timeoutS);
    const qint64 end = clock.nsecsElapsed();
    d.sql = *sql;
    d.clientCpuS = cpuSeconds() - cpu0;
    d.providerCpuS = pcpu0 >= 0 ? cpuSeconds(providerPid) - pcpu0 : -1;
    sender->disconnect(&loop);
    const QJsonObject after = effects(hooks, provider);
    d.committed = delta(before, after, QStringLiteral("requests"));
    d.replays = delta(before, after, QStringLiteral("replays"));
    d.resends = nam->resends;
    if (!d.error.isEmpty())
        return d;

    qint64 lastAck = resumedAt, prevReplied = resumedAt;
    for (const OutboxItem &item : outbox->items()) {
        if (item.state != OutboxItem::State::Sent) {
            d.error = QStringLiteral("item %1 not sent (state %2, %3)").arg(item.seq).arg(int(item.state)).arg(item.lastError);
            return d;
        }
        const QByteArray key = item.idempotencyKey.toLatin1();
        if (!ackAt.contains(item.seq) || !nam->sentAt.contains(key) || !nam->repliedAt.contains(key)) {
            d.error = QStringLiteral("item %1: no send/reply/ack time").arg(item.seq);
            return d;
        }
        const qint64 sent = nam->sentAt.value(key), replied = nam->repliedAt.value(key), acked = ackAt.value(item.seq);
        if (d.firstSendMs < 0)
            d.firstSendMs = ms(sent - resumedAt);
        d.ackMs.append(ms(acked - sent));
        d.queueMs.append(ms(acked - resumedAt));
        d.networkMs.append(ms(replied - sent));
        d.recordMs.append(ms(acked - replied));
        // The sender's turnaround: the previous answer in -> this request out (the first: resume -> out).
        // The acknowledgement is written meanwhile, on the writer's thread.
        d.gapMs.append(ms(sent - prevReplied));
        prevReplied = replied;
        lastAck = qMax(lastAck, acked);
    }
    d.wallS = seconds(lastAck - resumedAt);
    Q_UNUSED(end);
    return d;
}

double sum(const QList<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pd-bench-outbox"));
    qRegisterMetaType<pd::Error>();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Queues complaints through the outbox and times sending them to the reference provider over loopback, "
        "against plain sequential POSTs of the same bodies."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("actions"), QStringLiteral("Complaints to queue per run (default 1000)."), QStringLiteral("n"),
         QStringLiteral("1000")},
        {QStringLiteral("repeat"), QStringLiteral("Runs against the same provider, each with a fresh outbox (default 3)."),
         QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("work"), QStringLiteral("Directory for the outbox and session files (default: a temporary one)."),
         QStringLiteral("dir")},
        {QStringLiteral("timeout"), QStringLiteral("Give up a phase after this many seconds (default 600)."), QStringLiteral("s"),
         QStringLiteral("600")},
    });
    parser.process(app);
    const int actions = parser.value(QStringLiteral("actions")).toInt();
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    const int timeoutS = qMax(1, parser.value(QStringLiteral("timeout")).toInt());
    if (actions <= 0) {
        err() << "pd-bench-outbox: --actions must be a positive number\n";
        return 2;
    }
    QTemporaryDir tmp;
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : tmp.path();
    if (!QDir().mkpath(work)) {
        err() << "pd-bench-outbox: cannot create " << work << '\n';
        return 1;
    }

    Results out;
    out.put(QStringLiteral("actions"), QString::number(actions));
    out.put(QStringLiteral("repeat"), QString::number(repeat));

    err() << "Starting the provider (--test-hooks --token-ttl 7200)\n";
    err().flush();
    pd::test::ProviderProcess provider({QStringLiteral("--test-hooks"), QStringLiteral("--token-ttl"), QStringLiteral("7200")});
    if (!provider.start()) {
        err() << "pd-bench-outbox: provider: " << provider.errorString() << '\n';
        return 1;
    }
    const QList<qint64> children = childPids(QFileInfo(pd::test::ProviderProcess::executable()).fileName());
    const qint64 providerPid = children.size() == 1 ? children.first() : -1;

    QString error;
    double signInS = 0;
    const QString sessionDir = QDir(work).filePath(QStringLiteral("session"));
    QDir(sessionDir).removeRecursively();
    const std::optional<TokenPair> tokens = signInAlice(provider.url(), sessionDir, &signInS, &error);
    QDir(sessionDir).removeRecursively();
    if (!tokens) {
        err() << "pd-bench-outbox: " << error << '\n';
        return 1;
    }
    out.put(QStringLiteral("sign_in_s"), signInS);

    QStringList finished; // outbox files, removed once closed
    for (int r = 1; r <= repeat; ++r) {
        out.setPrefix(repeat > 1 ? QStringLiteral("run%1.").arg(r) : QString());
        const QString path = QDir(work).filePath(QStringLiteral("outbox-%1.sqlite").arg(r));
        (void)Outbox::remove(path);
        SqlProfile sql; // outlives the outbox connection that reports into it
        auto opened = Outbox::open(path);
        if (!opened) {
            err() << "pd-bench-outbox: outbox: " << opened.error().detail << '\n';
            return 1;
        }
        Outbox *outbox = opened->get();
        const bool profiled = profile(outbox->database(), &sql);
        profileLaterConnections(path, &sql);
        QElapsedTimer clock;
        clock.start();
        TimingNam nam(&clock);
        ApiClient api(&nam);
        api.setBaseUrl(provider.url());
        api.setTokens(*tokens);
        OutboxSender sender(&api, outbox);
        sender.pause();
        ActionQueue queue(outbox, &sender);

        // 1. Queue every complaint, as the dialog does, each committed before the call returns.
        err() << "Run " << r << "/" << repeat << ": queueing " << actions << " complaints\n";
        err().flush();
        QList<double> enqueueMs;
        enqueueMs.reserve(actions);
        double cpu0 = cpuSeconds();
        const qint64 q0 = clock.nsecsElapsed();
        for (int i = 0; i < actions; ++i) {
            Validation v;
            const qint64 t0 = clock.nsecsElapsed();
            const Result<qint64> seq = queue.fileComplaint(i % 3 == 0, QStringLiteral("Benchmark subject %1").arg(i),
                                                           QStringLiteral("Benchmark message %1: the outbox under load.").arg(i), &v);
            enqueueMs.append(ms(clock.nsecsElapsed() - t0));
            if (!seq) {
                err() << "pd-bench-outbox: enqueue " << i << ": " << seq.error().detail << '\n';
                return 1;
            }
        }
        const double enqueueS = seconds(clock.nsecsElapsed() - q0);
        const double enqueueCpuS = cpuSeconds() - cpu0;
        const SqlProfile enqueueSql = sql;
        if (outbox->pendingCount() != actions) {
            err() << "pd-bench-outbox: " << outbox->pendingCount() << " pending after queueing " << actions << '\n';
            return 1;
        }
        QList<QByteArray> bodies;
        for (const OutboxItem &item : outbox->items())
            bodies.append(item.body);

        // 2 and 3, in alternating order.
        Drain d;
        Phase b;
        QList<double> rtt;
        const bool outboxFirst = r % 2 == 1;
        for (int step = 0; step < 2; ++step) {
            if ((step == 0) == outboxFirst) {
                err() << "Run " << r << "/" << repeat << ": sending the outbox\n";
                err().flush();
                sql.reset();
                d = drain(provider.url(), outbox, &sender, &nam, clock, providerPid, timeoutS, &sql);
                if (!d.error.isEmpty()) {
                    err() << "pd-bench-outbox: " << d.error << '\n';
                    return 1;
                }
            } else {
                err() << "Run " << r << "/" << repeat << ": baseline, " << actions << " plain POSTs\n";
                err().flush();
                b = baseline(provider.url(), *tokens, bodies, providerPid, &rtt, timeoutS);
                if (!b.error.isEmpty()) {
                    err() << "pd-bench-outbox: " << b.error << '\n';
                    return 1;
                }
            }
        }

        out.put(QStringLiteral("order"), outboxFirst ? QStringLiteral("outbox-first") : QStringLiteral("baseline-first"));
        out.put(QStringLiteral("enqueue_s"), enqueueS);
        out.put(QStringLiteral("enqueue_per_s"), double(actions) / enqueueS, 0);
        out.put(QStringLiteral("enqueue_cpu_s"), enqueueCpuS);
        out.put(QStringLiteral("enqueue_p50_ms"), percentile(enqueueMs, 50), 2);
        out.put(QStringLiteral("enqueue_p95_ms"), percentile(enqueueMs, 95), 2);
        out.put(QStringLiteral("enqueue_max_ms"), percentile(enqueueMs, 100), 2);
        if (profiled) {
            out.put(QStringLiteral("enqueue_commits"), QString::number(enqueueSql.commits));
            out.put(QStringLiteral("enqueue_commit_s"), seconds(enqueueSql.commitNs));
            out.put(QStringLiteral("enqueue_other_sql_s"), seconds(enqueueSql.otherNs));
        }

        out.put(QStringLiteral("outbox_committed"), QString::number(d.committed));
        out.put(QStringLiteral("outbox_replays"), QString::number(d.replays));
        out.put(QStringLiteral("outbox_resends"), QString::number(d.resends));
        out.put(QStringLiteral("outbox_retrying"), QString::number(d.retrying));
        out.put(QStringLiteral("outbox_refused"), QString::number(d.refused));
        out.put(QStringLiteral("outbox_s"), d.wallS);
        out.put(QStringLiteral("outbox_req_per_s"), double(actions) / d.wallS, 1);
        out.put(QStringLiteral("outbox_client_cpu_s"), d.clientCpuS);
        out.put(QStringLiteral("outbox_provider_cpu_s"), d.providerCpuS);
        out.put(QStringLiteral("outbox_first_send_ms"), d.firstSendMs, 2);
        const double netSum = sum(d.networkMs), recSum = sum(d.recordMs), gapSum = sum(d.gapMs);
        out.put(QStringLiteral("outbox_network_total_s"), netSum / 1000, 3);
        out.put(QStringLiteral("outbox_record_total_s"), recSum / 1000, 3);
        out.put(QStringLiteral("outbox_next_total_s"), gapSum / 1000, 3);
        if (profiled) {
            out.put(QStringLiteral("outbox_commits"), QString::number(d.sql.commits));
            out.put(QStringLiteral("outbox_commit_s"), seconds(d.sql.commitNs));
            out.put(QStringLiteral("outbox_statements"), QString::number(d.sql.statements));
            out.put(QStringLiteral("outbox_other_sql_s"), seconds(d.sql.otherNs));
        }
        out.put(QStringLiteral("ack_p50_ms"), percentile(d.ackMs, 50), 2);
        out.put(QStringLiteral("ack_p95_ms"), percentile(d.ackMs, 95), 2);
        out.put(QStringLiteral("ack_max_ms"), percentile(d.ackMs, 100), 2);
        out.put(QStringLiteral("network_p50_ms"), percentile(d.networkMs, 50), 2);
        out.put(QStringLiteral("network_p95_ms"), percentile(d.networkMs, 95), 2);
        out.put(QStringLiteral("record_p50_ms"), percentile(d.recordMs, 50), 2);
        out.put(QStringLiteral("record_p95_ms"), percentile(d.recordMs, 95), 2);
        out.put(QStringLiteral("next_p50_ms"), percentile(d.gapMs, 50), 2);
        out.put(QStringLiteral("next_p95_ms"), percentile(d.gapMs, 95), 2);
        out.put(QStringLiteral("queue_p50_s"), percentile(d.queueMs, 50) / 1000, 3);
        out.put(QStringLiteral("queue_p95_s"), percentile(d.queueMs, 95) / 1000, 3);

        out.put(QStringLiteral("baseline_committed"), QString::number(b.committed));
        out.put(QStringLiteral("baseline_replays"), QString::number(b.replays));
        out.put(QStringLiteral("baseline_s"), b.wallS);
        out.put(QStringLiteral("baseline_req_per_s"), double(actions) / b.wallS, 1);
        out.put(QStringLiteral("baseline_client_cpu_s"), b.clientCpuS);
        out.put(QStringLiteral("baseline_provider_cpu_s"), b.providerCpuS);
        out.put(QStringLiteral("baseline_rtt_p50_ms"), percentile(rtt, 50), 2);
        out.put(QStringLiteral("baseline_rtt_p95_ms"), percentile(rtt, 95), 2);
        out.put(QStringLiteral("baseline_rtt_max_ms"), percentile(rtt, 100), 2);

        out.put(QStringLiteral("ratio_req_per_s"), b.wallS / d.wallS, 2);
        out.put(QStringLiteral("ratio_time"), d.wallS / b.wallS, 2);
        out.put(QStringLiteral("ratio_p50"), percentile(d.ackMs, 50) / percentile(rtt, 50), 2);
        out.put(QStringLiteral("ratio_p95"), percentile(d.ackMs, 95) / percentile(rtt, 95), 2);
        if (b.clientCpuS > 0)
            out.put(QStringLiteral("ratio_client_cpu"), d.clientCpuS / b.clientCpuS, 2);

        const bool exact = d.committed == actions && b.committed == actions;
        err() << "Run " << r << ": provider committed " << d.committed << " outbox + " << b.committed << " baseline requests (expected "
              << actions << " + " << actions << ")" << (exact ? "" : "  MISMATCH") << '\n';
        err().flush();
        if (!exact)
            return 1;
        finished.append(path);
    }
    for (const QString &path : std::as_const(finished))
        (void)Outbox::remove(path);
    if (repeat > 1)
        out.medians();
    provider.stop();
    return 0;
}
