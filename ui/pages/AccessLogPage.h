// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pd {
class AccessLogModel;
}

namespace pd::ui {

/// Access log: every time a staff member looked at the user's data (when, who by pseudonym, why,
/// the ticket, which data, for how long), a details pane, what the app as a witness of the log
/// found wrong (in plain words, until the user dismisses it), and "Ask me first" with the grants
/// waiting for the user's answer (Approve / Decline, with the reason shown).
class AccessLogPage : public Page
{
    Q_OBJECT
public:
    explicit AccessLogPage(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    QTableView *table() const { return m_table; }
    QCheckBox *askFirstBox() const { return m_askFirst; }
    QListWidget *pendingList() const { return m_pending; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *declineButton() const { return m_decline; }
    QString summaryText() const;
    QString warningText() const;
    QString detailsText() const;

Q_SIGNALS:
    /// Something was done that the window should announce in its banner.
    void message(const QString &text);

private:
    void showCurrent();
    void updateAccessState();
    void decide(bool approve);
    void dismissWarnings();

    QPointer<AccessLogModel> m_model;
    QLabel *m_summary;
    QLabel *m_warning;
    QPushButton *m_dismiss;
    QCheckBox *m_askFirst;
    QLabel *m_askFirstHelp;
    QLabel *m_pendingLabel;
    QListWidget *m_pending;
    QPushButton *m_approve;
    QPushButton *m_decline;
    QTableView *m_table;
    QPlainTextEdit *m_details;
};

} // namespace pd::ui
