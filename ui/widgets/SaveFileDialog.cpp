// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveFileDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>

#include <utility>

namespace pd::ui {

QString SaveFileDialog::fileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    QFileDialog dialog(parent, caption, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // Object names from Qt's qfiledialog.ui; a native dialog has none of them, and nothing changes.
    for (const auto &[label, field] : {std::pair{"lookInLabel", "lookInCombo"}, std::pair{"fileTypeLabel", "fileTypeCombo"}}) {
        auto *l = dialog.findChild<QLabel *>(QLatin1String(label));
        auto *f = dialog.findChild<QComboBox *>(QLatin1String(field));
        if (l && f && !l->buddy())
            l->setBuddy(f);
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace pd::ui
