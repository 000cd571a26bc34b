// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly once, under crashes and a hostile network: 500 actions are queued, a sender process is
// killed with SIGKILL at 50+ random moments while the provider drops connections (before and
// after committing), delays, throttles and garbles answers; in the end the provider holds exactly
// one effect per action and the outbox file is intact after every kill. And the pipelined sender
// (an acknowledgement written on another thread while the next call is out) keeps the order the user
// acted in, at the provider and in what it reports.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"

#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "domain/Codecs.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

TokenPair signInAlice(const QUrl &provider, QNetworkAccessManager &nam, test::MemoryTokenStore &store, const QString &dir)
{
    Session s(&nam, &store, dir);
    if (!s.setProviderUrl(provider))
        qFatal("the provider address %s was refused", qPrintable(provider.toString()));
    test::BrowserDriver browser;
    QObject::connect(&s, &Session::browserUrlReady, &browser,
                     [&browser](const QUrl &u) { browser.signIn(u, QStringLiteral("alice"), QStringLiteral("demo-alice")); });
    QSignalSpy synced(&s, &Session::syncFinished);
    s.startSignIn();
    synced.wait(120000);
    return SessionInternals::api(s)->tokens();
}

QJsonObject effects(QNetworkAccessManager &nam, const QUrl &provider)
{
    QUrl u = provider.resolved(QUrl(QStringLiteral("/test/effects")));
    u.setQuery(QStringLiteral("account=alice"));
    QNetworkReply *r = nam.get(QNetworkRequest(u));
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(30000);
    r->deleteLater();
    return QJsonDocument::fromJson(r->readAll()).object();
}

QString integrity(const QString &path)
{
    auto o = Outbox::open(path);
    if (!o)
        return o.error().detail;
    QSqlQuery q((*o)->database());
    q.exec(QStringLiteral("PRAGMA integrity_check"));
    return q.next() ? q.value(0).toString() : QStringLiteral("no answer");
}

/// Alice signed in at the provider (through the browser's path, with her first sync), and the
/// provider's count of her effects before the test acts.
struct Alice
{
    explicit Alice(const QUrl &provider)
        : tokens(signInAlice(provider, nam, store, dir.filePath(QStringLiteral("session"))))
        , before(effects(nam, provider))
    {
    }
    QNetworkAccessManager nam;
    test::MemoryTokenStore store;
    QTemporaryDir dir;
    TokenPair tokens;
    QJsonObject before;
};

/// How many more of `key` (requests, consent_changes, replays) the provider counts now than before.
int grown(const Alice &alice, const QJsonObject &after, const QString &key)
{
    return after.value(key).toInt() - alice.before.value(key).toInt();
}

