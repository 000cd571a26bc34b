// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintDialog.h"

#include "Session.h"
#include "sync/ActionQueue.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

namespace pd::ui {

ComplaintDialog::ComplaintDialog(Session *session, QWidget *parent)
    : ActionDialog(session, QStringLiteral("complaintDialog"), parent)
    , m_complaint(new QRadioButton(tr("&Complaint"), this))
    , m_suggestion(new QRadioButton(tr("Su&ggestion"), this))
    , m_subject(new QLineEdit(this))
    , m_message(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Complaint or suggestion"));
    setSummary(tr("Tell Hong Kong Cloud what you think about how it handles your personal data. It will look "
                  "into it and reply within a reasonable time (privacy policy VI.V)."));
    m_complaint->setObjectName(QStringLiteral("complaintKindComplaint"));
    m_suggestion->setObjectName(QStringLiteral("complaintKindSuggestion"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_complaint);
    group->addButton(m_suggestion);
    m_complaint->setChecked(true);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_complaint);
    kinds->addWidget(m_suggestion);
    kinds->addStretch(1);
    // A titled group, so a screen reader says the question with each choice.
    auto *box = new QGroupBox(tr("This is a:"), this);
    box->setObjectName(QStringLiteral("complaintKind"));
    box->setLayout(kinds);
    form()->addRow(box);

    m_subject->setObjectName(QStringLiteral("complaintSubject"));
    m_subject->setPlaceholderText(tr("In a few words"));
    addField(tr("&Subject:"), m_subject, QStringLiteral("subject"), tr("Subject"));
    m_message->setObjectName(QStringLiteral("complaintMessage"));
    m_message->setMinimumHeight(fontMetrics().height() * 6);
    addField(tr("&Message:"), m_message, QStringLiteral("message"), tr("Message"));
    addNote(tr("Subject up to %L1 characters, message up to %L2. You can follow the answer in the Requests tab.")
                .arg(ActionQueue::kMaxSubject)
                .arg(ActionQueue::kMaxMessage));
    connect(m_suggestion, &QRadioButton::toggled, this, &ComplaintDialog::updatePrimary);
    updatePrimary();
    m_subject->setFocus();
}

void ComplaintDialog::setText(bool suggestion, const QString &subject, const QString &message)
{
    (suggestion ? m_suggestion : m_complaint)->setChecked(true);
    m_subject->setText(subject);
    m_message->setPlainText(message);
}

void ComplaintDialog::updatePrimary()
{
    setPrimaryText(m_suggestion->isChecked() ? tr("Send s&uggestion") : tr("Send c&omplaint"));
}

QString ComplaintDialog::actionName() const
{
    return m_suggestion->isChecked() ? tr("Your suggestion") : tr("Your complaint");
}

Result<qint64> ComplaintDialog::submit()
{
    Validation problems;
    Result<qint64> r = session()->actions()->fileComplaint(m_suggestion->isChecked(), m_subject->text(),
                                                           m_message->toPlainText(), &problems);
    errors().show(problems);
    return r;
}

CancelAccountDialog::CancelAccountDialog(Session *session, QWidget *parent)
    : ActionDialog(session, QStringLiteral("cancelAccountDialog"), parent)
    , m_reason(new QPlainTextEdit(this))
    , m_confirm(new QLineEdit(this))
{
    setWindowTitle(tr("Cancel your account"));
    setSummary(tr("Ask Hong Kong Cloud to close your account. If you do not agree with an updated privacy policy, "
                  "you can stop using the service and cancel your account this way (privacy policy VII)."));
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    m_reason->setPlaceholderText(tr("Optional"));
    m_reason->setMinimumHeight(fontMetrics().height() * 4);
    addField(tr("&Reason (optional):"), m_reason, QStringLiteral("reason"), tr("Reason (optional)"));
    addNote(tr("What happens next: Hong Kong Cloud reviews the request and closes the account; your services end. "
               "Data it must keep by law or for open orders and disputes is restricted and deleted later, as with a "
               "deletion request. You can cancel this request in the Requests tab until work on it has started."),
            QStringLiteral("cancelAccountNote"));
    m_confirm->setObjectName(QStringLiteral("cancelConfirm"));
    m_confirm->setPlaceholderText(ActionQueue::cancelConfirmationWord());
    addField(tr("Type %1 to c&onfirm:").arg(ActionQueue::cancelConfirmationWord()), m_confirm,
             QStringLiteral("confirmation"), tr("Type %1 to confirm").arg(ActionQueue::cancelConfirmationWord()),
             [](const FieldProblem &) {
                 return tr("Type CANCEL in capital letters to confirm that you want your account closed.");
             });
    setPrimaryText(tr("Send &cancellation request"));
    m_reason->setFocus();
}

QString CancelAccountDialog::actionName() const
{
    return tr("Your request to cancel the account");
}

Result<qint64> CancelAccountDialog::submit()
{
    Validation problems;
    Result<qint64> r = session()->actions()->cancelAccount(m_reason->toPlainText(), m_confirm->text(), &problems);
    errors().show(problems);
    return r;
}

ExportDialog::ExportDialog(Session *session, QWidget *parent)
    : ActionDialog(session, QStringLiteral("exportDialog"), parent)
{
    setWindowTitle(tr("Request a copy of your data"));
    setSummary(tr("Ask Hong Kong Cloud for a copy of everything it holds about you, as one JSON file that other "
                  "programs can read (privacy policy VI.I)."));
    addNote(tr("Preparing the copy can take a while. When it is ready, select the request in the Requests tab "
               "and choose Save copy to store the file where you like."));
    setPrimaryText(tr("&Request copy"));
}

QString ExportDialog::actionName() const
{
    return tr("Your request for a copy of your data");
}

Result<qint64> ExportDialog::submit()
{
    return session()->actions()->requestExport();
}

} // namespace pd::ui
