// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace pd {

Status makePrivateFolder(const QString &path, bool tightenExisting)
{
    constexpr QFile::Permissions kPrivate = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing folders, outermost first.
    QStringList missing;
    for (QString p = target; !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &p : std::as_const(missing)) {
        // Created with its mode (no moment when it is open to others), then the mode set again
        // because mkdir's is filtered by the umask.
        if (!QDir().mkdir(p, kPrivate) && !QFileInfo(p).isDir())
            return Error::make(ErrorCode::Storage, QStringLiteral("cannot create ") + p);
        QFile::setPermissions(p, kPrivate);
    }
    if (!QFileInfo(target).isDir())
        return Error::make(ErrorCode::Storage, QStringLiteral("not a folder: ") + target);
    if (tightenExisting && missing.isEmpty())
        QFile::setPermissions(target, kPrivate);
    return okStatus();
}

} // namespace pd
