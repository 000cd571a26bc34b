// SPDX-License-Identifier: GPL-3.0-or-later
// The canary (issue 10): alice signs in at the real provider, syncs, files one of each action (a
// correction with an attachment among them), some sent and some left unsent, signs out keeping the
// unsent ones and signs in again. Then every file under the app's data folder, its config and
// cache folders (private ones: HOME and XDG_* point into a temporary folder before the application
// object exists) and everything the test logged is searched for the access and refresh tokens
// (raw, base64, base64url, percent-encoded, UTF-16) and the password: zero hits. The keyring is
// out of scope (here a MemoryTokenStore).
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"
#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "store/CacheDb.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace pd;
using pd::test::BrowserDriver;
using pd::test::MemoryTokenStore;
using pd::test::ProviderProcess;

namespace {

QTemporaryDir *g_home = nullptr; // HOME and XDG_* of this test, made before the application object

QMutex g_logMutex;
QByteArray g_log; // everything logged while the test runs
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += message.toUtf8() + '\n';
        if (context.file)
            g_log += QByteArray(context.file) + '\n';
    }
    if (g_previous)
        g_previous(type, context, message);
}

/// Every form in which a secret could be written down.
QList<QByteArray> formsOf(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<QByteArray> forms{raw,
                            raw.toBase64(),
                            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                            raw.toPercentEncoding(),
                            QUrl::toPercentEncoding(secret, "", "-._~"),
                            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    // Base64 of a longer text holding the secret starts at any of three offsets: the middle part
    // of each is fixed whatever comes before, so search for it too.
    for (int shift = 1; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, ' ') + raw;
        const QByteArray b = padded.toBase64();
        forms << b.mid(4, b.size() - 8);
    }
    QList<QByteArray> out;
    for (const QByteArray &f : forms)
        if (f.size() >= 8 && !out.contains(f))
            out << f;
    return out;
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        g_previous = qInstallMessageHandler(collect);
        QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
        // The private folders are the ones in use.
        QVERIFY(g_home && g_home->isValid());
        for (auto loc : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                         QStandardPaths::GenericCacheLocation, QStandardPaths::AppDataLocation})
            QVERIFY2(QStandardPaths::writableLocation(loc).startsWith(g_home->path()),
                     qPrintable(QStandardPaths::writableLocation(loc)));
    }

    void noSecretIsWrittenDown()
    {
        QNetworkAccessManager nam;
        MemoryTokenStore tokens;
        const QString data = g_home->filePath(QStringLiteral("data"));
        QStringList secrets{QStringLiteral("demo-alice")};
        {
            Session session(&nam, &tokens, data);
            BrowserDriver browser;
            QVERIFY(session.setProviderUrl(m_provider.url()));
            connect(&session, &Session::browserUrlReady, &browser,
                    [&browser](const QUrl &u) { browser.signIn(u, QStringLiteral("alice"), QStringLiteral("demo-alice")); });

            // Sign in and sync.
            {
                QSignalSpy synced(&session, &Session::syncFinished);
                session.startSignIn();
                QVERIFY(synced.wait(120000));
                QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
            }
            QCOMPARE(session.state(), Session::State::SignedIn);
            const QString key = Session::tokenKeyFor(session.providerOrigin(), session.account().accountId);
            const TokenPair first = tokens.tokens(key);
            QVERIFY(!first.accessToken.isEmpty() && !first.refreshToken.isEmpty());
            secrets << first.accessToken << first.refreshToken;
            SessionInternals::sender(session)->setBackoff(10, 200);
            ActionQueue *actions = session.actions();
            Outbox *outbox = SessionInternals::outbox(session);
            auto settled = [outbox](qint64 seq) {
                return QTest::qWaitFor([&] { return outbox->item(seq)->state != OutboxItem::State::Queued; }, 30000)
                    && outbox->item(seq)->state == OutboxItem::State::Sent;
            };

            // Sent: a field update, a complaint and an export request.
            Validation v;
            auto update = actions->updateField(QStringLiteral("email"), QStringLiteral("alice.canary@example.hk"), &v);
            QVERIFY2(update, update ? "" : qPrintable(update.error().detail));
            QVERIFY(settled(*update));
            auto complaint = actions->fileComplaint(false, QStringLiteral("Canary"), QStringLiteral("Sent at once."), &v);
            QVERIFY(complaint);
            QVERIFY(settled(*complaint));
            auto exportSeq = actions->requestExport();
            QVERIFY(exportSeq);
            QVERIFY(settled(*exportSeq));

            // Left unsent: a correction with an attachment, a deletion, a consent change, a complaint.
            session.pauseSending();
            QVERIFY(session.isSendingPaused());
            const QString file = g_home->filePath(QStringLiteral("id-card.png"));
            {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2048, 'x'));
            }
            auto correction = actions->requestCorrection(QStringLiteral("name"), QStringLiteral("Alice Chan Tai-man"),
                                                         QStringLiteral("As on my ID card."), {{file}}, &v);
            QVERIFY2(correction, v.isEmpty() ? "" : qPrintable(v.first().field));
            DeletionScope scope;
            scope.kind = DeletionScope::Account;
            QVERIFY(actions->requestDeletion(scope, ActionQueue::deletionConfirmationWord(), &v));
            const ConsentState consents = session.consents();
            QVERIFY(!consents.items.isEmpty());
            QVERIFY(actions->setConsent(consents.items.first().purpose, !consents.items.first().granted, consents.policyVersion));
            QVERIFY(actions->fileComplaint(true, QStringLiteral("Later"), QStringLiteral("Send me after signing in again."), &v));
            QVERIFY(session.pendingActions() >= 4); // the attachment upload counts on its own

            // The tokens in use now (a refresh may have rotated them), then sign out keeping the rest.
            const TokenPair inUse = SessionInternals::api(session)->tokens();
            secrets << inUse.accessToken << inUse.refreshToken;
            {
                QSignalSpy out(&session, &Session::signedOut);
                session.signOut(Session::UnsentActions::Keep);
                QVERIFY(out.wait(30000));
                QCOMPARE(out.at(0).at(0).value<Error>().code, ErrorCode::None);
            }

            // Sign in again: the kept actions are still there and go out.
            {
                QSignalSpy synced(&session, &Session::syncFinished);
                session.startSignIn();
                QVERIFY(synced.wait(120000));
                QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
            }
            QCOMPARE(session.state(), Session::State::SignedIn);
            const TokenPair second = tokens.tokens(key);
            QVERIFY(!second.accessToken.isEmpty() && !second.refreshToken.isEmpty());
            QVERIFY(second.refreshToken != first.refreshToken);
            secrets << second.accessToken << second.refreshToken;
            // The kept correction (with its attachment) is in the outbox again, and is sent now.
            Outbox *kept = SessionInternals::outbox(session);
            QVERIFY(kept && kept->item(*correction));
            if (session.isSendingPaused())
                session.resumeSending();
            SessionInternals::sender(session)->setBackoff(10, 200);
            session.retrySendingNow();
            QTRY_COMPARE_WITH_TIMEOUT(session.pendingActions(), qint64(0), 60000);
            QCOMPARE(session.actionsNeedingAttention(), qint64(0));
            QCOMPARE(kept->item(*correction)->state, OutboxItem::State::Sent);
            const TokenPair last = SessionInternals::api(session)->tokens();
            secrets << last.accessToken << last.refreshToken;
        }
        secrets.removeAll(QString());
        secrets.removeDuplicates();
        QVERIFY(secrets.size() >= 5);

        // Search: every file under HOME (data, config, cache, XDG_*) and everything logged.
        QMap<QString, QByteArray> haystacks;
        QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            haystacks.insert(path, f.readAll());
            ++files;
        }
        QVERIFY2(files >= 2, "the app left nothing behind to search: the canary would prove nothing");
        {
            QMutexLocker lock(&g_logMutex);
            haystacks.insert(QStringLiteral("(logged output)"), g_log);
        }
        QStringList hits;
        for (int i = 0; i < secrets.size(); ++i)
            for (const QByteArray &form : formsOf(secrets.at(i)))
                for (auto h = haystacks.cbegin(); h != haystacks.cend(); ++h)
                    if (h.value().contains(form))
                        hits << QStringLiteral("secret #%1 in %2").arg(i).arg(h.key()); // never the secret itself
        hits.removeDuplicates();
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
    }

private:
    ProviderProcess m_provider;
};

int main(int argc, char **argv)
{
    // Private HOME, config, cache and data folders, before the application object exists.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = &home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("share")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", home.filePath(QStringLiteral("state")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    TestCanary test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_canary.moc"
