// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's Access log from the keyboard alone (issue 9), against the real reference provider
// over HTTP on 127.0.0.1: alice signs in; sam (staff) opens her data under a grant; after a sync
// (F5) Ctrl+8 shows the entry with sam's pseudonym and the reason in words. Alice switches on
// "Ask me first" with the keyboard; sam asks for two more grants, which wait; alice approves one and
// declines the other, and the provider then has one active and one declined. Sam asks a question
// on a complaint of alice's; she answers it with Reply… and the provider has exactly one reply.
//
// As in tst_gui_staff, the test sends keys where the focus is and does only what a window manager
// would besides (activating the window that should have the keyboard). It reads widgets, models
// and the provider to check; it never calls a slot, sets an index or clicks. Sam's side is the
// provider's staff API, called as the staff tests call it (tests/provider/StaffTestSupport.h).
//
// Language-neutral (expected texts come from the app's own labels or the provider), so
// scripts/screenshots.sh runs it in each language for docs/screenshots/access-log-<lang>.png.
#include "GuiFixture.h"
#include "Keyboard.h"
#include "StaffTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionInternals.h"
#include "models/AccessLogModel.h"
#include "models/Labels.h"
#include "models/RequestsModel.h"
#include "pages/AccessLogPage.h"
#include "store/Outbox.h"
#include "sync/OutboxSender.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;
using test::Keyboard;

// A helper's failed check ends the test function too.
#define SYNC_FROM_KEYBOARD()                                                                                           \
    do {                                                                                                               \
        syncFromKeyboard();                                                                                            \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestGuiAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void staffLookIsListed();
    void askMeFirstFromTheKeyboard();
    void approveOneDeclineAnother();
    void replyToAQuestion();

private:
    QWidget *window() const { return m_gui.window.get(); }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) { Keyboard::press(window(), k, mods); }
    /// F5, then waits until the sync it started has finished without error.
    void syncFromKeyboard();
    /// Ctrl+8: the Access log tab.
    ui::AccessLogPage *openAccessLog();
    /// Sam asks for a grant on alice's data; the provider's answer.
    test::HttpResult askForGrant(const QString &ticket);
    QString grantStatus(const QString &id);
    qint64 lastSeq() const;
    bool isSent(qint64 seq) const;
    QJsonArray repliesAtProvider(const QString &id);
    void shot(const QString &name);

    test::GuiFixture m_gui;
    std::unique_ptr<test::HttpTestClient> m_http;
    std::unique_ptr<test::ApiClient> m_api;
    test::Tokens m_sam;
    test::Tokens m_alice;
};

void TestGuiAccess::initTestCase()
{
    qRegisterMetaType<pd::Error>();
    test::GuiFixture::Options options;
    // English goes through its catalogue as in the app (plural forms); scripts/screenshots.sh asks for others.
    options.language = qEnvironmentVariable("PD_SCREENSHOT_LANG", u"en"_s);
    options.confirmSignOut = false;
    QVERIFY2(m_gui.setUp(options), qPrintable(m_gui.errorString()));
    QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.errorString()));
    QSignalSpy synced(m_gui.session.get(), &Session::syncFinished);
    QVERIFY2(m_gui.signInFromKeyboard(), qPrintable(m_gui.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 60000);
    QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
    QCOMPARE(m_gui.session->state(), Session::State::SignedIn);
    // Short backoff: the test waits for sends, not for the real minutes-long ceiling.
    SessionInternals::sender(*m_gui.session)->setBackoff(50, 500);

    m_http = std::make_unique<test::HttpTestClient>(m_gui.provider->url());
    m_api = std::make_unique<test::ApiClient>(m_gui.provider->url());
    m_sam = test::signIn(*m_http, u"sam"_s, u"demo-sam"_s);
    m_alice = test::signIn(*m_http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(m_sam.ok());
    QVERIFY(m_alice.ok());
    QCOMPARE(m_gui.session->askFirst(), std::optional<bool>(false));
}

void TestGuiAccess::cleanupTestCase()
{
    m_gui.tearDown();
}

void TestGuiAccess::syncFromKeyboard()
{
    // A sync already under way (after an action was sent) may have started before the change to
    // fetch: let it end, then ask for a new one.
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.session->isSyncing(), 60000);
    QSignalSpy synced(m_gui.session.get(), &Session::syncFinished);
    key(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 60000);
    QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
}

