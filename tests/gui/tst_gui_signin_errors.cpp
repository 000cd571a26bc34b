// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in that does not finish, seen from the welcome page: the words for a locked keychain
// (and no fallback to storing tokens anywhere else), a sign-in cancelled in the browser, and the
// app's own Cancel.
#include "BrowserDriver.h"
#include "LocalHttpServer.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"
#include "Session.h"
#include "domain/Origin.h"
#include "pages/WelcomePage.h"
#include "SyncFeedback.h"
#include "widgets/NotificationBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace pd;
using namespace pd::ui;

namespace {

/// A keychain that is locked: every write fails, as QtKeychain does without an unlocked
/// Secret Service. (The real keychain is proven in tst_keychain; here only the words matter.)
class LockedTokenStore : public TokenStore
{
public:
    using TokenStore::TokenStore;
    void save(const QString &, const TokenPair &, Done done) override
    {
        ++saves;
        QTimer::singleShot(0, this, [done] { done(Error::make(ErrorCode::Keychain, QStringLiteral("locked"))); });
    }
    void load(const QString &, Loaded done) override
    {
        QTimer::singleShot(0, this, [done] { done(Error::make(ErrorCode::Keychain, QStringLiteral("locked"))); });
    }
    void remove(const QString &, Done done) override
    {
        QTimer::singleShot(0, this, [done] { done(okStatus()); });
    }
    int saves = 0;
};

} // namespace

class TestGuiSignInErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockedKeychainIsExplained();
    void cancelledInBrowserIsExplained();
    void cancelButtonReturnsToIdle();
    void browserThatCannotOpenOffersTheLink();
    void reopeningSaysSoInsteadOfOfferingSignIn();
    void offlineStartShowsTheDataThenSaysOfflineOnce();

private:
    struct Rig
    {
        QTemporaryDir dir;
        QNetworkAccessManager nam;
        std::unique_ptr<TokenStore> tokens;
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };
    std::unique_ptr<Rig> makeRig(std::unique_ptr<TokenStore> tokens);
    void clickSignIn(Rig &rig);

    test::ProviderProcess m_provider;
};

void TestGuiSignInErrors::initTestCase()
{
    QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
}

std::unique_ptr<TestGuiSignInErrors::Rig> TestGuiSignInErrors::makeRig(std::unique_ptr<TokenStore> tokens)
{
    auto rig = std::make_unique<Rig>();
    rig->tokens = std::move(tokens);
    rig->session = std::make_unique<Session>(&rig->nam, rig->tokens.get(), rig->dir.path());
    rig->window = std::make_unique<MainWindow>(rig->session.get());
    rig->window->welcomePage()->setProviderText(m_provider.url().toString());
    rig->window->show();
    QApplication::setActiveWindow(rig->window.get());
    if (!QTest::qWaitForWindowActive(rig->window.get()))
        qWarning("window did not become active");
    return rig;
}

