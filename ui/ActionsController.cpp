// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsController.h"

#include "ErrorText.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Page.h"
#include "dialogs/CancelAccountDialog.h"
#include "dialogs/ComplaintDialog.h"
#include "dialogs/CorrectionDialog.h"
#include "dialogs/DeleteDialog.h"
#include "dialogs/EditFieldDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ResolveConflictDialog.h"
#include "models/Labels.h"
#include "models/PersonalModel.h"
#include "models/RequestsModel.h"
#include "models/WindowedTableModel.h"
#include "models/AccessLogModel.h"
#include "pages/AccessLogPage.h"
#include "pages/ConsentPage.h"
#include "pages/PersonalPage.h"
#include "pages/RequestsPage.h"
#include "pages/TablePage.h"
#include "platform/DesktopNotifier.h"
#include "sync/ActionQueue.h"
#include "widgets/NotificationBanner.h"
#include "widgets/RecordTable.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>

namespace pd::ui {

ActionsController::ActionsController(Session *session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_notifier(new DesktopNotifier(this))
    , m_menu(new QMenu(tr("&Actions"), window))
{
    m_menu->setObjectName(QStringLiteral("actionsMenu"));
    auto add = [this](const QString &text, const QString &name, auto slot) {
        QAction *a = m_menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(tr("C&hange my contact details…"), QStringLiteral("changeDetailsAction"), [this] {
        for (Page *p : m_window->pages())
            if (auto *personal = qobject_cast<PersonalPage *>(p)) {
                m_window->tabs()->setCurrentWidget(personal);
                personal->table()->setFocus(Qt::ShortcutFocusReason);
                showBanner(tr("Select the detail to change and press Enter or F2."));
            }
    });
    add(tr("Ask us to &correct a detail…"), QStringLiteral("correctAction"), [this] { correct(); });
    add(tr("&Delete data…"), QStringLiteral("deleteAction"), &ActionsController::deleteData);
    add(tr("Co&mplaint or suggestion…"), QStringLiteral("complaintAction"), &ActionsController::complain);
    m_export = add(tr("Request a cop&y of your data…"), QStringLiteral("exportAction"), &ActionsController::requestExport);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    add(tr("Cancel my &account…"), QStringLiteral("cancelAccountAction"), &ActionsController::cancelAccount);
    m_menu->addSeparator();
    add(tr("Co&nsent settings"), QStringLiteral("consentAction"), [this] {
        if (ConsentPage *p = consentPage())
            m_window->tabs()->setCurrentWidget(p);
    });

    m_newRequest = new QAction(tr("&New request…"), this);
    m_newRequest->setObjectName(QStringLiteral("newRequestAction"));
    m_newRequest->setShortcut(QKeySequence::New); // Ctrl+N
    connect(m_newRequest, &QAction::triggered, this, &ActionsController::showNewRequestMenu);

    m_requests = new QAction(Icons::requests(), tr("Requests"), this);
    m_requests->setObjectName(QStringLiteral("requestsAction"));
    connect(m_requests, &QAction::triggered, this, &ActionsController::showRequests);

    // Window-wide, like the window's other shortcuts, so they work from any tab or field.
    window->addActions({m_newRequest, m_export});

    connect(session, &Session::outboxChanged, this, &ActionsController::onOutboxChanged);
    connect(session, &Session::dataChanged, this, &ActionsController::updateCount);
    connect(session, &Session::stateChanged, this, [this] {
        const bool in = m_session->state() == Session::State::SignedIn;
        for (QAction *a : m_menu->actions())
            a->setEnabled(in);
        m_newRequest->setEnabled(in);
        m_requests->setVisible(in);
        m_attention = in ? m_session->actionsNeedingAttention() : 0;
        updateCount();
    });
    connect(session, &Session::requestStatusChanged, this, [this](const TrackedRequest &r, RequestStatus) {
        QString text = tr("%1 (%2) is now: %3.")
                           .arg(RequestsModel::typeLabel(actionKindOf(r.type), r.typeCode), r.id,
                                RequestsModel::statusLabel(RequestsModel::progressOf(r.status), r.statusCode));
        if (r.status == RequestStatus::NeedsInfo || r.status == RequestStatus::Rejected)
            text = Labels::sentences({text, tr("See its details in the Requests tab.")});
        else if (r.status == RequestStatus::Completed && r.exportReady)
            text = Labels::sentences({text, tr("Your copy is ready: save it from the Requests tab.")});
        m_announcements << text;
        // During a sync the window reports the sync at its end; say this after that.
        if (!m_session->isSyncing())
            announceStatusChanges();
    });
    // Queued, so it comes after the window's own "sync finished" message and stays on screen.
    connect(session, &Session::syncFinished, this, &ActionsController::announceStatusChanges, Qt::QueuedConnection);
    // Staff looked at the user's data, or asks to: said like a request's news, after the sync's own message.
    connect(session, &Session::newAccessEntries, this, [this](const QList<AccessEntry> &entries) {
        int asks = 0;
        for (const AccessEntry &e : entries)
            asks += e.action == QLatin1String("grant_requested") ? 1 : 0;
        QString text = tr("%n new entry(ies) in your access log: staff looked at your data or asked to.", nullptr,
                          int(entries.size()));
        if (const AccessEntry &last = entries.constLast(); !last.staff.isEmpty())
            text = Labels::sentences({text, tr("Latest: %1, %2 (%3).")
                                                .arg(last.staff, Labels::accessAction(last.action),
                                                     last.reasonCode.isEmpty() ? Labels::dateTime(last.at)
                                                                               : Labels::accessReason(last.reasonCode))});
        if (asks > 0)
            text = Labels::sentences({text, tr("%n request(s) wait for your answer.", nullptr, asks)});
        text = Labels::sentences({text, tr("See the Access log tab (Ctrl+8).")});
        m_announcements << text;
        m_notifier->notify(tr("Who looked at your data"), text);
        QMetaObject::invokeMethod(this, &ActionsController::announceStatusChanges, Qt::QueuedConnection);
    });
    connect(session, &Session::accessWarningsFound, this, [this](const QList<WitnessWarning> &warnings) {
        QStringList lines;
        for (const WitnessWarning &w : warnings)
            lines << AccessLogModel::warningText(w);
        lines.removeDuplicates();
        const QString text = Labels::sentences({tr("Your access log at Hong Kong Cloud does not match what this app saw "
                                                   "before."),
                                                lines.value(0), tr("See the Access log tab (Ctrl+8).")});
        m_notifier->notify(tr("Your access log changed"), text);
        // After the sync's own message, so it stays on screen.
        QMetaObject::invokeMethod(this, [this, text] { showBanner(text, true); }, Qt::QueuedConnection);
    });
    connect(session, &Session::sendingStopped, this, [this] {
        showBanner(tr("Your sign-in has expired, so nothing more is sent. What you did is kept on this computer; sign "
                      "out and in again to send it."),
                   true);
    });
    connect(session, &Session::actionsStorageFailed, this, [this](const Error &e) {
        showBanner(Labels::sentences({tr("What Hong Kong Cloud answered could not be saved on this computer, so sending "
                                         "is paused and nothing is sent twice."),
                                      ErrorText::sync(e),
                                      tr("Then resume sending in the Requests tab.")}),
                   true);
    });
    connect(session, &Session::tokensNotSaved, this, [this](const Error &e) {
        showBanner(Labels::sentences({tr("Your renewed sign-in could not be saved, so you will need to sign in again "
                                         "next time you start the app."),
                                      ErrorText::sync(e)}),
                   true);
    });
    connect(session, &Session::signedOut, this, [this](const Error &leftover) {
        const bool kept = std::exchange(m_keptUnsent, false);
        if (leftover.code != ErrorCode::None)
            showBanner(Labels::sentences({tr("You are signed out, but some of your data could not be removed from this "
                                             "computer."),
                                          ErrorText::sync(leftover)}),
                       true);
        else if (kept)
            showBanner(tr("You are signed out. The copy of your data on this computer was deleted; the actions you had "
                          "not sent yet are kept here and will be sent when you sign in again."));
    }, Qt::QueuedConnection);
    const bool in = session->state() == Session::State::SignedIn;
    m_requests->setVisible(in);
    m_newRequest->setEnabled(in);
    updateCount();
}

void ActionsController::attachPages()
{
    for (Page *p : m_window->pages()) {
        if (auto *personal = qobject_cast<PersonalPage *>(p)) {
            connect(personal, &PersonalPage::changeRequested, this,
                    [this](const QString &key, const QString &value, bool editable) {
                        if (editable)
                            editField(key, value);
                        else
                            correct(key);
                    });
        } else if (auto *access = qobject_cast<AccessLogPage *>(p)) {
            connect(access, &AccessLogPage::message, this, [this](const QString &t) { showBanner(t); });
        } else if (auto *requests = qobject_cast<RequestsPage *>(p)) {
            requests->newRequestButton()->setMenu(m_menu);
            connect(requests, &RequestsPage::resolveRequested, this, &ActionsController::resolveConflict);
            connect(requests, &RequestsPage::editAndResendRequested, this, &ActionsController::editAndResend);
            connect(requests, &RequestsPage::message, this, [this](const QString &t) { showBanner(t); });
        }
    }
}

RequestsPage *ActionsController::requestsPage() const
{
    for (Page *p : m_window->pages())
        if (auto *r = qobject_cast<RequestsPage *>(p))
            return r;
    return nullptr;
}

ConsentPage *ActionsController::consentPage() const
{
    for (Page *p : m_window->pages())
        if (auto *c = qobject_cast<ConsentPage *>(p))
            return c;
    return nullptr;
}

ActionDialog *ActionsController::currentDialog() const
{
    return m_window->findChild<ActionDialog *>();
}

void ActionsController::showBanner(const QString &text, bool problem)
{
    m_window->banner()->showMessage(problem ? NotificationBanner::Kind::Error : NotificationBanner::Kind::Info, text);
}

void ActionsController::showRequests()
{
    if (RequestsPage *p = requestsPage()) {
        m_window->tabs()->setCurrentWidget(p);
        p->table()->setFocus(Qt::ShortcutFocusReason);
    }
}

void ActionsController::showNewRequestMenu()
{
    if (m_session->state() != Session::State::SignedIn)
        return;
    // Under the button that shows the menu when it is on screen, else at the top of the window.
    QWidget *anchor = nullptr;
    if (RequestsPage *p = requestsPage(); p && p->newRequestButton()->isVisible())
        anchor = p->newRequestButton();
    const QPoint at = anchor ? anchor->mapToGlobal(QPoint(0, anchor->height()))
                             : m_window->mapToGlobal(QPoint(m_window->width() / 3, m_window->height() / 4));
    m_menu->popup(at);
    if (!m_menu->actions().isEmpty())
        m_menu->setActiveAction(m_menu->actions().constFirst());
}

void ActionsController::updateCount()
{
    RequestsModel *model = m_session->state() == Session::State::SignedIn ? m_session->requestsModel() : nullptr;
    const qint64 open = model ? model->openCount() : 0;
    const qint64 overdue = model ? model->overdueCount() : 0;
    m_requests->setText(tr("Requests (%L1)").arg(open));
    QString tip = tr("%n open request(s)", nullptr, int(open));
    if (overdue > 0)
        tip = Labels::list({tip, tr("%n overdue", nullptr, int(overdue))});
    m_requests->setToolTip(tip);
}

void ActionsController::onOutboxChanged()
{
    updateCount();
    if (m_session->state() != Session::State::SignedIn)
        return;
    const qint64 attention = m_session->actionsNeedingAttention();
    if (attention > m_attention) {
        const int tab = requestsPage() ? m_window->tabs()->indexOf(requestsPage()) + 1 : 0;
        showBanner(tab > 0 && tab < 10
                       ? tr("Hong Kong Cloud did not accept something you sent. Nothing was changed; open the Requests "
                            "tab (Ctrl+%1) to see why and what you can do.").arg(tab)
                       : tr("Hong Kong Cloud did not accept something you sent. Nothing was changed; open the Requests "
                            "tab to see why and what you can do."),
                   true);
    }
    m_attention = attention;
}

void ActionsController::announceStatusChanges()
{
    if (m_announcements.isEmpty())
        return;
    const QString text = Labels::sentences(m_announcements);
    m_announcements.clear();
    showBanner(text); // the banner has the Notification role: screen readers say it
    m_notifier->notify(tr("Your requests at Hong Kong Cloud"), text);
}

QList<QPair<QString, QString>> ActionsController::personalFields(bool editable) const
{
    QList<QPair<QString, QString>> out;
    PersonalModel *m = m_session->personalModel();
    if (!m)
        return out;
    for (const PersonalField &f : m->personal().fields)
        if (f.editable == editable)
            out.append({f.key, f.value});
    return out;
}

void ActionsController::openDialog(ActionDialog *dialog, qint64 replaces)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, replaces] {
        // The edited copy replaces the refused one.
        if (replaces && m_session->actions())
            if (Status s = m_session->actions()->discard(replaces); !s) {
                showBanner(Labels::sentences({dialog->doneMessage(),
                                              tr("The earlier, refused copy could not be removed: discard it in the "
                                                 "Requests tab."),
                                              ErrorText::sync(s.error())}),
                           true);
                return;
            }
        showBanner(dialog->doneMessage());
    });
    dialog->open();
}

