// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>

namespace pd::ui {

/// Colours: the system's palette, or a high-contrast one chosen in Settings (GTK's HighContrast
/// theme does not reach Qt, so the app offers its own).
namespace Appearance {

/// White and light text on black, black on a yellow selection: every text/background pair
/// has a contrast of at least 7:1 (WCAG AAA).
QPalette highContrastPalette();
/// `palette` with a selection its text can be read on: where HighlightedText on Highlight is below
/// 4.5:1 (Qt's Fusion light palette: white on #308cc6, 3.7:1) the Highlight becomes a darker or
/// lighter shade of itself; every other colour stays the system's.
QPalette withReadableSelection(QPalette palette);
/// Applies withReadableSelection() to the application's palette (at start-up); only the roles it
/// changes are set, so the rest keeps following the system's theme.
void useReadableSelection();
/// Applies the high-contrast palette, or puts back the palette the program started with.
void setHighContrast(bool on);
bool isHighContrast();
/// WCAG contrast ratio of two colours (1 to 21); a translucent colour counts as drawn over the other.
double contrastRatio(const QColor &a, const QColor &b);

/// WCAG 2.2 AA minimums: text (1.4.3) and graphics that carry meaning, such as chart bars, icons
/// and borders (1.4.11).
inline constexpr double TextContrast = 4.5;
inline constexpr double GraphicsContrast = 3.0;

/// `colour` drawn over an opaque `background`, as it ends up on screen.
QColor composite(const QColor &colour, const QColor &background);

/// `colour` (drawn over the first background if translucent) made darker or lighter, keeping its
/// hue, as little as needed to have at least `minRatio` against every one of `backgrounds`;
/// black or white if no shade of the hue does. Opaque.
QColor ensureContrast(const QColor &colour, const QList<QColor> &backgrounds, double minRatio);

/// What a custom-drawn colour says. It always comes with words or an icon too, never alone.
enum class Tone {
    Accent,  ///< the palette's Highlight: chart bars, information
    Warning, ///< offline, needs attention
    Error,   ///< a problem, an overdue request
};
/// The colour for `tone` in `palette` (a system, dark or high-contrast one), adjusted to have
/// `minRatio` against each of `backgrounds`; at least 7:1 while the high-contrast palette is on.
QColor toneColour(Tone tone, const QPalette &palette, const QList<QColor> &backgrounds, double minRatio);

} // namespace Appearance
} // namespace pd::ui
