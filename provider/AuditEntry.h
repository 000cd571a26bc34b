// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pd::provider {

struct Account;

/// One row of the append-only audit log (docs/api/staff.md). The members of the global entry
/// (seq .. prev_hash, hash) come first; then the entry's place in its customer's chain and what
/// only the customer's view (AccessEntry) shows. A null string is a JSON null.
struct AuditEntry
{
    qint64 seq = 0;                ///< global, from 1, no gaps
    qint64 at = 0;                 ///< ms since the epoch, whole seconds
    QString actor;                 ///< account id ("C-9001"), or "system"
    QString actorPseudonym;        ///< staff and supervisors
    QString actorRole;             ///< customer | staff | supervisor | system
    QString action;
    QString accountId;             ///< the customer concerned ("C-1001"); null: none
    QString grantId;
    QString reason;                ///< customer_request | request_processing | security_fraud | legal_duty
    QString ticket;
    QStringList categories;
    QJsonObject details;
    QString prevHash, hash;

    qint64 accountSeq = 0;         ///< the customer's chain: from 1, no gaps (0: no customer)
    QString staffPseudonym;        ///< the staff member the customer sees in the entry
    int grantMinutes = 0;          ///< 0: null
    QString accountPrevHash, accountHash;

    /// An entry by `actor` (its account id, pseudonym and role).
    static AuditEntry by(const Account &actor, const QString &action);
    /// An entry the provider writes itself (a grant expiring).
    static AuditEntry bySystem(const QString &action);
};

} // namespace pd::provider
