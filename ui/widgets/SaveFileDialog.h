// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

/// "Save as" with the platform's file dialog, or Qt's own where there is none (no desktop theme):
/// Qt's own leaves "Look in:" and "Files of type:" without buddies, so a screen reader says only
/// the combo boxes' values; this gives them the labels they show.
class SaveFileDialog
{
public:
    /// The path chosen, or empty when the user cancelled.
    static QString fileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
};

} // namespace pd::ui
