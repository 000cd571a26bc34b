// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Records.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QAction;
class QMenu;

namespace pd::ui {

class ActionDialog;
class ConsentPage;
class DesktopNotifier;
class MainWindow;
class RequestsPage;

/// "Act on your data" for the main window: the Actions menu (Ctrl+N), Ctrl+E for an export,
/// the toolbar's "Requests (N)", the dialogs, and telling the user what happened (banner,
/// screen readers, desktop notifications). MainWindow only creates it and places its actions,
/// so the window's own code stays about browsing.
class ActionsController : public QObject
{
    Q_OBJECT
public:
    ActionsController(Session *session, MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *newRequestAction() const { return m_newRequest; }
    QAction *exportAction() const { return m_export; }
    QAction *requestsAction() const { return m_requests; }
    /// Actions with shortcuts, for the shortcuts dialog.
    QList<QAction *> shortcutActions() const { return {m_newRequest, m_export}; }
    DesktopNotifier *notifier() const { return m_notifier; }
    /// The open dialog, if any (tests).
    ActionDialog *currentDialog() const;

    /// Asks what to do with actions not sent yet before signing out; empty when the user cancels.
    std::optional<Session::UnsentActions> askAboutUnsentActions();

    /// Wires the pages that act (Personal, Consent, Requests) once the window has added them.
    void attachPages();

public Q_SLOTS:
    void showNewRequestMenu();
    void editField(const QString &key, const QString &value);
    void correct(const QString &key = {});
    void deleteData();
    void complain();
    void cancelAccount();
    /// The way out of a new privacy policy the customer does not accept (policy VII): the
    /// cancellation dialog with the reason filled in.
    void leaveOverPolicy(const QString &version);
    void requestExport();
    void resolveConflict(qint64 seq);
    void editAndResend(qint64 seq);
    void showRequests();

private:
    void openDialog(ActionDialog *dialog, qint64 replaces = 0);
    void updateCount();
    void announceStatusChanges();
    void onOutboxChanged();
    void showBanner(const QString &text, bool problem = false);
    QList<QPair<QString, QString>> personalFields(bool editable) const;
    RequestsPage *requestsPage() const;
    ConsentPage *consentPage() const;

    Session *m_session;
    MainWindow *m_window;
    DesktopNotifier *m_notifier;
    QMenu *m_menu;
    QAction *m_newRequest;
    QAction *m_export;
    QAction *m_requests;
    QStringList m_announcements;
    qint64 m_attention = 0;
    bool m_keptUnsent = false;
};

} // namespace pd::ui
