// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard only (issue 4): the real window against the real reference provider, driven with key
// presses sent where the keyboard focus is, as a person without a mouse would. One sequence does
// every task (sign in, tabs, filter, sort, open a record, edit a detail, every kind of request, a
// request's status, consent, sign out); then Tab is walked through every page (stops visible, no
// trap, reading order), Escape closes every dialog, and the shortcuts page lists the sort keys.
//
// Besides keys, the test does only what the window manager does on a desktop: it activates the
// window that should have the keyboard (the offscreen platform does not hand activation back after
// a dialog closes). It reads widgets and models to check; it never calls a slot, sets an index or
// clicks. The provider's browser page is completed over HTTP by BrowserDriver, as in tst_gui_main.
#include "ActionsController.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "NoticesController.h"
#include "Page.h"
#include "Session.h"
#include "SessionInternals.h"
#include "models/PersonalModel.h"
#include "models/RequestsModel.h"
#include "models/TableModels.h"
#include "models/WindowedTableModel.h"
#include "pages/ConsentPage.h"
#include "pages/UsagePage.h"
#include "pages/WelcomePage.h"
#include "store/Outbox.h"
#include "sync/OutboxSender.h"
#include "widgets/FilterBar.h"
#include "widgets/NotificationBanner.h"
#include "widgets/RecordTable.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

#include <functional>
#include <memory>

using namespace pd;
using namespace pd::ui;

class TestGuiKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTaskFromTheKeyboard();
    void tabWalksEveryPageInReadingOrder();
    void sortBoxesFollowTheHeader();
    void escapeClosesEveryDialog();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    void activate(QWidget *w);
    /// One key where the keyboard goes: an open menu, else the focus widget of the active window.
    void key(int key, Qt::KeyboardModifiers mods = Qt::NoModifier);
    void type(const QString &text);
    QString focusName() const;
    /// Presses Tab until the focus is on `name` (at most `limit` presses); true when it got there.
    bool tabTo(const QString &name, int limit = 40);
    bool tabTo(QWidget *target, int limit = 40);
    /// Moves the current row of the focused table with Down (from the top, Home) until `match`.
    bool arrowToRow(QAbstractItemView *view, const std::function<bool(const QModelIndex &)> &match);
    QWidget *visibleTopLevel(const QString &name) const;
    /// Opens a dialog with `keys`, waits for it and gives it the keyboard.
    void openDialog(const QString &name, const std::function<void()> &keys, QWidget **dialog);
    /// Keys that open the Ctrl+N menu and pick the item with `letter`.
    std::function<void()> newRequestMenu(Qt::Key letter);
    /// Sends `dialog` with its key, waits for it to close and gives the outbox item it queued.
    void submit(QWidget *dialog, int key, Qt::KeyboardModifiers mods, qint64 *seq);
    void signInByKeyboard();
    void chooseInCombo(QComboBox *box, const QVariant &data);
    qint64 lastSeq() const;
    bool isSent(qint64 seq) const;
    QString requestIdOf(qint64 seq) const;
    QJsonObject bodyOf(qint64 seq) const;
    QByteArray providerGet(const QString &path);
    int hook(const QString &pathAndQuery);
    /// Rows' ids and sort values in `column`, top `n` rows.
    static QList<QPair<QString, QVariant>> rows(QAbstractItemModel *m, int column, int n);
    static bool isSorted(const QList<QPair<QString, QVariant>> &rows, Qt::SortOrder order);
    /// The Tab cycle from the current focus back to it, or empty (with `why`) when it never returns.
    QList<QWidget *> tabCycle(int key, QString *why);

    test::GuiFixture m_gui;
    // The fixture's parts under the names the tests use.
    std::unique_ptr<test::ProviderProcess> &m_provider = m_gui.provider;
    std::unique_ptr<QNetworkAccessManager> &m_nam = m_gui.nam;
    std::unique_ptr<test::MemoryTokenStore> &m_tokens = m_gui.tokens;
    std::unique_ptr<Session> &m_session = m_gui.session;
    std::unique_ptr<MainWindow> &m_window = m_gui.window;
};

void TestGuiKeyboard::initTestCase()
{
    // The browser half of signing in is the provider's own web page: filled in over HTTP.
    test::GuiFixture::Options options;
    options.providerArgs = {QStringLiteral("--test-hooks")};
    QVERIFY2(m_gui.setUp(options), qPrintable(m_gui.errorString()));
    QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.errorString()));
}

void TestGuiKeyboard::cleanupTestCase()
{
    m_gui.tearDown();
}

void TestGuiKeyboard::activate(QWidget *w)
{
    QVERIFY2(test::GuiFixture::activate(w), qPrintable(w->objectName()));
}

void TestGuiKeyboard::key(int k, Qt::KeyboardModifiers mods)
{
    // A window manager gives the keyboard back to the main window when a dialog closes.
    if (!QApplication::activePopupWidget() && !QApplication::activeModalWidget()
        && QApplication::activeWindow() != m_window.get())
        activate(m_window.get());
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow() ? QApplication::activeWindow() : m_window.get();
    QTest::keyClick(target, Qt::Key(k), mods);
}

void TestGuiKeyboard::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

