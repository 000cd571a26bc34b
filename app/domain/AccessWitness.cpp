// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessWitness.h"

#include "HashChain.h"
#include "Jcs.h"

#include <QHash>
#include <QSet>

namespace pd {

namespace {
constexpr std::pair<WitnessWarning::Kind, const char *> kKinds[] = {
    {WitnessWarning::Kind::Changed, "changed"},
    {WitnessWarning::Kind::Disappeared, "disappeared"},
    {WitnessWarning::Kind::ChainBroken, "chain_broken"},
    {WitnessWarning::Kind::CheckpointBackwards, "checkpoint_backwards"},
    {WitnessWarning::Kind::CheckpointMismatch, "checkpoint_mismatch"},
    {WitnessWarning::Kind::KeyChanged, "key_changed"},
};

QString breakCode(hashchain::Break::Kind k)
{
    switch (k) {
    case hashchain::Break::WrongHash: return QStringLiteral("wrong_hash");
    case hashchain::Break::WrongLink: return QStringLiteral("wrong_link");
    case hashchain::Break::WrongOrder: return QStringLiteral("wrong_order");
    }
    return {};
}

WitnessWarning warning(WitnessWarning::Kind kind, qint64 seq, const QString &detail = {})
{
    WitnessWarning w;
    w.kind = kind;
    w.seq = seq;
    w.detail = detail;
    w.detectedAt = QDateTime::currentDateTimeUtc();
    return w;
}
} // namespace

QString witnessKindCode(WitnessWarning::Kind k)
{
    for (const auto &[kind, code] : kKinds)
        if (kind == k)
            return QString::fromLatin1(code);
    return {};
}

std::optional<WitnessWarning::Kind> witnessKindFromCode(QStringView code)
{
    for (const auto &[kind, c] : kKinds)
        if (code == QLatin1String(c))
            return kind;
    return std::nullopt;
}

namespace witness {

WitnessResult compare(const QMap<qint64, KeptEntry> &kept, const QList<AccessEntry> &fetched,
                      const std::optional<Checkpoint> &lastCheckpoint, const std::optional<Checkpoint> &newCheckpoint)
{
    WitnessResult out;
    // By sequence number: the first of two entries claiming one number is the one compared (the
    // chain check below reports the second).
    QHash<qint64, const AccessEntry *> bySeq;
    for (const AccessEntry &e : fetched)
        if (!bySeq.contains(e.seq))
            bySeq.insert(e.seq, &e);

    // What was seen before must still be there, byte for byte in canonical form.
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        const AccessEntry *now = bySeq.value(it.key());
        if (!now)
            out.warnings << warning(WitnessWarning::Kind::Disappeared, it.key());
        else if (now->hash != it->hash || jcs::serialize(now->raw) != jcs::serialize(it->raw))
            out.warnings << warning(WitnessWarning::Kind::Changed, it.key());
    }

    // The whole chain, from its first entry: a provider that rewrote an entry must have rewritten
    // every hash after it, which the comparison above sees; one that did not breaks the chain.
    QList<QJsonObject> raws;
    raws.reserve(fetched.size());
    for (const AccessEntry &e : fetched)
        raws << e.raw;
    if (const auto broken = hashchain::verify(raws))
        out.warnings << warning(WitnessWarning::Kind::ChainBroken, broken->seq, breakCode(broken->kind));

    const qint64 lastKept = kept.isEmpty() ? 0 : kept.lastKey();
    QSet<qint64> added;
    for (const AccessEntry &e : fetched)
        if (e.seq > lastKept && !kept.contains(e.seq) && !added.contains(e.seq)) {
            added.insert(e.seq);
            out.added << e;
        }

    if (newCheckpoint) {
        bool keep = true;
        if (lastCheckpoint) {
            if (newCheckpoint->seq < lastCheckpoint->seq) {
                out.warnings << warning(WitnessWarning::Kind::CheckpointBackwards, newCheckpoint->seq,
                                        QString::number(lastCheckpoint->seq));
                keep = false;
            } else if (newCheckpoint->seq == lastCheckpoint->seq && newCheckpoint->head != lastCheckpoint->head) {
                out.warnings << warning(WitnessWarning::Kind::CheckpointMismatch, newCheckpoint->seq);
                keep = false;
            }
            if (!lastCheckpoint->keyId.isEmpty() && newCheckpoint->keyId != lastCheckpoint->keyId)
                out.warnings << warning(WitnessWarning::Kind::KeyChanged, newCheckpoint->seq, newCheckpoint->keyId);
        }
        // The checkpoint must name the hash the chain has at its sequence.
        if (const AccessEntry *at = bySeq.value(newCheckpoint->seq); at && at->hash != newCheckpoint->head) {
            out.warnings << warning(WitnessWarning::Kind::CheckpointMismatch, newCheckpoint->seq);
            keep = false;
        }
        if (keep)
            out.keep = newCheckpoint;
    }
    return out;
}

} // namespace witness
} // namespace pd
