// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActionsController.h"
#include "ErrorText.h"
#include "FirstWindowSize.h"
#include "NoticesController.h"
#include "Icons.h"
#include "Page.h"
#include "Session.h"
#include "SyncFeedback.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/Labels.h"
#include "pages/AccessLogPage.h"
#include "pages/ConsentPage.h"
#include "pages/CookiesPage.h"
#include "pages/DevicesPage.h"
#include "pages/NoticesPage.h"
#include "pages/OverviewPage.h"
#include "pages/PersonalPage.h"
#include "pages/RequestsPage.h"
#include "pages/UsagePage.h"
#include "pages/WelcomePage.h"
#include "staff/StaffDesk.h"
#include "staff/StaffPage.h"
#include "staff/StaffQueuePage.h"
#include "staff/StaffWorkspace.h"
#include "widgets/NotificationBanner.h"
#include "widgets/PlainText.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace pd::ui {

using Kind = NotificationBanner::Kind;

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_banner(new NotificationBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(session, this))
    , m_tabs(new QTabWidget(this))
    , m_staffWaiting(plainLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Your data"));
    m_tabs->tabBar()->setAccessibleName(tr("Data categories"));

    m_overview = new OverviewPage(session, m_tabs);
    addPage(m_overview);
    addPage(new PersonalPage(session, m_tabs));
    addPage(new UsagePage(session, m_tabs));
    addPage(new DevicesPage(session, m_tabs));
    addPage(new CookiesPage(session, m_tabs));
    addPage(new ConsentPage(session, m_tabs));
    addPage(new RequestsPage(session, m_tabs));
    addPage(new AccessLogPage(session, m_tabs));
    auto *notices = new NoticesPage(session, m_tabs);
    addPage(notices);
    m_actionsUi = new ActionsController(session, this);
    m_actionsUi->attachPages();
    m_noticesUi = new NoticesController(session, this, notices);
    connect(m_overview, &OverviewPage::viewRequested, this, &MainWindow::showCategory);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (Page *p = currentPage(); p && m_stale.removeOne(p) && m_session->state() == Session::State::SignedIn
                                     && !m_session->account().isStaff())
            p->refresh();
    });

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    // A staff account whose workspace is not open yet sees this, never the customer tabs.
    auto *waiting = static_cast<QLabel *>(m_staffWaiting);
    waiting->setObjectName(QStringLiteral("staffWaiting"));
    waiting->setAlignment(Qt::AlignCenter);
    waiting->setWordWrap(true);
    waiting->setText(tr("Opening the staff workspace…"));
    m_stack->addWidget(m_staffWaiting);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_noticesUi->policyBanner());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    // The status bar first: the focus chain is circular, so its Cancel button then comes after the
    // pages and before the toolbar, as on screen (bottom, then round to the top).
    m_syncFeedback = new SyncFeedback(m_session, statusBar(), m_syncAction,
                                      [this](int kind, const QString &text, const QString &actionText,
                                             std::function<void()> action) {
                                          showBanner(kind, text, actionText, std::move(action));
                                      },
                                      this);
    createToolBar();

    connect(m_banner, &NotificationBanner::actionTriggered, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    connect(m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::syncStarted, m_syncFeedback, &SyncFeedback::started);
    connect(m_session, &Session::syncProgress, m_syncFeedback, &SyncFeedback::progress);
    connect(m_session, &Session::syncFinished, this, [this](const Error &error) {
        updateStatus();
        m_syncFeedback->finished(error);
    });
    connect(m_session, &Session::signInFailed, this, &MainWindow::onSignInFailed);
    connect(m_session, &Session::restoreFailed, this, &MainWindow::onRestoreFailed);
    connect(m_session, &Session::restoringChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::dataChanged, this, &MainWindow::refreshPages);
    connect(m_session, &Session::staffChanged, this, &MainWindow::updateMode);
    connect(m_session, &Session::signedOut, this, [this] {
        showBanner(int(Kind::Info), tr("You are signed out. The copy of your data on this computer was deleted; "
                                       "your data at Hong Kong Cloud is unchanged."));
    });

    resize(firstWindowSize(fontMetrics(), screen()));
    onStateChanged();
}