QString TestGuiKeyboard::focusName() const
{
    QWidget *f = QApplication::focusWidget();
    return f ? f->objectName() : QStringLiteral("(no focus)");
}

bool TestGuiKeyboard::tabTo(const QString &name, int limit)
{
    for (int i = 0; i < limit && focusName() != name; ++i)
        key(Qt::Key_Tab);
    return focusName() == name;
}

bool TestGuiKeyboard::tabTo(QWidget *target, int limit)
{
    for (int i = 0; i < limit && QApplication::focusWidget() != target; ++i)
        key(Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

bool TestGuiKeyboard::arrowToRow(QAbstractItemView *view, const std::function<bool(const QModelIndex &)> &match)
{
    if (QApplication::focusWidget() != view || !view->model())
        return false;
    auto here = [&] { return view->currentIndex().isValid() && match(view->currentIndex()); };
    if (here())
        return true;
    key(Qt::Key_Home, Qt::ControlModifier); // the first row (Home alone is the row's first cell)
    for (int i = 0; i < view->model()->rowCount() && !here(); ++i)
        key(Qt::Key_Down);
    return here();
}

QWidget *TestGuiKeyboard::visibleTopLevel(const QString &name) const
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            return w;
    return nullptr;
}

void TestGuiKeyboard::openDialog(const QString &name, const std::function<void()> &keys, QWidget **dialog)
{
    *dialog = nullptr;
    keys();
    QTRY_VERIFY_WITH_TIMEOUT((*dialog = visibleTopLevel(name)) != nullptr, 10000);
    activate(*dialog);
}

std::function<void()> TestGuiKeyboard::newRequestMenu(Qt::Key letter)
{
    return [this, letter] {
        key(Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::activePopupWidget(), m_window->actionsUi()->menu());
        key(letter);
    };
}

void TestGuiKeyboard::submit(QWidget *dialog, int k, Qt::KeyboardModifiers mods, qint64 *seq)
{
    *seq = 0;
    QVERIFY(dialog);
    QPointer<QWidget> guard(dialog);
    key(k, mods);
    QTRY_VERIFY(!guard || !guard->isVisible());
    *seq = lastSeq();
}

void TestGuiKeyboard::chooseInCombo(QComboBox *box, const QVariant &data)
{
    // Closed, a combo box moves with the arrow keys, as a keyboard user picks from it.
    QCOMPARE(QApplication::focusWidget(), box);
    const int target = box->findData(data);
    QVERIFY(target >= 0);
    for (int i = 0; i < box->count() && box->currentIndex() != target; ++i)
        key(box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentIndex(), target);
}

void TestGuiKeyboard::signInByKeyboard()
{
    activate(m_window.get());
    QCOMPARE(find<QStackedWidget>(QStringLiteral("mainStack"))->currentWidget(), m_window->welcomePage());
    QVERIFY2(tabTo(QStringLiteral("providerField")), qPrintable(focusName()));
    key(Qt::Key_A, Qt::ControlModifier);
    type(m_provider->url().toString());
    key(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("signInButton"));
    QSignalSpy finished(m_session.get(), &Session::syncFinished);
    key(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
    QCOMPARE(finished.first().first().value<Error>().code, ErrorCode::None);
    QCOMPARE(m_session->state(), Session::State::SignedIn);
    QCOMPARE(find<QStackedWidget>(QStringLiteral("mainStack"))->currentWidget(), m_window->tabs());
}

qint64 TestGuiKeyboard::lastSeq() const
{
    const QList<OutboxItem> all = SessionInternals::outbox(*m_session)->items();
    return all.isEmpty() ? 0 : all.constLast().seq;
}

bool TestGuiKeyboard::isSent(qint64 seq) const
{
    // Sent, and announced (the acknowledgement is written on another thread, then told).
    const auto item = SessionInternals::outbox(*m_session)->item(seq);
    return item && item->state == OutboxItem::State::Sent && !SessionInternals::sender(*m_session)->isRecording(seq);
}

QString TestGuiKeyboard::requestIdOf(qint64 seq) const
{
    for (const TrackedRequest &t : SessionInternals::outbox(*m_session)->requests())
        if (t.outboxSeq == seq)
            return t.id;
    return {};
}

QJsonObject TestGuiKeyboard::bodyOf(qint64 seq) const
{
    const auto item = SessionInternals::outbox(*m_session)->item(seq);
    return item ? QJsonDocument::fromJson(item->body).object() : QJsonObject();
}

QByteArray TestGuiKeyboard::providerGet(const QString &path)
{
    // What the provider itself now holds, asked with the app's own access token.
    QNetworkRequest req(m_provider->url().resolved(QUrl(path)));
    const QString token = m_tokens->tokens(Session::tokenKeyFor(m_session->providerOrigin(), m_session->account().accountId)).accessToken;
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_nam->get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

int TestGuiKeyboard::hook(const QString &pathAndQuery)
{
    return m_gui.hook(pathAndQuery);
}

QList<QPair<QString, QVariant>> TestGuiKeyboard::rows(QAbstractItemModel *m, int column, int n)
{
    QList<QPair<QString, QVariant>> out;
    for (int r = 0; r < m->rowCount() && r < n; ++r) {
        const QModelIndex i = m->index(r, column);
        out.append({i.data(WindowedTableModel::IdRole).toString(), i.data(WindowedTableModel::SortValueRole)});
    }
    return out;
}

bool TestGuiKeyboard::isSorted(const QList<QPair<QString, QVariant>> &rows, Qt::SortOrder order)
{
    for (int i = 1; i < rows.size(); ++i) {
        const auto c = QVariant::compare(rows[i - 1].second, rows[i].second);
        if (c == QPartialOrdering::Unordered || (order == Qt::AscendingOrder ? c == QPartialOrdering::Greater
                                                                                : c == QPartialOrdering::Less))
            return false;
    }
    return true;
}

void TestGuiKeyboard::everyTaskFromTheKeyboard()
{
    // --- Sign in: the Sign in button pressed with Space; the browser page completes over HTTP.
    signInByKeyboard();
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 9);

    // --- Tabs: Ctrl+1..9 (there are nine, Notices last), Ctrl+Tab, Ctrl+Shift+Tab.
    for (int i = 0; i < 9; ++i) {
        const int before = tabs->currentIndex();
        key(Qt::Key_1 + i, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i < tabs->count() ? i : before);
    }
    key(Qt::Key_1, Qt::ControlModifier);
    for (int i = 1; i <= tabs->count(); ++i) {
        key(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i % tabs->count());
    }
    key(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    key(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 2);

    // --- Filter the server usage table (Ctrl+F, type), then sort it with Sort by / Order.
    key(Qt::Key_3, Qt::ControlModifier);
    auto *usage = find<UsagePage>(QStringLiteral("usagePage"));
    QCOMPARE(tabs->currentWidget(), usage);
    key(Qt::Key_S, Qt::AltModifier); // the "Servers" sub-view
    QCOMPARE(usage->views()->currentIndex(), 0);
    auto *servers = find<RecordTable>(QStringLiteral("serversTable"));
    QAbstractItemModel *serverModel = servers->model();
    QVERIFY(serverModel);
    const int all = serverModel->rowCount();
    QVERIFY(all > 1000);
    key(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusName(), QStringLiteral("serversFilter"));
    type(QStringLiteral("db-1"));
    QTRY_VERIFY(serverModel->rowCount() > 1 && serverModel->rowCount() < all);
    for (int r = 0; r < serverModel->rowCount() && r < 50; ++r)
        QVERIFY2(serverModel->index(r, ServerUsageModel::Server).data().toString().contains(QStringLiteral("db-1")),
                 qPrintable(serverModel->index(r, ServerUsageModel::Server).data().toString()));
    const int filtered = serverModel->rowCount();

    key(FilterBar::sortShortcut()[0].key(), FilterBar::sortShortcut()[0].keyboardModifiers()); // Alt+B
    QCOMPARE(focusName(), QStringLiteral("serversSortColumn"));
    auto *sortColumn = find<QComboBox>(QStringLiteral("serversSortColumn"));
    auto *sortOrder = find<QComboBox>(QStringLiteral("serversSortOrder"));
    QCOMPARE(sortColumn->currentData().toInt(), servers->horizontalHeader()->sortIndicatorSection());
    QVERIFY(servers->horizontalHeader()->sortIndicatorSection() != ServerUsageModel::Traffic);
    const auto before = rows(serverModel, ServerUsageModel::Traffic, 40);
    chooseInCombo(sortColumn, int(ServerUsageModel::Traffic));
    QTRY_COMPARE(servers->horizontalHeader()->sortIndicatorSection(), int(ServerUsageModel::Traffic));
    auto *serverWindowed = qobject_cast<WindowedTableModel *>(serverModel);
    QVERIFY(serverWindowed);
    QTRY_COMPARE(serverWindowed->sortColumn(), int(ServerUsageModel::Traffic));
    const Qt::SortOrder firstOrder = serverWindowed->sortOrder();
    const auto sorted = rows(serverModel, ServerUsageModel::Traffic, 40);
    QVERIFY(isSorted(sorted, firstOrder));
    QVERIFY2(sorted != before, "sorting by traffic did not change the order of the rows");
    QCOMPARE(serverModel->rowCount(), filtered); // sorting keeps the filter

    key(FilterBar::orderShortcut()[0].key(), FilterBar::orderShortcut()[0].keyboardModifiers()); // Alt+E
    QCOMPARE(focusName(), QStringLiteral("serversSortOrder"));
    const Qt::SortOrder flipped = firstOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    chooseInCombo(sortOrder, int(flipped));
    QTRY_COMPARE(servers->horizontalHeader()->sortIndicatorOrder(), flipped);
    QTRY_COMPARE(serverWindowed->sortOrder(), flipped);
    const auto reversed = rows(serverModel, ServerUsageModel::Traffic, 40);
    QVERIFY(isSorted(reversed, flipped));
    QVERIFY(reversed.first().second != sorted.first().second);

    // --- Open a record: Devices, sorted by the keyboard too, a row chosen with the arrow keys,
    // its details shown, Enter moves to them.
    key(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("devicesPage"));
    auto *devices = find<RecordTable>(QStringLiteral("devicesTable"));
    key(FilterBar::sortShortcut()[0].key(), FilterBar::sortShortcut()[0].keyboardModifiers());
    QCOMPARE(focusName(), QStringLiteral("devicesSortColumn"));
    chooseInCombo(find<QComboBox>(QStringLiteral("devicesSortColumn")), int(DevicesModel::Model));
    QTRY_COMPARE(devices->horizontalHeader()->sortIndicatorSection(), int(DevicesModel::Model));
    QVERIFY(isSorted(rows(devices->model(), DevicesModel::Model, 10), devices->horizontalHeader()->sortIndicatorOrder()));
    QVERIFY2(tabTo(QStringLiteral("devicesTable")), qPrintable(focusName()));
    auto *details = find<QTextBrowser>(QStringLiteral("devicesDetails"));
    key(Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(devices->currentIndex().row(), 0);
    key(Qt::Key_Down);
    QCOMPARE(devices->currentIndex().row(), 1);
    const QString model = devices->currentIndex().siblingAtColumn(DevicesModel::Model).data().toString();
    QVERIFY(!model.isEmpty());
    QTRY_VERIFY2(details->toPlainText().contains(model), qPrintable(details->toPlainText()));
    const QString deviceId = devices->currentIndex().data(WindowedTableModel::IdRole).toString();
    key(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), details);

    // --- File a deletion of that device: Ctrl+N, D; type the confirmation word; Enter.
    QWidget *dialog = nullptr;
    openDialog(QStringLiteral("deleteDialog"), newRequestMenu(Qt::Key_D), &dialog);
    QVERIFY(dialog);
    key(Qt::Key_O, Qt::AltModifier); // "Type DELETE to confirm"
    QCOMPARE(focusName(), QStringLiteral("deleteConfirm"));
    type(QStringLiteral("DELETE"));
    qint64 deletionSeq = 0;
    submit(dialog, Qt::Key_Return, Qt::NoModifier, &deletionSeq);

    // --- Edit a detail you may change yourself: Personal, the mobile row, Enter, type, Enter.
    key(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("personalPage"));
    QVERIFY2(tabTo(QStringLiteral("personalTable")), qPrintable(focusName()));
    auto *personal = find<RecordTable>(QStringLiteral("personalTable"));
    QVERIFY(arrowToRow(personal, [](const QModelIndex &i) {
        return i.data(PersonalModel::KeyRole).toString() == QLatin1String("mobile");
    }));
    QVERIFY(personal->currentIndex().data(PersonalModel::EditableRole).toBool());
    openDialog(QStringLiteral("editFieldDialog"), [this] { key(Qt::Key_Return); }, &dialog);
    QVERIFY(dialog);
    QCOMPARE(focusName(), QStringLiteral("editValue"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("+852 5123 4321"));
    qint64 editSeq = 0;
    submit(dialog, Qt::Key_Return, Qt::NoModifier, &editSeq);

    // --- Correction (Ctrl+N, C): the correct value and why, sent with Ctrl+Enter.
    openDialog(QStringLiteral("correctionDialog"), newRequestMenu(Qt::Key_C), &dialog);
    QVERIFY(dialog);
    key(Qt::Key_C, Qt::AltModifier); // "Correct value:"
    QCOMPARE(focusName(), QStringLiteral("correctionProposed"));
    type(QStringLiteral("Alice Wing-Sze Chan"));
    key(Qt::Key_W, Qt::AltModifier); // "Why:"
    QCOMPARE(focusName(), QStringLiteral("correctionReason"));
    type(QStringLiteral("My passport shows my full name."));
    qint64 correctionSeq = 0;
    submit(dialog, Qt::Key_Return, Qt::ControlModifier, &correctionSeq);

    // --- Complaint, then suggestion (Ctrl+N, M; Alt+G picks Suggestion).
    qint64 complaintSeq = 0;
    qint64 suggestionSeq = 0;
    for (const bool suggestion : {false, true}) {
        openDialog(QStringLiteral("complaintDialog"), newRequestMenu(Qt::Key_M), &dialog);
        QVERIFY(dialog);
        QCOMPARE(focusName(), QStringLiteral("complaintSubject"));
        type(suggestion ? QStringLiteral("Newsletter choices") : QStringLiteral("Slow answer"));
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("complaintMessage"));
        type(QStringLiteral("Written from the keyboard."));
        if (suggestion) {
            key(Qt::Key_G, Qt::AltModifier); // a mnemonic clicks after a short animation
            QTRY_VERIFY(dialog->findChild<QAbstractButton *>(QStringLiteral("complaintKindSuggestion"))->isChecked());
        }
        submit(dialog, Qt::Key_Return, Qt::ControlModifier, suggestion ? &suggestionSeq : &complaintSeq);
    }

    // --- Export (Ctrl+E, Enter).
    openDialog(QStringLiteral("exportDialog"), [this] { key(Qt::Key_E, Qt::ControlModifier); }, &dialog);
    QVERIFY(dialog);
    qint64 exportSeq = 0;
    submit(dialog, Qt::Key_Return, Qt::NoModifier, &exportSeq);

    // --- Cancel account (Ctrl+N, A; the typed word; Enter).
    openDialog(QStringLiteral("cancelAccountDialog"), newRequestMenu(Qt::Key_A), &dialog);
    QVERIFY(dialog);
    key(Qt::Key_O, Qt::AltModifier);
    QCOMPARE(focusName(), QStringLiteral("cancelConfirm"));
    type(QStringLiteral("CANCEL"));
    qint64 cancelSeq = 0;
    submit(dialog, Qt::Key_Return, Qt::NoModifier, &cancelSeq);

    // Every one reached the provider, as what was asked for.
    const QList<qint64> seqs{deletionSeq, editSeq, correctionSeq, complaintSeq, suggestionSeq, exportSeq, cancelSeq};
    QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), seqs.size());
    for (qint64 seq : seqs)
        QTRY_VERIFY2_WITH_TIMEOUT(isSent(seq), qPrintable(QString::number(seq)), 30000);
    QCOMPARE(bodyOf(deletionSeq).value(QLatin1String("records")).toArray().first().toObject().value(QLatin1String("id")).toString(),
             deviceId);
    QCOMPARE(bodyOf(correctionSeq).value(QLatin1String("type")).toString(), QStringLiteral("correction"));
    QCOMPARE(bodyOf(complaintSeq).value(QLatin1String("kind")).toString(), QStringLiteral("complaint"));
    QCOMPARE(bodyOf(suggestionSeq).value(QLatin1String("kind")).toString(), QStringLiteral("suggestion"));
    for (qint64 seq : {deletionSeq, correctionSeq, complaintSeq, suggestionSeq, exportSeq, cancelSeq})
        QVERIFY2(!requestIdOf(seq).isEmpty(), qPrintable(QString::number(seq)));
    const QByteArray held = providerGet(QStringLiteral("/v1/me/personal"));
    QVERIFY2(held.contains("+852 5123 4321"), held.constData());

    // --- Follow a request: the provider starts reviewing the complaint; F5; the Requests tab says so.
    const QString complaintId = requestIdOf(complaintSeq);
    QCOMPARE(hook(QStringLiteral("/test/requests/%1/status?status=in_review&note=Looking%20into%20it").arg(complaintId)), 200);
    QSignalSpy changed(m_session.get(), &Session::requestStatusChanged);
    key(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 60000);
    key(Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("requestsPage"));
    QVERIFY2(tabTo(QStringLiteral("requestsTable")), qPrintable(focusName()));
    auto *requests = find<QTableView>(QStringLiteral("requestsTable"));
    auto isRequest = [](const QString &id) {
        return [id](const QModelIndex &i) { return i.data(RequestsModel::RequestIdRole).toString() == id; };
    };
    QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->request(complaintId)
                                 && SessionInternals::outbox(*m_session)->request(complaintId)->status == RequestStatus::InReview,
                             30000);
    QVERIFY(arrowToRow(requests, isRequest(complaintId)));
    QTRY_COMPARE(requests->currentIndex().siblingAtColumn(RequestsModel::Status).data().toString(),
                 RequestsModel::statusLabel(QStringLiteral("in_review")));
    auto *requestDetails = find<QTextBrowser>(QStringLiteral("requestsDetails"));
    QTRY_VERIFY2(requestDetails->toPlainText().contains(QStringLiteral("Looking into it")),
                 qPrintable(requestDetails->toPlainText()));

    // Withdraw the account cancellation from its row: "Cancel request" by its mnemonic.
    const QString cancelId = requestIdOf(cancelSeq);
    QVERIFY2(arrowToRow(requests, isRequest(cancelId)), qPrintable(focusName() + QLatin1Char(' ') + cancelId));
    QVERIFY(find<QPushButton>(QStringLiteral("requestsCancel"))->isEnabled());
    key(Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->request(cancelId)
                                 && SessionInternals::outbox(*m_session)->request(cancelId)->status == RequestStatus::Cancelled,
                             30000);
    QTRY_COMPARE(requests->model()->index(requests->currentIndex().row(), RequestsModel::Status).data().toString(),
                 RequestsModel::statusLabel(QStringLiteral("cancelled")));

    // --- Consent: Space on the first switch; a receipt the provider confirms.
    key(Qt::Key_6, Qt::ControlModifier);
    auto *consent = find<ConsentPage>(QStringLiteral("consentPage"));
    QCOMPARE(tabs->currentWidget(), consent);
    const ConsentPurpose first = m_session->consents().items.value(0);
    QVERIFY(!first.purpose.isEmpty());
    QVERIFY2(tabTo(QStringLiteral("consent_") + first.purpose), qPrintable(focusName()));
    const qsizetype receipts = SessionInternals::outbox(*m_session)->receipts().size();
    key(Qt::Key_Space);
    QCOMPARE(consent->switchFor(first.purpose)->isChecked(), !first.granted);
    QTRY_COMPARE(SessionInternals::outbox(*m_session)->receipts().size(), receipts + 1);
    QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->receipts().constLast().confirmed, 30000);
    QCOMPARE(SessionInternals::outbox(*m_session)->receipts().constLast().granted, !first.granted);

    // --- Sign out: Alt+F, O ("Sign out…"), then Alt+S in the confirmation.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->pendingActions() == 0 && m_session->actionsNeedingAttention() == 0, 30000);
    QVERIFY(m_tokens->has(Session::tokenKeyFor(m_session->providerOrigin(), QStringLiteral("C-1001"))));
    QSignalSpy out(m_session.get(), &Session::signedOut);
    key(Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), find<QMenu>(QStringLiteral("fileMenu")));
    bool confirmed = false;
    QTimer::singleShot(0, this, [&] {
        auto end = qScopeGuard([] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        QWidget *box = nullptr;
        QTRY_VERIFY((box = visibleTopLevel(QStringLiteral("signOutConfirm"))) != nullptr);
        activate(box);
        QPointer<QWidget> shown(box);
        key(Qt::Key_S, Qt::AltModifier); // "Sign out" (a mnemonic clicks after a short animation)
        QTRY_VERIFY(!shown || !shown->isVisible());
        confirmed = true;
        end.dismiss();
    });
    key(Qt::Key_O); // the confirmation runs its own loop until answered
    QTRY_VERIFY(confirmed);
    QTRY_COMPARE(out.count(), 1);
    QCOMPARE(find<QStackedWidget>(QStringLiteral("mainStack"))->currentWidget(), m_window->welcomePage());
    QVERIFY(!m_tokens->has(Session::tokenKeyFor(m_session->providerOrigin(), QStringLiteral("C-1001"))));
}

