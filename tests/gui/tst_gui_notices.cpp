// SPDX-License-Identifier: GPL-3.0-or-later
// "Told in time" (issue 12) from the keyboard alone, against the real reference provider over HTTP
// on 127.0.0.1, started with only the 2025-05-14 policy published. Alice signs in and syncs: Ctrl+9
// lists the incidents and disclosures the provider has for her, and opening one marks it read on
// this computer. Kim (supervisor) publishes 2026-12-01 through the staff API; after F5 the policy
// notice appears and stays. Its "What changed" groups the changes, names the consent the new use
// needs, opens the full text with the changed passages marked, and "Decline" opens the account
// cancellation with its reason filled in. Accepting while sending is paused queues one acceptance,
// which reaches the provider exactly once when sending resumes; the new consent stays off. Help >
// Privacy policy reads in three languages, finds text, and saves a PDF that pdftotext reads back;
// Help > Contact gives the policy's e-mail and the account id.
//
// As in tst_gui_access, keys go where the focus is; the test reads widgets, the outbox and the
// provider, and calls no slot. Language-neutral: scripts/screenshots.sh runs it in each language for
// docs/screenshots/policy-changes-<lang>.png.
#include "GuiFixture.h"
#include "Keyboard.h"
#include "StaffTestSupport.h"

#include "MainWindow.h"
#include "NoticeWatch.h"
#include "NoticesController.h"
#include "Session.h"
#include "SessionInternals.h"
#include "dialogs/PolicyChangesDialog.h"
#include "dialogs/PolicyDialog.h"
#include "models/NoticesModel.h"
#include "pages/NoticesPage.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"
#include "widgets/HeadingLabel.h"
#include "widgets/NotificationBanner.h"
#include "widgets/PolicyView.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;
using test::Keyboard;

class TestGuiNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noticesAreListedAndMarkedRead();
    void newPolicyArrivesAtNextSync();
    void whatChangedFromTheKeyboard();
    void declineLeadsToCancellation();
    void acceptWhilePausedIsSentOnce();
    void policyReaderLanguagesFindAndPdf();
    void contactGivesEmailAndAccount();

private:
    QWidget *window() const { return m_gui.window.get(); }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) { Keyboard::press(window(), k, mods); }
    void syncFromKeyboard();
    ui::NoticesController *notices() const { return m_gui.window->noticesUi(); }
    /// The policy notice's button, then Space: the "What changed" dialog.
    ui::PolicyChangesDialog *openChanges();
    int acceptancesQueued() const;
    void shot(QWidget *w, const QString &name);

    test::GuiFixture m_gui;
    std::unique_ptr<test::HttpTestClient> m_http;
    std::unique_ptr<test::ApiClient> m_api;
    test::Tokens m_kim;
    test::Tokens m_alice;
};

void TestGuiNotices::initTestCase()
{
    qRegisterMetaType<pd::Error>();
    test::GuiFixture::Options options;
    options.language = qEnvironmentVariable("PD_SCREENSHOT_LANG", u"en"_s);
    options.confirmSignOut = false;
    options.providerArgs = {u"--policy-version"_s, u"2025-05-14"_s};
    QVERIFY2(m_gui.setUp(options), qPrintable(m_gui.errorString()));
    QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.errorString()));
    QSignalSpy synced(m_gui.session.get(), &Session::syncFinished);
    QVERIFY2(m_gui.signInFromKeyboard(), qPrintable(m_gui.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 60000);
    QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
    SessionInternals::sender(*m_gui.session)->setBackoff(50, 500);

    m_http = std::make_unique<test::HttpTestClient>(m_gui.provider->url());
    m_api = std::make_unique<test::ApiClient>(m_gui.provider->url());
    m_kim = test::signIn(*m_http, u"kim"_s, u"demo-kim"_s);
    m_alice = test::signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(m_kim.ok());
    QVERIFY(m_alice.ok());
}

