// SPDX-License-Identifier: GPL-3.0-or-later
// The staff workspace from the keyboard alone (issue 9), against the real reference provider: sam
// (staff) signs in and gets the workspace instead of the customer tabs, filters the queue, opens a
// request with Enter, assigns it to himself and rejects it with a reason; finds alice, opens her data
// with an access grant, sees it read-only and ends the access. kim (supervisor) has the Audit tab and
// Verify says the log is intact; sam has no Audit tab.
//
// As in tst_gui_keyboard, the test sends keys where the focus is and does only what a window
// manager would besides (activating the window that should have the keyboard). It reads widgets
// and models to check; it never calls a slot, sets an index or clicks.
#include "GuiFixture.h"
#include "Keyboard.h"
#include "MainWindow.h"
#include "Page.h"
#include "Session.h"
#include "models/Labels.h"
#include "models/PersonalModel.h"
#include "models/StaffQueueModel.h"
#include "pages/WelcomePage.h"
#include "staff/AuditPage.h"
#include "staff/CustomerFrame.h"
#include "staff/CustomersPage.h"
#include "staff/GrantDialog.h"
#include "staff/ProcessRequestDialog.h"
#include "staff/RefusalsPage.h"
#include "staff/StaffDesk.h"
#include "staff/StaffQueuePage.h"
#include "staff/StaffText.h"
#include "staff/StaffWorkspace.h"
#include "widgets/NotificationBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace pd;
using namespace pd::ui;

class TestGuiStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void samGetsTheWorkspaceNotTheCustomerTabs();
    void queueFiltersFromTheKeyboard();
    void processARequestFromTheKeyboard();
    void openACustomerWithAGrantAndEndIt();
    void screenshots();
    void kimVerifiesTheAuditLog();

private:
    static void key(QWidget *window, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        test::Keyboard::press(window, key, mods);
    }
    static void type(const QString &text) { QVERIFY(test::Keyboard::type(text)); }
    static QString focusName() { return test::Keyboard::focusName(); }
    static bool tabTo(QWidget *window, const QString &name) { return test::Keyboard::tabTo(window, name); }
    static bool arrowToRow(QWidget *window, QAbstractItemView *view, const std::function<bool(const QModelIndex &)> &match)
    {
        return test::Keyboard::arrowToRow(window, view, match);
    }
    static QWidget *visibleTopLevel(const QString &name) { return test::Keyboard::visibleTopLevel(name); }
    void signIn(test::GuiFixture &gui);
    /// Customers tab (Ctrl+2), Ctrl+F, "alice", Enter, Enter on the hit: the grant dialog, active.
    GrantDialog *askToOpenAlice();
    /// Enter in the filled-in grant dialog: the frame once it shows the customer's data, or nullptr.
    CustomerFrame *askForAccess(GrantDialog *dialog);
    void shot(QWidget *w, const QString &name);
    StaffWorkspace *workspace() const { return m_gui.window->staffWorkspace(); }

    test::GuiFixture m_gui;
    QTemporaryDir m_shots;
};

void TestGuiStaff::initTestCase()
{
    test::GuiFixture::Options options;
    options.user = QStringLiteral("sam");
    options.password = QStringLiteral("demo-sam");
    options.confirmSignOut = false;
    // scripts/screenshots.sh runs the screenshots case alone in each language; the other cases read English.
    options.language = qEnvironmentVariable("PD_SCREENSHOT_LANG");
    QVERIFY2(m_gui.setUp(options), qPrintable(m_gui.errorString()));
    QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.errorString()));
    signIn(m_gui);
}

void TestGuiStaff::cleanupTestCase()
{
    m_gui.tearDown();
}

