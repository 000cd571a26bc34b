// SPDX-License-Identifier: GPL-3.0-or-later
// Acting on your data through the real window, against the real reference provider: every dialog
// filled in and sent from the keyboard, validation problems shown next to their field in plain
// words with the focus on the first one, the Requests tab following each request until the
// provider answers, consent switches producing receipts, a conflict resolved, an export saved,
// and signing out with unsent actions asking first.
#include "ActionsController.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "Page.h"
#include "Session.h"
#include "SessionInternals.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/CorrectionDialog.h"
#include "models/Labels.h"
#include "models/PersonalModel.h"
#include "models/RequestsModel.h"
#include "models/WindowedTableModel.h"
#include "pages/ConsentPage.h"
#include "pages/PersonalPage.h"
#include "pages/RequestsPage.h"
#include "pages/WelcomePage.h"
#include "platform/DesktopNotifier.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"
#include "widgets/NotificationBanner.h"
#include "widgets/RecordTable.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

using namespace pd;
using namespace pd::ui;

class TestGuiActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void tabsMenuAndShortcuts();
    void editSelfEditableField();
    void correctionShowsProblemsThenSends();
    void deleteSelectedDeviceThenCancel();
    void deleteUsageRangeShowsWhatIsKept();
    void complaintFromKeyboard();
    void cancelAccountNeedsTypedWord();
    void consentSwitchMakesReceipt();
    void conflictIsResolvedFromRequestsTab();
    void refusedActionCanBeDiscarded();
    void exportIsSavedWhereTheUserChooses();
    void statusChangeIsAnnounced();
    void overdueRowsSayItInWords();
    void everyFocusableWidgetHasAName();
    void signOutAsksAboutUnsentActions();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    /// Waits for a top-level dialog called `name` to be shown and makes it the active window.
    QWidget *waitForDialog(const QString &name, int ms = 10000);
    void activate(QWidget *w);
    /// Keys go where the keyboard focus is, as a person's would.
    void key(int key, Qt::KeyboardModifiers mods = Qt::NoModifier);
    void type(const QString &text);
    void shot(QWidget *w, const QString &name);
    void selectPersonal(const QString &key);
    int rowOf(qint64 seq, const QString &id = {}) const;
    std::optional<OutboxItem> item(qint64 seq) const { return SessionInternals::outbox(*m_session)->item(seq); }
    /// Sent, and announced (the acknowledgement is written on another thread, then told).
    bool isSent(qint64 seq) const
    {
        return item(seq) && item(seq)->state == OutboxItem::State::Sent
               && !SessionInternals::sender(*m_session)->isRecording(seq);
    }
    QByteArray why(qint64 seq) const
    {
        const auto i = item(seq);
        return i ? QStringLiteral("seq %1 state %2 status %3 error %4 body %5")
                       .arg(seq).arg(int(i->state)).arg(i->lastStatus).arg(i->lastError, QString::fromUtf8(i->response))
                       .toUtf8()
                 : QByteArray("no item");
    }
    qint64 lastSeq() const;
    int hook(const QString &pathAndQuery);
    QStringList namelessIn(QWidget *root) const;

    test::GuiFixture m_gui;
    // The fixture's parts under the names the tests use.
    std::unique_ptr<Session> &m_session = m_gui.session;
    std::unique_ptr<MainWindow> &m_window = m_gui.window;
    QTemporaryDir m_files;
    QString m_shots;
    QString m_deletionId;
};

void TestGuiActions::initTestCase()
{
    test::GuiFixture::Options options;
    options.providerArgs = {QStringLiteral("--test-hooks")};
    // English as the app shows it: its catalogue carries the plural forms ("1 record", "3 records").
    options.language = QStringLiteral("en");
    options.confirmSignOut = false;
    QVERIFY2(m_gui.setUp(options), qPrintable(m_gui.errorString()));
    QVERIFY(m_files.isValid());
    m_shots = qEnvironmentVariable("PD_SCREENSHOT_DIR", m_files.path());
    QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.errorString()));

    QSignalSpy finished(m_session.get(), &Session::syncFinished);
    auto *field = find<QLineEdit>(QStringLiteral("providerField"));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, m_gui.provider->url().toString());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
    QCOMPARE(m_session->state(), Session::State::SignedIn);
    QVERIFY(SessionInternals::outbox(*m_session));
    // Short backoff: the tests wait for sends, not for the real minutes-long ceiling.
    SessionInternals::sender(*m_session)->setBackoff(50, 500);
}

void TestGuiActions::cleanupTestCase()
{
    m_gui.tearDown();
}

void TestGuiActions::cleanup()
{
    // A failed test must not leave its dialog open for the next one.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QApplication::processEvents();
}