QList<QWidget *> TestGuiKeyboard::tabCycle(int k, QString *why)
{
    QWidget *start = QApplication::focusWidget();
    QList<QWidget *> cycle{start};
    int limit = 0;
    for (QWidget *w : m_window->findChildren<QWidget *>())
        if (w->focusPolicy() & Qt::TabFocus)
            ++limit;
    for (int i = 0; i <= limit; ++i) {
        key(k);
        QWidget *now = QApplication::focusWidget();
        if (now == start)
            return cycle;
        if (!now || cycle.contains(now)) {
            *why = QStringLiteral("Tab is caught in a loop at %1").arg(now ? now->objectName() : QStringLiteral("(nothing)"));
            return {};
        }
        cycle << now;
    }
    *why = QStringLiteral("Tab never came back to %1").arg(start ? start->objectName() : QString());
    return {};
}

namespace {

/// Which part of the window a focus stop is in, in the order they are read: the toolbar first,
/// then the notification banner, the tab bar, the page, and the status bar last.
int region(QWidget *w, MainWindow *window)
{
    if (qobject_cast<QToolBar *>(w->parentWidget()))
        return 0;
    // The window's banner and the policy notice under it (issue 12) read as one strip.
    if (window->banner()->isAncestorOf(w) || window->noticesUi()->policyBanner()->isAncestorOf(w))
        return 1;
    if (w == window->tabs()->tabBar())
        return 2;
    if (window->tabs()->currentWidget()->isAncestorOf(w))
        return 3;
    if (window->statusBar()->isAncestorOf(w))
        return 4;
    return -1;
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
}

/// Where a stop is on `page`. A tab bar counts as its tabs: its widget spans the whole width.
QRect placeOf(QWidget *w, QWidget *page)
{
    QRect r = w->rect();
    if (auto *bar = qobject_cast<QTabBar *>(w)) {
        r = QRect();
        for (int i = 0; i < bar->count(); ++i)
            r |= bar->tabRect(i);
    }
    return r.translated(w->mapTo(page, QPoint(0, 0)));
}

bool inSidePanel(QWidget *w, QWidget *page)
{
    for (QWidget *p = w; p && p != page; p = p->parentWidget())
        if (p->objectName().endsWith(QLatin1String("Why")))
            return true;
    return false;
}

} // namespace

