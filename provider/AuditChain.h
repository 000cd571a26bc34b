// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pd::provider {

/// The two hash chains of the audit log and the signed checkpoints, as docs/api/staff.md defines
/// them; shared by the provider that writes them and `privacy-provider audit verify` that checks them.
///
/// hash = hex(SHA-256(prev_hash ‖ canonical)), prev_hash as its 64 ASCII hex characters (64 zeros
/// before the first entry), canonical the RFC 8785 (JCS) bytes of the entry without `hash`.
class AuditChain
{
public:
    /// 64 zeros: the prev_hash of a chain's first entry, and the head of an empty chain.
    static const QString &genesis();
    static QString link(const QString &prevHash, const QByteArray &canonical);

    /// The global entry (GET /v1/staff/audit); `withHash` adds `hash`.
    static QJsonObject globalJson(const AuditEntry &e, bool withHash);
    /// The customer's AccessEntry (GET /v1/me/access-log); `withHash` adds `hash`.
    static QJsonObject customerJson(const AuditEntry &e, bool withHash);
    /// The canonical bytes each chain hashes; empty when the entry holds something JCS refuses.
    static QByteArray globalCanonical(const AuditEntry &e);
    static QByteArray customerCanonical(const AuditEntry &e);

    /// What a checkpoint's signature covers: the JCS form of {account_id (customer checkpoints
    /// only), seq, head, at, key_id}.
    static QByteArray checkpointMessage(const QJsonObject &checkpointWithoutSignature);
};

} // namespace pd::provider