void TestGuiActions::activate(QWidget *w)
{
    // The offscreen platform does not hand activation around as a window manager does; mnemonics
    // and window shortcuts only fire in the active window.
    for (int attempt = 0; attempt < 3 && QApplication::activeWindow() != w; ++attempt) {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        w->activateWindow();
        QApplication::setActiveWindow(w);
        if (QTest::qWaitForWindowActive(w, 2000))
            break;
    }
    QCOMPARE(QApplication::activeWindow(), w);
}

QWidget *TestGuiActions::waitForDialog(const QString &name, int ms)
{
    QWidget *shown = nullptr;
    (void)QTest::qWaitFor([&name, &shown] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == name && w->isVisible())
                shown = w;
        return shown != nullptr;
    }, ms);
    if (shown) {
        QApplication::setActiveWindow(shown);
        (void)QTest::qWaitForWindowActive(shown);
    }
    return shown;
}

void TestGuiActions::key(int k, Qt::KeyboardModifiers mods)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow() ? QApplication::activeWindow() : m_window.get();
    QTest::keyClick(target, Qt::Key(k), mods);
}

void TestGuiActions::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

void TestGuiActions::shot(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    QVERIFY(w->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestGuiActions::selectPersonal(const QString &key)
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *table = find<RecordTable>(QStringLiteral("personalTable"));
    QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("personalPage"));
    QAbstractItemModel *model = table->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(PersonalModel::KeyRole).toString() == key) {
            table->setFocus();
            table->setCurrentIndex(model->index(r, 0));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no personal row for ") + key));
}

int TestGuiActions::rowOf(qint64 seq, const QString &id) const
{
    QAbstractItemModel *m = find<QTableView>(QStringLiteral("requestsTable"))->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if ((!id.isEmpty() && i.data(RequestsModel::RequestIdRole).toString() == id)
            || (seq && i.data(RequestsModel::OutboxSeqRole).toLongLong() == seq))
            return r;
    }
    return -1;
}

qint64 TestGuiActions::lastSeq() const
{
    const QList<OutboxItem> all = SessionInternals::outbox(*m_session)->items();
    return all.isEmpty() ? 0 : all.constLast().seq;
}

int TestGuiActions::hook(const QString &pathAndQuery)
{
    return m_gui.hook(pathAndQuery);
}

QStringList TestGuiActions::namelessIn(QWidget *root) const
{
    QStringList nameless;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || w->isHidden())
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return nameless;
}

