// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace pd {
struct CaFile;
class Session;
class StaffDesk;
}

namespace pd::ui {

class ActionsController;
class NoticesController;
class NotificationBanner;
class OverviewPage;
class Page;
class StaffWorkspace;
class SyncFeedback;
class WelcomePage;

/// The window: toolbar and menus, the notification banner, the welcome page or the category tabs,
/// and a status bar with sync progress. It reads everything through Session and its models and
/// never talks to the network or the database itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    /// A new window for `session` in the current language, in the place of `old` (geometry, tab,
    /// provider shown, visibility); `old` is hidden and deleted later. For a language change.
    static std::unique_ptr<MainWindow> rebuild(std::unique_ptr<MainWindow> old, Session *session);

    WelcomePage *welcomePage() const { return m_welcome; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The staff workspace, shown instead of the customer tabs while a staff member or supervisor
    /// is signed in; nullptr otherwise.
    StaffWorkspace *staffWorkspace() const { return m_staff; }
    NotificationBanner *banner() const { return m_banner; }
    /// Acting on your data: the Actions menu, dialogs and request announcements.
    ActionsController *actionsUi() const { return m_actionsUi; }
    /// The policy, its notice, incidents and disclosures: Help > Privacy policy and Contact.
    NoticesController *noticesUi() const { return m_noticesUi; }
    const QList<Page *> &pages() const { return m_pages; }
    Page *currentPage() const;
    QString statusText() const;
    /// Every action with a keyboard shortcut, for the shortcuts dialog and tests.
    QList<QAction *> shortcutActions() const;

    /// The certificate authority file chosen in Settings cannot be used (found so at start): the
    /// banner says why, with a button that opens Settings; the welcome page says it too.
    void reportCaFile(const pd::CaFile &file);

    /// Shows `text` in the banner (kind: NotificationBanner::Kind); `action` runs when its button
    /// (`actionText`) is pressed.
    void showBanner(int kind, const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});

    /// Asks before signing out (the local copy is deleted); tests switch it off.
    void setConfirmSignOut(bool confirm) { m_confirmSignOut = confirm; }

public Q_SLOTS:
    void showShortcuts();
    /// File > Settings: language and colours. A new language rebuilds the window (see main.cpp).
    void showSettings();
    void focusFilter();
    void showCategory(pd::Category category);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refreshStale();
    void createActions();
    void createToolBar();
    void addPage(Page *page);

    void onStateChanged();
    /// Customer tabs or staff workspace, whichever the signed-in account needs.
    void updateMode();
    void dropStaffWorkspace();
    bool isStaffMode() const { return m_staff != nullptr; }
    /// The tabs the tab shortcuts move through: the staff workspace's or the customer's.
    QTabWidget *activeTabs() const;
    void updateTabActions();
    void onSignInFailed(const pd::Error &error);
    void onRestoreFailed(const pd::Error &error);
    void refreshPages();
    void updateStatus();
    void updateTitle();
    void signOut();

    Session *m_session;
    NotificationBanner *m_banner;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    QWidget *m_staffWaiting;
    StaffWorkspace *m_staff = nullptr;
    QPointer<QObject> m_staffDesk; ///< the desk the workspace was built for
    OverviewPage *m_overview = nullptr;
    ActionsController *m_actionsUi = nullptr;
    NoticesController *m_noticesUi = nullptr;
    QList<Page *> m_pages;
    /// Pages whose data changed while they were not on screen: filled when shown, or all of them
    /// kFillOthersAfterMs after the window's first paint and on the next turn of the event loop after
    /// that (refreshStale), so a start paints the page on screen first.
    QList<Page *> m_stale;
    bool m_painted = false;
    static constexpr int kFillOthersAfterMs = 250;
    std::function<void()> m_bannerAction;
    bool m_confirmSignOut = true;

    QAction *m_syncAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_prevTabAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_tabActions;
    QToolButton *m_accountButton = nullptr;
    QAction *m_accountAction = nullptr;
    SyncFeedback *m_syncFeedback = nullptr;
};

} // namespace pd::ui
