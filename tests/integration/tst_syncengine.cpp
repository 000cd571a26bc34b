// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine against the real reference provider, into a real cache file: a full sync fills every
// category; events come page by page, each page stored with its cursor, every event once; the
// next sync fetches only what is new; cancel stops at a whole page and the next sync resumes; an
// unreachable provider, an expired session or another account's data leave the last good state; a
// notice document that does not decode (policy, incidents, disclosures) changes no notice kept.
#include "BrowserDriver.h"
#include "LocalHttpServer.h"
#include "ProviderProcess.h"

#include "api/ApiClient.h"
#include "auth/SignIn.h"
#include "domain/NoticeCodecs.h"
#include "store/CacheDb.h"
#include "store/NoticeStore.h"
#include "store/UsageSummary.h"
#include "sync/SummaryRefresher.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using namespace Qt::StringLiterals;
using pd::test::ProviderProcess;

namespace {

/// An engine on its own cache file and API client, with spies on what it says.
struct Rig
{
    QNetworkAccessManager nam;
    ApiClient api{&nam};
    QTemporaryDir dir;
    std::unique_ptr<CacheDb> cache;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<QSignalSpy> finished, progress, accounts;

    bool open(const QUrl &provider)
    {
        api.setBaseUrl(provider);
        auto c = CacheDb::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!c)
            return false;
        cache = std::move(c).value();
        engine = std::make_unique<SyncEngine>(&api, cache.get());
        finished = std::make_unique<QSignalSpy>(engine.get(), &SyncEngine::finished);
        progress = std::make_unique<QSignalSpy>(engine.get(), &SyncEngine::progress);
        accounts = std::make_unique<QSignalSpy>(engine.get(), &SyncEngine::accountFetched);
        return true;
    }
    /// Runs one sync to its end; the error it finished with.
    ErrorCode sync()
    {
        const qsizetype before = finished->count();
        engine->start();
        if (!QTest::qWaitFor([&] { return finished->count() > before; }, 120000))
            return ErrorCode::Timeout;
        return finished->constLast().at(0).value<Error>().code;
    }
    /// The ServerUsage totals reported, in order, since progress index `from`.
    QList<qint64> serverProgress(qsizetype from = 0) const
    {
        QList<qint64> out;
        for (qsizetype i = from; i < progress->count(); ++i)
            if (progress->at(i).at(0).value<Category>() == Category::ServerUsage)
                out.append(progress->at(i).at(1).toLongLong());
        return out;
    }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(cache->database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

/// Dates the last good sync far back, so that a failed sync writing the time (stored to the
/// second) cannot go unnoticed when it ends within the same second.
bool backdateLastSync(CacheDb &c)
{
    return c.setLastSyncedAt(QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC)).ok();
}

/// Everything a failed sync must leave as it was.
struct Snapshot
{
    QString accountId;
    QList<qint64> counts;
    QString personalEtag, serverCursor, domainCursor;
    QDateTime lastSynced;
    qsizetype personalFields = 0;