std::unique_ptr<MainWindow> MainWindow::rebuild(std::unique_ptr<MainWindow> old, Session *session)
{
    auto next = std::make_unique<MainWindow>(session);
    next->welcomePage()->setProviderText(session->providerUrl().toString());
    if (old) {
        next->m_confirmSignOut = old->m_confirmSignOut;
        next->restoreGeometry(old->saveGeometry());
        next->m_tabs->setCurrentIndex(old->m_tabs->currentIndex());
        if (old->isVisible()) {
            next->show();
            next->activateWindow();
        }
        old->hide();
        old.release()->deleteLater();
    }
    return next;
}

void MainWindow::addPage(Page *page)
{
    const int i = m_tabs->addTab(page, page->icon(), page->title());
    m_tabs->setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));
    m_pages.append(page);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_tabs->currentWidget());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Every widget hears of a new text size in turn; measure once all of them have it.
    if (event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(m_syncFeedback, &SyncFeedback::fit, Qt::QueuedConnection);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The CA file for every call from now on (connections kept open are dropped).
    SettingsDialog::saveCaFile(dialog.caFile());
    m_session->setCaCertificates(dialog.caCertificates());
    // A new language makes main.cpp replace this window after the dialog has gone.
    SettingsDialog::apply(dialog.language(), dialog.highContrast());
}