void TestGuiActions::tabsMenuAndShortcuts()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("consentPage"));
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("requestsPage"));
    QVERIFY2(m_window->actionsUi()->requestsAction()->text().startsWith(QStringLiteral("Requests (")),
             qPrintable(m_window->actionsUi()->requestsAction()->text()));
    QVERIFY(m_window->shortcutActions().contains(m_window->actionsUi()->newRequestAction()));
    QVERIFY(m_window->shortcutActions().contains(m_window->actionsUi()->exportAction()));

    // Ctrl+N opens the menu of every action; Esc closes it.
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), m_window->actionsUi()->menu());
    QStringList items;
    for (QAction *a : m_window->actionsUi()->menu()->actions())
        if (!a->isSeparator())
            items << a->text();
    QCOMPARE(items.size(), 7);
    shot(m_window->actionsUi()->menu(), QStringLiteral("actions-menu"));
    QTest::keyClick(m_window->actionsUi()->menu(), Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void TestGuiActions::editSelfEditableField()
{
    // Email: a bad address is explained next to the field; Esc cancels and nothing is queued.
    selectPersonal(QStringLiteral("email"));
    QCOMPARE(find<QPushButton>(QStringLiteral("personalChange"))->text(), QStringLiteral("&Edit…"));
    const qint64 pending = m_session->pendingActions();
    key(Qt::Key_F2);
    auto *dialog = qobject_cast<ActionDialog *>(waitForDialog(QStringLiteral("editFieldDialog")));
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("editValue"));
    type(QStringLiteral("not-an-address"));
    key(Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText(QStringLiteral("editValueProblem")).contains(QStringLiteral("email address")),
             qPrintable(dialog->problemText(QStringLiteral("editValueProblem"))));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("editValue"));
    QCOMPARE(QApplication::focusWidget()->accessibleDescription(), dialog->problemText(QStringLiteral("editValueProblem")));
    shot(dialog, QStringLiteral("dialog-edit-bad-email"));
    QPointer<ActionDialog> first(dialog);
    key(Qt::Key_Escape);
    QTRY_VERIFY(!first || !first->isVisible());
    QCOMPARE(m_session->pendingActions(), pending);

    // Mobile: a bad number, then a good one; Enter saves and the provider applies it.
    selectPersonal(QStringLiteral("mobile"));
    key(Qt::Key_Return); // Enter on the row, like F2
    dialog = qobject_cast<ActionDialog *>(waitForDialog(QStringLiteral("editFieldDialog")));
    QVERIFY(dialog);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("12ab"));
    key(Qt::Key_Return);
    QVERIFY2(dialog->problemText(QStringLiteral("editValueProblem")).contains(QStringLiteral("mobile number")),
             qPrintable(dialog->problemText(QStringLiteral("editValueProblem"))));
    shot(dialog, QStringLiteral("dialog-edit-bad-phone"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("+852 5123 9876"));
    QPointer<ActionDialog> guard(dialog);
    key(Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    const qint64 seq = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    QVERIFY2(m_window->banner()->message().contains(QStringLiteral("saved on this computer")),
             qPrintable(m_window->banner()->message()));
    PersonalModel *model = m_session->personalModel();
    QTRY_VERIFY([model] {
        for (const PersonalField &f : model->personal().fields)
            if (f.key == QLatin1String("mobile"))
                return f.value == QLatin1String("+852 5123 9876");
        return false;
    }());
}

void TestGuiActions::correctionShowsProblemsThenSends()
{
    selectPersonal(QStringLiteral("name"));
    QCOMPARE(find<QPushButton>(QStringLiteral("personalChange"))->text(), QStringLiteral("As&k us to correct…"));
    key(Qt::Key_F2);
    auto *dialog = qobject_cast<CorrectionDialog *>(waitForDialog(QStringLiteral("correctionDialog")));
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("correctionCurrent"))->text().contains(QStringLiteral("Alice")));

    // Files: one that is not a document, one too large, one fine.
    const QString txt = m_files.filePath(QStringLiteral("notes.txt"));
    const QString big = m_files.filePath(QStringLiteral("big.pdf"));
    const QString png = m_files.filePath(QStringLiteral("passport.png"));
    {
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text\n");
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("%PDF-1.4\n" + QByteArray(6 * 1024 * 1024, 'x'));
        QFile p(png);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\0'));
    }
    auto nextPick = std::make_shared<QStringList>(QStringList{txt, big});
    dialog->setFilePicker([nextPick] { return std::exchange(*nextPick, {}); });

    // Nothing filled in: both text fields are empty, the focus goes to the first.
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText(QStringLiteral("correctionProposedProblem")).contains(QStringLiteral("empty")),
             qPrintable(dialog->problemText(QStringLiteral("correctionProposedProblem"))));
    QVERIFY(dialog->problemText(QStringLiteral("correctionReasonProblem")).contains(QStringLiteral("empty")));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("correctionProposed"));

    type(QStringLiteral("Alice Wing-Sze Chan"));
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("correctionReason"));
    type(QString(ActionQueue::kMaxReason + 1, QLatin1Char('r')));
    key(Qt::Key_A, Qt::AltModifier); // "Add files…"
    QTRY_COMPARE(dialog->files().size(), 2);
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->isVisible());
    const QString reasonProblem = dialog->problemText(QStringLiteral("correctionReasonProblem"));
    QVERIFY2(reasonProblem.contains(QStringLiteral("too long")) && reasonProblem.contains(QStringLiteral("2,000")),
             qPrintable(reasonProblem));
    const QString fileProblem = dialog->problemText(QStringLiteral("correctionFilesProblem"));
    QVERIFY2(fileProblem.contains(QStringLiteral("notes.txt: This file is not a PDF, PNG or JPEG file")), qPrintable(fileProblem));
    QVERIFY2(fileProblem.contains(QStringLiteral("big.pdf: This file is too large")), qPrintable(fileProblem));
    QVERIFY(dialog->problemText(QStringLiteral("correctionProposedProblem")).isEmpty());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("correctionReason"));
    shot(dialog, QStringLiteral("dialog-correction-problems"));

    // Fix the reason, remove both files with the keyboard, attach the good one.
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("My passport shows my full name."));
    key(Qt::Key_S, Qt::AltModifier); // the files list
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("correctionFiles"));
    key(Qt::Key_M, Qt::AltModifier); // "Remove file" (a mnemonic clicks after a short animation)
    QTRY_COMPARE(dialog->files().size(), 1);
    key(Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(dialog->files().size(), 0);
    *nextPick = {png};
    key(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog->files(), QStringList{png});
    QPointer<CorrectionDialog> guard(dialog);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const qint64 seq = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    const auto sent = item(seq);
    QCOMPARE(QJsonDocument::fromJson(sent->body).object().value(QLatin1String("type")).toString(), QStringLiteral("correction"));
    // The Requests tab lists it with the provider's id (once the window has heard of the acknowledgement,
    // which the sender writes on a thread of its own and then announces).
    QAbstractItemModel *m = find<QTableView>(QStringLiteral("requestsTable"))->model();
    const auto requestId = [&] {
        const int r = rowOf(seq);
        return r < 0 ? QString() : m->index(r, 0).data(RequestsModel::RequestIdRole).toString();
    };
    QTRY_VERIFY(requestId().startsWith(QStringLiteral("R-")));
    const QModelIndex row = m->index(rowOf(seq), 0);
    QCOMPARE(row.data().toString(), QStringLiteral("Correction"));
    QCOMPARE(row.data(RequestsModel::StatusCodeRole).toString(), QStringLiteral("received"));
}

