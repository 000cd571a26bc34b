// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashChain.h"

#include "Jcs.h"

#include <QCryptographicHash>

namespace pd::hashchain {

QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const QString &prevHash, const QJsonObject &entry)
{
    QJsonObject body = entry;
    body.remove(QStringLiteral("hash"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(jcs::serialize(body));
    return QString::fromLatin1(h.result().toHex());
}

std::optional<Break> verify(const QList<QJsonObject> &entries, const QString &prevHash, qint64 prevSeq)
{
    QString prev = prevHash;
    qint64 seq = prevSeq;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject &e = entries.at(i);
        const qint64 s = e.value(QLatin1String("seq")).toInteger();
        if (s != seq + 1)
            return Break{Break::WrongOrder, i, s};
        if (e.value(QLatin1String("prev_hash")).toString() != prev)
            return Break{Break::WrongLink, i, s};
        const QString hash = e.value(QLatin1String("hash")).toString();
        if (hashOf(prev, e) != hash)
            return Break{Break::WrongHash, i, s};
        prev = hash;
        seq = s;
    }
    return std::nullopt;
}

} // namespace pd::hashchain
