// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"

#include <QJsonObject>

#include <optional>

namespace pd::provider {

class AuditSigner;
class ProviderDb;

/// Signed checkpoints of the audit chains (docs/api/staff.md): {account_id (a customer's only), seq,
/// head, at, key_id, signature}, the signature Ed25519 over the JCS form of the other members. One is
/// signed whenever a chain's head has moved since its last checkpoint and someone asks (the access
/// log, GET /v1/audit/checkpoint) or the periodic maintenance runs; each is stored, so `audit verify`
/// can later check that the log still reaches every head it once signed.
class AuditCheckpoints
{
public:
    AuditCheckpoints(ProviderDb &db, const AuditSigner &signer);

    /// The global chain's checkpoint at its current head; nothing when the database or the key fails.
    std::optional<AuditCheckpoint> global();
    /// The customer's chain's checkpoint at its current head (seq 0 and 64 zeros while it is empty).
    std::optional<AuditCheckpoint> customer(const QString &accountId);

    /// The checkpoint as the API shows it.
    static QJsonObject json(const AuditCheckpoint &checkpoint);
    /// What its signature covers: json() without `signature`.
    static QJsonObject signedPart(const AuditCheckpoint &checkpoint);

private:
    std::optional<AuditCheckpoint> current(const QString &accountId);

    ProviderDb &m_db;
    AuditLog m_log;
    const AuditSigner &m_signer;
};

} // namespace pd::provider
