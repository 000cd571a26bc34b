// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QPointer>

#include <functional>

class QIdentityProxyModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace pd {
class ExportDownload;
class RequestsModel;
struct QueuedAction;
struct TrackedRequest;
} // namespace pd

namespace pd::ui {

/// Requests: everything the user asked for, from "saved on this computer" to the provider's
/// answer, with due dates (overdue ones say so in words and with an icon), a details pane with the
/// timeline and the provider's messages, and what can be done next: cancel, resolve a conflict,
/// edit and resend or discard a refused action, save an export. Also pauses and resumes sending.
class RequestsPage : public Page
{
    Q_OBJECT
public:
    explicit RequestsPage(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    /// The "New request" button; the window gives it its menu.
    QToolButton *newRequestButton() const { return m_new; }
    /// Selects the row of outbox item `seq` or provider request `id`; false if not listed.
    bool selectRequest(qint64 seq, const QString &id = {});
    QString summaryText() const;
    QString sendingText() const;
    QString exportStatusText() const;
    /// The question Hong Kong Cloud asked on the selected request, as shown (empty when none).
    QString questionText() const;
    QPushButton *replyButton() const { return m_reply; }
    /// The staff question awaiting the customer's reply on `request`, if it needs information.
    static QString openQuestion(const TrackedRequest &request);
    /// Replaces the save-file dialog (tests): given a suggested path, returns the chosen one.
    void setSaveFilePicker(std::function<QString(const QString &)> picker) { m_savePicker = std::move(picker); }

    /// Why the provider refused an action, in words, with what the user can do.
    static QString refusalText(const QueuedAction &action);

Q_SIGNALS:
    void resolveRequested(qint64 seq);
    void editAndResendRequested(qint64 seq);
    /// Something was done that the window should announce in its banner.
    void message(const QString &text);

private:
    void showCurrent();
    void updateSummary();
    void updateSending();
    void cancelRequest();
    void discard();
    void saveCopy();
    void reply();
    qint64 currentSeq() const;
    QString currentRequestId() const;
    int currentProgress() const;

    QPointer<RequestsModel> m_model;
    QIdentityProxyModel *m_proxy;
    QLabel *m_summary;
    QLabel *m_sending;
    QPushButton *m_pause;
    QPushButton *m_retry;
    QToolButton *m_new;
    QTableView *m_table;
    QTextBrowser *m_details;
    QPushButton *m_cancel;
    QPushButton *m_resolve;
    QPushButton *m_edit;
    QPushButton *m_discard;
    QPushButton *m_saveCopy;
    QLabel *m_question;
    QPushButton *m_reply;
    QProgressBar *m_exportProgress;
    QLabel *m_exportStatus;
    QPointer<ExportDownload> m_exportJob;
    std::function<QString(const QString &)> m_savePicker;
    qint64 m_keepSeq = 0;
    QString m_keepId;
};

} // namespace pd::ui
