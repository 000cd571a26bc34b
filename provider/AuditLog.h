// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"

#include <QList>

#include <limits>
#include <optional>

class QSqlQuery;

namespace pd::provider {

class ProviderDb;

/// Which global entries a page of GET /v1/staff/audit holds: after `afterSeq`, at most `limit`,
/// those matching every filter given (an empty string matches anything).
struct AuditFilter
{
    QString staff;                 ///< the actor's account id or pseudonym
    QString accountId, reason, action;
    qint64 from = 0, to = std::numeric_limits<qint64>::max();
    qint64 afterSeq = 0;
    int limit = 100;
};

/// A signed checkpoint as stored: the chain's head at `seq`. `accountId` null: the global chain.
struct AuditCheckpoint
{
    QString accountId;
    qint64 seq = 0;
    QString head;
    qint64 at = 0;
    QString keyId, signature;      ///< signature in base64
};

/// The audit log and its checkpoints (tables `audit_log`, `audit_checkpoints`): append-only.
/// There is no statement here, or anywhere in the provider, that updates or deletes their rows,
/// and triggers refuse any that tried (ProviderMigrations step 3).
class AuditLog
{
public:
    explicit AuditLog(ProviderDb &db);

    /// Appends `entry` inside the caller's transaction, the one of the action it records: numbers
    /// it, links it into the global chain and, with an account, into that customer's chain (fills
    /// seq, prev_hash, hash and the account_* members; `at` defaults to now).
    bool append(AuditEntry &entry);
    /// The same in a transaction of its own: a read is recorded before its answer is sent.
    bool appendAlone(AuditEntry &entry);

    struct Head
    {
        qint64 seq = 0;            ///< 0: empty
        QString hash;              ///< AuditChain::genesis() when empty
    };
    std::optional<Head> head() const;
    std::optional<Head> accountHead(const QString &accountId) const;

    /// Nothing when the database fails; `hasMore` says whether more entries match.
    std::optional<QList<AuditEntry>> page(const AuditFilter &filter, bool *hasMore) const;
    /// The customer's entries after their `afterAccountSeq`, in the customer's order.
    std::optional<QList<AuditEntry>> accountPage(const QString &accountId, qint64 afterAccountSeq, int limit,
                                                 bool *hasMore) const;

    /// The newest checkpoint of the global chain (`accountId` null) or of a customer's.
    std::optional<AuditCheckpoint> latestCheckpoint(const QString &accountId) const;
    bool insertCheckpoint(const AuditCheckpoint &checkpoint);

    /// For the verifier, which reads the same tables through a read-only connection of its own.
    static QString entryColumns();
    static AuditEntry entryFrom(const QSqlQuery &q);
    static QString checkpointColumns();
    static AuditCheckpoint checkpointFrom(const QSqlQuery &q);

private:
    std::optional<QList<AuditEntry>> select(const QString &where, const QVariantList &binds) const;

    ProviderDb &m_db;
};

} // namespace pd::provider
