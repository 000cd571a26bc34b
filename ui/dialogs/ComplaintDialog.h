// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionDialog.h"

class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace pd::ui {

/// A complaint or a suggestion about how Hong Kong Cloud handles personal data (policy VI.V).
class ComplaintDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit ComplaintDialog(Session *session, QWidget *parent = nullptr);

    void setText(bool suggestion, const QString &subject, const QString &message);

protected:
    QString actionName() const override;
    Result<qint64> submit() override;

private:
    void updatePrimary();

    QRadioButton *m_complaint;
    QRadioButton *m_suggestion;
    QLineEdit *m_subject;
    QPlainTextEdit *m_message;
};

/// Cancels the account (policy VII: for someone who does not accept an updated policy). Needs
/// "CANCEL" typed; the reason is optional.
class CancelAccountDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit CancelAccountDialog(Session *session, QWidget *parent = nullptr);

protected:
    QString actionName() const override;
    Result<qint64> submit() override;

private:
    QPlainTextEdit *m_reason;
    QLineEdit *m_confirm;
};

/// Asks for a copy of everything held (JSON). When it is ready, the Requests tab offers "Save copy".
class ExportDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Session *session, QWidget *parent = nullptr);

protected:
    QString actionName() const override;
    Result<qint64> submit() override;
};

} // namespace pd::ui
