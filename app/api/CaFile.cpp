// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaFile.h"

#include <QFile>
#include <QFileInfo>

namespace pd {

CaFile CaFile::load(const QString &path, const QDateTime &now)
{
    CaFile out;
    out.path = path;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        out.problem = Problem::Missing;
        return out;
    }
    QFile file(path);
    if (!info.isFile() || info.size() > kMaxBytes || !file.open(QIODevice::ReadOnly)) {
        out.problem = Problem::Unreadable;
        return out;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.read(kMaxBytes + 1), QSsl::Pem);
    if (certs.isEmpty()) {
        out.problem = Problem::NoCertificate;
        return out;
    }
    for (const QSslCertificate &c : certs) {
        const QStringList names = c.subjectInfo(QSslCertificate::CommonName);
        const QString name = names.isEmpty() ? c.subjectDisplayName() : names.constFirst();
        if (c.isNull()) {
            out.problem = Problem::NoCertificate;
            return out;
        }
        if (c.expiryDate().isValid() && c.expiryDate() < now) {
            out.problem = Problem::Expired;
            out.subject = name;
            out.when = c.expiryDate();
            return out;
        }
        if (c.effectiveDate().isValid() && c.effectiveDate() > now) {
            out.problem = Problem::NotYetValid;
            out.subject = name;
            out.when = c.effectiveDate();
            return out;
        }
    }
    out.certificates = certs;
    return out;
}

} // namespace pd
