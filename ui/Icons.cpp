// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>

namespace pd::ui {

QIcon Icons::themed(const QString &themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(themeName, QApplication::style()->standardIcon(fallback));
}

QIcon Icons::sync() { return themed(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload); }
QIcon Icons::account() { return themed(QStringLiteral("system-users"), QStyle::SP_DirHomeIcon); }
QIcon Icons::help() { return themed(QStringLiteral("help-contents"), QStyle::SP_DialogHelpButton); }
QIcon Icons::warning() { return themed(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning); }
// No standard pixmap looks like "copy"; without a theme the button is text only.
QIcon Icons::copy() { return QIcon::fromTheme(QStringLiteral("edit-copy")); }
QIcon Icons::overview() { return themed(QStringLiteral("go-home"), QStyle::SP_FileDialogDetailedView); }
QIcon Icons::personal() { return themed(QStringLiteral("user-info"), QStyle::SP_FileDialogInfoView); }
QIcon Icons::usage() { return themed(QStringLiteral("network-server"), QStyle::SP_DriveNetIcon); }
QIcon Icons::devices() { return themed(QStringLiteral("computer"), QStyle::SP_ComputerIcon); }
QIcon Icons::cookies() { return themed(QStringLiteral("text-html"), QStyle::SP_FileIcon); }

} // namespace pd::ui
