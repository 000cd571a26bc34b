// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens, the local copy and unsent actions belong to the provider that issued the sign-in
// (issue 10, item 1). alice signs in at a real provider A, leaves a request unsent and quits; the
// app is started again pointed at another server B on another port (someone else's: here a server
// the test answers itself, recording every byte): nothing is sent to B, the user is told why, and
// A's copy and outbox stay as they were. Signing in at a second real provider C makes a copy of its
// own; back at A, the unsent request goes to A, once.
#include "BrowserDriver.h"
#include "LocalHttpServer.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"
#include "Session.h"
#include "SessionInternals.h"
#include "domain/Origin.h"
#include "store/CacheDb.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"

#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::BrowserDriver;
using pd::test::LocalHttpServer;
using pd::test::MemoryTokenStore;
using pd::test::ProviderProcess;

namespace {

bool signIn(Session &session, BrowserDriver &browser, const QUrl &provider, const QString &user)
{
    if (!session.setProviderUrl(provider))
        return false;
    QObject::connect(&session, &Session::browserUrlReady, &browser, [&browser, user](const QUrl &url) {
        browser.signIn(url, user, QStringLiteral("demo-") + user);
    });
    QSignalSpy synced(&session, &Session::syncFinished);
    session.startSignIn();
    if (!synced.wait(120000))
        return false;
    return synced.at(0).at(0).value<Error>().code == ErrorCode::None && session.state() == Session::State::SignedIn;
}

/// Every file under `dir`, by name.
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        QVERIFY2(m_a.start(), qPrintable(m_a.errorString()));
        QVERIFY2(m_c.start(), qPrintable(m_c.errorString()));
        QVERIFY(m_a.url().port() != m_c.url().port());
    }

    void aSignInStaysWithItsProvider()
    {
        QNetworkAccessManager nam;
        MemoryTokenStore tokens;
        QTemporaryDir dir;
        QString alice;
        qint64 unsent = 0;
        TokenPair issued;
        const QString originA = origin::of(m_a.url());
        {
            // At A: signed in and synced, one request written but not sent, then quit.
            Session session(&nam, &tokens, dir.path());
            BrowserDriver browser;
            QVERIFY(signIn(session, browser, m_a.url(), QStringLiteral("alice")));
            alice = session.account().accountId;
            QCOMPARE(session.providerOrigin(), originA);
            issued = tokens.tokens(Session::tokenKeyFor(originA, alice));
            QVERIFY(!issued.accessToken.isEmpty() && !issued.refreshToken.isEmpty());
            QVERIFY(!tokens.has(alice)); // never under the account alone
            // Another address while signed in is refused: sign out first.
            QCOMPARE(session.setProviderUrl(m_c.url()).error().code, ErrorCode::OtherProvider);
            QCOMPARE(session.providerOrigin(), originA);
            session.pauseSending();
            Validation v;
            auto seq = session.actions()->fileComplaint(false, QStringLiteral("Bound"), QStringLiteral("For A only."), &v);
            QVERIFY(seq);
            unsent = *seq;
            QCOMPARE(session.pendingActions(), qint64(1));
        }
        const QStringList filesAtA = filesUnder(dir.path());
        QVERIFY(!filesAtA.isEmpty());
        for (const QString &f : filesAtA) // each in A's own folder
            QVERIFY2(f.startsWith(origin::folderName(originA) + QLatin1Char('/')), qPrintable(f));

        // Started again, pointed at B: nothing is sent there, and the user is told why.
        LocalHttpServer b;
        QVERIFY(b.listen());
        b.setHandler([](const LocalHttpServer::Request &) {
            return LocalHttpServer::Reply::problem(401, R"({"type":"/problems/invalid-token","title":"Invalid token"})");
        });
        {
            Session session(&nam, &tokens, dir.path());
            QVERIFY(session.setProviderUrl(b.url()));
            QSignalSpy failed(&session, &Session::restoreFailed);
            session.restore(alice, originA);
            QVERIFY(!failed.isEmpty() || failed.wait(10000));
            const Error e = failed.at(0).at(0).value<Error>();
            QCOMPARE(e.code, ErrorCode::OtherProvider);
            QCOMPARE(session.otherIssuer(), originA); // the UI names the address the sign-in belongs to
            QCOMPARE(session.state(), Session::State::SignedOut);
            // A settings file that claims B issued the sign-in finds nothing under B's name.
            failed.clear();
            session.restore(alice, origin::of(b.url()));
            QVERIFY(!failed.isEmpty() || failed.wait(10000));
            QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::KeychainNotFound);
            QCOMPARE(session.state(), Session::State::SignedOut);
        }
        QCOMPARE(b.connections(), 0);
        QVERIFY(b.requests().isEmpty());
        QCOMPARE(filesUnder(dir.path()), filesAtA); // A's copy and outbox untouched

        // A second real provider C: a sign-in and a copy of its own, beside A's.
        {
            Session session(&nam, &tokens, dir.path());
            BrowserDriver browser;
            QVERIFY(signIn(session, browser, m_c.url(), QStringLiteral("alice")));
            QCOMPARE(session.pendingActions(), qint64(0)); // A's unsent request is not C's
            QVERIFY(tokens.has(Session::tokenKeyFor(origin::of(m_c.url()), session.account().accountId)));
            const QString folderC = origin::folderName(origin::of(m_c.url()));
            QVERIFY(QFileInfo(QDir(dir.path()).filePath(folderC)).isDir());
            QCOMPARE(QFile::permissions(QDir(dir.path()).filePath(folderC))
                         & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                     QFile::Permissions());
        }
        QCOMPARE(tokens.tokens(Session::tokenKeyFor(originA, alice)).refreshToken, issued.refreshToken);

        // Back at A: restored, and the request written for A goes to A, once.
        {
            Session session(&nam, &tokens, dir.path());
            QVERIFY(session.setProviderUrl(m_a.url()));
            QSignalSpy state(&session, &Session::stateChanged);
            session.restore(alice, originA);
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::SignedIn, 10000);
            Outbox *outbox = SessionInternals::outbox(session);
            QVERIFY(outbox->item(unsent));
            session.resumeSending();
            QTRY_VERIFY_WITH_TIMEOUT(outbox->item(unsent)->state == OutboxItem::State::Sent, 30000);
            const QString id = outbox->serverIdOf(unsent);
            QVERIFY(!id.isEmpty());
            // What A holds: the complaint, once.
            QNetworkRequest list(m_a.url().resolved(QUrl(QStringLiteral("/v1/me/requests"))));
            list.setRawHeader("Authorization", "Bearer " + tokens.tokens(Session::tokenKeyFor(originA, alice)).accessToken.toUtf8());
            QNetworkReply *reply = nam.get(list);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(30000));
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(body.count("For A only."), qsizetype(1));
            QVERIFY(body.contains(id.toUtf8()));
        }
    }

private:
    ProviderProcess m_a;
    ProviderProcess m_c;
};

QTEST_GUILESS_MAIN(TestBinding)
#include "tst_binding.moc"
