// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ActionsController.h"
#include "ErrorText.h"
#include "Icons.h"
#include "Page.h"
#include "Session.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/Labels.h"
#include "pages/AccessLogPage.h"
#include "pages/ConsentPage.h"
#include "pages/CookiesPage.h"
#include "pages/DevicesPage.h"
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
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    m_actionsUi = new ActionsController(session, this);
    m_actionsUi->attachPages();
    connect(m_overview, &OverviewPage::viewRequested, this, &MainWindow::showCategory);

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
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    // The status bar first: the focus chain is circular, so its Cancel button then comes after the
    // pages and before the toolbar, as on screen (bottom, then round to the top).
    createStatusBar();
    createToolBar();

    connect(m_banner, &NotificationBanner::actionTriggered, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    connect(m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::syncStarted, this, &MainWindow::onSyncStarted);
    connect(m_session, &Session::syncProgress, this, &MainWindow::onSyncProgress);
    connect(m_session, &Session::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_session, &Session::signInFailed, this, &MainWindow::onSignInFailed);
    connect(m_session, &Session::restoreFailed, this, &MainWindow::onRestoreFailed);
    connect(m_session, &Session::dataChanged, this, &MainWindow::refreshPages);
    connect(m_session, &Session::staffChanged, this, &MainWindow::updateMode);
    connect(m_session, &Session::onlineChanged, this, [this](bool online) { m_backOnline = online; });
    connect(m_session, &Session::signedOut, this, [this] {
        showBanner(int(Kind::Info), tr("You are signed out. The copy of your data on this computer was deleted; "
                                       "your data at Hong Kong Cloud is unchanged."));
    });

    // Enough room for a table and the side panel at the default font.
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 170, fm.height() * 44);
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