QString runnerPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/pd-outbox-runner");
}

} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<pd::Error>(); }

    void killedSenderDeliversExactlyOnce()
    {
        test::ProviderProcess provider({QStringLiteral("--test-hooks"), QStringLiteral("--token-ttl"), QStringLiteral("7200"),
                                        QStringLiteral("--faults"),
                                        QStringLiteral("drop-before:0.05,drop-after:0.05,delay:0.05:50,429:0.02:1,503:0.02:1,malformed:0.03"),
                                        QStringLiteral("--fault-seed"), QStringLiteral("20261126")});
        QVERIFY2(provider.start(), qPrintable(provider.errorString()));
        Alice alice(provider.url());
        QVERIFY(!alice.tokens.accessToken.isEmpty());

        // Queue 500 actions through the real action queue, with sending paused.
        const QString path = alice.dir.filePath(QStringLiteral("outbox.sqlite"));
        constexpr int kComplaints = 450, kConsents = 50;
        {
            auto outbox = Outbox::open(path);
            QVERIFY(outbox);
            ApiClient idle(&alice.nam);
            OutboxSender paused(&idle, outbox->get());
            paused.pause();
            ActionQueue actions(outbox->get(), &paused);
            for (int i = 0; i < kComplaints; ++i) {
                Validation v;
                QVERIFY(actions.fileComplaint(i % 3 == 0, QStringLiteral("Subject %1").arg(i), QStringLiteral("Message %1").arg(i), &v));
            }
            for (int i = 0; i < kConsents; ++i)
                QVERIFY(actions.setConsent(QStringLiteral("marketing"), i % 2 == 0, QStringLiteral("2025-05-14")));
            QCOMPARE((*outbox)->pendingCount(), qint64(kComplaints + kConsents));
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PD_ACCESS_TOKEN"), alice.tokens.accessToken);
        env.insert(QStringLiteral("PD_REFRESH_TOKEN"), alice.tokens.refreshToken);
        QRandomGenerator rng(42);
        int kills = 0;
        for (int round = 0; round < 200 && kills < 55; ++round) {
            QProcess runner;
            runner.setProcessEnvironment(env);
            runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            runner.start(runnerPath(), {path, provider.url().toString()});
            QVERIFY2(runner.waitForStarted(10000), qPrintable(runner.errorString()));
            const int ms = int(rng.bounded(20, 400));
            if (runner.waitForFinished(ms)) {
                QCOMPARE(runner.exitCode(), 0); // drained before we got to kill it
                break;
            }
            runner.kill();
            QVERIFY(runner.waitForFinished(10000));
            ++kills;
            QCOMPARE(integrity(path), QStringLiteral("ok"));
        }
        QVERIFY2(kills >= 50, qPrintable(QStringLiteral("only %1 kills before the outbox drained").arg(kills)));

        // Let it finish undisturbed.
        QProcess last;
        last.setProcessEnvironment(env);
        last.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        last.start(runnerPath(), {path, provider.url().toString()});
        QVERIFY(last.waitForFinished(600000));
        QCOMPARE(last.exitCode(), 0);
        QCOMPARE(integrity(path), QStringLiteral("ok"));

        auto outbox = Outbox::open(path);
        QVERIFY(outbox);
        QCOMPARE((*outbox)->pendingCount(), qint64(0));
        QCOMPARE((*outbox)->attentionCount(), qint64(0));
        QSet<QString> ids;
        for (const OutboxItem &i : (*outbox)->items()) {
            QCOMPARE(i.state, OutboxItem::State::Sent);
            QVERIFY(!i.serverId.isEmpty());
            ids.insert(i.serverId);
        }
        QCOMPARE(ids.size(), kComplaints + kConsents);

        const QJsonObject after = effects(alice.nam, provider.url());
        QCOMPARE(grown(alice, after, QStringLiteral("requests")), kComplaints);
        QCOMPARE(grown(alice, after, QStringLiteral("consent_changes")),
                 kConsents);
    }

    void pipelinedSendingKeepsOrder()
    {
        test::ProviderProcess provider({QStringLiteral("--test-hooks"), QStringLiteral("--token-ttl"), QStringLiteral("7200")});
        QVERIFY2(provider.start(), qPrintable(provider.errorString()));
        Alice alice(provider.url());
        QVERIFY(!alice.tokens.accessToken.isEmpty());

        auto outbox = Outbox::open(alice.dir.filePath(QStringLiteral("outbox.sqlite")));
        QVERIFY(outbox);
        ApiClient api(&alice.nam);
        api.setBaseUrl(provider.url());
        api.setTokens(alice.tokens);
        auto sender = std::make_unique<OutboxSender>(&api, outbox->get());
        sender->pause();
        ActionQueue actions(outbox->get(), sender.get());
        // Complaints, consents and, every tenth, a correction whose attachment is uploaded just before
        // it: the correction needs the attachment's provider id, which is recorded by the other thread.
        const QString png = alice.dir.filePath(QStringLiteral("id.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1024, 'x'));
        f.close();
        constexpr int kActions = 60;
        int requests = 0, consents = 0;
        for (int i = 0; i < kActions; ++i) {
            Validation v;
            if (i % 10 == 5) {
                QVERIFY(actions.requestCorrection(QStringLiteral("name"), QStringLiteral("Alice %1").arg(i),
                                                  QStringLiteral("Reason %1").arg(i), {{png}}, &v));
                ++requests;
            } else if (i % 4 == 3) {
                QVERIFY(actions.setConsent(QStringLiteral("marketing"), i % 8 == 3, QStringLiteral("2025-05-14")));
                ++consents;
            } else {
                QVERIFY(actions.fileComplaint(false, QStringLiteral("Subject %1").arg(i), QStringLiteral("Message %1").arg(i), &v));
                ++requests;
            }
        }
        const QList<OutboxItem> queued = (*outbox)->items();

        QList<qint64> sentOrder;
        connect(sender.get(), &OutboxSender::itemSent, this, [&sentOrder](qint64 seq) { sentOrder.append(seq); });
        QSignalSpy drained(sender.get(), &OutboxSender::drained);
        QSignalSpy changed(outbox->get(), &Outbox::changed);
        sender->resume();
        QVERIFY(drained.wait(120000));
        QVERIFY(!sender->isBusy());

        // Every item acknowledged, in the order queued, and recorded by the time drained() came.
        QCOMPARE(sentOrder.size(), queued.size());
        for (qsizetype i = 0; i < queued.size(); ++i)
            QCOMPARE(sentOrder.at(i), queued.at(i).seq);
        QVERIFY(changed.size() >= queued.size()); // the GUI's connection heard of every acknowledgement
        QCOMPARE((*outbox)->pendingCount(), qint64(0));
        QStringList ourRequests;
        for (const OutboxItem &i : (*outbox)->items()) {
            QCOMPARE(i.state, OutboxItem::State::Sent);
            QVERIFY(!i.serverId.isEmpty());
            if (i.kind == OutboxItem::Kind::Request)
                ourRequests << i.serverId;
        }
        QCOMPARE(ourRequests.size(), requests);

        // The provider made them in the same order (its list is in creation order), each once.
        QStringList providerOrder;
        QString cursor;
        do {
            QUrlQuery query(QStringLiteral("limit=200"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            ApiJob *job = api.get(QStringLiteral("/v1/me/requests"), query, {});
            QSignalSpy done(job, &ApiJob::finished);
            QVERIFY(done.wait(30000));
            const auto page = codec::decodeRequests(done.first().first().value<ApiResponse>().body);
            QVERIFY(page);
            for (const TrackedRequest &r : page->items)
                if (ourRequests.contains(r.id))
                    providerOrder << r.id;
            cursor = page->hasMore ? page->nextCursor : QString();
        } while (!cursor.isEmpty());
        QCOMPARE(providerOrder, ourRequests);
        const QJsonObject after = effects(alice.nam, provider.url());
        QCOMPARE(grown(alice, after, QStringLiteral("requests")), requests);
        QCOMPARE(grown(alice, after, QStringLiteral("consent_changes")),
                 consents);
    }

    void responseLostAfterCommitIsOneEffect()
    {
        // With this seed the first answer is lost after the provider committed (the provider counts
        // the replay); the retry must get the stored outcome, not a second effect.
        test::ProviderProcess provider({QStringLiteral("--test-hooks"), QStringLiteral("--faults"), QStringLiteral("drop-after:0.6"),
                                        QStringLiteral("--fault-seed"), QStringLiteral("4")});
        QVERIFY2(provider.start(), qPrintable(provider.errorString()));
        Alice alice(provider.url());
        QVERIFY(!alice.tokens.accessToken.isEmpty());

        auto outbox = Outbox::open(alice.dir.filePath(QStringLiteral("outbox.sqlite")));
        QVERIFY(outbox);
        ApiClient api(&alice.nam);
        api.setBaseUrl(provider.url());
        api.setTokens(alice.tokens);
        OutboxSender sender(&api, outbox->get());
        sender.setBackoff(5, 50);
        sender.pause();
        ActionQueue actions(outbox->get(), &sender);
        Validation v;
        auto seq = actions.fileComplaint(false, QStringLiteral("Lost answer"), QStringLiteral("Sent once, answered twice"), &v);
        QVERIFY(seq);
        QSignalSpy sent(&sender, &OutboxSender::itemSent);
        sender.resume();
        QVERIFY(sent.wait(60000));
        const QJsonObject after = effects(alice.nam, provider.url());
        // The answer was lost at least once and asked for again (by the sender, or by Qt's
        // network stack, which resends on a connection closed before any answer) ...
        QVERIFY2(after.value(QStringLiteral("replays")).toInt() >= 1, "the fault seed should have dropped the first answer");
        QCOMPARE(grown(alice, after, QStringLiteral("requests")), 1);
        QVERIFY((*outbox)->item(*seq)->serverId.startsWith(QStringLiteral("R-")));
        QVERIFY((*outbox)->request((*outbox)->item(*seq)->serverId).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
