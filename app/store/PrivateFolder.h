// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace pd {

/// Makes `path` and any missing folders above it, each readable only by the user (0700 where the
/// system has POSIX permissions; on Windows the permissions are left to the folder's ACL, which
/// for the user's AppData is already private). With `tightenExisting`, a folder that is already
/// there is made private too: for the app's own data folder, not for one the user pointed it at
/// (that may be their home).
[[nodiscard]] Status makePrivateFolder(const QString &path, bool tightenExisting = false);

} // namespace pd