    static Snapshot of(const CacheDb &c)
    {
        Snapshot s;
        s.accountId = c.account() ? c.account()->accountId : QString();
        for (Category cat : kAllCategories)
            s.counts.append(c.count(cat));
        s.personalEtag = c.personalEtag();
        s.serverCursor = c.serverCursor();
        s.domainCursor = c.domainCursor();
        s.lastSynced = c.lastSyncedAt();
        s.personalFields = c.personal().fields.size();
        return s;
    }
    bool operator==(const Snapshot &) const = default;
};

/// Signs in through the provider's own page (SignIn's loopback listener, BrowserDriver as the
/// browser) and returns the tokens.
std::optional<TokenPair> signIn(const QUrl &provider, const QString &user)
{
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(provider);
    SignIn flow(&api);
    QSignalSpy succeeded(&flow, &SignIn::succeeded);
    QObject::connect(&flow, &SignIn::browserUrlReady, &flow, [user](const QUrl &url) {
        auto *driver = new test::BrowserDriver;
        QObject::connect(driver, &test::BrowserDriver::finished, driver, &QObject::deleteLater);
        driver->signIn(url, user, QStringLiteral("demo-") + user);
    });
    flow.start();
    if (succeeded.isEmpty() && !succeeded.wait(60000))
        return std::nullopt;
    return succeeded.at(0).at(0).value<TokenPair>();
}

/// The body the provider answers to a GET of `pathAndQuery` (empty on failure).
QByteArray bodyOf(Rig &r, const QString &path)
{
    ApiJob *job = r.api.get(path, {});
    QSignalSpy done(job, &ApiJob::finished);
    done.wait(30000);
    return done.isEmpty() ? QByteArray() : done.at(0).at(0).value<ApiResponse>().body;
}

/// `path` in `language` (Accept-Language), as the provider answers it.
QByteArray bodyIn(Rig &r, const QString &path, const QString &language)
{
    ApiJob *job = r.api.send("GET", path, {}, {}, {{QByteArrayLiteral("Accept-Language"), language.toLatin1()}});
    QSignalSpy done(job, &ApiJob::finished);
    done.wait(30000);
    return done.isEmpty() ? QByteArray() : done.at(0).at(0).value<ApiResponse>().body;
}

/// Everything of the notices a failed sync must leave as it was, as the cache keeps it.
QByteArrayList noticesOf(CacheDb &c)
{
    NoticeStore store(&c);
    QByteArrayList out{store.currentPolicyVersion().toUtf8()};
    for (const QString &lang : NoticeStore::policyLanguages())
        out << (store.policyDocument(lang) ? codec::encodePolicyDocument(*store.policyDocument(lang)) : QByteArray());
    for (const Incident &i : store.incidents())
        out << codec::encodeIncident(i);
    for (const Disclosure &d : store.disclosures())
        out << codec::encodeDisclosure(d);
    return out;
}

/// What the provider still has after `cursor` (empty when the sync fetched everything).
QByteArray eventsAfter(Rig &r, const QString &path, const QString &cursor)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), cursor);
    ApiJob *job = r.api.get(path, q);
    QSignalSpy done(job, &ApiJob::finished);
    done.wait(30000);
    return done.isEmpty() ? QByteArray() : done.at(0).at(0).value<ApiResponse>().body;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSyncFillsTheCache();
    void syncEndsWithTheUsageSummaryCurrent();
    void pagesStoreEveryEventOnce();
    void nextSyncFetchesOnlyWhatIsNew();
    void cancelStopsAtAWholePageAndResumes();
    void startWhileRunningAndCancelWhenIdleDoNothing();
    void endlessPagingStopsWithTheLastGoodState_data();
    void endlessPagingStopsWithTheLastGoodState();
    void unreachableProviderKeepsTheLastGoodState();
    void expiredSessionKeepsTheLastGoodState();
    void anotherAccountIsNotMixedIn();
    void badNoticeLeavesTheNoticesAsTheyWere_data();
    void badNoticeLeavesTheNoticesAsTheyWere();

private:
    bool openSignedIn(Rig &r, const QString &user, const QUrl &provider = {});
    ProviderProcess m_provider{{QStringLiteral("--test-hooks")}};
};

void TestSyncEngine::initTestCase()
{
    qRegisterMetaType<pd::Error>();
    qRegisterMetaType<pd::Category>();
    qRegisterMetaType<pd::Account>();
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
}

bool TestSyncEngine::openSignedIn(Rig &r, const QString &user, const QUrl &provider)
{
    const QUrl url = provider.isValid() ? provider : m_provider.url();
    const auto tokens = signIn(url, user);
    if (!tokens || !r.open(url))
        return false;
    r.api.setTokens(*tokens);
    return true;
}

