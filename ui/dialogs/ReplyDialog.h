// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionDialog.h"

class QLabel;
class QPlainTextEdit;

namespace pd::ui {

class AttachmentPicker;

/// Answers Hong Kong Cloud's question on a request that needs more information: the question as
/// staff wrote it (plain text), the reply (required) and optional files. Queued in the outbox and
/// sent once, like every action.
class ReplyDialog : public ActionDialog
{
    Q_OBJECT
public:
    ReplyDialog(Session *session, const QString &requestId, const QString &question, QWidget *parent = nullptr);

    AttachmentPicker *attachments() const { return m_attachments; }
    QString requestId() const { return m_requestId; }

protected:
    QString actionName() const override;
    Result<qint64> submit() override;

private:
    QString m_requestId;
    QLabel *m_question;
    QPlainTextEdit *m_text;
    AttachmentPicker *m_attachments;
};

} // namespace pd::ui