void TestGuiActions::deleteSelectedDeviceThenCancel()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    auto *devices = find<RecordTable>(QStringLiteral("devicesTable"));
    devices->setFocus();
    devices->selectRow(1);
    devices->setCurrentIndex(devices->model()->index(1, 0));
    const QString deviceId = devices->model()->index(1, 0).data(WindowedTableModel::IdRole).toString();

    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), m_window->actionsUi()->menu());
    QTest::keyClick(m_window->actionsUi()->menu(), Qt::Key_D); // "Delete data…"
    auto *dialog = qobject_cast<ActionDialog *>(waitForDialog(QStringLiteral("deleteDialog")));
    QVERIFY(dialog);
    auto *records = dialog->findChild<QRadioButton *>(QStringLiteral("deleteRecords"));
    QVERIFY(records->isChecked());
    QVERIFY2(records->text().contains(QStringLiteral("1 record selected")), qPrintable(records->text()));
    // What may be kept is said before sending.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("deleteLegalNote"))->text().contains(QStringLiteral("restrict")));
    QCOMPARE(dialog->primaryButton()->text(), QStringLiteral("Send &deletion request"));

    key(Qt::Key_O, Qt::AltModifier); // "Type DELETE to confirm"
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("deleteConfirm"));
    type(QStringLiteral("delete"));
    key(Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText(QStringLiteral("deleteConfirmProblem")).contains(QStringLiteral("Type DELETE")),
             qPrintable(dialog->problemText(QStringLiteral("deleteConfirmProblem"))));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("deleteConfirm"));
    shot(dialog, QStringLiteral("dialog-delete-problem"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("DELETE"));
    QPointer<ActionDialog> guard(dialog);
    key(Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const qint64 seq = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    const QJsonObject body = QJsonDocument::fromJson(item(seq)->body).object();
    QCOMPARE(body.value(QLatin1String("scope")).toString(), QStringLiteral("records"));
    QCOMPARE(body.value(QLatin1String("records")).toArray().first().toObject().value(QLatin1String("id")).toString(), deviceId);

    // Cancel it from the Requests tab while the provider has not started.
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QTRY_VERIFY(rowOf(seq) >= 0);
    QVERIFY(page->selectRequest(seq));
    m_deletionId = find<QTableView>(QStringLiteral("requestsTable"))->currentIndex().data(RequestsModel::RequestIdRole).toString();
    QVERIFY(!m_deletionId.isEmpty());
    auto *cancel = find<QPushButton>(QStringLiteral("requestsCancel"));
    QVERIFY(cancel->isEnabled());
    shot(m_window.get(), QStringLiteral("requests-deletion-received"));
    cancel->setFocus();
    key(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->request(m_deletionId)
                                 && SessionInternals::outbox(*m_session)->request(m_deletionId)->status == RequestStatus::Cancelled,
                             30000);
    // The answer is stored on the sender's own thread; the list reloads when the outbox tells it.
    QTRY_VERIFY(page->selectRequest(0, m_deletionId) && !cancel->isEnabled());
    QTRY_VERIFY2(find<QTextBrowser>(QStringLiteral("requestsDetails"))->toPlainText().contains(QStringLiteral("Cancelled")),
                 qPrintable(find<QTextBrowser>(QStringLiteral("requestsDetails"))->toPlainText()));
}

void TestGuiActions::deleteUsageRangeShowsWhatIsKept()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), m_window->actionsUi()->menu());
    QTest::keyClick(m_window->actionsUi()->menu(), Qt::Key_D);
    auto *dialog = qobject_cast<ActionDialog *>(waitForDialog(QStringLiteral("deleteDialog")));
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("deleteRecords"))->isEnabled());
    key(Qt::Key_R, Qt::AltModifier); // "Usage in a date range"
    QTRY_VERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("deleteRange"))->isChecked());
    key(Qt::Key_Tab); // the usage kind
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("deleteRangeCategory"));
    key(Qt::Key_Down); // Domain usage
    key(Qt::Key_F, Qt::AltModifier); // from
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("deleteFrom"));
    auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("deleteFrom"));
    from->setDate(QDate::currentDate().addYears(-5)); // the date itself: typing depends on the locale format
    key(Qt::Key_O, Qt::AltModifier);
    type(QStringLiteral("DELETE"));
    QPointer<ActionDialog> guard(dialog);
    key(Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    const qint64 seq = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    const QJsonObject range = QJsonDocument::fromJson(item(seq)->body).object().value(QLatin1String("range")).toObject();
    QCOMPARE(range.value(QLatin1String("category")).toString(), QStringLiteral("domain_usage"));
    // The provider's answer says what it kept, and why, in the request's details.
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QTRY_VERIFY(page->selectRequest(seq));
    const QString details = find<QTextBrowser>(QStringLiteral("requestsDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Kept and restricted")), qPrintable(details));
    shot(m_window.get(), QStringLiteral("requests-deletion-retained"));
}

