// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionDialog.h"

class QLineEdit;

namespace pd::ui {

/// Changes a detail the user may change themselves (email, mobile, contact address). The change
/// carries the version of the details it was based on, so a change made elsewhere meanwhile is
/// never overwritten: the user is asked which value to keep (see ResolveConflictDialog).
class EditFieldDialog : public ActionDialog
{
    Q_OBJECT
public:
    EditFieldDialog(Session *session, const QString &key, const QString &currentValue, QWidget *parent = nullptr);

    QLineEdit *valueEdit() const { return m_value; }

protected:
    QString actionName() const override;
    Result<qint64> submit() override;

private:
    QString m_key;
    QLineEdit *m_value;
};

} // namespace pd::ui
