// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;

namespace pd::ui {

/// Help > Keyboard shortcuts: every shortcut in one table, built from the window's actions so the
/// list cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `rows` are (keys, what they do).
    explicit ShortcutsDialog(const QList<QPair<QString, QString>> &rows, QWidget *parent = nullptr);

    using Row = QPair<QString, QString>;
    /// A row for an action: its keys, and `what` or else the action's own text.
    static Row row(const QAction *action, const QString &what = {});
    /// The rows for the keys every window has (tables, dialogs, mnemonics), after the actions' rows.
    static QList<Row> commonRows();
};

} // namespace pd::ui