void TestGuiStaff::signIn(test::GuiFixture &gui)
{
    QCOMPARE(gui.window->findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget(),
             gui.window->welcomePage());
    QVERIFY2(gui.signInFromKeyboard(), qPrintable(gui.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(gui.window->staffWorkspace() != nullptr, 60000);
    QCOMPARE(gui.session->state(), Session::State::SignedIn);
}

GrantDialog *TestGuiStaff::askToOpenAlice()
{
    QWidget *window = m_gui.window.get();
    CustomersPage *page = workspace()->customersPage();
    key(window, Qt::Key_2, Qt::ControlModifier);
    if (workspace()->tabs()->currentWidget() != page)
        return nullptr;
    key(window, Qt::Key_F, Qt::ControlModifier);
    if (focusName() != QLatin1String("customerSearch"))
        return nullptr;
    key(window, Qt::Key_A, Qt::ControlModifier); // over an earlier search
    if (!test::Keyboard::type(QStringLiteral("alice")))
        return nullptr;
    key(window, Qt::Key_Return);
    // The results of this search (an earlier one's may still be listed) take the focus.
    if (!QTest::qWaitFor([page] { return focusName() == QLatin1String("customerResults") && page->results()->count() >= 1; },
                         15000)
        || !page->results()->currentItem()->text().contains(QStringLiteral("Alice Chan")))
        return nullptr;
    key(window, Qt::Key_Return);
    QWidget *shown = nullptr;
    if (!QTest::qWaitFor([&shown] { return (shown = visibleTopLevel(QStringLiteral("grantDialog"))) != nullptr; }, 10000))
        return nullptr;
    auto *dialog = qobject_cast<GrantDialog *>(shown);
    return dialog && test::GuiFixture::activate(dialog) ? dialog : nullptr;
}

CustomerFrame *TestGuiStaff::askForAccess(GrantDialog *dialog)
{
    QPointer<QWidget> guard(dialog);
    key(dialog, Qt::Key_Return);
    CustomersPage *page = workspace()->customersPage();
    if (!QTest::qWaitFor([&guard] { return !guard || !guard->isVisible(); }) || !QTest::qWaitFor([page] {
            return page->frame() != nullptr && page->frame()->isShowingData();
        }, 15000))
        return nullptr;
    return page->frame();
}

void TestGuiStaff::shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR", m_shots.path());
    QApplication::processEvents();
    const QImage img = w->grab().toImage();
    QVERIFY(!img.isNull() && img.width() > 400 && img.height() > 300);
    QVERIFY(img.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestGuiStaff::samGetsTheWorkspaceNotTheCustomerTabs()
{
    auto *stack = m_gui.window->findChild<QStackedWidget *>(QStringLiteral("mainStack"));
    QCOMPARE(stack->currentWidget(), workspace());
    QVERIFY(!m_gui.window->tabs()->isVisible());
    QVERIFY(workspace()->isVisible());
    QVERIFY(m_gui.window->windowTitle().contains(QStringLiteral("Staff")));
    QTabWidget *tabs = workspace()->tabs();
    QCOMPARE(tabs->count(), 2); // Requests queue, Customers: no Audit, no Refusals for staff
    QVERIFY(workspace()->auditPage() == nullptr);
    QVERIFY(m_gui.window->findChild<AuditPage *>() == nullptr);
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(!Labels::withoutMnemonic(tabs->tabText(i)).contains(QStringLiteral("Audit")), qPrintable(tabs->tabText(i)));
    // Nothing acts on sam's own data as a customer: the Actions menu's entries are all off.
    auto *actions = m_gui.window->findChild<QMenu *>(QStringLiteral("actionsMenu"));
    QVERIFY(actions && !actions->actions().isEmpty());
    for (QAction *a : actions->actions())
        QVERIFY2(!a->isEnabled() || a->isSeparator(), qPrintable(a->text()));
    // The status line speaks of the queue and the steps, not of sam's own records.
    QTRY_VERIFY(m_gui.window->statusText().contains(QStringLiteral("Queue")));
}

void TestGuiStaff::queueFiltersFromTheKeyboard()
{
    QWidget *window = m_gui.window.get();
    StaffQueuePage *page = workspace()->queuePage();
    QTableView *table = page->table();
    QTRY_VERIFY_WITH_TIMEOUT(workspace()->desk()->queueFetchedAt().isValid(), 30000);
    QTRY_VERIFY(table->model()->rowCount() > 3);
    const int all = table->model()->rowCount();

    key(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(workspace()->tabs()->currentWidget(), page);
    // Ctrl+F goes to the first filter (the type); the arrow keys choose in a closed combo box.
    key(window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("queueTypeFilter"));
    auto *type = qobject_cast<QComboBox *>(QApplication::focusWidget());
    const int complaint = type->findData(int(RequestType::Complaint));
    QVERIFY(complaint > 0);
    while (type->currentIndex() < complaint)
        key(window, Qt::Key_Down);
    QTRY_VERIFY(table->model()->rowCount() < all);
    QVERIFY(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, 0).data(StaffQueueModel::TypeRole).toInt(), int(RequestType::Complaint));
    QVERIFY2(page->summaryText().contains(QStringLiteral("Showing")), qPrintable(page->summaryText()));
    while (type->currentIndex() > 0)
        key(window, Qt::Key_Up);
    QTRY_COMPARE(table->model()->rowCount(), all);

    // Overdue only: a check box, toggled with its mnemonic.
    QVERIFY2(tabTo(window, QStringLiteral("queueOverdueFilter")), qPrintable(focusName()));
    key(window, Qt::Key_Space);
    QTRY_VERIFY(table->model()->rowCount() < all);
    QVERIFY(table->model()->rowCount() > 0); // the demo data has overdue requests
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        QVERIFY(table->model()->index(r, 0).data(StaffQueueModel::OverdueRole).toBool());
        QVERIFY(table->model()->index(r, StaffQueueModel::DaysLeft).data().toString().contains(QStringLiteral("overdue")));
    }
    key(window, Qt::Key_Space);
    QTRY_COMPARE(table->model()->rowCount(), all);
}

void TestGuiStaff::processARequestFromTheKeyboard()
{
    QWidget *window = m_gui.window.get();
    StaffQueuePage *page = workspace()->queuePage();
    QTableView *table = page->table();
    key(window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY2(tabTo(window, QStringLiteral("queueTable")), qPrintable(focusName()));
    // An open request nobody has taken yet.
    QVERIFY(arrowToRow(window, table, [](const QModelIndex &i) {
        return i.data(StaffQueueModel::StatusRole).toInt() == int(RequestStatus::Received)
               && i.data(StaffQueueModel::AssigneeRole).toString().isEmpty();
    }));
    const QString id = table->currentIndex().data(StaffQueueModel::IdRole).toString();
    QVERIFY(!id.isEmpty());

    key(window, Qt::Key_Return);
    QWidget *dialogWidget = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialogWidget = visibleTopLevel(QStringLiteral("processRequestDialog"))) != nullptr, 10000);
    auto *dialog = qobject_cast<ProcessRequestDialog *>(dialogWidget);
    QVERIFY(dialog);
    QVERIFY(test::GuiFixture::activate(dialog));
    QVERIFY(dialog->windowTitle().contains(id));
    // What the customer asked is fetched and shown (held in memory only).
    QTRY_VERIFY_WITH_TIMEOUT(dialog->detailsText().contains(QStringLiteral("What the customer asked")), 15000);

    // Assign to me (Alt+M): the queue shows the request as mine.
    key(dialog, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(QStringLiteral("Done")), 15000);
    const StaffQueueModel *queue = workspace()->desk()->queue();
    QTRY_VERIFY(queue->requestAt(queue->rowOf(id)).assignedToMe);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("processAssign"))->isEnabled());

    // Reject (Alt+R): the reason list has focus; an empty explanation is refused next to the field.
    // The steps are offered again once the request as the provider now has it is shown.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("processReject"))->isEnabled(), 15000);
    // A mnemonic clicks its button a moment later (QAbstractButton::animateClick).
    key(dialog, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(dialog->form(), ProcessRequestDialog::Form::Reject);
    QTRY_COMPARE(focusName(), QStringLiteral("processRejectCode"));
    auto *code = qobject_cast<QComboBox *>(QApplication::focusWidget());
    const int repetitive = code->findData(QStringLiteral("repetitive"));
    while (code->currentIndex() < repetitive)
        key(dialog, Qt::Key_Down);
    QCOMPARE(code->currentData().toString(), QStringLiteral("repetitive"));
    key(dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!dialog->problemText(QStringLiteral("processRejectTextProblem")).isEmpty());
    QCOMPARE(focusName(), QStringLiteral("processRejectText"));
    QCOMPARE(queue->requestAt(queue->rowOf(id)).status, RequestStatus::Received); // nothing was sent
    type(QStringLiteral("You asked for the same thing last week; we answered it then."));
    key(dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->problemText(QStringLiteral("processRejectTextProblem")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(queue->requestAt(queue->rowOf(id)).status == RequestStatus::Rejected, 15000);
    QTRY_VERIFY(dialog->statusText().contains(Labels::staffRequestStatus(RequestStatus::Rejected, {})));
    // The refusal, as the provider now has it, is told once (not again in the history).
    const QString refusal = QStringLiteral("You asked for the same thing last week");
    QTRY_VERIFY_WITH_TIMEOUT(dialog->detailsText().contains(refusal), 15000);
    QCOMPARE(dialog->detailsText().count(refusal), 1);
    QVERIFY(dialog->detailsText().contains(StaffText::rejectionReason(QStringLiteral("repetitive")))); 
    // Closed: no step is offered any more.
    for (const char *name : {"processAssign", "processReview", "processAsk", "processComplete", "processReject", "processExtend"})
        QVERIFY2(!dialog->findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);

    QPointer<QWidget> guard(dialog);
    key(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    // The queue's row says the new status in words.
    const int row = queue->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(queue->index(row, StaffQueueModel::Status).data().toString(),
             Labels::staffRequestStatus(RequestStatus::Rejected, {}));
    // The keyboard is back in the queue, once the window is active again (as a window manager does).
    QVERIFY(test::GuiFixture::activate(window));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
}

void TestGuiStaff::openACustomerWithAGrantAndEndIt()
{
    QWidget *window = m_gui.window.get();
    CustomersPage *page = workspace()->customersPage();
    // Enter on a customer asks for the grant first.
    GrantDialog *dialog = askToOpenAlice();
    QVERIFY(dialog);
    // Nothing filled in: each required field says what is missing, and the focus goes to the first.
    key(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->problemText(QStringLiteral("grantTicketProblem")).isEmpty());
    QVERIFY(!dialog->problemText(QStringLiteral("grantJustificationProblem")).isEmpty());
    QVERIFY(!dialog->problemText(QStringLiteral("grantCategoriesProblem")).isEmpty());
    QCOMPARE(focusName(), QStringLiteral("grantTicket"));
    QVERIFY(page->frame() == nullptr);

    // Reason: "The customer asked for help" is the first; the ticket, one sentence, personal details.
    key(dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(focusName(), QStringLiteral("grantReason"));
    key(dialog, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(focusName(), QStringLiteral("grantTicket"));
    type(QStringLiteral("T-77"));
    key(dialog, Qt::Key_J, Qt::AltModifier);
    type(QStringLiteral("Alice asked why her address is wrong on the invoice."));
    key(dialog, Qt::Key_P, Qt::AltModifier);
    auto *personal = dialog->findChild<QCheckBox *>(QStringLiteral("grantCategory_registration"));
    QTRY_VERIFY(personal->isChecked());
    QCOMPARE(dialog->request().categories, QList<Category>{Category::Registration});
    QCOMPARE(dialog->request().minutes, 30);
    // Alice's data, read-only, in the staff frame.
    CustomerFrame *frame = askForAccess(dialog);
    QVERIFY(frame);
    QVERIFY(frame->isVisible());
    QVERIFY2(frame->bannerText().contains(QStringLiteral("read-only")), qPrintable(frame->bannerText()));
    QVERIFY(frame->bannerText().contains(QStringLiteral("T-77")));
    QVERIFY(frame->bannerText().contains(QStringLiteral("Alice Chan")));
    auto *personalTable = frame->findChild<QTableView *>(QStringLiteral("personalTable"));
    QVERIFY(personalTable);
    QTRY_VERIFY_WITH_TIMEOUT(personalTable->model() && personalTable->model()->rowCount() > 0, 15000);
    bool nameShown = false;
    for (int r = 0; r < personalTable->model()->rowCount(); ++r)
        nameShown = nameShown || personalTable->model()->index(r, PersonalModel::Value).data().toString() == QStringLiteral("Alice Chan");
    QVERIFY(nameShown);
    auto *heading = frame->findChild<QLabel *>(QStringLiteral("overviewName"));
    QVERIFY(heading && heading->text().contains(QStringLiteral("Alice Chan")));
    // Nothing can be changed: no edit or request controls, no consent switches.
    auto *change = frame->findChild<QPushButton *>(QStringLiteral("personalChange"));
    QVERIFY(change && !change->isVisible());
    QVERIFY(frame->findChild<QWidget *>(QStringLiteral("consentPage")) == nullptr);
    QVERIFY(frame->findChild<QWidget *>(QStringLiteral("requestsPage")) == nullptr);
    QCOMPARE(personalTable->editTriggers(), QAbstractItemView::NoEditTriggers);
    // Only the categories the grant covers have a tab.
    QVERIFY(frame->findChild<QWidget *>(QStringLiteral("devicesPage")) == nullptr);

    // End access (Ctrl+W): the frame closes, the data goes, and the page says so.
    QVERIFY(test::GuiFixture::activate(window));
    key(window, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(page->frame() == nullptr);
    QVERIFY(workspace()->desk()->customerView() == nullptr);
    QVERIFY2(page->statusText().contains(QStringLiteral("ended")), qPrintable(page->statusText()));
    QTRY_VERIFY(m_gui.window->banner()->message().contains(QStringLiteral("ended")));
}

void TestGuiStaff::screenshots()
{
    // The pictures in the README (scripts/screenshots.sh runs this case alone in each language, so
    // it checks no English text): the queue with a request selected, and alice's data read-only
    // under a grant.
    QWidget *window = m_gui.window.get();
    StaffQueuePage *queue = workspace()->queuePage();
    key(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(workspace()->tabs()->currentWidget(), queue);
    QTRY_VERIFY_WITH_TIMEOUT(workspace()->desk()->queueFetchedAt().isValid(), 30000);
    QTRY_VERIFY(queue->table()->model()->rowCount() > 3);
    QVERIFY2(tabTo(window, QStringLiteral("queueTable")), qPrintable(focusName()));
    key(window, Qt::Key_Home, Qt::ControlModifier);
    key(window, Qt::Key_Down);
    QVERIFY(queue->table()->currentIndex().isValid());
    shot(window, QStringLiteral("staff-queue"));

    CustomersPage *page = workspace()->customersPage();
    GrantDialog *dialog = askToOpenAlice();
    QVERIFY(dialog);
    key(dialog, Qt::Key_T, Qt::AltModifier);
    type(QStringLiteral("T-77"));
    key(dialog, Qt::Key_J, Qt::AltModifier);
    type(QStringLiteral("Alice asked why her address is wrong on the invoice."));
    key(dialog, Qt::Key_P, Qt::AltModifier);
    key(dialog, Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(dialog->request().categories.size(), 2); // a mnemonic clicks a check box after a moment
    CustomerFrame *frame = askForAccess(dialog);
    QVERIFY(frame);
    auto *personalTable = frame->findChild<QTableView *>(QStringLiteral("personalTable"));
    QVERIFY(personalTable);
    QTRY_VERIFY_WITH_TIMEOUT(personalTable->model() && personalTable->model()->rowCount() > 0, 15000);
    shot(window, QStringLiteral("staff-customer"));

    QVERIFY(test::GuiFixture::activate(window));
    key(window, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(page->frame() == nullptr);
}

void TestGuiStaff::kimVerifiesTheAuditLog()
{
    // A window of its own for kim, against a provider of its own.
    m_gui.tearDown();
    test::GuiFixture gui;
    test::GuiFixture::Options options;
    options.user = QStringLiteral("kim");
    options.password = QStringLiteral("demo-kim");
    QVERIFY2(gui.setUp(options), qPrintable(gui.errorString()));
    QVERIFY2(gui.showWindow(), qPrintable(gui.errorString()));
    signIn(gui);
    QWidget *window = gui.window.get();
    StaffWorkspace *ws = gui.window->staffWorkspace();
    QCOMPARE(ws->tabs()->count(), 4);
    QVERIFY(ws->auditPage());
    QVERIFY(ws->refusalsPage());
    QVERIFY(gui.window->windowTitle().contains(QStringLiteral("supervisor")));

    key(window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(ws->tabs()->currentWidget(), ws->auditPage());
    // Opening the tab fetches the log.
    QTRY_VERIFY_WITH_TIMEOUT(ws->auditPage()->table()->model()->rowCount() > 0, 15000);
    key(window, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(ws->auditPage()->verdictText().startsWith(QStringLiteral("The audit log is intact")), 30000);
    QVERIFY(ws->auditPage()->verdictText().contains(QStringLiteral("entries checked")));
    // Said in the banner too: that is what a screen reader announces.
    QTRY_COMPARE(gui.window->banner()->message(), ws->auditPage()->verdictText());

    // The refusal log book lists refusals (the demo data has some).
    key(window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(ws->tabs()->currentWidget(), ws->refusalsPage());
    QTRY_VERIFY_WITH_TIMEOUT(ws->refusalsPage()->table()->model()->rowCount() > 0, 15000);
    gui.tearDown();
}

QTEST_MAIN(TestGuiStaff)
#include "tst_gui_staff.moc"