void TestGuiSignInErrors::clickSignIn(Rig &rig)
{
    QTest::mouseClick(rig.window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
}

void TestGuiSignInErrors::lockedKeychainIsExplained()
{
    auto store = std::make_unique<LockedTokenStore>();
    LockedTokenStore *locked = store.get();
    auto rig = makeRig(std::move(store));
    rig->window->welcomePage()->setBrowserOpener([&rig](const QUrl &url) {
        auto *d = new test::BrowserDriver(rig->window.get());
        d->signIn(url, QStringLiteral("alice"), QStringLiteral("demo-alice"));
        return true;
    });
    QSignalSpy failed(rig->session.get(), &Session::signInFailed);
    clickSignIn(*rig);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::Keychain);
    QCOMPARE(locked->saves, 1);
    QCOMPARE(rig->session->state(), Session::State::SignedOut);

    auto *message = rig->window->findChild<QLabel *>(QStringLiteral("signInMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Your system keychain is locked or unavailable")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("GNOME Keyring")));
    QCOMPARE(rig->window->banner()->kind(), NotificationBanner::Kind::Error);
    QCOMPARE(rig->window->banner()->message(), message->text());
    // Still on the welcome page, ready to try again.
    QCOMPARE(rig->window->findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget(),
             rig->window->welcomePage());
    QVERIFY(rig->window->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
    // Nothing about the account was kept on disk.
    QVERIFY(QDir(rig->dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TestGuiSignInErrors::cancelledInBrowserIsExplained()
{
    auto rig = makeRig(std::make_unique<test::MemoryTokenStore>());
    rig->window->welcomePage()->setBrowserOpener([&rig](const QUrl &url) {
        auto *d = new test::BrowserDriver(rig->window.get());
        d->cancel(url);
        return true;
    });
    QSignalSpy failed(rig->session.get(), &Session::signInFailed);
    clickSignIn(*rig);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::AccessDenied);
    auto *message = rig->window->findChild<QLabel *>(QStringLiteral("signInMessage"));
    QVERIFY2(message->text().startsWith(QStringLiteral("Sign-in was cancelled in the browser.")),
             qPrintable(message->text()));
}

void TestGuiSignInErrors::cancelButtonReturnsToIdle()
{
    auto rig = makeRig(std::make_unique<test::MemoryTokenStore>());
    QUrl opened;
    rig->window->welcomePage()->setBrowserOpener([&opened](const QUrl &url) {
        opened = url; // the person never comes back from the browser
        return true;
    });
    clickSignIn(*rig);
    QTRY_VERIFY(opened.isValid());
    auto *waiting = rig->window->findChild<QWidget *>(QStringLiteral("signInWaiting"));
    QVERIFY(waiting->isVisible());
    QCOMPARE(rig->window->findChild<QLineEdit *>(QStringLiteral("signInLink"))->text(),
             opened.toString(QUrl::FullyEncoded));
    auto *cancel = rig->window->findChild<QPushButton *>(QStringLiteral("cancelSignInButton"));
    QVERIFY(cancel->hasFocus()); // Enter or Space cancels right away
    QTest::keyClick(cancel, Qt::Key_Space);
    QTRY_COMPARE(rig->session->state(), Session::State::SignedOut);
    QVERIFY(!waiting->isVisible());
    QVERIFY(!rig->window->findChild<QLabel *>(QStringLiteral("signInMessage"))->isVisible());
    QVERIFY(rig->window->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
}

void TestGuiSignInErrors::browserThatCannotOpenOffersTheLink()
{
    auto rig = makeRig(std::make_unique<test::MemoryTokenStore>());
    rig->window->welcomePage()->setBrowserOpener([](const QUrl &) { return false; });
    clickSignIn(*rig);
    auto *link = rig->window->findChild<QLineEdit *>(QStringLiteral("signInLink"));
    QTRY_VERIFY(link->text().startsWith(m_provider.url().toString()));
    QTest::mouseClick(rig->window->findChild<QPushButton *>(QStringLiteral("copyLinkButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link->text());
    rig->session->cancelSignIn();
}

void TestGuiSignInErrors::reopeningSaysSoInsteadOfOfferingSignIn()
{
    // A remembered sign-in whose tokens are gone: while the keychain is asked (it answers on a later
    // turn of the event loop, as a real keychain does), the window says the data is being opened, not
    // "Not signed in" with a Sign in button; then it offers to sign in again.
    auto rig = makeRig(std::make_unique<test::MemoryTokenStore>());
    WelcomePage *page = rig->window->welcomePage();
    auto *status = rig->window->findChild<QLabel *>(QStringLiteral("syncedLabel"));
    QCOMPARE(status->text(), QStringLiteral("Not signed in"));
    QSignalSpy failed(rig->session.get(), &Session::restoreFailed);
    rig->session->restore(QStringLiteral("C-1001"), rig->session->providerOrigin());
    QVERIFY(rig->session->isRestoring());
    QCOMPARE(rig->window->findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget(), page);
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("restoringText"))->isVisible());
    QVERIFY(!page->findChild<QWidget *>(QStringLiteral("signInForm"))->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Opening your data…"));

    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!rig->session->isRestoring());
    QVERIFY(!page->findChild<QWidget *>(QStringLiteral("restoringText"))->isVisible());
    QVERIFY(page->findChild<QWidget *>(QStringLiteral("signInForm"))->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Not signed in"));
}

void TestGuiSignInErrors::offlineStartShowsTheDataThenSaysOfflineOnce()
{
    // A start with a remembered sign-in and no network: the window's first paint is the data (the
    // copy opens before the keychain answers), and the sync that fails at once says "offline"
    // without first flashing its progress and a "Fetching" banner. Sync now (F5) shows progress at once.
    auto owned = std::make_unique<test::MemoryTokenStore>();
    test::MemoryTokenStore *store = owned.get();
    auto rig = makeRig(std::move(owned));
    rig->window->welcomePage()->setBrowserOpener([&rig](const QUrl &url) {
        auto *d = new test::BrowserDriver(rig->window.get());
        d->signIn(url, QStringLiteral("alice"), QStringLiteral("demo-alice"));
        return true;
    });
    QVERIFY(rig->session->setProviderUrl(m_provider.url()));
    QSignalSpy firstSync(rig->session.get(), &Session::syncFinished);
    clickSignIn(*rig);
    QTRY_VERIFY_WITH_TIMEOUT(firstSync.count() == 1, 60000);
    QCOMPARE(firstSync.at(0).at(0).value<Error>().code, ErrorCode::None);
    const QString accountId = rig->session->account().accountId;
    const QString syncedText = rig->window->findChild<QLabel *>(QStringLiteral("syncedLabel"))->text();
    rig->window.reset();
    rig->session.reset();

    // The same copy and tokens at an address where nobody answers (each connection is closed at once).
    test::LocalHttpServer offline;
    QVERIFY(offline.listen());
    offline.setHandler([](const test::LocalHttpServer::Request &) { return test::LocalHttpServer::Reply::drop(); });
    const QDir root(rig->dir.path());
    const QString from = root.filePath(origin::folderName(origin::of(m_provider.url())));
    const QString to = root.filePath(origin::folderName(origin::of(offline.url())));
    QVERIFY(QDir().mkpath(to));
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
    store->save(Session::tokenKeyFor(origin::of(offline.url()), accountId),
                store->tokens(Session::tokenKeyFor(origin::of(m_provider.url()), accountId)), [](Status) {});

    // As main() starts: restore, then the window, then show; the keychain holds its answer.
    const auto startSession = [&] {
        store->holdLoads();
        rig->session = std::make_unique<Session>(&rig->nam, store, rig->dir.path());
        return bool(rig->session->setProviderUrl(offline.url()));
    };
    const auto restoreWithWindow = [&] {
        rig->session->restore(accountId, origin::of(offline.url()));
        rig->window = std::make_unique<MainWindow>(rig->session.get());
    };
    QVERIFY(startSession());
    QSignalSpy finished(rig->session.get(), &Session::syncFinished);
    QSignalSpy dataChanged(rig->session.get(), &Session::dataChanged);
    restoreWithWindow();
    // Only the page on screen is filled before the first paint; the others right after it.
    auto *devices = rig->window->findChild<QTableView *>(QStringLiteral("devicesTable"));
    QVERIFY(devices);
    QVERIFY(!devices->model() || devices->model()->rowCount() == 0);
    auto *cancel = rig->window->findChild<QWidget *>(QStringLiteral("cancelSyncButton"));
    auto *status = rig->window->findChild<QLabel *>(QStringLiteral("syncedLabel"));
    bool progressSeen = false;
    QTimer sample;
    connect(&sample, &QTimer::timeout, this, [&] { progressSeen = progressSeen || cancel->isVisible(); });
    sample.start(5);
    rig->window->show();
    QApplication::setActiveWindow(rig->window.get());
    QVERIFY(QTest::qWaitForWindowActive(rig->window.get()));
    QCOMPARE(rig->window->findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget()->objectName(),
             QStringLiteral("tabs"));
    QCOMPARE(status->text(), syncedText);
    QTRY_VERIFY(devices->model() && devices->model()->rowCount() > 0);
    // Nobody answers at the address: a call that needs no token finds that out, and the sync ends
    // offline while the keychain is still to answer (no token known, none sent).
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(finished.at(0).at(0).value<Error>().code, ErrorCode::Network);
    QCOMPARE(store->heldLoads(), 1);
    QVERIFY(offline.connections() > 0);
    QCOMPARE(dataChanged.count(), 0); // nothing was stored, so nothing is read again
    QCOMPARE(rig->window->banner()->kind(), NotificationBanner::Kind::Offline);
    QTest::qWait(SyncFeedback::kGraceMs + 100);
    sample.stop();
    QVERIFY2(!progressSeen, "the progress of a sync that failed at once flashed");
    QCOMPARE(rig->window->banner()->kind(), NotificationBanner::Kind::Offline);
    QCOMPARE(status->text(), syncedText);

    // The keychain answers: the copy stays open with the tokens, and nothing else happens.
    store->releaseLoads();
    QTest::qWait(200);
    QCOMPARE(rig->session->state(), Session::State::SignedIn);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(rig->window->banner()->kind(), NotificationBanner::Kind::Offline);

    // Asked for: the progress shows at once.
    finished.clear();
    QTest::keyClick(rig->window.get(), Qt::Key_F5);
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY(!cancel->isVisible());
    rig->window.reset();
    rig->session.reset();

    // The keychain has nothing for that address: the copy said "offline" and then closes. The banner
    // goes with it: "showing data from ..." is not true of a copy that is closed.
    store->remove(Session::tokenKeyFor(origin::of(offline.url()), accountId), [](Status) {});
    QVERIFY(startSession());
    QSignalSpy ended(rig->session.get(), &Session::syncFinished);
    QSignalSpy restoreFailed(rig->session.get(), &Session::restoreFailed);
    restoreWithWindow();
    rig->window->show();
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, 30000);
    QCOMPARE(rig->window->banner()->kind(), NotificationBanner::Kind::Offline);
    QVERIFY(rig->window->banner()->isVisible());
    store->releaseLoads();
    QTRY_COMPARE(restoreFailed.count(), 1);
    QCOMPARE(restoreFailed.at(0).at(0).value<Error>().code, ErrorCode::KeychainNotFound);
    QCOMPARE(rig->session->state(), Session::State::SignedOut);
    QVERIFY(!rig->window->banner()->isVisible());
    rig->window.reset();
    rig->session.reset();
}

QTEST_MAIN(TestGuiSignInErrors)
#include "tst_gui_signin_errors.moc"
