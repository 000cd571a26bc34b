// SPDX-License-Identifier: GPL-3.0-or-later
// The whole client path against the real reference provider: sign-in driven over HTTP exactly as a
// browser would, the loopback redirect into the client, sync, incremental sync, shared refresh,
// refresh-token reuse, a provider killed mid-sync, sign-out, and cross-account refusal.
#include "BrowserDriver.h"
#include "LocalHttpServer.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"

#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "domain/Codecs.h"
#include "domain/Origin.h"
#include "models/Labels.h"
#include "store/CacheDb.h"
#include "store/UsageSummary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using pd::test::BrowserDriver;
using pd::test::LocalHttpServer;
using pd::test::MemoryTokenStore;
using pd::test::ProviderProcess;

namespace {

/// A signed-in client: Session + its own token store and data directory.
struct Client
{
    QNetworkAccessManager nam;
    MemoryTokenStore tokens;
    QTemporaryDir dir;
    Session session{&nam, &tokens, dir.path()};
    BrowserDriver browser;
    QString landing;
};

bool signIn(Client &c, const QUrl &provider, const QString &user, int pageSize = 5000)
{
    if (!c.session.setProviderUrl(provider))
        return false;
    c.session.setSyncPageSize(pageSize);
    QObject::connect(&c.session, &Session::browserUrlReady, &c.browser, [&c, user](const QUrl &url) {
        c.browser.signIn(url, user, QStringLiteral("demo-") + user);
    });
    QObject::connect(&c.browser, &BrowserDriver::finished, &c.browser, [&c] { c.landing = c.browser.landingPage(); });
    QSignalSpy synced(&c.session, &Session::syncFinished);
    c.session.startSignIn();
    if (!synced.wait(120000))
        return false;
    return synced.at(0).at(0).value<Error>().code == ErrorCode::None && c.session.state() == Session::State::SignedIn;
}

QByteArray httpGet(QNetworkAccessManager &nam, const QUrl &url, const QString &token, int *status)
{
    QNetworkRequest req(url);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *r = nam.get(req);
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(30000);
    *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = r->readAll();
    r->deleteLater();
    return body;
}

int httpPostForm(QNetworkAccessManager &nam, const QUrl &url, const QUrlQuery &form, QByteArray *body = nullptr)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *r = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(30000);
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = r->readAll();
    r->deleteLater();
    return status;
}

