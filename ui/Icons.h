// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyle>

namespace pd::ui {

/// Icons from the desktop theme, falling back to the style's standard icons so the app needs no
/// image files of its own and looks native everywhere.
class Icons
{
public:
    static QIcon themed(const QString &themeName, QStyle::StandardPixmap fallback);

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
};

} // namespace pd::ui
