// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionDialog.h"

namespace pd::ui {

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