void TestSyncEngine::fullSyncFillsTheCache()
{
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice")));
    QVERIFY(!r.cache->lastSyncedAt().isValid());
    QCOMPARE(r.sync(), ErrorCode::None);
    QCOMPARE(r.finished->count(), 1);
    QVERIFY(!r.engine->isRunning());

    QCOMPARE(r.accounts->count(), 1);
    QCOMPARE(r.accounts->at(0).at(0).value<Account>().username, QStringLiteral("alice"));
    QCOMPARE(r.cache->account()->accountId, QStringLiteral("C-1001"));
    QVERIFY(r.cache->count(Category::Registration) >= 4);
    QVERIFY(!r.cache->personalEtag().isEmpty());
    QVERIFY(r.cache->count(Category::Devices) >= 3);
    QVERIFY(r.cache->count(Category::Cookies) >= 5);
    QVERIFY(r.cache->count(Category::ServerUsage) > 3000);
    QVERIFY(r.cache->count(Category::DomainUsage) > 50);
    QVERIFY(!r.cache->categoryInfo(Category::Registration).purposes.isEmpty());
    QVERIFY(r.cache->categoryInfo(Category::ServerUsage).retention.has_value());
    QVERIFY(!r.cache->consents().items.isEmpty());
    QVERIFY(r.cache->lastSyncedAt().isValid());
    // Every category was announced, and the last event totals are what was stored.
    QSet<Category> announced;
    for (const auto &args : *r.progress)
        announced.insert(args.at(0).value<Category>());
    QCOMPARE(announced.size(), qsizetype(std::size(kAllCategories)));
    QCOMPARE(r.serverProgress().constLast(), r.cache->count(Category::ServerUsage));
    // Nothing is left on the provider after the stored cursors.
    const QByteArray servers = eventsAfter(r, QStringLiteral("/v1/me/usage/servers"), r.cache->serverCursor());
    QVERIFY2(servers.contains("\"items\":[]"), servers.left(200).constData());
    const QByteArray domains = eventsAfter(r, QStringLiteral("/v1/me/usage/domains"), r.cache->domainCursor());
    QVERIFY2(domains.contains("\"items\":[]"), domains.left(200).constData());
}

void TestSyncEngine::syncEndsWithTheUsageSummaryCurrent()
{
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("bob")));
    SummaryRefresher refresher(r.cache->path());
    r.engine->setSummaryRefresher(&refresher);
    r.engine->setPageSize(1000);
    QCOMPARE(r.sync(), ErrorCode::None);
    // finished came after the refresh on its own connection: counts and sorts need no row scan.
    QVERIFY(usage::summaryCurrent(r.cache->database()));
    QCOMPARE(usage::countServerEvents(r.cache->database(), {}), r.scalar(QStringLiteral("SELECT COUNT(*) FROM server_events")));
    QCOMPARE(r.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'server_events_by_%'")),
             usage::sortIndexedColumns().size());
    QCOMPARE(r.scalar(QStringLiteral("SELECT COUNT(DISTINCT id) FROM server_events")), r.cache->count(Category::ServerUsage));
}

void TestSyncEngine::pagesStoreEveryEventOnce()
{
    Rig whole, paged;
    QVERIFY(openSignedIn(whole, QStringLiteral("alice")));
    QCOMPARE(whole.sync(), ErrorCode::None);
    const qint64 total = whole.cache->count(Category::ServerUsage);

    QVERIFY(openSignedIn(paged, QStringLiteral("alice")));
    paged.engine->setPageSize(250);
    QCOMPARE(paged.sync(), ErrorCode::None);
    QCOMPARE(paged.cache->count(Category::ServerUsage), total);
    QCOMPARE(paged.scalar(QStringLiteral("SELECT COUNT(DISTINCT id) FROM server_events")), total);
    QCOMPARE(paged.cache->count(Category::DomainUsage), whole.cache->count(Category::DomainUsage));
    // One progress report per page of 250 (after the 0 that opens the category), the last one short.
    const QList<qint64> reported = paged.serverProgress();
    QCOMPARE(reported.constFirst(), 0);
    QCOMPARE(reported.size(), 1 + (total + 249) / 250);
    for (qsizetype i = 1; i + 1 < reported.size(); ++i)
        QCOMPARE(reported.at(i), 250 * i);
    QCOMPARE(reported.constLast(), total);
}

