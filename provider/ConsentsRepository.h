// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pd::provider {

class ProviderDb;

/// Where an account stands on one consent purpose.
struct Consent
{
    bool granted = false;
    qint64 changedAt = 0;      ///< 0: never changed (the starting state)
};

/// One change of consent, as the customer is given it and can list it later.
struct ConsentReceipt
{
    QString id;                ///< "CR-…"
    QString purpose;
    bool granted = false;
    qint64 at = 0;
    QString policyVersion;     ///< the policy the customer confirmed
};

/// The `consents` and `consent_receipts` tables.
class ConsentsRepository
{
public:
    explicit ConsentsRepository(ProviderDb &db);

    /// Writes the starting state unless the account already has a row for `purpose`.
    bool ensure(qint64 account, const QString &purpose, bool granted);
    /// Nothing when there is no row (or the database fails): the starting state applies.
    std::optional<Consent> consent(qint64 account, const QString &purpose) const;
    bool set(qint64 account, const QString &purpose, bool granted, qint64 at);

    bool insertReceipt(qint64 account, const ConsentReceipt &receipt);
    /// Oldest first.
    QList<ConsentReceipt> receipts(qint64 account) const;
    qint64 receiptCount(qint64 account) const;

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
