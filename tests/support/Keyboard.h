// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QString>

#include <functional>

class QAbstractItemView;
class QWidget;

namespace pd::test {

/// What keyboard-only GUI tests do with keys: press one where the focus is, type, Tab to a named
/// widget, arrow to a row. Besides keys, it does only what a window manager would (activating the
/// window that should have the keyboard when no dialog or popup has it); it never calls a slot,
/// sets an index or clicks. Failures are returned (or left to QTest::currentTestFailed()).
class Keyboard
{
public:
    /// Presses `key` in the active popup, else the focus widget, else the active window; first
    /// gives `window` the keyboard back when no popup or modal dialog is active.
    static void press(QWidget *window, int key, Qt::KeyboardModifiers mods = Qt::NoModifier);
    /// Types `text` into the focus widget (false when nothing has the focus).
    [[nodiscard]] static bool type(const QString &text);
    /// The focus widget's objectName, or "(no focus)".
    static QString focusName();
    /// Presses Tab (at most `limit` times) until the widget called `name` has the focus.
    [[nodiscard]] static bool tabTo(QWidget *window, const QString &name, int limit = 60);
    /// In the focused `view`, Ctrl+Home then Down until the current index matches.
    [[nodiscard]] static bool arrowToRow(QWidget *window, QAbstractItemView *view,
                                         const std::function<bool(const QModelIndex &)> &match);
    /// The visible top-level widget called `name` (a dialog), or nullptr.
    static QWidget *visibleTopLevel(const QString &name);
};

} // namespace pd::test