ui::AccessLogPage *TestGuiAccess::openAccessLog()
{
    key(Qt::Key_8, Qt::ControlModifier);
    return qobject_cast<ui::AccessLogPage *>(m_gui.window->tabs()->currentWidget());
}

test::HttpResult TestGuiAccess::askForGrant(const QString &ticket)
{
    return test::openAliceGrant(*m_api, m_sam.access, ticket);
}

QString TestGuiAccess::grantStatus(const QString &id)
{
    return m_api->get(u"/v1/staff/grants/"_s + id, m_sam.access).json()[u"status"_s].toString();
}

qint64 TestGuiAccess::lastSeq() const
{
    const QList<OutboxItem> all = SessionInternals::outbox(*m_gui.session)->items();
    return all.isEmpty() ? 0 : all.constLast().seq;
}

bool TestGuiAccess::isSent(qint64 seq) const
{
    // Sent, and announced (the acknowledgement is written on another thread, then told).
    const auto item = SessionInternals::outbox(*m_gui.session)->item(seq);
    return item && item->state == OutboxItem::State::Sent && !SessionInternals::sender(*m_gui.session)->isRecording(seq);
}

QJsonArray TestGuiAccess::repliesAtProvider(const QString &id)
{
    QJsonArray out;
    for (const QJsonValue &m : m_api->get(u"/v1/staff/requests/"_s + id, m_sam.access).json()[u"messages"_s].toArray())
        if (m[u"kind"_s].toString() == u"reply"_s)
            out.append(m);
    return out;
}

void TestGuiAccess::shot(const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(m_gui.window->grab().save(dir + u'/' + name + u".png"_s));
}

void TestGuiAccess::staffLookIsListed()
{
    // Sam opens alice's data (Ask me first is off: the grant is active at once).
    const test::HttpResult g = askForGrant(u"T-4711"_s);
    QCOMPARE(g.status, 201);
    QCOMPARE(g.json()[u"status"_s].toString(), u"active"_s);
    // What the provider records for alice: the entry the app must list, under sam's pseudonym.
    QJsonObject opened;
    for (const QJsonValue &e : m_api->get(u"/v1/me/access-log?limit=500"_s, m_alice.access).json()[u"items"_s].toArray())
        if (e[u"action"_s].toString() == u"grant_opened"_s && e[u"ticket"_s].toString() == u"T-4711"_s)
            opened = e.toObject();
    QVERIFY(!opened.isEmpty());
    const QString pseudonym = opened[u"staff"_s].toString();
    QVERIFY(!pseudonym.isEmpty());
    QVERIFY2(!pseudonym.contains(u"Sam"_s), qPrintable(pseudonym)); // never the staff member's name

    SYNC_FROM_KEYBOARD();
    ui::AccessLogPage *page = openAccessLog();
    QVERIFY(page);
    QTableView *table = page->table();
    QVERIFY(table->model());
    const auto isOpened = [](const QModelIndex &i) {
        return i.siblingAtColumn(AccessLogModel::Ticket).data().toString() == u"T-4711"_s
               && i.data(AccessLogModel::ActionCodeRole).toString() == u"grant_opened"_s;
    };
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r)
        if (isOpened(table->model()->index(r, 0)))
            row = r;
    QVERIFY2(row >= 0, "the grant sam opened is not in the Access log");
    QAbstractItemModel *m = table->model();
    QCOMPARE(m->index(row, AccessLogModel::Staff).data().toString(), pseudonym);
    QCOMPARE(m->index(row, AccessLogModel::Reason).data().toString(), Labels::accessReason(u"customer_request"_s));

    // From the keyboard: Tab to the log, arrow to the entry, Enter reads its details.
    QVERIFY2(Keyboard::tabTo(window(), u"accessTable"_s), qPrintable(Keyboard::focusName()));
    QVERIFY(Keyboard::arrowToRow(window(), table, isOpened));
    key(Qt::Key_Return);
    QCOMPARE(Keyboard::focusName(), u"accessDetails"_s);
    const QString details = page->detailsText();
    QVERIFY2(details.contains(pseudonym), qPrintable(details));
    QVERIFY2(details.contains(Labels::accessReason(u"customer_request"_s)), qPrintable(details));
    QVERIFY2(details.contains(u"T-4711"_s), qPrintable(details));
}