void ActionsController::editField(const QString &key, const QString &value)
{
    if (!m_session->actions())
        return;
    openDialog(new EditFieldDialog(m_session, key, value, m_window));
}

void ActionsController::correct(const QString &key)
{
    if (!m_session->actions())
        return;
    QList<QPair<QString, QString>> fields = personalFields(false);
    if (fields.isEmpty())
        fields = personalFields(true);
    openDialog(new CorrectionDialog(m_session, fields, key.isEmpty() && !fields.isEmpty() ? fields.first().first : key, m_window));
}

void ActionsController::deleteData()
{
    if (!m_session->actions())
        return;
    DeleteDialog::Selection selection;
    Category shown = Category::Registration;
    bool hasCategory = false;
    if (auto *page = qobject_cast<TablePage *>(m_window->currentPage())) {
        shown = page->categories().value(0);
        hasCategory = true;
        RecordTable *table = page->table();
        if (table->selectionModel()) {
            for (const QModelIndex &i : table->selectionModel()->selectedRows())
                selection.ids << i.data(WindowedTableModel::IdRole).toString();
            if (selection.ids.isEmpty() && table->currentIndex().isValid())
                selection.ids << table->currentIndex().data(WindowedTableModel::IdRole).toString();
        }
        selection.ids.removeAll(QString());
        selection.category = shown;
        const QString tab = Labels::withoutMnemonic(m_window->tabs()->tabText(m_window->tabs()->currentIndex()));
        selection.description = tr("%Ln record(s) selected in the %1 tab", nullptr, int(selection.ids.size())).arg(tab);
    } else if (Page *p = m_window->currentPage(); p && !p->categories().isEmpty()) {
        shown = p->categories().constFirst();
        hasCategory = true;
    }
    auto *dialog = new DeleteDialog(m_session, selection, m_window);
    if (selection.ids.isEmpty() && hasCategory)
        dialog->chooseCategory(shown);
    openDialog(dialog);
}

