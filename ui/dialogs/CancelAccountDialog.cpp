// SPDX-License-Identifier: GPL-3.0-or-later
#include "CancelAccountDialog.h"

#include "Session.h"
#include "sync/ActionQueue.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace pd::ui {

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

void CancelAccountDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
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

} // namespace pd::ui