void TestGuiAccess::askMeFirstFromTheKeyboard()
{
    ui::AccessLogPage *page = openAccessLog();
    QVERIFY(page);
    QCheckBox *askFirst = page->askFirstBox();
    QVERIFY(!askFirst->isChecked());
    QVERIFY2(Keyboard::tabTo(window(), u"accessAskFirst"_s), qPrintable(Keyboard::focusName()));
    const qint64 before = lastSeq();
    key(Qt::Key_Space);
    QVERIFY(askFirst->isChecked());
    QCOMPARE(m_gui.session->askFirst(), std::optional<bool>(true));
    QTRY_VERIFY(lastSeq() > before);
    const qint64 seq = lastSeq();
    QTRY_VERIFY_WITH_TIMEOUT(isSent(seq), 30000);
    QCOMPARE(m_api->get(u"/v1/me/access-settings"_s, m_alice.access).json()[u"ask_first"_s].toBool(), true);
    // From now on a staff look waits for alice.
}

void TestGuiAccess::approveOneDeclineAnother()
{
    const test::HttpResult first = askForGrant(u"T-5000"_s);
    const test::HttpResult second = askForGrant(u"T-5001"_s);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(first.json()[u"status"_s].toString(), u"pending"_s);
    QCOMPARE(second.json()[u"status"_s].toString(), u"pending"_s);
    const QString approveId = first.json()[u"id"_s].toString();
    const QString declineId = second.json()[u"id"_s].toString();

    SYNC_FROM_KEYBOARD();
    ui::AccessLogPage *page = openAccessLog();
    QVERIFY(page);
    QListWidget *pending = page->pendingList();
    QTRY_COMPARE(pending->count(), 2);
    QVERIFY(page->askFirstBox()->isChecked());
    // Each waiting grant says who asks and why (the reason in words, the ticket).
    for (int i = 0; i < pending->count(); ++i) {
        const QString text = pending->item(i)->text();
        QVERIFY2(text.contains(Labels::accessReason(u"customer_request"_s)), qPrintable(text));
        QVERIFY2(text.contains(u"T-5000"_s) || text.contains(u"T-5001"_s), qPrintable(text));
    }
    QVERIFY2(Keyboard::tabTo(window(), u"accessPending"_s), qPrintable(Keyboard::focusName()));
    shot(u"access-log"_s); // two staff requests waiting for alice, and the log below

    // Approve the first: arrow to it, Tab to Approve, Space.
    const auto grantIs = [](const QString &id) {
        return [id](const QModelIndex &i) { return i.data(Qt::UserRole).toString() == id; };
    };
    QVERIFY(Keyboard::arrowToRow(window(), pending, grantIs(approveId)));
    QVERIFY2(Keyboard::tabTo(window(), u"accessApprove"_s, 3), qPrintable(Keyboard::focusName()));
    qint64 before = lastSeq();
    key(Qt::Key_Space);
    QTRY_VERIFY(lastSeq() > before);
    QCOMPARE(m_gui.session->queuedGrantDecision(approveId), std::optional<bool>(true));
    const qint64 approveSeq = lastSeq();
    QTRY_VERIFY_WITH_TIMEOUT(isSent(approveSeq), 30000);
    QCOMPARE(grantStatus(approveId), u"active"_s);

    // Decline the other: the focus is back on the list; arrow to it, Tab to Decline, Space.
    QCOMPARE(Keyboard::focusName(), u"accessPending"_s);
    QVERIFY(Keyboard::arrowToRow(window(), pending, grantIs(declineId)));
    QVERIFY2(Keyboard::tabTo(window(), u"accessDecline"_s, 3), qPrintable(Keyboard::focusName()));
    before = lastSeq();
    key(Qt::Key_Space);
    QTRY_VERIFY(lastSeq() > before);
    const qint64 declineSeq = lastSeq();
    QTRY_VERIFY_WITH_TIMEOUT(isSent(declineSeq), 30000);
    QCOMPARE(grantStatus(declineId), u"declined"_s);
    QCOMPARE(grantStatus(approveId), u"active"_s);
    // Sam cannot look through the declined one.
    QCOMPARE(m_api->get(u"/v1/staff/grants/"_s + declineId + u"/personal"_s, m_sam.access).status, 403);

    // Nothing waits any more.
    SYNC_FROM_KEYBOARD();
    QTRY_VERIFY(m_gui.session->pendingGrants().isEmpty());
    QCOMPARE(pending->count(), 1); // the line that says nothing waits
    QVERIFY(!(pending->item(0)->flags() & Qt::ItemIsSelectable));
    QVERIFY(!page->approveButton()->isEnabled());
    QVERIFY(!page->declineButton()->isEnabled());
}