void TestGuiActions::complaintFromKeyboard()
{
    activate(m_window.get());
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), m_window->actionsUi()->menu());
    QTest::keyClick(m_window->actionsUi()->menu(), Qt::Key_M); // "Complaint or suggestion…"
    auto *dialog = qobject_cast<ActionDialog *>(waitForDialog(QStringLiteral("complaintDialog")));
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("complaintSubject"));
    key(Qt::Key_Return);
    QVERIFY(dialog->problemText(QStringLiteral("complaintSubjectProblem")).contains(QStringLiteral("empty")));
    QVERIFY(dialog->problemText(QStringLiteral("complaintMessageProblem")).contains(QStringLiteral("empty")));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("complaintSubject"));
    type(QString(ActionQueue::kMaxSubject + 1, QLatin1Char('s')));
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("complaintMessage"));
    type(QStringLiteral("Please let me choose which newsletters I get."));
    key(Qt::Key_Return, Qt::ControlModifier);
    const QString subjectProblem = dialog->problemText(QStringLiteral("complaintSubjectProblem"));
    QVERIFY2(subjectProblem.contains(QStringLiteral("201 characters")) && subjectProblem.contains(QStringLiteral("200")),
             qPrintable(subjectProblem));
    QVERIFY(dialog->problemText(QStringLiteral("complaintMessageProblem")).isEmpty());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("complaintSubject"));
    shot(dialog, QStringLiteral("dialog-complaint-problem"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Newsletter choices"));
    key(Qt::Key_G, Qt::AltModifier); // "Suggestion"
    QTRY_COMPARE(dialog->primaryButton()->text(), QStringLiteral("Send s&uggestion"));
    QPointer<ActionDialog> guard(dialog);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!guard || !guard->isVisible());
    const qint64 seq = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    const QJsonObject body = QJsonDocument::fromJson(item(seq)->body).object();
    QCOMPARE(body.value(QLatin1String("kind")).toString(), QStringLiteral("suggestion"));
    QCOMPARE(body.value(QLatin1String("subject")).toString(), QStringLiteral("Newsletter choices"));
    QTRY_VERIFY(rowOf(seq) >= 0);
}