void MainWindow::createActions()
{
    m_syncAction = new QAction(Icons::sync(), tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh); // F5
    m_syncAction->setToolTip(tr("Fetch the latest data from Hong Kong Cloud (F5)"));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_staff)
            m_staff->refresh(); // staff work on the queue, not on their own data
        else
            m_session->sync();
    });

    m_signOutAction = new QAction(tr("Sign &out…"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on some platforms (offscreen, some desktops): say it outright.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Window-wide shortcuts for the tabs, so they work wherever the focus is (a table or the
    // usage sub-tabs would otherwise keep Ctrl+Tab for themselves).
    m_nextTabAction = new QAction(tr("&Next tab"), this);
    m_nextTabAction->setObjectName(QStringLiteral("nextTabAction"));
    m_nextTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(m_nextTabAction, &QAction::triggered, this, [this] {
        QTabWidget *t = activeTabs();
        t->setCurrentIndex((t->currentIndex() + 1) % t->count());
    });
    m_prevTabAction = new QAction(tr("&Previous tab"), this);
    m_prevTabAction->setObjectName(QStringLiteral("previousTabAction"));
    m_prevTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                   QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(m_prevTabAction, &QAction::triggered, this, [this] {
        QTabWidget *t = activeTabs();
        t->setCurrentIndex((t->currentIndex() + t->count() - 1) % t->count());
    });

    m_filterAction = new QAction(tr("&Filter this list"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, &MainWindow::focusFilter);

    for (int i = 0; i < m_pages.size() && i < 9; ++i) {
        // "&1 Overview": the number is the menu's mnemonic, the tab's own mnemonic is dropped.
        QString title = Labels::withoutMnemonic(m_pages[i]->title()).replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *a = new QAction(QStringLiteral("&%1 ").arg(i + 1) + title, this);
        a->setObjectName(QStringLiteral("tabAction%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] {
            if (i < activeTabs()->count())
                activeTabs()->setCurrentIndex(i);
        });
        m_tabActions.append(a);
    }

    m_shortcutsAction = new QAction(Icons::help(), tr("&Keyboard shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents); // F1
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_settingsAction = new QAction(tr("S&ettings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // QKeySequence::Preferences is empty on Linux: Ctrl+, outright.
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(tr("&About Privacy Dashboard"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Privacy Dashboard"),
                           tr("Privacy Dashboard %1\n\nShows the personal data Hong Kong Cloud holds about you, "
                              "why, who it is shared with and how long it is kept.\n\nFree software under the GNU "
                              "General Public License, version 3 or later.")
                               .arg(QApplication::applicationVersion()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_syncAction);
    file->addAction(m_actionsUi->newRequestAction());
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_signOutAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(m_tabActions);
    view->addSeparator();
    view->addAction(m_nextTabAction);
    view->addAction(m_prevTabAction);
    view->addSeparator();
    view->addAction(m_filterAction);

    menuBar()->addMenu(m_actionsUi->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);

    // Menu actions only fire from a visible menu bar; adding them to the window keeps their
    // shortcuts alive even when a platform hides the menu bar.
    addActions({m_syncAction, m_quitAction, m_nextTabAction, m_prevTabAction, m_filterAction, m_shortcutsAction,
                m_settingsAction});
    addActions(m_tabActions);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The overflow button Qt adds when the bar is too narrow (large text) has no name of its own.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More tool bar buttons"));
    bar->addAction(m_syncAction);
    bar->addAction(m_actionsUi->requestsAction());
    if (auto *requests = qobject_cast<QToolButton *>(bar->widgetForAction(m_actionsUi->requestsAction()))) {
        requests->setObjectName(QStringLiteral("requestsButton"));
        requests->setFocusPolicy(Qt::StrongFocus);
    }

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("accountMenu"));
    menu->addAction(m_signOutAction);
    m_accountButton = new QToolButton(bar);
    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setMenu(menu);
    m_accountButton->setFocusPolicy(Qt::StrongFocus);
    m_accountAction = bar->addWidget(m_accountButton);

    // Toolbar buttons take no focus by default; keyboard users have F5 and the menus, but a
    // screen-reader user tabbing through should still find them.
    if (auto *syncButton = qobject_cast<QToolButton *>(bar->widgetForAction(m_syncAction))) {
        syncButton->setObjectName(QStringLiteral("syncButton"));
        syncButton->setFocusPolicy(Qt::StrongFocus);
        syncButton->setAccessibleName(tr("Sync now"));
        // Tab follows the screen from the top: toolbar, banner, then the page.
        if (auto *requests = qobject_cast<QToolButton *>(bar->widgetForAction(m_actionsUi->requestsAction()))) {
            setTabOrder(syncButton, requests);
            setTabOrder(requests, m_accountButton);
        } else {
            setTabOrder(syncButton, m_accountButton);
        }
        setTabOrder(m_accountButton, m_banner->actionButton());
        setTabOrder(m_banner->actionButton(), m_banner->findChild<QWidget *>(QStringLiteral("bannerDismiss")));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Every widget hears of a new text size in turn; measure once all of them have it.
    if (event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &MainWindow::fitStatusBar, Qt::QueuedConnection);
}

void MainWindow::fitStatusBar()
{
    // QStatusBar works out its height when widgets are added, not when their text grows: at 200%
    // text its words would be cut off at the bottom.
    QStatusBar *bar = statusBar();
    int height = 0;
    for (QWidget *w : {static_cast<QWidget *>(m_syncedLabel), static_cast<QWidget *>(m_progressLabel),
                       static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancelSync)})
        height = std::max(height, w->sizeHint().height());
    const QMargins m = bar->contentsMargins();
    bar->setMinimumHeight(height + m.top() + m.bottom() + 4);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_syncedLabel = plainLabel(bar);
    m_syncedLabel->setObjectName(QStringLiteral("syncedLabel"));
    m_progressLabel = plainLabel(bar);
    m_progressLabel->setObjectName(QStringLiteral("syncProgressLabel"));
    // Room for "Fetching server usage… 12,000 records" so the text does not jump or get cut.
    m_progressLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 42);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 0); // the total is not known in advance
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 20);
    m_progress->setTextVisible(false);
    m_cancelSync = new QPushButton(tr("Cancel s&ync"), bar);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncButton"));
    connect(m_cancelSync, &QPushButton::clicked, m_session, &Session::cancelSync);
    bar->addWidget(m_syncedLabel, 1);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancelSync);
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelSync->hide();
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> all = {m_syncAction, m_nextTabAction, m_prevTabAction, m_filterAction, m_shortcutsAction,
                            m_settingsAction, m_quitAction};
    all += m_tabActions;
    all += m_actionsUi->shortcutActions();
    return all;
}

void MainWindow::showShortcuts()
{
    QList<QPair<QString, QString>> rows;
    auto add = [&rows](QAction *a, const QString &what = {}) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) {
            // Ctrl+Shift+Backtab is how some platforms report Ctrl+Shift+Tab: same keys to a person.
            if (k[0].key() != Qt::Key_Backtab)
                keys << k.toString(QKeySequence::NativeText);
        }
        rows.append({keys.join(tr(" or ")), what.isEmpty() ? Labels::withoutMnemonic(a->text()) : what});
    };
    for (int i = 0; i < m_tabActions.size(); ++i) {
        if (m_tabActions[i]->isVisible())
            add(m_tabActions[i], tr("Go to the %1 tab").arg(Labels::withoutMnemonic(m_tabActions[i]->text()).section(QLatin1Char(' '), 1)));
    }
    for (QAction *a : {m_nextTabAction, m_prevTabAction, m_filterAction, m_syncAction, m_shortcutsAction,
                       m_settingsAction, m_quitAction})
        add(a);
    add(m_actionsUi->newRequestAction(), tr("Make a new request: correct, delete, complain, export, cancel account"));
    add(m_actionsUi->exportAction(), tr("Request a copy of your data"));
    rows.append({tr("F2"), tr("Change the selected personal detail, or ask us to correct it")});
    rows.append({tr("Enter"), tr("Open the details of the selected row")});
    rows.append({tr("Arrow keys"), tr("Move through a table, row by row")});
    rows.append({tr("Tab, Shift+Tab"), tr("Move to the next or previous control")});
    rows.append({tr("Alt + underlined letter"), tr("Press that button or go to that field")});
    rows.append({tr("Esc"), tr("Close a dialog or menu")});
    ShortcutsDialog dialog(rows, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
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
            else if (m_progress->isHidden())
                onSyncStarted(); // began before this window existed (a language switch rebuilds it)
        });
    } else {
        m_progress->hide();
        m_progressLabel->hide();
        m_cancelSync->hide();
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

QString MainWindow::lastSyncedPhrase() const
{
    const QDateTime t = m_session->lastSyncedAt();
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    // Today, the time is enough; otherwise the date too.
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return Labels::dateTime(t);
}

QString MainWindow::statusText() const
{
    return m_syncedLabel->text();
}

void MainWindow::updateStatus()
{
    if (m_session->state() != Session::State::SignedIn) {
        m_syncedLabel->setText(m_session->state() == Session::State::SigningIn ? tr("Signing in…") : tr("Not signed in"));
        return;
    }
    if (m_staff) {
        m_syncedLabel->setText(m_staff->statusText());
        return;
    }
    if (m_session->account().isStaff()) {
        m_syncedLabel->setText(tr("Opening the staff workspace…"));
        return;
    }
    qint64 total = 0;
    for (Category c : kAllCategories)
        total += m_session->count(c);
    const QString when = lastSyncedPhrase();
    const QString records = tr("%Ln record(s)", nullptr, int(total));
    m_syncedLabel->setText(when.isEmpty() ? tr("Not synced yet · %1").arg(records)
                                          : tr("Synced %1 · %2").arg(when, records));
}

void MainWindow::refreshPages()
{
    if (m_session->state() != Session::State::SignedIn)
        return;
    if (!m_session->account().isStaff())
        for (Page *p : std::as_const(m_pages))
            p->refresh();
    updateTitle();
    updateStatus();
}

void MainWindow::showBanner(int kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_bannerAction = std::move(action);
    m_banner->showMessage(Kind(kind), text, actionText);
}

void MainWindow::onSyncStarted()
{
    if (m_session->account().isStaff())
        return; // a staff member's own (empty) data is not what they work on: nothing to say

    m_progressLabel->setText(tr("Connecting to Hong Kong Cloud…"));
    m_progressLabel->show();
    m_progress->show();
    m_cancelSync->show();
    m_syncAction->setEnabled(false);
    showBanner(int(Kind::Info), tr("Fetching your data from Hong Kong Cloud. You can keep using the app meanwhile."));
}

void MainWindow::onSyncProgress(Category category, qint64 records)
{
    const QString what = QLocale().toLower(Labels::category(category));
    if (records == 0)
        m_progressLabel->setText(tr("Fetching %1…").arg(what));
    else
        m_progressLabel->setText(tr("Fetching %1… %Ln record(s)", nullptr, int(records)).arg(what));
}

void MainWindow::onSyncFinished(const Error &error)
{
    m_progress->hide();
    m_progressLabel->hide();
    m_cancelSync->hide();
    m_syncAction->setEnabled(m_session->state() == Session::State::SignedIn);
    updateStatus();
    const bool backOnline = std::exchange(m_backOnline, false);
    if (m_session->account().isStaff() && error.code != ErrorCode::Unauthorized)
        return; // the workspace says what matters to staff (queue, steps, offline)
    auto retry = [this] { m_session->sync(); };
    const QString when = lastSyncedPhrase();

    switch (error.code) {
    case ErrorCode::None: {
        qint64 total = 0;
        for (Category c : kAllCategories)
            total += m_session->count(c);
        QString text = tr("Your data is up to date: %Ln record(s).", nullptr, int(total));
        if (backOnline)
            text = Labels::sentences({tr("You are back online."), text});
        showBanner(int(Kind::Info), text);
        break;
    }
    case ErrorCode::Cancelled:
        showBanner(int(Kind::Info), when.isEmpty() ? tr("Sync stopped. Nothing has been downloaded yet.")
                                                   : tr("Sync stopped. Showing data from %1.").arg(when),
                   tr("&Retry"), retry);
        break;
    case ErrorCode::Unauthorized:
        // Session follows with signInFailed and the welcome page; that says what to do.
        break;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        showBanner(int(Kind::Offline),
                   when.isEmpty()
                       ? tr("You are offline or Hong Kong Cloud is not answering. Nothing has been downloaded yet; "
                            "press Retry when you are back online.")
                       : tr("You are offline or Hong Kong Cloud is not answering. Showing data from %1.").arg(when),
                   tr("&Retry"), retry);
        break;
    default: {
        QString text = ErrorText::sync(error);
        if (!when.isEmpty())
            text = Labels::sentences({text, tr("Showing data from %1.").arg(when)});
        showBanner(int(Kind::Error), text, tr("&Retry"), retry);
        break;
    }
    }
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
    const QString text = ErrorText::restore(error);
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
