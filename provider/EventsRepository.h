// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <limits>
#include <optional>

namespace pd::provider {

class ProviderDb;

enum class EventKind { Server, Domain };

struct EventPage
{
    QByteArray itemsJson;          ///< the items as a JSON array, written directly
    int count = 0;
    qint64 lastId = 0;             ///< id of the last item, or the cursor's id when empty
    bool hasMore = false;
};

/// Which of an account's events a question is about: the ones listed by id, or those whose time
/// lies in [from, to].
struct EventSelection
{
    bool byId = false;
    QList<qint64> ids;
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max();
};

/// Usage events (server_events, domain_events; DemoData writes them): pages for the API and the
/// export, and what a deletion request needs to know about them. Every query is per account.
/// Restricted events (kept by law after a deletion) are left out of every answer but maxId (ids
/// are never given twice).
class EventsRepository
{
public:
    explicit EventsRepository(ProviderDb &db);

    /// Up to `limit` events after `afterId`, oldest first.
    EventPage page(EventKind kind, qint64 account, qint64 afterId, int limit) const;
    qint64 maxId(EventKind kind, qint64 account) const;
    /// -1 when the database fails.
    qint64 count(EventKind kind, qint64 account) const;
    /// Nothing when the database fails.
    std::optional<bool> exists(EventKind kind, qint64 account, qint64 id) const;

    /// The newest domain order (registration, purchase, renewal, transfer) among `selection`.
    std::optional<qint64> latestDomainOrderAt(qint64 account, const EventSelection &selection) const;
    /// The newest domain purchase at or after `since` among `selection`.
    std::optional<qint64> latestDomainPurchaseAt(qint64 account, qint64 since, const EventSelection &selection) const;
    /// login_at of the account's newest server event (highest id).
    std::optional<qint64> newestLoginAt(qint64 account) const;
    std::optional<qint64> loginAt(qint64 account, qint64 id) const;

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