void TestSyncEngine::nextSyncFetchesOnlyWhatIsNew()
{
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("bob")));
    QCOMPARE(r.sync(), ErrorCode::None);
    const Snapshot first = Snapshot::of(*r.cache);

    QUrl hook = m_provider.url().resolved(QUrl(QStringLiteral("/test/append-events")));
    hook.setQuery(QStringLiteral("account=bob&servers=7&domains=3"));
    QNetworkReply *reply = r.nam.post(QNetworkRequest(hook), QByteArray());
    QSignalSpy appended(reply, &QNetworkReply::finished);
    QVERIFY(appended.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    delete reply;

    const qsizetype from = r.progress->count();
    QCOMPARE(r.sync(), ErrorCode::None);
    QCOMPARE(r.serverProgress(from).constLast(), 7);
    QCOMPARE(r.cache->count(Category::ServerUsage), first.counts.at(int(Category::ServerUsage)) + 7);
    QCOMPARE(r.cache->count(Category::DomainUsage), first.counts.at(int(Category::DomainUsage)) + 3);
    // Personal data had not changed: the provider said so (ETag) and the cache kept it.
    QCOMPARE(r.cache->personalEtag(), first.personalEtag);
    QCOMPARE(r.cache->personal().fields.size(), first.personalFields);
    QVERIFY(r.cache->lastSyncedAt() >= first.lastSynced);
}

void TestSyncEngine::cancelStopsAtAWholePageAndResumes()
{
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice")));
    r.engine->setPageSize(100);
    qint64 cancelledAt = -1;
    connect(r.engine.get(), &SyncEngine::progress, this, [&](Category c, qint64 n) {
        if (c == Category::ServerUsage && n >= 1000 && cancelledAt < 0) {
            cancelledAt = n;
            r.engine->cancel();
        }
    });
    QCOMPARE(r.sync(), ErrorCode::Cancelled);
    QCOMPARE(r.finished->count(), 1);
    QVERIFY(!r.engine->isRunning());
    QCOMPARE(cancelledAt, 1000);
    // Pages are stored on the writer's thread while the next is fetched: the one being stored when
    // cancel came is kept whole, with its cursor (the resumed sync below checks every event is there
    // exactly once), and nothing after it.
    const qint64 kept = r.cache->count(Category::ServerUsage);
    QVERIFY2(kept == cancelledAt || kept == cancelledAt + 100, qPrintable(QString::number(kept)));
    cancelledAt = kept;
    QVERIFY(!r.cache->serverCursor().isEmpty());
    QCOMPARE(r.cache->count(Category::DomainUsage), 0);
    QVERIFY(!r.cache->lastSyncedAt().isValid()); // not a completed sync
    // A call made after the cancel has come back; an answer to the cancelled sync's last call, sent
    // before it, has had its chance to arrive too: nothing more may have been stored or reported.
    const qsizetype reports = r.progress->count();
    (void)eventsAfter(r, QStringLiteral("/v1/me/usage/servers"), r.cache->serverCursor());
    QCOMPARE(r.progress->count(), reports);
    QCOMPARE(r.cache->count(Category::ServerUsage), cancelledAt);
    QCOMPARE(r.finished->count(), 1);

    // The next sync resumes from the cursor and ends with every event exactly once.
    const qsizetype from = r.progress->count();
    QCOMPARE(r.sync(), ErrorCode::None);
    const qint64 total = r.cache->count(Category::ServerUsage);
    QCOMPARE(r.scalar(QStringLiteral("SELECT COUNT(DISTINCT id) FROM server_events")), total);
    QCOMPARE(r.serverProgress(from).constLast(), total - cancelledAt);
    const QByteArray rest = eventsAfter(r, QStringLiteral("/v1/me/usage/servers"), r.cache->serverCursor());
    QVERIFY2(rest.contains("\"items\":[]"), rest.left(200).constData());
    QVERIFY(r.cache->lastSyncedAt().isValid());
}

