// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::provider {

class ProviderDb;

/// An access grant (docs/api/staff.md): a staff member's time-limited, categorised access to one
/// customer's data. Times in ms since the epoch, 0 for none.
struct GrantRow
{
    QString id;                    ///< "G-…"
    qint64 account = 0;            ///< the customer (internal id)
    qint64 staff = 0;              ///< the staff member (internal id)
    QString reason, ticket, justification;
    QStringList categories;
    int minutes = 0;
    QString status;                ///< pending | active | declined | expired | ended
    qint64 requestedAt = 0, decidedAt = 0, expiresAt = 0, endedAt = 0;

    // Read along with the row:
    QString customer;              ///< the customer's account id ("C-1001")
    QString staffPseudonym;

    /// Active and not yet past its time.
    bool isLive(qint64 now) const { return status == u"active" && expiresAt > now; }
    /// The Grant document.
    QJsonObject toJson() const;
};

/// The `grants` table.
class GrantsRepository
{
public:
    explicit GrantsRepository(ProviderDb &db);

    bool insert(const GrantRow &grant);
    /// Stores status, decided_at, expires_at, ended_at.
    bool save(const GrantRow &grant);
    std::optional<GrantRow> load(const QString &id) const;
    /// A staff member's (or, with `byCustomer`, a customer's) grants with one of `statuses` (all when
    /// empty), newest first. Nothing when the database fails.
    std::optional<QList<GrantRow>> list(qint64 owner, bool byCustomer, const QStringList &statuses) const;
    /// Grants whose time is up at `now`: active ones past expires_at, pending ones requested at or
    /// before `pendingBefore`.
    std::optional<QList<GrantRow>> due(qint64 now, qint64 pendingBefore) const;

private:
    std::optional<QList<GrantRow>> select(const QString &where, const QVariantList &binds) const;

    ProviderDb &m_db;
};

} // namespace pd::provider