void ActionsController::complain()
{
    if (m_session->actions())
        openDialog(new ComplaintDialog(m_session, m_window));
}

void ActionsController::cancelAccount()
{
    if (m_session->actions())
        openDialog(new CancelAccountDialog(m_session, m_window));
}

void ActionsController::leaveOverPolicy(const QString &version)
{
    if (!m_session->actions())
        return;
    auto *dialog = new CancelAccountDialog(m_session, m_window);
    dialog->setReason(tr("I do not accept the privacy policy version %1.").arg(version));
    openDialog(dialog);
}

void ActionsController::requestExport()
{
    if (m_session->state() == Session::State::SignedIn && m_session->actions())
        openDialog(new ExportDialog(m_session, m_window));
}

void ActionsController::resolveConflict(qint64 seq)
{
    ActionQueue *actions = m_session->actions();
    const std::optional<QueuedAction> action = actions ? actions->action(seq) : std::nullopt;
    if (!action || !action->conflict)
        return;
    auto *dialog = new ResolveConflictDialog(m_session, *action, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { showBanner(dialog->doneMessage()); });
    dialog->open();
}

void ActionsController::editAndResend(qint64 seq)
{
    ActionQueue *actions = m_session->actions();
    const std::optional<QueuedAction> action = actions ? actions->action(seq) : std::nullopt;
    if (!action || action->state != ActionState::Attention)
        return;
    if (const auto *p = action->as<FieldUpdatePayload>()) {
        openDialog(new EditFieldDialog(m_session, p->key, p->value, m_window), seq);
    } else if (const auto *complaint = action->as<ComplaintPayload>()) {
        auto *d = new ComplaintDialog(m_session, m_window);
        d->setText(complaint->suggestion, complaint->subject, complaint->message);
        openDialog(d, seq);
    } else if (const auto *correction = action->as<CorrectionPayload>()) {
        QList<QPair<QString, QString>> fields = personalFields(false) + personalFields(true);
        auto *d = new CorrectionDialog(m_session, fields, correction->field, m_window);
        d->setText(correction->proposedValue, correction->reason);
        openDialog(d, seq);
    } else if (action->as<DeletionPayload>()) {
        openDialog(new DeleteDialog(m_session, {}, m_window), seq);
    } else if (action->as<CancelAccountPayload>()) {
        openDialog(new CancelAccountDialog(m_session, m_window), seq);
    } else {
        // Nothing the user typed: send it again as it is.
        if (Status s = actions->sendAgain(seq); !s) {
            showBanner(ErrorText::sync(s.error()), true);
            return;
        }
        showBanner(m_session->isOnline() ? tr("Sending it again now.")
                                         : tr("Saved. It will be sent again when you are online."));
    }
}

std::optional<Session::UnsentActions> ActionsController::askAboutUnsentActions()
{
    const qint64 n = m_session->pendingActions() + m_session->actionsNeedingAttention();
    QMessageBox box(QMessageBox::Question, tr("Actions not sent yet"),
                    tr("You have %n action(s) that have not been sent to Hong Kong Cloud yet.", nullptr, int(n)),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsentActionsQuestion"));
    box.setInformativeText(tr("Keep them on this computer and send them next time you sign in, or discard them. "
                              "The copy of your data on this computer is deleted either way."));
    QPushButton *keep = box.addButton(tr("&Keep them and sign out"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("unsentKeep"));
    QPushButton *discard = box.addButton(tr("&Discard them and sign out"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("unsentDiscard"));
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep) {
        m_keptUnsent = true;
        return Session::UnsentActions::Keep;
    }
    if (box.clickedButton() == discard)
        return Session::UnsentActions::Discard;
    return std::nullopt;
}

} // namespace pd::ui
