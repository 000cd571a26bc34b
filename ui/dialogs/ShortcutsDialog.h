// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace pd::ui {

/// Help > Keyboard shortcuts: every shortcut in one table, built from the window's actions so the
/// list cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `rows` are (keys, what they do).
    explicit ShortcutsDialog(const QList<QPair<QString, QString>> &rows, QWidget *parent = nullptr);
};

} // namespace pd::ui
