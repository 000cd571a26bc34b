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

} // namespace pd::ui
