// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/FieldErrors.h"
#include "domain/Staff.h"
#include "staff/StaffTypes.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace pd {
class StaffDesk;
}

namespace pd::ui {

/// One request as staff work on it: what it is and when it is due, what the customer asked and
/// wrote (fetched now, held in memory only), and the steps: assign to me, move to in review, ask
/// the customer, complete, reject (reason from the list plus words), extend the due date once.
/// A step is checked here, saved in the staff outbox and sent when possible (offline too); the
/// dialog says which, and then what Hong Kong Cloud answered.
class ProcessRequestDialog : public QDialog
{
    Q_OBJECT
public:
    ProcessRequestDialog(StaffDesk *desk, const StaffRequest &request, QWidget *parent = nullptr);

    enum class Form { None, Ask, Complete, Reject, Extend };
    Form form() const { return m_form; }
    /// The line under the steps: what happened to the last step.
    QString statusText() const;
    QString detailsText() const;
    QString problemText(const QString &objectName) const;

Q_SIGNALS:
    /// Something to announce in the window's banner once the dialog is closed.
    void message(const QString &text);

private:
    void showForm(Form f);
    void submit();
    void queue(const StaffStep &step, const QString &what);
    void updateHeader();
    void updateButtons();
    void showDetail();
    void setStatus(const QString &text, bool problem = false);
    bool extendQueued() const;

    QPointer<StaffDesk> m_desk;
    StaffRequest m_meta;
    std::optional<StaffRequestDetail> m_detail;
    QString m_loadProblem;
    QList<qint64> m_mySteps;
    Form m_form = Form::None;

    QLabel *m_header;
    QTextBrowser *m_details;
    QPushButton *m_assign;
    QPushButton *m_review;
    QPushButton *m_ask;
    QPushButton *m_complete;
    QPushButton *m_reject;
    QPushButton *m_extend;
    QStackedWidget *m_forms;
    QPlainTextEdit *m_question;
    QLabel *m_effect;
    QPlainTextEdit *m_answer;
    QComboBox *m_reasonCode;
    QLabel *m_reasonHint;
    QPlainTextEdit *m_reasonText;
    QComboBox *m_months;
    QPlainTextEdit *m_extendReason;
    QPushButton *m_send;
    QLabel *m_status;
    QPushButton *m_close;
    FieldErrors m_errors;
};

} // namespace pd::ui