qint64 rows(CacheDb *db, const char *table)
{
    QSqlQuery q(db->database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QString integrity(CacheDb *db)
{
    QSqlQuery q(db->database());
    q.exec(QStringLiteral("PRAGMA integrity_check"));
    return q.next() ? q.value(0).toString() : QStringLiteral("no answer");
}

} // namespace

class TestSignInSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
    }

    void signInAndSyncAlice()
    {
        Client c;
        QVERIFY(signIn(c, m_provider.url(), QStringLiteral("alice")));
        QCOMPARE(c.session.account().username, QStringLiteral("alice"));
        QCOMPARE(c.session.account().displayName, QStringLiteral("Alice Chan"));
        QVERIFY2(c.landing.contains(QStringLiteral("return to Privacy Dashboard")), qPrintable(c.landing));
        // Alice: ~5,000 usage events, a few devices and cookies, personal fields.
        QVERIFY(c.session.count(Category::ServerUsage) > 3000);
        QVERIFY(c.session.count(Category::DomainUsage) > 50);
        QVERIFY(c.session.count(Category::Devices) >= 3);
        QVERIFY(c.session.count(Category::Cookies) >= 5);
        QVERIFY(c.session.count(Category::Registration) >= 4);
        QVERIFY(c.session.lastSyncedAt().isValid());
        QVERIFY(!c.session.categoryInfo(Category::Registration).purposes.isEmpty());
        QVERIFY(c.session.categoryInfo(Category::ServerUsage).retention.has_value());
        // Every code the provider sends for "why we hold this" has words of its own: the Usage tab once
        // said "support_ai_training" (a purpose the 2026-12-01 policy added, known only as a consent).
        int purposes = 0;
        for (Category cat : kAllCategories) {
            const CategoryInfo info = c.session.categoryInfo(cat);
            for (const PurposeUse &p : info.purposes) {
                ++purposes;
                QVERIFY2(!Labels::purpose(p.code).contains(u'_'), qPrintable(p.code));
                QVERIFY2(!Labels::legalBasis(p.legalBasis).contains(u'_'), qPrintable(p.legalBasis));
            }
            for (const SharingEntry &e : info.sharing)
                QVERIFY2(!Labels::recipient(e.recipient).contains(u'_'), qPrintable(e.recipient));
        }
        QVERIFY(purposes > 10);
        // Tokens went to the token store, and never into the cache file.
        // In the keychain under the provider's origin and the account: the sign-in belongs to both.
        const QString key = Session::tokenKeyFor(c.session.providerOrigin(), c.session.account().accountId);
        QVERIFY(c.tokens.has(key));
        const TokenPair t = c.tokens.tokens(key);
        QVERIFY(!t.accessToken.isEmpty() && !t.refreshToken.isEmpty());
        const QString path = SessionInternals::cache(c.session)->path();
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(t.accessToken.toUtf8()), "access token found in the cache");
            QVERIFY2(!bytes.contains(t.refreshToken.toUtf8()), "refresh token found in the cache");
        }
        QCOMPARE(integrity(SessionInternals::cache(c.session)), QStringLiteral("ok"));
    }

    void incrementalSyncFetchesOnlyNewEvents()
    {
        ProviderProcess provider({QStringLiteral("--test-hooks")});
        QVERIFY2(provider.start(), qPrintable(provider.errorString()));
        Client c;
        QVERIFY(signIn(c, provider.url(), QStringLiteral("alice")));
        const qint64 servers = c.session.count(Category::ServerUsage);
        const qint64 domains = c.session.count(Category::DomainUsage);

        QUrl hook = provider.url().resolved(QUrl(QStringLiteral("/test/append-events")));
        hook.setQuery(QStringLiteral("account=alice&servers=7&domains=3"));
        QNetworkRequest req(hook);
        QNetworkReply *r = c.nam.post(req, QByteArray());
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2, r->readAll().constData());
        r->deleteLater();

        QSignalSpy progress(&c.session, &Session::syncProgress);
        QSignalSpy synced(&c.session, &Session::syncFinished);
        c.session.sync();
        QVERIFY(synced.wait(60000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
        QCOMPARE(c.session.count(Category::ServerUsage), servers + 7);
        QCOMPARE(c.session.count(Category::DomainUsage), domains + 3);
        // The second sync downloaded only the new events.
        qint64 lastServers = -1, lastDomains = -1;
        for (const auto &args : progress) {
            if (args.at(0).value<Category>() == Category::ServerUsage)
                lastServers = args.at(1).toLongLong();
            if (args.at(0).value<Category>() == Category::DomainUsage)
                lastDomains = args.at(1).toLongLong();
        }
        QCOMPARE(lastServers, 7);
        QCOMPARE(lastDomains, 3);
    }

    void expiredTokenRefreshedOnceFor20Calls()
    {
        ProviderProcess provider({QStringLiteral("--test-hooks")});
        QVERIFY2(provider.start(), qPrintable(provider.errorString()));
        Client c;
        QVERIFY(signIn(c, provider.url(), QStringLiteral("alice")));
        ApiClient *api = SessionInternals::api(c.session);
        const QString oldAccess = api->tokens().accessToken;
        const QString oldRefresh = api->tokens().refreshToken;
        const int refreshesBefore = api->refreshCount();
        // The provider's clock moves past the access token's lifetime (300 s by default).
        QVERIFY2(provider.advanceClock(301), qPrintable(provider.errorString()));
        int status = 0;
        httpGet(c.nam, provider.url().resolved(QUrl(QStringLiteral("/v1/me"))), oldAccess, &status);
        QCOMPARE(status, 401);

        QSignalSpy refreshed(api, &ApiClient::tokensRefreshed);
        int ok = 0, failed = 0;
        for (int i = 0; i < 20; ++i) {
            ApiJob *job = api->get(QStringLiteral("/v1/me"));
            connect(job, &ApiJob::finished, this, [&ok, &failed](const ApiResponse &r) { r.ok() ? ++ok : ++failed; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 20, 30000);
        QCOMPARE(failed, 0);
        QCOMPARE(api->refreshCount() - refreshesBefore, 1);
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(api->tokens().accessToken != oldAccess);
        QVERIFY(api->tokens().refreshToken != oldRefresh);
        // The rotated pair was persisted.
        QTRY_COMPARE(c.tokens.tokens(Session::tokenKeyFor(c.session.providerOrigin(), c.session.account().accountId)).refreshToken,
                     api->tokens().refreshToken);
    }

    void reusedRefreshTokenRevokesFamily()
    {
        Client c;
        QVERIFY(signIn(c, m_provider.url(), QStringLiteral("alice")));
        ApiClient *api = SessionInternals::api(c.session);
        const QString first = api->tokens().refreshToken;

        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), first);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("privacy-dashboard"));
        QByteArray body;
        const QUrl tokenUrl = m_provider.url().resolved(QUrl(QStringLiteral("/oauth/token")));
        QCOMPARE(httpPostForm(c.nam, tokenUrl, form, &body), 200);
        auto rotated = codec::decodeTokens(body);
        QVERIFY(rotated);

        // An attacker (or a bug) presents the old one again: refused, and the family dies.
        QCOMPARE(httpPostForm(c.nam, tokenUrl, form, &body), 400);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        int status = 0;
        httpGet(c.nam, m_provider.url().resolved(QUrl(QStringLiteral("/v1/me"))), rotated->accessToken, &status);
        QCOMPARE(status, 401);
        form.removeAllQueryItems(QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), rotated->refreshToken);
        QCOMPARE(httpPostForm(c.nam, tokenUrl, form), 400);

        // The client's own session ends cleanly: a sync reports that sign-in is needed.
        api->setTokens(*rotated);
        QSignalSpy synced(&c.session, &Session::syncFinished);
        c.session.sync();
        QVERIFY(synced.wait(30000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::Unauthorized);
        QCOMPARE(c.session.state(), Session::State::SignedOut);
    }

    void providerKilledMidSyncKeepsLastGoodState()
    {
        ProviderProcess provider({QStringLiteral("--scale"), QStringLiteral("60000")});
        QVERIFY2(provider.start(), qPrintable(provider.errorString()));
        Client c;
        // First sign in with a tiny page so the sync is long enough to be interrupted.
        QVERIFY(c.session.setProviderUrl(provider.url()));
        c.session.setSyncPageSize(500);
        connect(&c.session, &Session::browserUrlReady, &c.browser,
                [&c](const QUrl &url) { c.browser.signIn(url, QStringLiteral("bob"), QStringLiteral("demo-bob")); });
        bool killed = false;
        connect(&c.session, &Session::syncProgress, this, [&](Category cat, qint64 n) {
            if (!killed && cat == Category::ServerUsage && n >= 10000) {
                killed = true;
                provider.kill();
            }
        });
        QSignalSpy synced(&c.session, &Session::syncFinished);
        c.session.startSignIn();
        QVERIFY(synced.wait(120000));
        QVERIFY(killed);
        const ErrorCode code = synced.at(0).at(0).value<Error>().code;
        QVERIFY2(code == ErrorCode::Network || code == ErrorCode::Timeout, qPrintable(QString::number(int(code))));
        QVERIFY(!c.session.isOnline());
        // Whole pages only, the cursor matching what was stored, nothing wiped, file healthy.
        CacheDb *db = SessionInternals::cache(c.session);
        const qint64 stored = rows(db, "server_events");
        QVERIFY(stored >= 10000);
        QCOMPARE(stored % 500, 0);
        QVERIFY(!db->serverCursor().isEmpty());
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(c.session.serverUsageModel() != nullptr, true);
        QCOMPARE(c.session.account().username, QStringLiteral("bob"));

        // Provider back: the next sync resumes from the cursor and ends with every event once.
        QVERIFY2(provider.restart(), qPrintable(provider.errorString()));
        QVERIFY(c.session.setProviderUrl(provider.url()));
        c.session.setSyncPageSize(5000);
        QSignalSpy again(&c.session, &Session::syncFinished);
        c.session.sync();
        QVERIFY(again.wait(120000));
        QCOMPARE(again.at(0).at(0).value<Error>().code, ErrorCode::None);
        QVERIFY(c.session.isOnline());
        QCOMPARE(rows(db, "server_events"), qint64(60000));
        QSqlQuery q(db->database());
        q.exec(QStringLiteral("SELECT COUNT(DISTINCT id), MIN(id), MAX(id) FROM server_events"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(60000));
    }

    void restoreShowsTheCopyBeforeTheKeychainAnswers()
    {
        // A start with a remembered sign-in: the copy opens before the keychain answers (the window
        // paints the data at once); the sync starts but its calls wait for the tokens, then go out
        // with them and work. A keychain that then has no tokens closes the copy again, sends nothing
        // and leaves the files where they are.
        QNetworkAccessManager nam;
        MemoryTokenStore tokens;
        QTemporaryDir dir;
        QString accountId;
        qint64 events = 0;
        {
            Session first(&nam, &tokens, dir.path());
            BrowserDriver browser;
            QVERIFY(first.setProviderUrl(m_provider.url()));
            connect(&first, &Session::browserUrlReady, &browser, [&browser](const QUrl &url) {
                browser.signIn(url, QStringLiteral("alice"), QStringLiteral("demo-alice"));
            });
            QSignalSpy synced(&first, &Session::syncFinished);
            first.startSignIn();
            QVERIFY(synced.wait(120000));
            QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
            accountId = first.account().accountId;
            events = first.count(Category::ServerUsage);
        }
        QVERIFY(events > 0);
        // The app ended after the summary's commit but before its sort indexes were built.
        QString cachePath;
        for (QDirIterator it(dir.path(), {QStringLiteral("cache-*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();)
            cachePath = it.next();
        QVERIFY(!cachePath.isEmpty());
        const auto sortIndexes = [&cachePath] {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(cachePath);
            int n = -1;
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'server_events_by_%'"))
                    && q.next())
                    n = q.value(0).toInt();
            }
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return n;
        };
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
            db.setDatabaseName(cachePath);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP INDEX server_events_by_traffic_bytes")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop"));
        QCOMPARE(sortIndexes(), int(usage::sortIndexedColumns().size()) - 1);

        tokens.holdLoads();
        {
            Session again(&nam, &tokens, dir.path());
            QVERIFY(again.setProviderUrl(m_provider.url()));
            QSignalSpy synced(&again, &Session::syncFinished);
            again.restore(accountId, again.providerOrigin());
            // Open before restore() returned, the keychain not asked to answer yet.
            QCOMPARE(again.state(), Session::State::SignedIn);
            QVERIFY(again.isRestoring());
            QCOMPARE(again.count(Category::ServerUsage), events);
            QCOMPARE(tokens.heldLoads(), qsizetype(1));
            // Opening the copy builds the missing index in the background (no sync has run: its calls wait).
            QTRY_COMPARE_WITH_TIMEOUT(sortIndexes(), int(usage::sortIndexedColumns().size()), 30000);
            again.sync();
            QVERIFY(again.isSyncing());
            QVERIFY(!synced.wait(500)); // the provider answers in milliseconds: the calls wait
            QVERIFY(SessionInternals::api(again)->isHoldingForTokens());
            tokens.releaseLoads();
            QVERIFY(synced.wait(60000));
            QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
            QVERIFY(!again.isRestoring());
            QCOMPARE(again.state(), Session::State::SignedIn);
            QCOMPARE(SessionInternals::api(again)->refreshCount(), 0);
        }

        // The same copy at an address whose keychain entry is missing: opened, then closed again.
        LocalHttpServer other;
        QVERIFY(other.listen());
        const QString from = QDir(dir.path()).filePath(origin::folderName(origin::of(m_provider.url())));
        const QString to = QDir(dir.path()).filePath(origin::folderName(origin::of(other.url())));
        QVERIFY(QDir().mkpath(to));
        QVERIFY(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QStringList names = QDir(from).entryList(QDir::Files);
        for (const QString &name : names)
            QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
        tokens.holdLoads();
        {
            Session elsewhere(&nam, &tokens, dir.path());
            QVERIFY(elsewhere.setProviderUrl(other.url()));
            QSignalSpy failed(&elsewhere, &Session::restoreFailed);
            QSignalSpy states(&elsewhere, &Session::stateChanged);
            elsewhere.restore(accountId, elsewhere.providerOrigin());
            QCOMPARE(elsewhere.state(), Session::State::SignedIn);
            elsewhere.sync();
            tokens.releaseLoads();
            QVERIFY(failed.wait(10000));
            QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::KeychainNotFound);
            QCOMPARE(elsewhere.state(), Session::State::SignedOut);
            QCOMPARE(states.last().at(0).value<Session::State>(), Session::State::SignedOut);
            QVERIFY(!elsewhere.isRestoring());
            QVERIFY(!elsewhere.isSyncing());
        }
        QTest::qWait(200); // anything sent would have arrived by now
        // At most the probe that needs no token (is anyone there?), and no token anywhere.
        for (const LocalHttpServer::Request &r : other.requests()) {
            QCOMPARE(r.path, QStringLiteral("/v1/policy/versions"));
            QVERIFY(r.header("authorization").isEmpty());
        }
        QCOMPARE(QDir(to).entryList(QDir::Files), names); // nothing deleted

        // Entries that are there but empty (a write cut short) are no tokens either: closed, not held for ever.
        tokens.save(Session::tokenKeyFor(origin::of(other.url()), accountId), TokenPair{}, [](Status) {});
        {
            Session empty(&nam, &tokens, dir.path());
            QVERIFY(empty.setProviderUrl(other.url()));
            QSignalSpy failed(&empty, &Session::restoreFailed);
            empty.restore(accountId, empty.providerOrigin());
            QCOMPARE(empty.state(), Session::State::SignedIn);
            empty.sync();
            QVERIFY(failed.wait(10000));
            QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::KeychainNotFound);
            QCOMPARE(empty.state(), Session::State::SignedOut);
            QVERIFY(!empty.isSyncing());
            QVERIFY(!SessionInternals::api(empty)->isHoldingForTokens());
        }

        // Signed out while the keychain has not answered: out at once, and its late answer changes nothing.
        tokens.holdLoads();
        {
            Session early(&nam, &tokens, dir.path());
            QVERIFY(early.setProviderUrl(other.url()));
            QSignalSpy failed(&early, &Session::restoreFailed);
            QSignalSpy signingOut(&early, &Session::signingOut); // the app forgets the account on it
            early.restore(accountId, early.providerOrigin());
            QCOMPARE(early.state(), Session::State::SignedIn);
            early.signOut(Session::UnsentActions::Keep);
            QCOMPARE(signingOut.count(), 1); // at once, not when the keychain gets round to it
            QCOMPARE(early.state(), Session::State::SignedOut);
            QVERIFY(!early.isRestoring());
            tokens.releaseLoads();
            QTest::qWait(100);
            QCOMPARE(early.state(), Session::State::SignedOut);
            QVERIFY(!early.isRestoring());
            QVERIFY(failed.isEmpty());
        }
        QTest::qWait(100);
        for (const LocalHttpServer::Request &r : other.requests()) { // the probes of the syncs above at most
            QCOMPARE(r.path, QStringLiteral("/v1/policy/versions"));
            QVERIFY(r.header("authorization").isEmpty());
        }
    }

    void signOutWipesCacheAndKeychainAndRevokes()
    {
        Client c;
        QVERIFY(signIn(c, m_provider.url(), QStringLiteral("alice")));
        const QString account = Session::tokenKeyFor(c.session.providerOrigin(), c.session.account().accountId);
        const QString path = SessionInternals::cache(c.session)->path();
        const TokenPair t = SessionInternals::api(c.session)->tokens();
        QVERIFY(QFile::exists(path));
        QSignalSpy out(&c.session, &Session::signedOut);
        c.session.signOut();
        QVERIFY(out.wait(10000));
        QCOMPARE(c.session.state(), Session::State::SignedOut);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!c.tokens.has(account));
        // The provider no longer honours the tokens (revocation is best effort but was online).
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT((httpGet(c.nam, m_provider.url().resolved(QUrl(QStringLiteral("/v1/me"))), t.accessToken, &status), status == 401), 10000);
    }

    void crossAccountRefused()
    {
        Client alice, bob;
        QVERIFY(signIn(alice, m_provider.url(), QStringLiteral("alice")));
        QVERIFY(signIn(bob, m_provider.url(), QStringLiteral("bob")));
        QVERIFY(alice.session.account().accountId != bob.session.account().accountId);
        // Alice's cursor is refused when bob presents it.
        const QString aliceCursor = SessionInternals::cache(alice.session)->serverCursor();
        QVERIFY(!aliceCursor.isEmpty());
        QUrl u = m_provider.url().resolved(QUrl(QStringLiteral("/v1/me/usage/servers")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), aliceCursor);
        u.setQuery(q);
        int status = 0;
        const QByteArray body = httpGet(bob.nam, u, SessionInternals::api(bob.session)->tokens().accessToken, &status);
        QCOMPARE(status, 400);
        QVERIFY(body.contains("invalid-cursor"));
        // Nothing of alice's is in bob's cache.
        QSqlQuery check(SessionInternals::cache(bob.session)->database());
        check.exec(QStringLiteral("SELECT COUNT(*) FROM personal_fields WHERE value LIKE '%Alice%'"));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 0);
        QVERIFY(SessionInternals::cache(bob.session)->path() != SessionInternals::cache(alice.session)->path());
    }

    void cancelledInBrowser()
    {
        Client c;
        QVERIFY(c.session.setProviderUrl(m_provider.url()));
        connect(&c.session, &Session::browserUrlReady, &c.browser, [&c](const QUrl &url) { c.browser.cancel(url); });
        QSignalSpy failed(&c.session, &Session::signInFailed);
        c.session.startSignIn();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::AccessDenied);
        QCOMPARE(c.session.state(), Session::State::SignedOut);
    }

    void cancelAndTimeout()
    {
        Client c;
        QVERIFY(c.session.setProviderUrl(m_provider.url()));
        QSignalSpy url(&c.session, &Session::browserUrlReady);
        QSignalSpy failed(&c.session, &Session::signInFailed);
        c.session.startSignIn();
        QCOMPARE(url.count(), 1);
        c.session.cancelSignIn();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Cancelled);
        // The listener is gone after cancel.
        const QUrl redirect(QUrlQuery(url.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        int status = 0;
        httpGet(c.nam, redirect, {}, &status);
        QCOMPARE(status, 0);

        c.session.setSignInTimeout(300);
        c.session.startSignIn();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(0).value<Error>().code, ErrorCode::Timeout);
    }

    void forgedStateRefused()
    {
        Client c;
        QVERIFY(c.session.setProviderUrl(m_provider.url()));
        QSignalSpy url(&c.session, &Session::browserUrlReady);
        QSignalSpy failed(&c.session, &Session::signInFailed);
        c.session.startSignIn();
        QCOMPARE(url.count(), 1);
        QUrl redirect(QUrlQuery(url.at(0).at(0).toUrl()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        redirect.setQuery(QStringLiteral("code=stolen&state=not-the-one"));
        int status = 0;
        const QByteArray page = httpGet(c.nam, redirect, {}, &status);
        QCOMPARE(status, 400);
        QVERIFY(page.contains("refused"));
        // Refused without ending the sign-in: the real redirect may still come.
        QCOMPARE(failed.count(), 0);
        QCOMPARE(c.session.state(), Session::State::SigningIn);
        c.session.cancelSignIn();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Cancelled);
    }

    void wrongVerifierAndCodeReuseRefused()
    {
        // Drive the browser part by hand, then exchange with a wrong verifier, then the right
        // one twice: the provider must refuse the wrong verifier and the second use.
        QNetworkAccessManager nam;
        const QByteArray verifier = QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWxOEjXk");
        QUrl authorize = m_provider.url().resolved(QUrl(QStringLiteral("/oauth/authorize")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("privacy-dashboard"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
        q.addQueryItem(QStringLiteral("code_challenge"), QStringLiteral("E9Melhoa2OwvFrEXTJ1aN4MCEpzLhQi0QDUmZMdqVsE"));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(q);
        BrowserDriver b;
        QSignalSpy done(&b, &BrowserDriver::finished);
        b.signIn(authorize, QStringLiteral("alice"), QStringLiteral("demo-alice"));
        QVERIFY(done.wait(30000)); // landing fails (port 9 is closed), the redirect is what we need
        QCOMPARE(b.postStatus(), 302);
        const QString code = QUrlQuery(b.redirectedTo()).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());

        const QUrl tokenUrl = m_provider.url().resolved(QUrl(QStringLiteral("/oauth/token")));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("privacy-dashboard"));
        QUrlQuery wrong = form;
        wrong.addQueryItem(QStringLiteral("code_verifier"), QStringLiteral("x").repeated(43));
        QCOMPARE(httpPostForm(nam, tokenUrl, wrong), 400);
        form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
        // A wrong verifier may burn the code (both behaviours are safe); what matters is that a
        // code is never accepted twice.
        const int first = httpPostForm(nam, tokenUrl, form);
        QVERIFY(first == 200 || first == 400);
        QCOMPARE(httpPostForm(nam, tokenUrl, form), 400);
    }

private:
    ProviderProcess m_provider;
};

QTEST_GUILESS_MAIN(TestSignInSync)
#include "tst_signin_sync.moc"
