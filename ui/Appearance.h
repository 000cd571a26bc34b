// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace pd::ui {

/// Colours: the system's palette, or a high-contrast one chosen in Settings (GTK's HighContrast
/// theme does not reach Qt, so the app offers its own).
namespace Appearance {

/// White and light text on black, black on a yellow selection: every text/background pair
/// has a contrast of at least 7:1 (WCAG AAA).
QPalette highContrastPalette();
/// Applies the high-contrast palette, or puts back the palette the program started with.
void setHighContrast(bool on);
bool isHighContrast();
/// WCAG contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace Appearance
} // namespace pd::ui
