// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace pd::provider {

class ProviderDb;

/// What the staff side changes or asks about accounts (ProviderDb reads and creates them): the
/// customer's "ask me first", an account closing after a completed cancellation, and the customer
/// search.
class AccountsRepository
{
public:
    explicit AccountsRepository(ProviderDb &db);

    bool setAskFirst(qint64 account, bool askFirst);
    /// A new hash for the same password (more iterations); `password_changed_at` stays.
    bool setPasswordHash(qint64 account, const QString &hash);
    bool setClosesAt(qint64 account, qint64 closesAt);
    /// Records that a completed deletion removed usage events at `at` (Me.erased_at).
    bool setErasedAt(qint64 account, qint64 at);
    /// Customers (never staff) whose account id, username, e-mail or mobile contains `q` (case
    /// folded; the mobile compared by its digits), by account id, at most `limit`, as
    /// {account_id, username, display_name}; with each one's internal id in `ids`. Nothing when the
    /// database fails.
    std::optional<QJsonArray> searchCustomers(const QString &q, int limit, QList<qint64> *ids) const;

private:
    /// `column` is one of this class's own column names, never input.
    bool setTime(const QString &column, qint64 account, qint64 ms);

    ProviderDb &m_db;
};

} // namespace pd::provider