void TestGuiNotices::cleanupTestCase()
{
    m_gui.tearDown();
}

void TestGuiNotices::syncFromKeyboard()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.session->isSyncing(), 60000);
    QSignalSpy synced(m_gui.session.get(), &Session::syncFinished);
    key(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 60000);
    QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
}

void TestGuiNotices::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(w->grab().save(dir + u'/' + name + u".png"_s));
}

int TestGuiNotices::acceptancesQueued() const
{
    int n = 0;
    for (const QueuedAction &a : m_gui.session->actions()->actions())
        n += a.kind == ActionKind::AcceptPolicy ? 1 : 0;
    return n;
}

void TestGuiNotices::noticesAreListedAndMarkedRead()
{
    // What the provider tells alice: the rows the tab must list.
    const QJsonArray incidents = m_api->get(u"/v1/me/incidents"_s, m_alice.access).json()[u"items"_s].toArray();
    const QJsonArray disclosures = m_api->get(u"/v1/me/disclosures"_s, m_alice.access).json()[u"items"_s].toArray();
    QVERIFY2(!incidents.isEmpty(), "the demo data gives alice an incident");
    QVERIFY2(!disclosures.isEmpty(), "the demo data gives alice a disclosure");

    key(Qt::Key_9, Qt::ControlModifier);
    auto *page = qobject_cast<ui::NoticesPage *>(m_gui.window->tabs()->currentWidget());
    QVERIFY(page);
    QTableView *table = page->table();
    QCOMPARE(table->model()->rowCount(), int(incidents.size() + disclosures.size()));
    QVERIFY(notices()->policyBanner()->isHidden()); // alice accepted the only published version
    const int unreadBefore = m_gui.session->notices()->unreadCount();
    QCOMPARE(unreadBefore, table->model()->rowCount());

    // By id: the provider's texts are in the app's language (PD_SCREENSHOT_LANG), this call's in English.
    const QString id = incidents.first()[u"id"_s].toString();
    QVERIFY2(Keyboard::tabTo(window(), u"noticesTable"_s), qPrintable(Keyboard::focusName()));
    QVERIFY(Keyboard::arrowToRow(window(), table, [&](const QModelIndex &i) {
        return i.data(NoticesModel::IdRole).toString() == id;
    }));
    QString whatHappened;
    for (const Incident &i : m_gui.session->notices()->incidents())
        if (i.id == id)
            whatHappened = i.whatHappened;
    QVERIFY(!whatHappened.isEmpty());
    QTRY_VERIFY(page->detailsText().contains(whatHappened));
    // Marked read on this computer, and kept so in the cache (rows the arrow keys passed are read too).
    const auto isRead = [&] {
        for (const Incident &i : m_gui.session->notices()->incidents())
            if (i.id == id)
                return i.read;
        return false;
    };
    QTRY_VERIFY(isRead());
    QVERIFY(m_gui.session->notices()->unreadCount() < unreadBefore);
    QCOMPARE(m_gui.session->notices()->unreadCount(), table->model()->rowCount() - (table->currentIndex().row() + 1));
    shot(m_gui.window.get(), u"notices"_s);

    // Kim adds an update to the incident alice has open: after F5 it is announced and stays unread
    // (putting the selection back after the sync is not alice reading it).
    const test::HttpResult updated = m_api->act("POST", u"/v1/staff/incidents/"_s + id + u"/updates"_s, m_kim.access,
                                                QJsonObject{{u"text"_s, u"The fake site is down."_s}});
    QCOMPARE(updated.status, 201);
    syncFromKeyboard();
    QTRY_VERIFY(m_gui.window->banner()->message().contains(u"Ctrl+9"_s)); // after every queued step
    QVERIFY(!isRead());
    QCOMPARE(table->currentIndex().data(NoticesModel::IdRole).toString(), id);
}