void TestGuiAccess::replyToAQuestion()
{
    // Alice complains, from the keyboard: Ctrl+N, "Complaint or suggestion…" (M), subject, message.
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(QApplication::activePopupWidget() != nullptr);
    key(Qt::Key_M);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = Keyboard::visibleTopLevel(u"complaintDialog"_s)) != nullptr);
    QVERIFY(test::GuiFixture::activate(dialog));
    QCOMPARE(Keyboard::focusName(), u"complaintSubject"_s);
    QVERIFY(Keyboard::type(u"Bill"_s));
    key(Qt::Key_Tab);
    QCOMPARE(Keyboard::focusName(), u"complaintMessage"_s);
    QVERIFY(Keyboard::type(u"A charge I do not recognise."_s));
    const qint64 before = lastSeq();
    QPointer<QWidget> guard(dialog);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_VERIFY(lastSeq() > before);
    const qint64 seq = lastSeq();
    QTRY_VERIFY_WITH_TIMEOUT(isSent(seq), 30000);
    const QString id = SessionInternals::outbox(*m_gui.session)->item(seq)->serverId;
    QVERIFY(!id.isEmpty());

    // Sam asks alice a question about it, through the staff API.
    const QString question = u"Which invoice number is the charge on?"_s;
    const test::HttpResult asked = test::staffAct(*m_api, m_sam.access, id,
                                                  QJsonObject{{u"action"_s, u"ask_info"_s}, {u"question"_s, question}});
    QVERIFY2(asked.status == 200, asked.body.constData());
    SYNC_FROM_KEYBOARD();
    QTRY_VERIFY(m_gui.session->trackedRequest(id) && m_gui.session->trackedRequest(id)->status == RequestStatus::NeedsInfo);

    // Requests tab (Ctrl+7), Tab to the table, arrow to the request, Tab to Reply…, Space.
    key(Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_gui.window->tabs()->currentWidget()->objectName(), u"requestsPage"_s);
    QVERIFY2(Keyboard::tabTo(window(), u"requestsTable"_s), qPrintable(Keyboard::focusName()));
    auto *requests = qobject_cast<QTableView *>(QApplication::focusWidget());
    QVERIFY(requests);
    QVERIFY(Keyboard::arrowToRow(window(), requests, [&id](const QModelIndex &i) {
        return i.data(RequestsModel::RequestIdRole).toString() == id;
    }));
    QVERIFY2(Keyboard::tabTo(window(), u"requestsReply"_s, 20), qPrintable(Keyboard::focusName()));
    key(Qt::Key_Space);
    QTRY_VERIFY((dialog = Keyboard::visibleTopLevel(u"replyDialog"_s)) != nullptr);
    QVERIFY(test::GuiFixture::activate(dialog));
    // The question as sam wrote it, and the focus in the reply.
    auto *questionLabel = dialog->findChild<QWidget *>(u"replyQuestion"_s);
    QVERIFY(questionLabel);
    QCOMPARE(questionLabel->property("text").toString(), question);
    QCOMPARE(Keyboard::focusName(), u"replyText"_s);
    QVERIFY(Keyboard::type(u"Invoice INV-2026-0042."_s));
    const qint64 beforeReply = lastSeq();
    guard = dialog;
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_VERIFY(lastSeq() > beforeReply);
    const qint64 replySeq = lastSeq();
    QTRY_VERIFY_WITH_TIMEOUT(isSent(replySeq), 30000);

    QJsonArray replies = repliesAtProvider(id);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0)[u"text"_s].toString(), u"Invoice INV-2026-0042."_s);
    // A sync later, still exactly one; the request is back with staff.
    SYNC_FROM_KEYBOARD();
    QCOMPARE(repliesAtProvider(id).size(), 1);
    QCOMPARE(m_gui.session->trackedRequest(id)->status, RequestStatus::InReview);
}

QTEST_MAIN(TestGuiAccess)
#include "tst_gui_access.moc"
