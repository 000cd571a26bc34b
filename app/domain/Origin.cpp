// SPDX-License-Identifier: GPL-3.0-or-later
#include "Origin.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace pd::origin {

QString of(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty())
        return {};
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6, as written in a URL
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(port);
}

QString folderName(const QString &origin)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9._-]+"));
    QString name = origin.toLower();
    name.replace(QStringLiteral("://"), QStringLiteral("_"));
    name.replace(unsafe, QStringLiteral("_"));
    const QByteArray hash = QCryptographicHash::hash(origin.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QStringLiteral("provider-") + name + QLatin1Char('-') + QString::fromLatin1(hash);
}

} // namespace pd::origin