void TestGuiActions::cancelAccountNeedsTypedWord()
{
    activate(m_window.get());
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), m_window->actionsUi()->menu());
    QTest::keyClick(m_window->actionsUi()->menu(), Qt::Key_A); // "Cancel my account…"
    auto *dialog = qobject_cast<ActionDialog *>(waitForDialog(QStringLiteral("cancelAccountDialog")));
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("cancelAccountDialogSummary"))->text().contains(QStringLiteral("VII")));
    key(Qt::Key_O, Qt::AltModifier);
    type(QStringLiteral("cancel"));
    key(Qt::Key_Return);
    QVERIFY2(dialog->problemText(QStringLiteral("cancelConfirmProblem")).contains(QStringLiteral("Type CANCEL")),
             qPrintable(dialog->problemText(QStringLiteral("cancelConfirmProblem"))));
    QVERIFY(dialog->problemText(QStringLiteral("cancelReasonProblem")).isEmpty()); // the reason is optional
    shot(dialog, QStringLiteral("dialog-cancel-account"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("CANCEL"));
    QPointer<ActionDialog> guard(dialog);
    key(Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    const qint64 seq = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    // Withdraw it again, so the rest of the tests use a live account.
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QTRY_VERIFY(page->selectRequest(seq));
    const QString id = find<QTableView>(QStringLiteral("requestsTable"))->currentIndex().data(RequestsModel::RequestIdRole).toString();
    find<QPushButton>(QStringLiteral("requestsCancel"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->request(id) && SessionInternals::outbox(*m_session)->request(id)->status == RequestStatus::Cancelled, 30000);
}

void TestGuiActions::consentSwitchMakesReceipt()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    auto *page = find<ConsentPage>(QStringLiteral("consentPage"));
    const ConsentState state = m_session->consents();
    QVERIFY(!state.items.isEmpty());
    const ConsentPurpose first = state.items.constFirst();
    QCheckBox *box = page->switchFor(first.purpose);
    QVERIFY(box);
    QCOMPARE(box->isChecked(), first.granted);
    QVERIFY(!first.affects.isEmpty());
    QCOMPARE(find<QLabel>(QStringLiteral("consentAffects_") + first.purpose)->text(), first.affects);
    QCOMPARE(QAccessible::queryAccessibleInterface(box)->text(QAccessible::Name), box->text());
    QSet<QString> known;
    for (const ConsentReceipt &rc : SessionInternals::outbox(*m_session)->receipts())
        known.insert(rc.id);
    const qsizetype before = known.size();
    auto allConfirmed = [this] {
        for (const ConsentReceipt &rc : SessionInternals::outbox(*m_session)->receipts())
            if (!rc.confirmed)
                return false;
        return true;
    };
    box->setFocus();
    key(Qt::Key_Space);
    QCOMPARE(box->isChecked(), !first.granted);
    QVERIFY2(page->statusText().contains(QStringLiteral("Saved")), qPrintable(page->statusText()));
    QTRY_VERIFY(SessionInternals::outbox(*m_session)->receipts().size() == before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(allConfirmed(), 30000);
    QList<ConsentReceipt> added;
    for (const ConsentReceipt &rc : SessionInternals::outbox(*m_session)->receipts())
        if (!known.contains(rc.id))
            added << rc;
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().purpose, first.purpose);
    QCOMPARE(added.first().granted, !first.granted);
    QCOMPARE(added.first().policyVersion, state.policyVersion);
    QCOMPARE(box->isChecked(), !first.granted); // still as the user set it
    shot(m_window.get(), QStringLiteral("tab-consent"));

    // History lists it, confirmed.
    key(Qt::Key_S, Qt::AltModifier); // "History…"
    QWidget *history = waitForDialog(QStringLiteral("consentHistoryDialog"));
    QVERIFY(history);
    auto *table = history->findChild<QTableWidget *>(QStringLiteral("consentHistoryTable"));
    QCOMPARE(table->rowCount(), int(before + 1));
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 3)->text().contains(added.first().id))
            row = i;
    QVERIFY(row >= 0);
    QVERIFY2(table->item(row, 0)->text().contains(Labels::consentPurpose(first.purpose)), qPrintable(table->item(row, 0)->text()));
    QVERIFY2(table->item(row, 3)->text().startsWith(QStringLiteral("Confirmed")), qPrintable(table->item(row, 3)->text()));
    QCOMPARE(table->item(row, 2)->text(), state.policyVersion);
    shot(history, QStringLiteral("dialog-consent-history"));
    QPointer<QWidget> guard(history);
    key(Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());

    // And back, so the switch follows the keyboard both ways.
    activate(m_window.get());
    box->setFocus();
    key(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->receipts().size() == before + 2 && allConfirmed(), 30000);
    QCOMPARE(box->isChecked(), first.granted);
}

