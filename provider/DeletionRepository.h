// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventsRepository.h"

#include <QString>
#include <QStringList>

namespace pd::provider {

class ProviderDb;

/// The statements a completed deletion runs (DeletionEffect decides which): records deleted, or
/// restricted (kept by law, hidden from every normal read by `restricted_until`) until a time, and
/// the purge that deletes restricted records once that time has passed. Rows already restricted are
/// left as they are.
class DeletionRepository
{
public:
    explicit DeletionRepository(ProviderDb &db);

    /// A personal field (`key`) or, with `collection`, the documents of that collection whose `id`
    /// is in `ids` (all of them when `ids` is empty).
    bool deleteFields(qint64 account, const QStringList &keys);
    bool restrictFields(qint64 account, const QStringList &keys, qint64 until);
    bool deleteDocuments(qint64 account, const QString &collection, const QStringList &ids);
    bool restrictDocuments(qint64 account, const QString &collection, const QStringList &ids, qint64 until);

    /// Server events among `selection` (login_at for a time range): those that logged in at or
    /// after `keepFrom` are restricted until `until`, the others deleted.
    bool deleteServerEvents(qint64 account, const EventSelection &selection, qint64 keepFrom, qint64 until);
    /// Domain events among `selection`: orders (registration, purchase, renewal, transfer) are
    /// restricted until seven years after they happened, the others deleted.
    bool deleteDomainEvents(qint64 account, const EventSelection &selection);

    /// Deletes restricted records whose time has come; how many, or -1 when the database fails.
    qint64 purgeExpired(qint64 now);

private:
    bool run(const QString &sql, const QVariantList &binds);

    ProviderDb &m_db;
};

} // namespace pd::provider
