// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd::hashchain {

/// The `prev_hash` of a chain's first entry: 64 zeros.
QString genesis();
/// hex(SHA-256(prev_hash ‖ JCS(entry without `hash`))), as docs/api/staff.md defines an entry's hash.
QString hashOf(const QString &prevHash, const QJsonObject &entry);

/// Where a chain first goes wrong.
struct Break
{
    enum Kind {
        WrongHash,   ///< the entry's hash is not what its contents give: it was changed
        WrongLink,   ///< its prev_hash is not the hash before it: one was removed, inserted or moved
        WrongOrder,  ///< its sequence number does not follow the one before
    };
    Kind kind = WrongHash;
    qsizetype index = 0; ///< position in the list checked
    qint64 seq = 0;
};

/// Checks entries (each as sent, with `seq`, `prev_hash` and `hash`) in order, starting after
/// `prevHash` at sequence `prevSeq` (genesis() and 0 for a whole chain). Empty when intact.
std::optional<Break> verify(const QList<QJsonObject> &entries, const QString &prevHash = genesis(), qint64 prevSeq = 0);

} // namespace pd::hashchain