void TestGuiNotices::newPolicyArrivesAtNextSync()
{
    const test::HttpResult published =
        m_api->act("POST", u"/v1/staff/policy/versions/2026-12-01/publish"_s, m_kim.access, QJsonObject());
    QVERIFY2(published.status == 200 || published.status == 201, qPrintable(QString::number(published.status)));
    QSignalSpy announced(m_gui.session.get(), &Session::noticesAnnounced);
    syncFromKeyboard();
    QTRY_COMPARE(announced.count(), 1);
    QCOMPARE(announced.at(0).at(0).value<NoticeNews>().newPolicyVersion, u"2026-12-01"_s);
    ui::NotificationBanner *banner = notices()->policyBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->message().contains(u"2026-12-01"_s));
    // It stays: no close button, and another sync does not take it away.
    QVERIFY(!banner->findChild<QWidget *>(u"bannerDismiss"_s)->isVisible());
    syncFromKeyboard();
    QVERIFY(banner->isVisible());
    QCOMPARE(m_gui.session->notices()->currentPolicyVersion(), u"2026-12-01"_s);
}

ui::PolicyChangesDialog *TestGuiNotices::openChanges()
{
    if (!Keyboard::tabTo(window(), u"policyBannerAction"_s))
        return nullptr;
    key(Qt::Key_Space);
    // Not QTRY_VERIFY: it returns nothing, and this returns the dialog (null when it never opened).
    (void)QTest::qWaitFor([] { return Keyboard::visibleTopLevel(u"policyChangesDialog"_s) != nullptr; }, 5000);
    auto *dialog = qobject_cast<ui::PolicyChangesDialog *>(Keyboard::visibleTopLevel(u"policyChangesDialog"_s));
    if (dialog && !test::GuiFixture::activate(dialog))
        return nullptr;
    return dialog;
}

void TestGuiNotices::whatChangedFromTheKeyboard()
{
    ui::PolicyChangesDialog *dialog = openChanges();
    QVERIFY2(dialog, qPrintable(Keyboard::focusName()));
    // The provider's change list, grouped: uses, recipients, retention (the demo's three changes).
    const QJsonArray changes = m_api->get(u"/v1/policy/versions/2026-12-01"_s, QByteArray()).json()[u"changes"_s].toArray();
    QVERIFY(changes.size() >= 3);
    QCOMPARE(dialog->groupTitles().size(), 3);
    QCOMPARE(dialog->groupTitles().first(), ui::PolicyChangesDialog::groupTitle(PolicyChangeKind::PurposeAdded));
    QCOMPARE(dialog->consentPurposes(), QStringList{u"support_ai_training"_s});
    QCOMPARE(dialog->findChildren<QFrame *>(QRegularExpression(u"^policyChange_"_s)).size(), int(changes.size()));
    shot(dialog, u"policy-changes"_s);

    // The full text, with the changed passages marked.
    QVERIFY2(Keyboard::tabTo(dialog, u"policyFullText"_s), qPrintable(Keyboard::focusName()));
    key(Qt::Key_Space);
    QTRY_VERIFY(Keyboard::visibleTopLevel(u"policyDialog"_s));
    auto *reader = qobject_cast<ui::PolicyDialog *>(Keyboard::visibleTopLevel(u"policyDialog"_s));
    QVERIFY(reader);
    QVERIFY(test::GuiFixture::activate(reader)); // as a window manager does with a new dialog
    QVERIFY(reader->view()->markedParagraphs() >= 1);
    shot(reader, u"policy-marked"_s);
    key(Qt::Key_Escape);
    QTRY_VERIFY(!Keyboard::visibleTopLevel(u"policyDialog"_s));
    QVERIFY(Keyboard::visibleTopLevel(u"policyChangesDialog"_s));
    QVERIFY(test::GuiFixture::activate(dialog)); // the window manager gives the keyboard back to it
    key(Qt::Key_Escape); // "Decide later"
    QTRY_VERIFY(!Keyboard::visibleTopLevel(u"policyChangesDialog"_s));
    QVERIFY(notices()->policyBanner()->isVisible());
    QCOMPARE(acceptancesQueued(), 0);
}

