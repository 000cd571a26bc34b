// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventsRepository.h"
#include "HttpTypes.h"
#include "ProviderDb.h"

#include <optional>

namespace pd::provider {

/// The /v1 resources. Every handler receives the caller's internal account id (already
/// authenticated) and only ever queries with it, so no other account's data can be reached.
class ResourceApi
{
public:
    explicit ResourceApi(ProviderDb &db);

    HttpResponse me(qint64 account) const;
    HttpResponse personal(qint64 account, const HttpRequest &request) const;
    /// The same unconditionally (no If-None-Match): what handlers read and answer with.
    HttpResponse personal(qint64 account) const;
    HttpResponse events(EventKind kind, qint64 account, const FormData &query) const;
    HttpResponse documents(qint64 account, const QString &collection) const;

    /// Opaque cursor: base64url("<account_id>:<collection>:<last id>:<HMAC>"). The HMAC (key kept in
    /// the database) makes a forged cursor, or one issued to another account or collection, refused.
    QString makeCursor(const QString &accountId, const QString &collection, qint64 lastId) const;
    std::optional<qint64> parseCursor(const QString &cursor, const QString &accountId, const QString &collection) const;
    /// A paged collection's `limit` (pd::limits' page size) and `cursor` (empty: from the start).
    /// Returns the problem to answer, or nothing with `limit` and `after` (the last id seen) set.
    std::optional<HttpResponse> readPaging(const FormData &query, const QString &accountId, const QString &collection,
                                           int *limit, qint64 *after) const;

private:
    ProviderDb &m_db;
    EventsRepository m_events;
};

} // namespace pd::provider
