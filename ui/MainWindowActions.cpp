// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions, menus, toolbar and the shortcuts list: what the keyboard and the menus
// offer. The window's states and modes are in MainWindow.cpp.
#include "MainWindow.h"

#include "ActionsController.h"
#include "Icons.h"
#include "NoticesController.h"
#include "Page.h"
#include "Session.h"
#include "SyncFeedback.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/Labels.h"
#include "staff/StaffWorkspace.h"
#include "widgets/NotificationBanner.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace pd::ui {

void MainWindow::createActions()
{
    m_syncAction = new QAction(Icons::sync(), tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh); // F5
    m_syncAction->setToolTip(tr("Fetch the latest data from Hong Kong Cloud (F5)"));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_staff) {
            m_staff->refresh(); // staff work on the queue, not on their own data
        } else {
            m_syncFeedback->asked();
            m_session->sync();
        }
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
        auto *about = new AboutDialog(m_session->providerUrl(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        connect(about, &AboutDialog::privacyPolicyRequested, m_noticesUi, [this] { m_noticesUi->showPolicy(); });
        about->open();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_syncAction);
    file->addAction(m_actionsUi->newRequestAction());
    file->addAction(m_noticesUi->exportRecordsAction());
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
    help->addAction(m_noticesUi->policyAction());
    help->addAction(m_noticesUi->contactAction());
    help->addSeparator();
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
        QWidget *dismiss = m_banner->findChild<QWidget *>(QStringLiteral("bannerDismiss"));
        setTabOrder(m_banner->actionButton(), dismiss);
        setTabOrder(dismiss, m_noticesUi->policyBanner()->actionButton());
    }
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
    QList<ShortcutsDialog::Row> rows;
    for (QAction *a : std::as_const(m_tabActions))
        if (a->isVisible())
            rows << ShortcutsDialog::row(a, tr("Go to the %1 tab").arg(Labels::withoutMnemonic(a->text()).section(QLatin1Char(' '), 1)));
    for (QAction *a : {m_nextTabAction, m_prevTabAction, m_filterAction, m_syncAction, m_shortcutsAction,
                       m_settingsAction, m_quitAction})
        rows << ShortcutsDialog::row(a);
    rows << ShortcutsDialog::row(m_actionsUi->newRequestAction(),
                                 tr("Make a new request: correct, delete, complain, export, cancel account"))
         << ShortcutsDialog::row(m_actionsUi->exportAction(), tr("Request a copy of your data"))
         << ShortcutsDialog::commonRows();
    ShortcutsDialog dialog(rows, this);
    dialog.exec();
}

} // namespace pd::ui