void TestGuiNotices::declineLeadsToCancellation()
{
    ui::PolicyChangesDialog *dialog = openChanges();
    QVERIFY2(dialog, qPrintable(Keyboard::focusName()));
    QVERIFY2(Keyboard::tabTo(dialog, u"policyDecline"_s), qPrintable(Keyboard::focusName()));
    key(Qt::Key_Space);
    QTRY_VERIFY(Keyboard::visibleTopLevel(u"cancelAccountDialog"_s));
    QWidget *cancel = Keyboard::visibleTopLevel(u"cancelAccountDialog"_s);
    QVERIFY(test::GuiFixture::activate(cancel));
    auto *reason = cancel->findChild<QPlainTextEdit *>(u"cancelReason"_s);
    QVERIFY(reason);
    QVERIFY(reason->toPlainText().contains(u"2026-12-01"_s));
    key(Qt::Key_Escape); // alice changes her mind: nothing is filed
    QTRY_VERIFY(!Keyboard::visibleTopLevel(u"cancelAccountDialog"_s));
    for (const QueuedAction &a : m_gui.session->actions()->actions())
        QVERIFY(a.kind != ActionKind::CancelAccount);
    QVERIFY(notices()->policyBanner()->isVisible());
}

void TestGuiNotices::acceptWhilePausedIsSentOnce()
{
    m_gui.session->pauseSending(); // as good as offline: the acceptance waits in the outbox
    ui::PolicyChangesDialog *dialog = openChanges();
    QVERIFY2(dialog, qPrintable(Keyboard::focusName()));
    QVERIFY2(Keyboard::tabTo(dialog, u"policyAccept"_s), qPrintable(Keyboard::focusName()));
    key(Qt::Key_Space);
    // Accepting gives no consent: the app asks about the new use separately.
    QTRY_VERIFY(Keyboard::visibleTopLevel(u"askConsentAfterPolicy"_s));
    QVERIFY(test::GuiFixture::activate(Keyboard::visibleTopLevel(u"askConsentAfterPolicy"_s)));
    key(Qt::Key_Escape); // "Not now"
    QTRY_VERIFY(!Keyboard::visibleTopLevel(u"askConsentAfterPolicy"_s));
    QCOMPARE(acceptancesQueued(), 1);
    QTRY_VERIFY(notices()->policyBanner()->isHidden()); // answered, though not sent yet
    QCOMPARE(m_api->get(u"/v1/me"_s, m_alice.access).json()[u"policy_version_accepted"_s].toString(), u"2025-05-14"_s);

    m_gui.session->resumeSending();
    QTRY_COMPARE_WITH_TIMEOUT(m_api->get(u"/v1/me"_s, m_alice.access).json()[u"policy_version_accepted"_s].toString(),
                              u"2026-12-01"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_gui.session->pendingActions() == 0, 30000);
    int atProvider = 0;
    for (const QJsonValue &r : m_api->get(u"/v1/me/requests?limit=500"_s, m_alice.access).json()[u"items"_s].toArray())
        atProvider += r[u"type"_s].toString() == u"accept_policy"_s ? 1 : 0;
    QCOMPARE(atProvider, 1);
    for (const QJsonValue &c : m_api->get(u"/v1/me/consents"_s, m_alice.access).json()[u"items"_s].toArray())
        if (c[u"purpose"_s].toString() == u"support_ai_training"_s)
            QCOMPARE(c[u"granted"_s].toBool(), false);
    syncFromKeyboard();
    QVERIFY(notices()->policyBanner()->isHidden());
}