void MainWindow::focusFilter()
{
    if (m_session->state() != Session::State::SignedIn)
        return;
    QWidget *field = nullptr;
    if (m_staff) {
        field = m_staff->filterField();
    } else {
        Page *page = currentPage();
        field = page ? page->filterField() : nullptr;
    }
    if (!field)
        return;
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void MainWindow::showCategory(Category category)
{
    for (Page *p : std::as_const(m_pages)) {
        if (p->categories().contains(category)) {
            m_tabs->setCurrentWidget(p);
            p->showCategory(category);
            if (QWidget *f = p->filterField())
                f->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::onStateChanged()
{
    const Session::State state = m_session->state();
    const bool signedIn = state == Session::State::SignedIn;
    updateMode();
    m_syncAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    m_filterAction->setEnabled(signedIn);
    m_nextTabAction->setEnabled(signedIn);
    m_prevTabAction->setEnabled(signedIn);
    for (QAction *a : std::as_const(m_tabActions))
        a->setEnabled(signedIn);
    m_accountAction->setVisible(signedIn); // a toolbar widget is shown and hidden through its action
    updateTitle();
    updateStatus();
    if (signedIn) {
        refreshPages();
        m_welcome->setMessage(QString());
        // A restored session shows the cache at once; fetch what changed since. (A fresh sign-in
        // has already started its first sync by the time this runs.)
        QTimer::singleShot(0, this, [this] {
            if (m_session->state() != Session::State::SignedIn || m_session->account().isStaff())
                return;
            if (!m_session->isSyncing())
                m_session->sync();
            else
                m_syncFeedback->stateChanged();
        });
    } else {
        m_syncFeedback->stateChanged();
        // A sync cut off by the account closing (a keychain without tokens) says nothing more, and
        // "offline, showing data from ..." is not true of a copy that is closed.
        if ((!m_syncFeedback->fetchingText().isEmpty() && m_banner->message() == m_syncFeedback->fetchingText())
            || m_banner->kind() == Kind::Offline)
            m_banner->dismiss();
    }
}

QTabWidget *MainWindow::activeTabs() const
{
    return m_staff ? m_staff->tabs() : m_tabs;
}

void MainWindow::updateMode()
{
    const bool signedIn = m_session->state() == Session::State::SignedIn;
    StaffDesk *desk = signedIn ? m_session->staff() : nullptr;
    if (m_staff && m_staffDesk != desk)
        dropStaffWorkspace();
    if (desk && !m_staff) {
        m_staffDesk = desk;
        m_staff = new StaffWorkspace(desk, m_stack);
        m_stack->addWidget(m_staff);
        // The desk goes on sign-out: the workspace, which reads it, goes first.
        connect(desk, &QObject::destroyed, this, &MainWindow::dropStaffWorkspace);
        connect(m_staff, &StaffWorkspace::message, this,
                [this](const QString &text, bool problem) { showBanner(int(problem ? Kind::Error : Kind::Info), text); });
        connect(m_staff, &StaffWorkspace::statusChanged, this, &MainWindow::updateStatus);
        m_staff->queuePage()->refresh();
    }
    const bool staffAccount = signedIn && m_session->account().isStaff();
    if (!signedIn)
        m_stack->setCurrentWidget(m_welcome);
    else if (m_staff)
        m_stack->setCurrentWidget(m_staff);
    else if (staffAccount)
        m_stack->setCurrentWidget(m_staffWaiting);
    else
        m_stack->setCurrentWidget(m_tabs);
    // What acts on the signed-in customer's own data has no place in the staff workspace.
    const bool customer = signedIn && !staffAccount;
    m_actionsUi->menu()->menuAction()->setVisible(!staffAccount);
    m_actionsUi->requestsAction()->setVisible(customer);
    m_actionsUi->newRequestAction()->setEnabled(customer);
    for (QAction *a : m_actionsUi->menu()->actions()) // reachable from a screen reader even when hidden
        a->setEnabled(customer);
    m_actionsUi->exportAction()->setEnabled(customer);
    m_syncAction->setText(staffAccount ? tr("Fetch &again") : tr("&Sync now"));
    m_syncAction->setToolTip(staffAccount ? tr("Fetch the queue and the current list again (F5)")
                                          : tr("Fetch the latest data from Hong Kong Cloud (F5)"));
    updateTabActions();
    updateTitle();
    updateStatus();
    if (m_staff && m_stack->currentWidget() == m_staff && isActiveWindow())
        m_staff->tabs()->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::dropStaffWorkspace()
{
    if (!m_staff)
        return;
    if (m_stack->currentWidget() == m_staff)
        m_stack->setCurrentWidget(m_session->state() == Session::State::SignedIn ? m_staffWaiting : m_welcome);
    m_stack->removeWidget(m_staff);
    // At once: its pages read the desk, which is going away.
    delete m_staff;
    m_staff = nullptr;
    m_staffDesk = nullptr;
    updateTabActions();
}

void MainWindow::updateTabActions()
{
    for (int i = 0; i < m_tabActions.size(); ++i) {
        QAction *a = m_tabActions[i];
        QString title;
        if (m_staff) {
            const auto &pages = m_staff->pages();
            if (i < pages.size())
                title = pages[i]->title();
        } else {
            title = m_pages[i]->title();
        }
        a->setVisible(!title.isEmpty());
        if (!title.isEmpty())
            a->setText(QStringLiteral("&%1 ").arg(i + 1)
                       + Labels::withoutMnemonic(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    }
}

void MainWindow::updateTitle()
{
    const Account a = m_session->account();
    const QString name = a.displayName.isEmpty() ? a.username : a.displayName;
    if (m_session->state() == Session::State::SignedIn && !name.isEmpty() && a.isStaff())
        setWindowTitle(a.isSupervisor() ? tr("Privacy Dashboard - Staff: %1 (supervisor)").arg(name)
                                        : tr("Privacy Dashboard - Staff: %1").arg(name));
    else if (m_session->state() == Session::State::SignedIn && !name.isEmpty())
        setWindowTitle(tr("Privacy Dashboard - %1").arg(name));
    else
        setWindowTitle(tr("Privacy Dashboard"));
    m_accountButton->setText(name);
    m_accountButton->setAccessibleName(tr("Account: %1").arg(name));
    m_accountButton->setToolTip(plainToolTip(tr("Signed in as %1. Open the account menu to sign out.").arg(name)));
}

QString MainWindow::statusText() const
{
    return m_syncFeedback->statusText();
}

void MainWindow::updateStatus()
{
    m_syncFeedback->updateStatus(m_staff ? std::optional<QString>(m_staff->statusText()) : std::nullopt);
}

void MainWindow::refreshPages()
{
    if (m_session->state() != Session::State::SignedIn)
        return;
    if (!m_session->account().isStaff()) {
        // The page on screen now; the others once the window has painted (at start: after the
        // first paint, which is then this page's data), or when one of them is shown first.
        Page *shown = currentPage();
        for (Page *p : std::as_const(m_pages)) {
            if (p == shown)
                p->refresh();
            else if (!m_stale.contains(p))
                m_stale.append(p);
        }
        if (m_painted)
            QMetaObject::invokeMethod(this, &MainWindow::refreshStale, Qt::QueuedConnection);
    }
    updateTitle();
    updateStatus();
}

void MainWindow::refreshStale()
{
    const QList<Page *> stale = std::exchange(m_stale, {});
    if (m_session->state() != Session::State::SignedIn || m_session->account().isStaff())
        return;
    for (Page *p : stale)
        p->refresh();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // A moment after the first paint: the start's own news (the keychain's answer, an offline
    // banner) is shown before the pages nobody looks at yet are filled.
    if (!std::exchange(m_painted, true) && !m_stale.isEmpty())
        QTimer::singleShot(kFillOthersAfterMs, this, &MainWindow::refreshStale);
}

void MainWindow::showBanner(int kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_bannerAction = std::move(action);
    m_banner->showMessage(Kind(kind), text, actionText);
}

void MainWindow::reportCaFile(const CaFile &file)
{
    if (file.ok())
        return;
    const QString text = ErrorText::caFileAtStart(file);
    if (m_session->state() == Session::State::SignedOut)
        m_welcome->setMessage(text);
    showBanner(int(Kind::Error), text, tr("Open Settings…"), [this] { showSettings(); });
}

void MainWindow::onSignInFailed(const Error &error)
{
    if (error.code == ErrorCode::Cancelled) {
        m_welcome->setMessage(QString());
        m_banner->dismiss();
        return;
    }
    const QString text = error.code == ErrorCode::Unauthorized
                             ? tr("Your sign-in has expired or was withdrawn. Sign in again to update your data.")
                             : ErrorText::signIn(error);
    m_welcome->setMessage(text);
    showBanner(int(Kind::Error), text);
}

void MainWindow::onRestoreFailed(const Error &error)
{
    if (error.code == ErrorCode::KeychainNotFound)
        return; // nothing saved: the welcome page says what to do
    const QString text = error.code == ErrorCode::OtherProvider
                             ? ErrorText::otherProvider(m_session->otherIssuer(), m_session->providerOrigin())
                             : ErrorText::restore(error);
    m_welcome->setMessage(text);
    showBanner(int(Kind::Error), text);
}

void MainWindow::signOut()
{
    // Unsent actions are the user's work: never drop or keep them without asking.
    if (m_session->pendingActions() + m_session->actionsNeedingAttention() > 0) {
        if (const auto choice = m_actionsUi->askAboutUnsentActions())
            m_session->signOut(*choice);
        return;
    }
    if (m_confirmSignOut) {
        QMessageBox box(QMessageBox::Question, tr("Sign out?"),
                        tr("Sign out of Hong Kong Cloud on this computer?"), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("signOutConfirm"));
        box.setInformativeText(tr("The copy of your data on this computer will be deleted. Your data at Hong Kong "
                                  "Cloud is not affected, and you can sign in again at any time."));
        QPushButton *yes = box.addButton(tr("&Sign out"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    m_session->signOut();
}

} // namespace pd::ui