void TestSyncEngine::startWhileRunningAndCancelWhenIdleDoNothing()
{
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice")));
    r.engine->cancel();
    QCOMPARE(r.finished->count(), 0);
    r.engine->start();
    QVERIFY(r.engine->isRunning());
    r.engine->start(); // ignored: one sync at a time
    QVERIFY(r.finished->wait(120000));
    QCOMPARE(r.finished->at(0).at(0).value<Error>().code, ErrorCode::None);
    QCOMPARE(r.accounts->count(), 1);
    // A second finished() could only come from a second sequence; the account step opens each one.
    const qint64 events = r.cache->count(Category::ServerUsage);
    QCOMPARE(r.sync(), ErrorCode::None);
    QCOMPARE(r.finished->count(), 2);
    QCOMPARE(r.accounts->count(), 2);
    QCOMPARE(r.cache->count(Category::ServerUsage), events);
    r.engine->cancel();
    QCOMPARE(r.finished->count(), 2);
}

void TestSyncEngine::endlessPagingStopsWithTheLastGoodState_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("cursor does not advance") << QStringLiteral("same-cursor");
    QTest::newRow("page repeated under a new cursor") << QStringLiteral("repeat");
    QTest::newRow("endless new pages") << QStringLiteral("endless");
    QTest::newRow("has_more with an old cursor") << QStringLiteral("cycle");
}

void TestSyncEngine::endlessPagingStopsWithTheLastGoodState()
{
    QFETCH(QString, mode);
    // A good state from the real provider first.
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice")));
    QCOMPARE(r.sync(), ErrorCode::None);
    QVERIFY(backdateLastSync(*r.cache));
    const Snapshot good = Snapshot::of(*r.cache);
    const qint64 goodServers = good.counts.at(int(Category::ServerUsage));
    const qint64 maxId = r.scalar(QStringLiteral("SELECT MAX(id) FROM server_events"));
    QVERIFY(maxId > 0);

    // A hostile provider: every document as the real one sends it, except server usage, which
    // keeps answering has_more: true in the way this row names.
    QHash<QString, QByteArray> documents;
    for (const char *path : {"/v1/me", "/v1/me/personal", "/v1/me/purposes", "/v1/me/sharing", "/v1/me/retention",
                             "/v1/me/devices", "/v1/me/cookies", "/v1/me/consents"}) {
        const QString p = QString::fromLatin1(path);
        documents.insert(p, bodyOf(r, p));
        QVERIFY2(!documents.value(p).isEmpty(), path);
    }
    test::LocalHttpServer hostile;
    QVERIFY(hostile.listen());
    int serverPages = 0;
    int otherPaged = 0;
    const auto page = [](qint64 firstId, int n, const QString &next) {
        QByteArray items;
        for (int i = 0; i < n; ++i) {
            if (i)
                items += ',';
            items += QStringLiteral(R"({"id":%1,"server_id":"srv-hostile","server_name":"hostile","login_at":"2025-11-01T10:00:00Z",)"
                                    R"("duration_s":60,"traffic_bytes":1000,"cpu_pct":1.5,"memory_bytes":1000,"disk_bytes":1000})")
                         .arg(firstId + i)
                         .toUtf8();
        }
        return test::LocalHttpServer::Reply::json(
                200, "{\"items\":[" + items + "],\"next_cursor\":\"" + next.toUtf8() + "\",\"has_more\":true}");
    };
    hostile.setHandler([&](const test::LocalHttpServer::Request &req) {
        if (req.path == QLatin1String("/v1/me/usage/servers")) {
            const int n = ++serverPages;
            if (n > 1000) // the guard failed: stop the test rather than the machine
                return test::LocalHttpServer::Reply::json(200, R"({"items":[],"next_cursor":"x","has_more":false})");
            if (mode == QLatin1String("same-cursor")) // page 1 moves on to "A", then "A" again and again
                return page(maxId + n * 10, 10, QStringLiteral("A"));
            if (mode == QLatin1String("repeat")) // a new cursor each time, the same events each time
                return page(maxId + 1, 10, QStringLiteral("R%1").arg(n));
            if (mode == QLatin1String("cycle")) // back to a cursor of this walk
                return page(maxId + n * 10, 10, QStringLiteral("C%1").arg(n % 2));
            return page(maxId + n * 10, 10, QStringLiteral("E%1").arg(n)); // endless and fresh
        }
        if (documents.contains(req.path))
            return test::LocalHttpServer::Reply::json(200, documents.value(req.path));
        ++otherPaged;
        return test::LocalHttpServer::Reply::problem(404, "{}");
    });
    // Signed in at the hostile provider itself (the real provider's tokens never go to another address).
    r.api.setBaseUrl(hostile.url());
    r.api.setTokens({QStringLiteral("hostile-access"), QStringLiteral("hostile-refresh"), 300});
    r.engine->setMaxRowsPerCollection(100);

    QCOMPARE(r.sync(), ErrorCode::Paging);
    QVERIFY(!r.engine->isRunning());
    // Stopped within a few pages, before domains or anything after them was asked for.
    QVERIFY2(serverPages <= 11, qPrintable(QString::number(serverPages)));
    QCOMPARE(otherPaged, 0);
    // The last good state: the good pages stored with their cursor, nothing of the refused one.
    const qint64 stored = r.cache->count(Category::ServerUsage) - goodServers;
    if (mode == QLatin1String("endless")) {
        QCOMPARE(serverPages, 11); // 10 pages of 10 make the ceiling of 100; the 11th goes over it
        QCOMPARE(stored, 100);
        QCOMPARE(r.cache->serverCursor(), QStringLiteral("E10"));
    } else if (mode == QLatin1String("cycle")) {
        QCOMPARE(serverPages, 3); // C1, C0, then C1 again
        QCOMPARE(stored, 20);
        QCOMPARE(r.cache->serverCursor(), QStringLiteral("C0"));
    } else {
        QCOMPARE(serverPages, 2);
        QCOMPARE(stored, 10);
        QCOMPARE(r.cache->serverCursor(), mode == QLatin1String("repeat") ? QStringLiteral("R1") : QStringLiteral("A"));
    }
    QCOMPARE(r.scalar(QStringLiteral("SELECT COUNT(*) FROM server_events WHERE id > %1").arg(maxId)), stored);
    // Not announced as a successful sync, and everything else as it was.
    QCOMPARE(r.cache->lastSyncedAt(), good.lastSynced);
    QCOMPARE(r.cache->domainCursor(), good.domainCursor);
    QCOMPARE(r.cache->count(Category::DomainUsage), good.counts.at(int(Category::DomainUsage)));
    QCOMPARE(r.finished->constLast().at(0).value<Error>().code, ErrorCode::Paging);
    // (The real provider, paging properly, passes the same checks: every other test here.)
}

