// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"

#include "ErrorText.h"
#include "Session.h"
#include "widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pd::ui {

ActionDialog::ActionDialog(Session *session, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(plainLabel(this))
    , m_form(new QFormLayout)
    , m_notes(new QVBoxLayout)
    , m_failure(FieldErrors::makeLabel(this, objectName + QStringLiteral("Failure")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_primary(new QPushButton(this))
{
    setObjectName(objectName);
    m_summary->setObjectName(objectName + QStringLiteral("Summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_primary->setObjectName(objectName + QStringLiteral("Primary"));
    m_primary->setDefault(true);
    m_primary->setAutoDefault(true);
    m_buttons->addButton(m_primary, QDialogButtonBox::AcceptRole);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(objectName + QStringLiteral("Cancel"));
    // The dialog closes only when the action was queued; the button box would close it at once.
    connect(m_primary, &QPushButton::clicked, this, &ActionDialog::onPrimary);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Enter in a multi-line field starts a new line; Ctrl+Enter submits from anywhere.
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *s = new QShortcut(k, this);
        connect(s, &QShortcut::activated, this, &ActionDialog::onPrimary);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addLayout(m_notes);
    layout->addWidget(m_failure);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QFontMetrics fm = fontMetrics();
    setMinimumWidth(fm.averageCharWidth() * 70);
}

void ActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void ActionDialog::fitHeight()
{
    // Word-wrapped labels report their height only for a given width; QDialog sizes itself from
    // the plain size hint, which cuts them.
    layout()->activate();
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (h > height())
        resize(width(), h);
}

void ActionDialog::setSummary(const QString &text)
{
    m_summary->setText(text);
}

QLabel *ActionDialog::addNote(const QString &text, const QString &name)
{
    auto *note = plainLabel(text, this);
    note->setObjectName(name);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->addWidget(note);
    return note;
}

void ActionDialog::setPrimaryText(const QString &text)
{
    m_primary->setText(text);
}

QLabel *ActionDialog::addField(const QString &labelText, QWidget *input, const QString &field,
                               const QString &accessibleName, FieldErrors::Describe describe)
{
    auto *label = plainLabel(labelText, this);
    label->setBuddy(input);
    input->setAccessibleName(accessibleName);
    m_form->addRow(label, input);
    QLabel *problem = FieldErrors::makeLabel(this, input->objectName() + QStringLiteral("Problem"));
    m_form->addRow(QString(), problem);
    m_errors.add(field, input, problem, std::move(describe));
    // Multi-line fields: Tab moves on instead of typing a tab character.
    if (auto *edit = qobject_cast<QPlainTextEdit *>(input))
        edit->setTabChangesFocus(true);
    return problem;
}

QString ActionDialog::problemText(const QString &name) const
{
    auto *label = findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ActionDialog::doneMessage() const
{
    if (!m_session->isOnline())
        return tr("%1 is saved on this computer. It will be sent when you are online; you can follow it in the "
                  "Requests tab.")
            .arg(actionName());
    return tr("%1 is saved on this computer and is being sent now. You can follow it in the Requests tab.")
        .arg(actionName());
}

void ActionDialog::onPrimary()
{
    if (!m_primary->isEnabled())
        return;
    m_failure->hide();
    m_errors.clear();
    const Result<qint64> r = submit();
    if (r) {
        m_seq = *r;
        accept();
        return;
    }
    // Validation problems are already next to their fields; anything else is said here.
    if (r.error().detail != QLatin1String("validation")) {
        m_failure->setText(tr("Your request could not be saved. %1").arg(ErrorText::sync(r.error())));
        m_failure->show();
    }
    fitHeight();
}

} // namespace pd::ui