void TestGuiKeyboard::tabWalksEveryPageInReadingOrder()
{
    // Reading order, as used here. A page is a main column and, on the data pages, the "Why we
    // hold this" panel on its right (UI.md). The main column is read before the side panel; within
    // each, a stop comes after the one before it if it is in the same row and further right (their
    // heights overlap by at least half of the smaller), or it starts lower down (a later row, or
    // the first control inside a group). Around the page, the window is read toolbar, banner, tab
    // bar, page, status bar.
    if (m_session->state() != Session::State::SignedIn)
        signInByKeyboard();
    QTabWidget *tabs = m_window->tabs();
    auto *usage = find<UsagePage>(QStringLiteral("usagePage"));
    struct View
    {
        int tab;
        int usageView; // -1 unless the usage page
    };
    QList<View> views;
    for (int i = 0; i < tabs->count(); ++i)
        views.append({i, tabs->widget(i) == usage ? 0 : -1});
    views.insert(3, {2, 1}); // the Domains sub-view of Usage
    for (const View &v : views) {
        // While a sync runs, Sync now is disabled and Cancel sync shows: walk the settled window.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isSyncing(), 60000);
        key(Qt::Key_1 + v.tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), v.tab);
        QWidget *page = tabs->currentWidget();
        if (v.usageView >= 0) {
            key(v.usageView == 0 ? Qt::Key_S : Qt::Key_Y, Qt::AltModifier); // "Servers" / "Domain activity"
            QCOMPARE(usage->views()->currentIndex(), v.usageView);
        }
        // Start on the tab bar: Tab from there is what a person meets after choosing a tab.
        QVERIFY2(tabTo(tabs->tabBar(), 60), qPrintable(focusName()));
        QString why;
        const QList<QWidget *> forward = tabCycle(Qt::Key_Tab, &why);
        QVERIFY2(!forward.isEmpty(), qPrintable(page->objectName() + QStringLiteral(": ") + why));
        const QList<QWidget *> backward = tabCycle(Qt::Key_Backtab, &why);
        QVERIFY2(!backward.isEmpty(), qPrintable(page->objectName() + QStringLiteral(" backwards: ") + why));
        // Shift+Tab goes back the same way.
        QList<QWidget *> reversed{forward.first()};
        for (qsizetype i = forward.size() - 1; i > 0; --i)
            reversed << forward[i];
        QStringList seen;
        for (QWidget *w : forward)
            seen << describe(w);
        const QByteArray order = (page->objectName() + QStringLiteral(": ") + seen.join(QStringLiteral(" > "))).toUtf8();
        QVERIFY2(backward == reversed, order.constData());

        int pageStops = 0;
        // Every stop can be seen: shown, not clipped away, inside the window.
        for (QWidget *w : forward) {
            QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(describe(w)));
            // The part of it not covered by its parents or by opaque children: where focus can show.
            const QRect seenRect = w->visibleRegion().boundingRect();
            QVERIFY2(!seenRect.isEmpty(), qPrintable(describe(w)));
            const QRect inWindow(w->mapTo(m_window.get(), w->rect().topLeft()), w->size());
            QVERIFY2(!w->rect().isEmpty() && m_window->rect().contains(inWindow), qPrintable(describe(w)));
            QVERIFY2(region(w, m_window.get()) >= 0, qPrintable(describe(w) + QStringLiteral(" is outside the known regions")));
            if (region(w, m_window.get()) == 3)
                ++pageStops;
        }
        QVERIFY2(pageStops > 0, order.constData());

        // Around the page: from the first toolbar stop, the regions never go back.
        qsizetype top = 0;
        while (top < forward.size() && region(forward[top], m_window.get()) != 0)
            ++top;
        QVERIFY2(top < forward.size(), order.constData());
        int last = 0;
        for (qsizetype i = 0; i < forward.size(); ++i) {
            QWidget *w = forward[(top + i) % forward.size()];
            const int r = region(w, m_window.get());
            QVERIFY2(r >= last, qPrintable(describe(w) + QStringLiteral(" out of order in ") + QString::fromUtf8(order)));
            last = r;
        }

        // On the page: main column, then side panel; rows top to bottom, left to right in a row.
        QWidget *prev = nullptr;
        bool side = false;
        int mainRight = 0;
        // (From the tab bar, where the walk started: the page's stops are read after it.)
        for (QWidget *w : forward) {
            if (region(w, m_window.get()) != 3)
                continue;
            const QRect r = placeOf(w, page);
            const bool inSide = inSidePanel(w, page);
            QVERIFY2(!(side && !inSide), qPrintable(describe(w) + QStringLiteral(" after the side panel in ") + QString::fromUtf8(order)));
            if (side && !inSide)
                continue; // reported just above; its row is not comparable with the side panel's
            if (inSide && !side) {
                QVERIFY2(r.left() >= mainRight, qPrintable(describe(w) + QStringLiteral(" is not right of the main column (%1 < %2) in ").arg(r.left()).arg(mainRight) + QString::fromUtf8(order)));
                side = true;
                prev = nullptr;
            }
            if (!inSide)
                mainRight = std::max(mainRight, r.right());
            if (prev) {
                const QRect p = placeOf(prev, page);
                const int overlap = std::min(p.bottom(), r.bottom()) - std::max(p.top(), r.top());
                const bool sameRow = overlap * 2 >= std::min(p.height(), r.height());
                const bool ok = sameRow ? r.left() >= p.left() : r.top() >= p.top();
                QVERIFY2(ok, qPrintable(describe(prev) + QStringLiteral(" then ") + describe(w) + QStringLiteral(" is not reading order in ")
                                        + QString::fromUtf8(order)));
            }
            prev = w;
        }
    }
}