void TestGuiActions::conflictIsResolvedFromRequestsTab()
{
    Validation problems;
    const Result<qint64> r = m_session->actions()->updateField(QStringLiteral("email"), QStringLiteral("alice.new@example.hk"),
                                                              QStringLiteral("\"stale\""), &problems);
    QVERIFY(r);
    const qint64 seq = *r;
    QTRY_VERIFY_WITH_TIMEOUT(item(seq) && item(seq)->state == OutboxItem::State::Conflict, 30000);

    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QTRY_VERIFY(page->selectRequest(seq));
    QCOMPARE(find<QTableView>(QStringLiteral("requestsTable"))->currentIndex().data(RequestsModel::StatusCodeRole).toString(),
             QStringLiteral("conflict"));
    QVERIFY2(find<QTextBrowser>(QStringLiteral("requestsDetails"))->toPlainText().contains(QStringLiteral("changed somewhere else")),
             qPrintable(find<QTextBrowser>(QStringLiteral("requestsDetails"))->toPlainText()));
    auto *resolve = find<QPushButton>(QStringLiteral("requestsResolve"));
    QVERIFY(resolve->isVisible());
    shot(m_window.get(), QStringLiteral("requests-conflict"));
    resolve->setFocus();
    key(Qt::Key_Space);
    QWidget *dialog = waitForDialog(QStringLiteral("resolveDialog"));
    QVERIFY(dialog);
    auto *mine = dialog->findChild<QRadioButton *>(QStringLiteral("resolveKeepMine"));
    auto *current = dialog->findChild<QRadioButton *>(QStringLiteral("resolveKeepCurrent"));
    QVERIFY2(mine->text().contains(QStringLiteral("alice.new@example.hk")), qPrintable(mine->text()));
    QVERIFY2(current->text().contains(QStringLiteral("@")), qPrintable(current->text()));
    QVERIFY(mine->isChecked());
    shot(dialog, QStringLiteral("dialog-resolve"));
    QPointer<QWidget> guard(dialog);
    key(Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    PersonalModel *model = m_session->personalModel();
    QTRY_VERIFY([model] {
        for (const PersonalField &f : model->personal().fields)
            if (f.key == QLatin1String("email"))
                return f.value == QLatin1String("alice.new@example.hk");
        return false;
    }());
}

void TestGuiActions::refusedActionCanBeDiscarded()
{
    // Cancelling a request that is already cancelled: the provider refuses (409), never retried.
    QVERIFY(!m_deletionId.isEmpty());
    const Result<qint64> r = m_session->actions()->cancelRequest(m_deletionId);
    QVERIFY(r);
    const qint64 seq = *r;
    QTRY_VERIFY_WITH_TIMEOUT(item(seq) && item(seq)->state == OutboxItem::State::Attention, 30000);
    QTRY_VERIFY2(m_window->banner()->message().contains(QStringLiteral("did not accept")),
                 qPrintable(m_window->banner()->message()));

    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QTRY_VERIFY(page->selectRequest(seq));
    const QString details = find<QTextBrowser>(QStringLiteral("requestsDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("can no longer be cancelled")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("discard")), qPrintable(details));
    QVERIFY(page->sendingText().contains(QStringLiteral("attention")));
    QVERIFY(find<QPushButton>(QStringLiteral("requestsEdit"))->isVisible());
    auto *discard = find<QPushButton>(QStringLiteral("requestsDiscard"));
    QVERIFY(discard->isVisible());
    shot(m_window.get(), QStringLiteral("requests-refused"));
    discard->setFocus();
    key(Qt::Key_Space);
    QWidget *box = waitForDialog(QStringLiteral("discardConfirm"));
    QVERIFY(box);
    key(Qt::Key_I, Qt::AltModifier); // "Discard", in the confirmation
    QTRY_COMPARE(item(seq)->state, OutboxItem::State::Discarded);
    QTRY_COMPARE(rowOf(seq), -1);
    QCOMPARE(m_session->actionsNeedingAttention(), 0);
}

void TestGuiActions::exportIsSavedWhereTheUserChooses()
{
    activate(m_window.get());
    key(Qt::Key_E, Qt::ControlModifier);
    auto *dialog = qobject_cast<ActionDialog *>(waitForDialog(QStringLiteral("exportDialog")));
    QVERIFY(dialog);
    shot(dialog, QStringLiteral("dialog-export"));
    QPointer<ActionDialog> guard(dialog);
    key(Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    const qint64 seq = lastSeq();
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), why(seq).constData(), 30000);
    QString id;
    for (const TrackedRequest &t : SessionInternals::outbox(*m_session)->requests())
        if (t.outboxSeq == seq)
            id = t.id;
    QVERIFY(!id.isEmpty());

    // The provider finishes it; the next sync brings the news.
    QCOMPARE(hook(QStringLiteral("/test/requests/%1/status?status=completed&note=Ready").arg(id)), 200);
    QSignalSpy changed(m_session.get(), &Session::requestStatusChanged);
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 60000);
    QTRY_VERIFY2(m_window->banner()->message().contains(QStringLiteral("is now: Completed")),
                 qPrintable(m_window->banner()->message()));

    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QTRY_VERIFY(page->selectRequest(0, id));
    auto *save = find<QPushButton>(QStringLiteral("requestsSaveCopy"));
    QTRY_VERIFY(save->isVisible() && save->isEnabled());
    const QString target = m_files.filePath(QStringLiteral("my-data.json"));
    page->setSaveFilePicker([target](const QString &suggested) {
        return suggested.endsWith(QLatin1String(".json")) ? target : QString();
    });
    save->setFocus();
    key(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(page->exportStatusText().startsWith(QStringLiteral("Saved your copy")), 30000);
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    shot(m_window.get(), QStringLiteral("requests-export-saved"));
}

void TestGuiActions::statusChangeIsAnnounced()
{
    // A request the provider moves along is announced by the banner, a Notification for screen readers.
    const Result<qint64> r = m_session->actions()->fileComplaint(false, QStringLiteral("Slow answer"), QStringLiteral("Test."), nullptr);
    QVERIFY(r);
    QTRY_VERIFY2_WITH_TIMEOUT(isSent(*r), why(*r).constData(), 30000);
    QString id;
    for (const TrackedRequest &t : SessionInternals::outbox(*m_session)->requests())
        if (t.outboxSeq == *r)
            id = t.id;
    QCOMPARE(hook(QStringLiteral("/test/requests/%1/status?status=needs_info&note=Which%20order%3F").arg(id)), 200);
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->message().contains(QStringLiteral("More information needed")), 60000);
    QVERIFY(m_window->banner()->message().contains(id));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_window->banner());
    QCOMPARE(iface->role(), QAccessible::Notification);
    QVERIFY(iface->text(QAccessible::Name).contains(id));
    // The desktop notification was attempted (no notification service here: the banner is the fallback).
    QVERIFY(m_window->actionsUi()->notifier()->attempts() >= 1 || !DesktopNotifier::isSupported());
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QTRY_VERIFY(page->selectRequest(0, id));
    const QString details = find<QTextBrowser>(QStringLiteral("requestsDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Which order?")), qPrintable(details));
}

