// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldErrors.h"

#include "models/Labels.h"
#include "widgets/PlainText.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace pd::ui {

namespace {

int lengthOf(QWidget *input)
{
    if (auto *e = qobject_cast<QLineEdit *>(input))
        return int(e->text().trimmed().size());
    if (auto *e = qobject_cast<QPlainTextEdit *>(input))
        return int(e->toPlainText().trimmed().size());
    return -1;
}

bool matches(const QString &entry, const QString &field)
{
    return entry.endsWith(QLatin1Char(':')) ? field.startsWith(entry) : entry == field;
}

} // namespace

QLabel *FieldErrors::makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = plainLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Red is only a hint: the text itself says what is wrong.
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x0f));
    label->setPalette(p);
    label->hide();
    return label;
}

void FieldErrors::add(const QString &field, QWidget *input, QLabel *label, Describe describe)
{
    m_entries.append({field, input, label, std::move(describe), input ? input->accessibleDescription() : QString()});
}

QString FieldErrors::describe(const FieldProblem &p, int length)
{
    switch (p.code) {
    case FieldProblem::Empty:
        return tr("This is empty. Please fill it in.");
    case FieldProblem::TooLong:
        if (length > 0)
            return tr("This is too long: %L1 characters, and at most %L2 are allowed. Please shorten it.")
                .arg(length)
                .arg(p.limit);
        return tr("This is too long: at most %L1 are allowed. Please shorten it.").arg(p.limit);
    case FieldProblem::BadEmail:
        return tr("This does not look like an email address. Write it like name@example.hk.");
    case FieldProblem::BadPhone:
        return tr("This does not look like a mobile number. Start with + and the country code, then the number: "
                  "8 to 15 digits, for example +852 5123 4567.");
    case FieldProblem::FileTooLarge:
        return tr("This file is too large. Each file can be at most %1.").arg(Labels::bytes(p.limit));
    case FieldProblem::FileWrongType:
        return tr("This file is not a PDF, PNG or JPEG file. Attach a PDF document or a PNG or JPEG picture.");
    case FieldProblem::FileUnreadable:
        return tr("This file could not be read. Check that it still exists and that you may open it.");
    case FieldProblem::ConfirmationMismatch:
        return tr("The confirmation word does not match. Type it exactly as shown, in capital letters.");
    case FieldProblem::NotAllowed:
        return tr("This choice cannot be used. Check it and try again.");
    }
    return tr("Please check this.");
}

void FieldErrors::clear()
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.label) {
            e.label->clear();
            e.label->hide();
        }
        if (e.input)
            e.input->setAccessibleDescription(e.baseDescription);
    }
}

bool FieldErrors::show(const Validation &problems)
{
    clear();
    QWidget *first = nullptr;
    for (const Entry &e : std::as_const(m_entries)) {
        QStringList lines;
        for (const FieldProblem &p : problems) {
            if (!matches(e.field, p.field))
                continue;
            QString text = e.describe ? e.describe(p) : QString();
            if (text.isEmpty())
                text = describe(p, lengthOf(e.input));
            if (!lines.contains(text))
                lines << text;
        }
        if (lines.isEmpty())
            continue;
        const QString text = lines.join(QLatin1Char('\n'));
        if (e.label) {
            e.label->setText(text);
            e.label->show();
        }
        if (e.input) {
            e.input->setAccessibleDescription(text);
            if (!first)
                first = e.input;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !problems.isEmpty();
}

} // namespace pd::ui
