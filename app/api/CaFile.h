// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace pd {

/// The certificate authority file chosen in Settings (for a company with its own CA): PEM, one or
/// more certificates, trusted besides the system's. A file is taken whole or not at all.
struct CaFile
{
    enum class Problem {
        None,
        Missing,       ///< no file at that path (any more)
        Unreadable,    ///< it exists but cannot be read (permissions, a folder, too large)
        NoCertificate, ///< it holds no PEM certificate
        Expired,       ///< a certificate in it has expired
        NotYetValid,   ///< a certificate in it is not valid yet
    };

    QString path;
    QList<QSslCertificate> certificates; ///< all of the file's, when problem is None
    Problem problem = Problem::None;
    /// With Expired or NotYetValid: the certificate's name (its common name) and the date at fault.
    QString subject;
    QDateTime when;

    bool ok() const { return problem == Problem::None; }

    /// Reads and checks `path` at time `now`.
    static CaFile load(const QString &path, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// A CA file larger than this is refused as unreadable (a bundle of every public CA is ~250 KB).
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
};

} // namespace pd
