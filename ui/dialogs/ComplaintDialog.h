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

} // namespace pd::ui
