// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

/// The floor for storing synced events: the same rows inserted into the same schema through the
/// sqlite3 C API (prepared statement, bind, step), with no Qt, no JSON and no network in between.
namespace pd::bench {

struct ServerRow
{
    qint64 id;
    int server; ///< index into RowSet::serverIds / serverNames
    qint64 loginAt, durationS, trafficBytes;
    double cpuPct;
    qint64 memoryBytes, diskBytes;
};

struct DomainRow
{
    qint64 id;
    QByteArray domain, kind, details;
    qint64 at;
};

/// Every server and domain event of a cache, held compactly (server ids and names interned).
struct RowSet
{
    QList<QByteArray> serverIds, serverNames;
    std::vector<ServerRow> servers;
    std::vector<DomainRow> domains;
    qint64 count() const { return qint64(servers.size() + domains.size()); }
};

/// Reads the server_events and domain_events rows of the cache file at `path`.
bool readRows(const QString &path, RowSet *out, QString *error);

/// Inserts `rows` into the existing, empty cache at `path` (its schema already created) in WAL mode
/// with `PRAGMA synchronous=<synchronous>` (pass what the cache's own connection uses) and the
/// cache's INSERT OR REPLACE statements, committing every `rowsPerTransaction` rows (0: one
/// transaction for everything). Returns seconds from BEGIN to the last COMMIT, or -1 with `error` set.
double insertRows(const QString &path, const RowSet &rows, int rowsPerTransaction, int synchronous, QString *error);

} // namespace pd::bench
