// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionDialog.h"

#include "Session.h"
#include "models/Labels.h"
#include "domain/Limits.h"
#include "sync/ActionQueue.h"
#include "widgets/AttachmentPicker.h"
#include "widgets/PlainText.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd::ui {

CorrectionDialog::CorrectionDialog(Session *session, const QList<QPair<QString, QString>> &fields, const QString &key,
                                   QWidget *parent)
    : ActionDialog(session, QStringLiteral("correctionDialog"), parent)
    , m_fields(fields)
    , m_field(new QComboBox(this))
    , m_current(plainLabel(this))
    , m_proposed(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_attachments(new AttachmentPicker(QStringLiteral("correction"), tr("Supporting documents"), this))
    , m_files(m_attachments->list())
{
    setWindowTitle(tr("Ask us to correct your details"));
    setSummary(tr("Some details, such as your verified name, only Hong Kong Cloud can change. Tell us the right "
                  "value and why, and attach documents that show it. We check the request and tell you the result "
                  "(privacy policy VI.II)."));

    m_field->setObjectName(QStringLiteral("correctionField"));
    for (const auto &f : m_fields)
        m_field->addItem(Labels::personalField(f.first), f.first);
    m_field->setCurrentIndex(qMax(0, m_field->findData(key)));
    auto *fieldLabel = plainLabel(tr("&Detail:"), this);
    fieldLabel->setBuddy(m_field);
    m_field->setAccessibleName(tr("Detail to correct"));
    form()->addRow(fieldLabel, m_field);
    m_current->setObjectName(QStringLiteral("correctionCurrent"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("We hold:"), m_current);

    m_proposed->setObjectName(QStringLiteral("correctionProposed"));
    addField(tr("&Correct value:"), m_proposed, QStringLiteral("proposed_value"), tr("Correct value"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("For example: my name is misspelt; my passport shows the right spelling."));
    m_reason->setMinimumHeight(fontMetrics().height() * 4);
    addField(tr("&Why:"), m_reason, QStringLiteral("reason"), tr("Why the detail is wrong"));

    auto *filesLabel = plainLabel(tr("&Supporting documents:"), this);
    filesLabel->setBuddy(m_files);
    form()->addRow(filesLabel, m_attachments);
    QLabel *filesProblem = FieldErrors::makeLabel(this, QStringLiteral("correctionFilesProblem"));
    form()->addRow(QString(), filesProblem);
    // A file's problem names the file: "scan.txt: This file is not a PDF, ..."
    auto describeFile = [this](const FieldProblem &p) -> QString {
        if (p.field == QLatin1String("attachments"))
            return tr("Too many files: attach at most %1.").arg(p.limit);
        const int i = p.field.section(QLatin1Char(':'), 1).toInt();
        const QString name = i < m_files->count() ? QFileInfo(m_files->item(i)->data(Qt::UserRole).toString()).fileName()
                                                  : QString();
        return tr("%1: %2").arg(name, FieldErrors::describe(p));
    };
    errors().add(QStringLiteral("attachment:"), m_files, filesProblem, describeFile);
    errors().add(QStringLiteral("attachments"), m_files, filesProblem, describeFile);

    addNote(tr("Documents: PDF, PNG or JPEG, at most %1 each and %2 in all. They are copied and kept on this "
               "computer with the request until they are sent, so you can remove the originals.")
                .arg(Labels::bytes(limits::kAttachmentBytesMax))
                .arg(ActionQueue::kMaxAttachments));

    setPrimaryText(tr("Send correction &request"));
    connect(m_field, &QComboBox::currentIndexChanged, this, &CorrectionDialog::updateCurrent);
    updateCurrent();
    setTabOrder(m_field, m_proposed);
    setTabOrder(m_proposed, m_reason);
    setTabOrder(m_reason, m_files);
    setTabOrder(m_files, m_attachments->addButton());
    setTabOrder(m_attachments->addButton(), m_attachments->removeButton());
    m_proposed->setFocus();
}

void CorrectionDialog::updateCurrent()
{
    const QString key = m_field->currentData().toString();
    for (const auto &f : std::as_const(m_fields))
        if (f.first == key)
            m_current->setText(f.second.isEmpty() ? tr("(empty)") : f.second);
}

void CorrectionDialog::setFilePicker(std::function<QStringList()> picker)
{
    m_attachments->setFilePicker(std::move(picker));
}

void CorrectionDialog::addFiles(const QStringList &paths)
{
    m_attachments->addFiles(paths);
}

void CorrectionDialog::setText(const QString &proposed, const QString &reason)
{
    m_proposed->setText(proposed);
    m_reason->setPlainText(reason);
}

QStringList CorrectionDialog::files() const
{
    return m_attachments->files();
}

QString CorrectionDialog::actionName() const
{
    return tr("Your correction request");
}

Result<qint64> CorrectionDialog::submit()
{
    QList<AttachmentFile> attachments;
    for (const QString &p : files())
        attachments.append(AttachmentFile{p});
    Validation problems;
    Result<qint64> r = session()->actions()->requestCorrection(m_field->currentData().toString(), m_proposed->text(),
                                                               m_reason->toPlainText(), attachments, &problems);
    errors().show(problems);
    // Put the cursor on the first file with a problem so Remove acts on it.
    for (const FieldProblem &p : std::as_const(problems)) {
        if (p.field.startsWith(QLatin1String("attachment:"))) {
            if (m_files->hasFocus())
                m_files->setCurrentRow(p.field.section(QLatin1Char(':'), 1).toInt());
            break;
        }
    }
    return r;
}

} // namespace pd::ui
