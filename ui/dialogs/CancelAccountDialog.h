// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace pd::ui {

/// Cancels the account (policy VII: for someone who does not accept an updated policy). Needs
/// "CANCEL" typed; the reason is optional.
class CancelAccountDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit CancelAccountDialog(Session *session, QWidget *parent = nullptr);
    /// Starts the reason with `text` (the customer can still change it).
    void setReason(const QString &text);

protected:
    QString actionName() const override;
    Result<qint64> submit() override;

private:
    QPlainTextEdit *m_reason;
    QLineEdit *m_confirm;
};

} // namespace pd::ui