void TestGuiNotices::policyReaderLanguagesFindAndPdf()
{
    key(Qt::Key_H, Qt::AltModifier);
    key(Qt::Key_P); // Help > Privacy policy
    QTRY_VERIFY(Keyboard::visibleTopLevel(u"policyDialog"_s));
    auto *reader = qobject_cast<ui::PolicyDialog *>(Keyboard::visibleTopLevel(u"policyDialog"_s));
    QVERIFY(reader);
    QVERIFY(test::GuiFixture::activate(reader));
    const QJsonObject en = m_api->get(u"/v1/policy"_s, QByteArray()).json();
    const int sections = int(en[u"sections"_s].toArray().size());
    QCOMPARE(reader->view()->sectionHeadings().size(), sections);

    // Every language the provider serves, each a translation of the English (except English).
    QVERIFY2(Keyboard::tabTo(reader, u"policyLanguage"_s), qPrintable(Keyboard::focusName()));
    const QString start = reader->language();
    for (int i = 0; i < 3; ++i) {
        const bool english = reader->language() == u"en"_s;
        QCOMPARE(reader->view()->policy().isTranslation, !english);
        QCOMPARE(reader->findChild<QLabel *>(u"translationNote"_s) != nullptr, !english);
        QCOMPARE(reader->view()->sectionHeadings().size(), sections);
        key(reader->language() == u"zh-CN"_s ? Qt::Key_Home : Qt::Key_Down);
    }
    QCOMPARE(reader->language(), start);
    while (reader->language() != u"en"_s)
        key(Qt::Key_Up);

    // Find: the first match is selected where the focus lands.
    const QString word = en[u"sections"_s].toArray().at(2)[u"title"_s].toString();
    key(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(Keyboard::focusName(), u"policyFind"_s);
    QVERIFY(Keyboard::type(word));
    key(Qt::Key_Return);
    auto *hit = qobject_cast<QLabel *>(QApplication::focusWidget());
    QVERIFY2(hit, qPrintable(Keyboard::focusName() + u" / "_s + reader->findChild<QLabel *>(u"policyFindStatus"_s)->text()
                             + u" / "_s + word)); // the match gets the focus
    QCOMPARE(hit->selectedText(), word);

    // Saved as PDF, the text reads back with every section title.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"policy.pdf"_s);
    QVERIFY(reader->savePdf(pdf));
    QVERIFY(!reader->savePdf(dir.filePath(u"no-such-folder/policy.pdf"_s))); // said, not pretended
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is installed by scripts/install-deps.sh");
    QProcess p;
    p.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const QJsonValue &s : en[u"sections"_s].toArray())
        QVERIFY2(text.contains(s[u"title"_s].toString()), qPrintable(s[u"title"_s].toString()));
    key(Qt::Key_Escape);
    QTRY_VERIFY(!Keyboard::visibleTopLevel(u"policyDialog"_s));
}

void TestGuiNotices::contactGivesEmailAndAccount()
{
    key(Qt::Key_H, Qt::AltModifier);
    key(Qt::Key_C); // Help > Contact
    QTRY_VERIFY(Keyboard::visibleTopLevel(u"contactDialog"_s));
    QWidget *contact = Keyboard::visibleTopLevel(u"contactDialog"_s);
    QVERIFY(test::GuiFixture::activate(contact));
    const QJsonObject policy = m_api->get(u"/v1/policy"_s, QByteArray()).json();
    QCOMPARE(contact->findChild<QLabel *>(u"contactEmail"_s)->text(), policy[u"contact"_s][u"email"_s].toString());
    QCOMPARE(contact->findChild<QLabel *>(u"contactPhone"_s)->text(), policy[u"contact"_s][u"phone"_s].toString());
    QCOMPARE(contact->findChild<QLabel *>(u"contactAccountId"_s)->text(), m_gui.session->account().accountId);
    key(Qt::Key_Escape);
    QTRY_VERIFY(!Keyboard::visibleTopLevel(u"contactDialog"_s));
}

QTEST_MAIN(TestGuiNotices)
#include "tst_gui_notices.moc"
