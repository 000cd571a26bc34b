// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace pd {

/// A provider's origin (RFC 6454: scheme, host and port), the unit tokens and local files belong
/// to. Tokens issued at one origin are only ever sent to it; each origin has its own local copy.
namespace origin {

/// "https://privacy.cn2.hk:443": scheme and host lower-case, the port always written out. Empty for
/// anything but an http(s) URL with a host.
QString of(const QUrl &url);
/// A folder name for the origin's files: only [a-z0-9._-], with a short hash of the whole origin so
/// that two origins that clean up alike ("[::1]" and "__1") never share a folder.
QString folderName(const QString &origin);

} // namespace origin
} // namespace pd