void TestSyncEngine::unreachableProviderKeepsTheLastGoodState()
{
    ProviderProcess provider;
    QVERIFY2(provider.start(), qPrintable(provider.errorString()));
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice"), provider.url()));
    QCOMPARE(r.sync(), ErrorCode::None);
    QVERIFY(backdateLastSync(*r.cache));
    const Snapshot good = Snapshot::of(*r.cache);
    provider.kill();
    QCOMPARE(r.sync(), ErrorCode::Network);
    QVERIFY(!r.engine->isRunning());
    QVERIFY(Snapshot::of(*r.cache) == good);
}

void TestSyncEngine::expiredSessionKeepsTheLastGoodState()
{
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice")));
    QCOMPARE(r.sync(), ErrorCode::None);
    QVERIFY(backdateLastSync(*r.cache));
    const Snapshot good = Snapshot::of(*r.cache);
    QSignalSpy expired(&r.api, &ApiClient::sessionExpired);
    // Past the refresh token's 30 days too: the refresh is refused and the session is over.
    QVERIFY2(m_provider.advanceClock(31LL * 24 * 3600), qPrintable(m_provider.errorString()));
    QCOMPARE(r.sync(), ErrorCode::Unauthorized);
    QCOMPARE(expired.count(), 1);
    QVERIFY(Snapshot::of(*r.cache) == good);
}