void TestGuiActions::overdueRowsSayItInWords()
{
    // Two months on, every open request is past its due date.
    RequestsModel *model = m_session->requestsModel();
    model->setNow(QDateTime::currentDateTimeUtc().addMonths(2));
    model->reload();
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    QAbstractItemModel *view = find<QTableView>(QStringLiteral("requestsTable"))->model();
    int overdue = -1;
    for (int r = 0; r < view->rowCount() && overdue < 0; ++r)
        if (view->index(r, 0).data(RequestsModel::OverdueRole).toBool())
            overdue = r;
    QVERIFY(overdue >= 0);
    const QModelIndex status = view->index(overdue, RequestsModel::Status);
    QVERIFY2(status.data().toString().endsWith(QStringLiteral("(overdue)")), qPrintable(status.data().toString()));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull()); // an icon too, not colour alone
    QVERIFY2(page->summaryText().contains(QStringLiteral("overdue")), qPrintable(page->summaryText()));
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    shot(m_window.get(), QStringLiteral("requests-overdue"));
    model->setNow(QDateTime());
    model->reload();
}

void TestGuiActions::everyFocusableWidgetHasAName()
{
    for (const QString &name : {QStringLiteral("consentPage"), QStringLiteral("requestsPage"), QStringLiteral("personalPage")}) {
        const QStringList nameless = namelessIn(find<QWidget>(name));
        QVERIFY2(nameless.isEmpty(), qPrintable(name + QStringLiteral(": ") + nameless.join(QStringLiteral(", "))));
    }
    // Each dialog, opened and closed with the keyboard.
    struct Open
    {
        QString name;
        std::function<void()> open;
    };
    ActionsController *ui = m_window->actionsUi();
    const QList<Open> dialogs{
        {QStringLiteral("correctionDialog"), [ui] { ui->correct(); }},
        {QStringLiteral("deleteDialog"), [ui] { ui->deleteData(); }},
        {QStringLiteral("complaintDialog"), [ui] { ui->complain(); }},
        {QStringLiteral("cancelAccountDialog"), [ui] { ui->cancelAccount(); }},
        {QStringLiteral("exportDialog"), [ui] { ui->requestExport(); }},
        {QStringLiteral("editFieldDialog"), [ui] { ui->editField(QStringLiteral("address"), QStringLiteral("Somewhere")); }},
    };
    for (const Open &o : dialogs) {
        activate(m_window.get());
        o.open();
        QWidget *d = waitForDialog(o.name);
        QVERIFY2(d, qPrintable(o.name));
        const QStringList nameless = namelessIn(d);
        QVERIFY2(nameless.isEmpty(), qPrintable(o.name + QStringLiteral(": ") + nameless.join(QStringLiteral(", "))));
        shot(d, QStringLiteral("dialog-") + o.name);
        QPointer<QWidget> guard(d);
        key(Qt::Key_Escape);
        QTRY_VERIFY2(!guard || !guard->isVisible(), qPrintable(o.name));
    }
}

void TestGuiActions::signOutAsksAboutUnsentActions()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    auto *page = find<RequestsPage>(QStringLiteral("requestsPage"));
    auto *pause = find<QPushButton>(QStringLiteral("requestsPause"));
    pause->setFocus();
    key(Qt::Key_Space);
    QVERIFY(SessionInternals::sender(*m_session)->isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Resume send&ing"));
    const Result<qint64> r = m_session->actions()->requestExport();
    QVERIFY(r);
    // The export showing in the Requests tab proves the app has handled it; a paused sender has
    // not started sending it meanwhile.
    QTRY_VERIFY(rowOf(*r) >= 0);
    QVERIFY(!SessionInternals::sender(*m_session)->isBusy());
    QCOMPARE(item(*r)->state, OutboxItem::State::Queued);
    QVERIFY2(page->sendingText().contains(QStringLiteral("paused")), qPrintable(page->sendingText()));
    shot(m_window.get(), QStringLiteral("requests-paused"));

    const QString accountId = m_session->account().accountId;
    const QString outboxPath = SessionInternals::outbox(*m_session)->path();
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *box = waitForDialog(QStringLiteral("unsentActionsQuestion"));
        asked = box != nullptr;
        if (!box)
            return;
        shot(box, QStringLiteral("dialog-unsent-actions"));
        QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(QStringLiteral("1 action")));
        key(Qt::Key_K, Qt::AltModifier); // "Keep them and sign out"
    });
    m_window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(asked);
    QTRY_COMPARE(m_session->state(), Session::State::SignedOut);
    QVERIFY(QFile::exists(outboxPath));
    QTRY_VERIFY(m_window->banner()->message().contains(QStringLiteral("will be sent when you sign in again")));
    Q_UNUSED(accountId)
}

QTEST_MAIN(TestGuiActions)
#include "tst_gui_actions.moc"
