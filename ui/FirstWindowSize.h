// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetrics>
#include <QScreen>
#include <QSize>
#include <QString>

namespace pd::ui {

/// The main window's first size: room for a table and the side panel at the default font, measured
/// on Latin letters (in Chinese the font's average character is a CJK one, twice as wide, and the
/// window once opened twice as wide as the screen), never larger than the screen's free area.
/// Header-only: the launch benchmark's bare window (bench/bench_launch.cpp) takes the same size.
inline QSize firstWindowSize(const QFontMetrics &fm, const QScreen *screen)
{
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    QSize size(fm.horizontalAdvance(letters) * 170 / int(letters.size()), fm.height() * 44);
    if (screen)
        size = size.boundedTo(screen->availableGeometry().size());
    return size;
}

} // namespace pd::ui