void TestGuiKeyboard::sortBoxesFollowTheHeader()
{
    // Every record table offers Sort by with its columns; a header click (what sortByColumn does)
    // moves the boxes, and a new model (signing in again) fills them again.
    QCOMPARE(m_session->state(), Session::State::SignedIn);
    for (const QString &prefix : {QStringLiteral("servers"), QStringLiteral("domains"), QStringLiteral("devices"),
                                  QStringLiteral("cookies")}) {
        auto *table = find<RecordTable>(prefix + QStringLiteral("Table"));
        auto *column = find<QComboBox>(prefix + QStringLiteral("SortColumn"));
        auto *order = find<QComboBox>(prefix + QStringLiteral("SortOrder"));
        QVERIFY2(table && column && order, qPrintable(prefix));
        QVERIFY(column->isEnabled() && order->isEnabled());
        QCOMPARE(column->count(), table->model()->columnCount());
        for (int c = 0; c < column->count(); ++c)
            QCOMPARE(column->itemText(c), table->model()->headerData(column->itemData(c).toInt(), Qt::Horizontal).toString());
        QCOMPARE(order->count(), 2);
        const int last = table->model()->columnCount() - 1;
        table->sortByColumn(last, Qt::DescendingOrder);
        QCOMPARE(column->currentData().toInt(), last);
        QCOMPARE(order->currentData().toInt(), int(Qt::DescendingOrder));
        table->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(column->currentData().toInt(), 0);
        QCOMPARE(order->currentData().toInt(), int(Qt::AscendingOrder));
    }

    // A new model (what signing in again gives a table) refills the boxes: one that cannot sort
    // leaves them empty and disabled, the table's own model brings its columns back.
    auto *table = find<RecordTable>(QStringLiteral("devicesTable"));
    auto *column = find<QComboBox>(QStringLiteral("devicesSortColumn"));
    QAbstractItemModel *original = table->model();
    QStandardItemModel plain(0, 2);
    plain.setHorizontalHeaderLabels({QStringLiteral("First"), QStringLiteral("Second")});
    table->setRecordModel(&plain, {10, 10});
    QCOMPARE(column->count(), 0);
    QVERIFY(!column->isEnabled());
    table->setRecordModel(original, {});
    QCOMPARE(column->count(), original->columnCount());
    QVERIFY(column->isEnabled());
    QCOMPARE(column->itemText(0), original->headerData(column->itemData(0).toInt(), Qt::Horizontal).toString());
}

