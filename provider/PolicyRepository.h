// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pd::provider {

class ProviderDb;

/// A policy version the provider has published (PolicyText holds its text).
struct PublishedVersion
{
    QString version;
    qint64 publishedAt = 0;        ///< ms since the epoch
};

/// A customer's acceptance of a policy version: the receipt of an accept_policy request.
struct PolicyAcceptance
{
    QString id;                    ///< "PA-…"
    QString version;
    qint64 at = 0;
    QString requestId;
};

/// The `policy_versions` (which known versions are published, and when) and `policy_acceptances`
/// tables, and the account's `policy_version_accepted`.
class PolicyRepository
{
public:
    explicit PolicyRepository(ProviderDb &db);

    /// Newest first; nothing when the database fails.
    std::optional<QList<PublishedVersion>> published() const;
    std::optional<PublishedVersion> publishedVersion(const QString &version) const;
    /// The latest published version: the one in force. The oldest known version while none is.
    QString current() const;
    bool publish(const QString &version, qint64 at);
    /// On a data directory with no published version yet: publishes every known version up to
    /// `upTo` (the first at its own date, later ones at `now`). Its own transaction.
    bool seedIfEmpty(const QString &upTo, qint64 now, QString *error);

    /// Inside the caller's transaction: the account now accepts `acceptance.version`, with a receipt.
    bool accept(qint64 account, const PolicyAcceptance &acceptance);
    /// Oldest first.
    std::optional<QList<PolicyAcceptance>> acceptances(qint64 account) const;

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
