// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Staff.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pd {

/// Something the customer's app saw go wrong with its own access log: the app keeps every entry
/// it has seen (with its hash) and the last signed checkpoint, so a provider that changes or
/// removes an entry later cannot do it unnoticed (docs/api/staff.md: each customer's app is a
/// witness of the log).
struct WitnessWarning
{
    enum class Kind {
        Changed,             ///< an entry seen earlier now reads differently
        Disappeared,         ///< an entry seen earlier is no longer in the log
        ChainBroken,         ///< the chain does not hold: an entry altered, inserted, removed or moved
        CheckpointBackwards, ///< the signed checkpoint is older than one seen earlier (rolled back)
        CheckpointMismatch,  ///< the checkpoint names another head for a sequence already seen
        KeyChanged,          ///< the checkpoints are signed with another key than before
    };
    qint64 id = 0; ///< as stored (0 until stored)
    Kind kind = Kind::Changed;
    qint64 seq = 0; ///< the entry (or checkpoint sequence) concerned
    QString detail; ///< a code: for ChainBroken wrong_hash / wrong_link / wrong_order
    QDateTime detectedAt;
    bool dismissed = false;
};

QString witnessKindCode(WitnessWarning::Kind k);
std::optional<WitnessWarning::Kind> witnessKindFromCode(QStringView code);

/// An access-log entry as the app keeps it: the JSON exactly as first received, and its hash.
struct KeptEntry
{
    QJsonObject raw;
    QString hash;
};

/// What one look at the access log found.
struct WitnessResult
{
    QList<AccessEntry> added;         ///< entries not seen before, in sequence order
    QList<WitnessWarning> warnings;   ///< problems found this time (may repeat earlier ones)
    std::optional<Checkpoint> keep;   ///< the checkpoint to keep (absent: keep the one held)
};

namespace witness {

/// Compares the whole log as the provider sends it now (`fetched`, in the order received) with what
/// was kept, checks the chain from its start with HashChain, and holds the new checkpoint to the
/// last one kept. Pure: the caller stores the result.
WitnessResult compare(const QMap<qint64, KeptEntry> &kept, const QList<AccessEntry> &fetched,
                      const std::optional<Checkpoint> &lastCheckpoint, const std::optional<Checkpoint> &newCheckpoint);

} // namespace witness

} // namespace pd

Q_DECLARE_METATYPE(pd::WitnessWarning)
Q_DECLARE_METATYPE(pd::AccessEntry)