void TestGuiKeyboard::escapeClosesEveryDialog()
{
    QCOMPARE(m_session->state(), Session::State::SignedIn);
    struct Open
    {
        QString name;
        std::function<void()> keys;
    };
    const QList<Open> dialogs{
        {QStringLiteral("correctionDialog"), newRequestMenu(Qt::Key_C)},
        {QStringLiteral("deleteDialog"), newRequestMenu(Qt::Key_D)},
        {QStringLiteral("complaintDialog"), newRequestMenu(Qt::Key_M)},
        {QStringLiteral("cancelAccountDialog"), newRequestMenu(Qt::Key_A)},
        {QStringLiteral("exportDialog"), [this] { key(Qt::Key_E, Qt::ControlModifier); }},
        {QStringLiteral("editFieldDialog"),
         [this] {
             key(Qt::Key_2, Qt::ControlModifier);
             QVERIFY(tabTo(QStringLiteral("personalTable")));
             QVERIFY(arrowToRow(find<QTableView>(QStringLiteral("personalTable")), [](const QModelIndex &i) {
                 return i.data(PersonalModel::EditableRole).toBool();
             }));
             key(Qt::Key_F2);
         }},
        {QStringLiteral("consentHistoryDialog"),
         [this] {
             key(Qt::Key_6, Qt::ControlModifier);
             key(Qt::Key_S, Qt::AltModifier); // "History…"
         }},
    };
    const qint64 pending = m_session->pendingActions();
    for (const Open &o : dialogs) {
        QWidget *d = nullptr;
        openDialog(o.name, o.keys, &d);
        QVERIFY2(d, qPrintable(o.name));
        QPointer<QWidget> guard(d);
        key(Qt::Key_Escape);
        QTRY_VERIFY2(!guard || !guard->isVisible(), qPrintable(o.name));
    }
    QCOMPARE(m_session->pendingActions(), pending);

    // Dialogs that run their own loop: answered from a timer inside it.
    struct Modal
    {
        QString name;
        int key;
        Qt::KeyboardModifiers mods;
        std::function<void()> before;
    };
    QStringList shortcutRows;
    const QList<Modal> modals{
        {QStringLiteral("shortcutsDialog"), Qt::Key_F1, Qt::NoModifier, {}},
        {QStringLiteral("settingsDialog"), Qt::Key_Comma, Qt::ControlModifier, {}},
        {QStringLiteral("signOutConfirm"), Qt::Key_O, Qt::NoModifier,
         [this] {
             key(Qt::Key_F, Qt::AltModifier);
             QTRY_COMPARE(QApplication::activePopupWidget(), find<QMenu>(QStringLiteral("fileMenu")));
         }},
    };
    for (const Modal &m : modals) {
        if (m.before)
            m.before();
        else
            activate(m_window.get()); // before the timer: waiting for activation runs the event loop
        bool closed = false;
        QTimer::singleShot(0, this, [&] {
            // Whatever happens here, the dialog's own loop must end.
            auto end = qScopeGuard([] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            });
            QWidget *d = nullptr;
            QTRY_VERIFY((d = visibleTopLevel(m.name)) != nullptr);
            activate(d);
            if (auto *table = d->findChild<QTableWidget *>(QStringLiteral("shortcutsTable")))
                for (int r = 0; r < table->rowCount(); ++r)
                    shortcutRows << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
            QPointer<QWidget> guard(d);
            key(Qt::Key_Escape);
            QTRY_VERIFY(!guard || !guard->isVisible());
            closed = true;
            end.dismiss();
        });
        key(m.key, m.mods);
        QTRY_VERIFY2(closed, qPrintable(m.name));
    }
    QCOMPARE(m_session->state(), Session::State::SignedIn); // Esc on "Sign out?" kept the session

    // Help > Keyboard shortcuts lists the sort keys.
    const QString all = shortcutRows.join(u'\n');
    QVERIFY2(all.contains(FilterBar::sortShortcut().toString(QKeySequence::NativeText) + QStringLiteral(" = Sort the current table")),
             qPrintable(all));
    QVERIFY2(all.contains(FilterBar::orderShortcut().toString(QKeySequence::NativeText) + QStringLiteral(" = Sort the current table")),
             qPrintable(all));

    // The Ctrl+N menu closes with Escape too.
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), m_window->actionsUi()->menu());
    key(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

QTEST_MAIN(TestGuiKeyboard)
#include "tst_gui_keyboard.moc"
