// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace pd::ui {

/// The icons the window draws. Each is bundled as an SVG (resources/icons/actions, at :/icons/actions/),
/// so the window looks the same on Windows and macOS, which have no freedesktop icon theme; on Linux a
/// desktop theme that has an icon of the same name still wins. The bundled ones are drawn in the
/// palette's text colour, so they follow dark and high-contrast palettes.
class Icons
{
public:
    /// The theme's icon called `name` where there is one, else the bundled one of that name.
    static QIcon themed(const QString &name);
    /// The bundled icon alone (for tests and for places that must not follow the theme).
    static QIcon bundled(const QString &name);
    /// The application's own icon (Privacy Dashboard's shield).
    static QIcon application();

    static QIcon sync();
    static QIcon account();
    static QIcon help();
    static QIcon warning();
    static QIcon copy();
    static QIcon overview();
    static QIcon personal();
    static QIcon usage();
    static QIcon devices();
    static QIcon cookies();
    static QIcon requests();
    static QIcon security();
};

} // namespace pd::ui
