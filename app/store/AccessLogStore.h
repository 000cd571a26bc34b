// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessWitness.h"
#include "domain/Result.h"
#include "domain/Staff.h"

#include <QList>

#include <optional>

namespace pd {

class CacheDb;

/// The customer's access log, grants and "Ask me first" in the account's cache (CacheDb schema
/// v3). Entries are kept as first received (raw JSON and hash) and never rewritten: the app is a
/// witness of its own log. Every write is one transaction. Reads are cheap enough for the small
/// logs a customer has (an entry per staff look).
class AccessLogStore
{
public:
    explicit AccessLogStore(CacheDb *cache);

    /// Compares the log just fetched with what was kept (witness::compare), then stores, in one
    /// transaction, the entries not seen before, the warnings not recorded before and the
    /// checkpoint to keep. Returns what the comparison found (warnings include repeats).
    Result<WitnessResult> witness(const QList<AccessEntry> &fetched, const std::optional<Checkpoint> &checkpoint);

    /// Every entry kept, oldest first, decoded from its stored JSON.
    QList<AccessEntry> entries() const;
    /// Entries kept as stored: the JSON exactly as received and its hash, by sequence number.
    QMap<qint64, KeptEntry> kept() const;
    qint64 entryCount() const;
    std::optional<Checkpoint> lastCheckpoint() const;
    /// Whether a log was fetched and witnessed at least once (so later entries are "new").
    bool hasWitnessed() const;

    /// Warnings recorded, oldest first; dismissed ones only when asked.
    QList<WitnessWarning> warnings(bool includeDismissed = false) const;
    /// The user has read warning `id`; it stays recorded (and is not raised again).
    Status dismissWarning(qint64 id);

    Status replaceGrants(const QList<Grant> &grants);
    /// Updates one grant (an answer the provider accepted) or adds it.
    Status upsertGrant(const Grant &grant);
    QList<Grant> grants() const;

    Status setAskFirst(bool askFirst);
    /// Empty until fetched.
    std::optional<bool> askFirst() const;

private:
    CacheDb *m_cache;
};

} // namespace pd