void TestSyncEngine::anotherAccountIsNotMixedIn()
{
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice")));
    QCOMPARE(r.sync(), ErrorCode::None);
    QVERIFY(backdateLastSync(*r.cache));
    const Snapshot alices = Snapshot::of(*r.cache);
    const auto bob = signIn(m_provider.url(), QStringLiteral("bob"));
    QVERIFY(bob);
    r.api.setTokens(*bob);
    QCOMPARE(r.sync(), ErrorCode::Forbidden);
    QVERIFY(Snapshot::of(*r.cache) == alices);
    QCOMPARE(r.cache->account()->username, QStringLiteral("alice"));
}

void TestSyncEngine::badNoticeLeavesTheNoticesAsTheyWere_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    // One member of one document made wrong, the rest as the real provider sends it.
    QTest::newRow("policy marks a change it does not list") << u"/v1/policy"_s << QByteArray(R"("change":"c1")")
                                                            << QByteArray(R"("change":"c9")");
    QTest::newRow("incident of an unknown category") << u"/v1/me/incidents"_s << QByteArray(R"("registration")")
                                                     << QByteArray(R"("location")");
    QTest::newRow("delayed disclosure without its end") << u"/v1/me/disclosures"_s << QByteArray(R"("notice_delayed":false)")
                                                        << QByteArray(R"("notice_delayed":true,"delay_ended_at":null)");
}

void TestSyncEngine::badNoticeLeavesTheNoticesAsTheyWere()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    Rig r;
    QVERIFY(openSignedIn(r, QStringLiteral("alice")));
    QCOMPARE(r.sync(), ErrorCode::None);
    const QByteArrayList good = noticesOf(*r.cache);
    QVERIFY(!NoticeStore(r.cache.get()).incidents().isEmpty());

    QHash<QString, QByteArray> documents;
    for (const char *p : {"/v1/me", "/v1/me/personal", "/v1/me/purposes", "/v1/me/sharing", "/v1/me/retention", "/v1/me/devices",
                          "/v1/me/cookies", "/v1/me/consents", "/v1/policy/versions", "/v1/me/incidents", "/v1/me/disclosures",
                          "/v1/me/policy/acceptances"})
        documents.insert(QString::fromLatin1(p), bodyOf(r, QString::fromLatin1(p)));
    for (const QString &lang : NoticeStore::policyLanguages())
        documents.insert(u"/v1/policy "_s + lang, bodyIn(r, u"/v1/policy"_s, lang));
    bool broken = false;
    for (auto it = documents.begin(); it != documents.end(); ++it)
        if (it.key().startsWith(path) && it.value().contains(from)) {
            it.value().replace(it.value().indexOf(from), from.size(), to); // the first one only
            broken = true;
        }
    QVERIFY2(broken, qPrintable(path));
    test::LocalHttpServer hostile;
    QVERIFY(hostile.listen());
    const QString servers = r.cache->serverCursor(), domains = r.cache->domainCursor();
    hostile.setHandler([&](const test::LocalHttpServer::Request &req) {
        if (req.path == u"/v1/me/usage/servers"_s || req.path == u"/v1/me/usage/domains"_s) // nothing new
            return test::LocalHttpServer::Reply::json(200, R"({"items":[],"next_cursor":")"
                                                               + (req.path.endsWith(u"servers") ? servers : domains).toUtf8()
                                                               + R"(","has_more":false})");
        const QString key = req.path == u"/v1/policy"_s ? req.path + u' ' + QString::fromLatin1(req.header("accept-language")) : req.path;
        return documents.contains(key) ? test::LocalHttpServer::Reply::json(200, documents.value(key))
                                       : test::LocalHttpServer::Reply::problem(404, "{}");
    });
    r.api.setBaseUrl(hostile.url());
    r.api.setTokens({QStringLiteral("hostile-access"), QStringLiteral("hostile-refresh"), 300});
    QSignalSpy news(r.engine.get(), &SyncEngine::noticesFetched);
    const ErrorCode code = r.sync();
    QVERIFY2(code == ErrorCode::WrongType || code == ErrorCode::MissingField, qPrintable(QString::number(int(code))));
    // Nothing of the bad document, nothing half-stored, and nothing announced: it was all seen before.
    QCOMPARE(noticesOf(*r.cache), good);
    for (const auto &args : news)
        QVERIFY(args.at(0).value<NoticeNews>().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
