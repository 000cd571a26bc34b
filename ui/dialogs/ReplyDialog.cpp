// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyDialog.h"

#include "Session.h"
#include "domain/Limits.h"
#include "models/Labels.h"
#include "sync/ActionQueue.h"
#include "widgets/AttachmentPicker.h"
#include "widgets/PlainText.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pd::ui {

ReplyDialog::ReplyDialog(Session *session, const QString &requestId, const QString &question, QWidget *parent)
    : ActionDialog(session, QStringLiteral("replyDialog"), parent)
    , m_requestId(requestId)
    , m_question(plainLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_attachments(new AttachmentPicker(QStringLiteral("reply"), tr("Files to attach"), this))
{
    setWindowTitle(tr("Reply to Hong Kong Cloud"));
    setSummary(tr("Hong Kong Cloud needs more information to go on with request %1. Answer its question; it "
                  "continues working on the request when your reply arrives.").arg(requestId));

    m_question->setObjectName(QStringLiteral("replyQuestion"));
    m_question->setTextFormat(Qt::PlainText); // the staff member's own words
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_question->setText(question.isEmpty() ? tr("(No question was given.)") : question);
    m_question->setAccessibleName(tr("Question from Hong Kong Cloud"));
    form()->addRow(tr("They asked:"), m_question);

    m_text->setObjectName(QStringLiteral("replyText"));
    m_text->setMinimumHeight(fontMetrics().height() * 5);
    m_text->setTabChangesFocus(true);
    addField(tr("&Your reply:"), m_text, QStringLiteral("message"), tr("Your reply"));

    auto *filesLabel = plainLabel(tr("&Files (optional):"), this);
    filesLabel->setBuddy(m_attachments->list());
    form()->addRow(filesLabel, m_attachments);
    QLabel *filesProblem = FieldErrors::makeLabel(this, QStringLiteral("replyFilesProblem"));
    form()->addRow(QString(), filesProblem);
    auto describeFile = [this](const FieldProblem &p) -> QString {
        if (p.field == QLatin1String("attachments"))
            return tr("Too many files: attach at most %1.").arg(p.limit);
        const int i = p.field.section(QLatin1Char(':'), 1).toInt();
        const QStringList files = m_attachments->files();
        return tr("%1: %2").arg(i < files.size() ? QFileInfo(files.at(i)).fileName() : QString(), FieldErrors::describe(p));
    };
    errors().add(QStringLiteral("attachment:"), m_attachments->list(), filesProblem, describeFile);
    errors().add(QStringLiteral("attachments"), m_attachments->list(), filesProblem, describeFile);

    addNote(tr("Files: PDF, PNG or JPEG, at most %1 each and %2 in all. Your reply is saved on this computer first "
               "and sent once, when you are online.")
                .arg(Labels::bytes(limits::kAttachmentBytesMax))
                .arg(limits::kAttachmentsMax));
    setPrimaryText(tr("Send &reply"));
    setTabOrder(m_text, m_attachments->list());
    setTabOrder(m_attachments->list(), m_attachments->addButton());
    setTabOrder(m_attachments->addButton(), m_attachments->removeButton());
    m_text->setFocus();
}

QString ReplyDialog::actionName() const
{
    return tr("Your reply");
}

Result<qint64> ReplyDialog::submit()
{
    QList<AttachmentFile> files;
    for (const QString &p : m_attachments->files())
        files.append(AttachmentFile{p});
    Validation problems;
    Result<qint64> r = session()->actions()->reply(m_requestId, m_text->toPlainText(), files, &problems);
    errors().show(problems);
    return r;
}

} // namespace pd::ui
