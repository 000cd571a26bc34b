// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawInsert.h"

#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <limits>

namespace pd::bench {
namespace {

struct Db
{
    sqlite3 *db = nullptr;
    ~Db() { sqlite3_close(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
};

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

QByteArray text(sqlite3_stmt *s, int col)
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, col)), sqlite3_column_bytes(s, col));
}

void bindText(sqlite3_stmt *s, int i, const QByteArray &b)
{
    sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_STATIC);
}

} // namespace

bool readRows(const QString &path, RowSet *out, QString *error)
{
    Db d;
    if (sqlite3_open_v2(path.toUtf8().constData(), &d.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = d.error();
        return false;
    }
    Stmt count, q;
    if (sqlite3_prepare_v2(d.db, "SELECT COUNT(*) FROM server_events", -1, &count.s, nullptr) != SQLITE_OK
        || sqlite3_step(count.s) != SQLITE_ROW) {
        *error = d.error();
        return false;
    }
    out->servers.reserve(size_t(sqlite3_column_int64(count.s, 0)));
    if (sqlite3_prepare_v2(d.db,
                           "SELECT id, server_id, server_name, login_at, duration_s, traffic_bytes, cpu_pct,"
                           " memory_bytes, disk_bytes FROM server_events ORDER BY id",
                           -1, &q.s, nullptr) != SQLITE_OK) {
        *error = d.error();
        return false;
    }
    QHash<QByteArray, int> servers; // "id\nname" -> index
    while (sqlite3_step(q.s) == SQLITE_ROW) {
        const QByteArray sid = text(q.s, 1), name = text(q.s, 2);
        const QByteArray key = sid + '\n' + name;
        auto it = servers.constFind(key);
        if (it == servers.cend()) {
            it = servers.insert(key, int(out->serverIds.size()));
            out->serverIds << sid;
            out->serverNames << name;
        }
        out->servers.push_back({sqlite3_column_int64(q.s, 0), *it, sqlite3_column_int64(q.s, 3), sqlite3_column_int64(q.s, 4),
                                sqlite3_column_int64(q.s, 5), sqlite3_column_double(q.s, 6), sqlite3_column_int64(q.s, 7),
                                sqlite3_column_int64(q.s, 8)});
    }
    Stmt dq;
    if (sqlite3_prepare_v2(d.db, "SELECT id, domain, kind, at, details FROM domain_events ORDER BY id", -1, &dq.s, nullptr)
        != SQLITE_OK) {
        *error = d.error();
        return false;
    }
    while (sqlite3_step(dq.s) == SQLITE_ROW)
        out->domains.push_back({sqlite3_column_int64(dq.s, 0), text(dq.s, 1), text(dq.s, 2), text(dq.s, 4),
                                sqlite3_column_int64(dq.s, 3)});
    return true;
}

double insertRows(const QString &path, const RowSet &rows, int rowsPerTransaction, int synchronous, QString *error)
{
    Db d;
    if (sqlite3_open_v2(path.toUtf8().constData(), &d.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = d.error();
        return -1;
    }
    // The pragmas the cache's connections use.
    const QByteArray sync = "PRAGMA synchronous=" + QByteArray::number(synchronous);
    if (!d.exec("PRAGMA journal_mode=WAL") || !d.exec("PRAGMA foreign_keys=ON") || !d.exec(sync.constData())
        || !d.exec("PRAGMA busy_timeout=5000")) {
        *error = d.error();
        return -1;
    }
    Stmt srv, dom;
    if (sqlite3_prepare_v2(d.db,
                           "INSERT OR REPLACE INTO server_events(id, server_id, server_name, login_at, duration_s,"
                           " traffic_bytes, cpu_pct, memory_bytes, disk_bytes) VALUES(?,?,?,?,?,?,?,?,?)",
                           -1, &srv.s, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(d.db, "INSERT OR REPLACE INTO domain_events(id, domain, kind, at, details) VALUES(?,?,?,?,?)",
                              -1, &dom.s, nullptr) != SQLITE_OK) {
        *error = d.error();
        return -1;
    }
    const qint64 perTx = rowsPerTransaction > 0 ? rowsPerTransaction : std::numeric_limits<qint64>::max();
    auto fail = [&] {
        *error = d.error();
        return -1.0;
    };
    QElapsedTimer t;
    t.start();
    qint64 inTx = 0;
    bool open = false;
    auto step = [&](sqlite3_stmt *s) {
        if (!open) {
            if (!d.exec("BEGIN"))
                return false;
            open = true;
            inTx = 0;
        }
        if (sqlite3_step(s) != SQLITE_DONE || sqlite3_reset(s) != SQLITE_OK)
            return false;
        if (++inTx >= perTx) {
            open = false;
            return d.exec("COMMIT");
        }
        return true;
    };
    for (const ServerRow &r : rows.servers) {
        sqlite3_bind_int64(srv.s, 1, r.id);
        bindText(srv.s, 2, rows.serverIds.at(r.server));
        bindText(srv.s, 3, rows.serverNames.at(r.server));
        sqlite3_bind_int64(srv.s, 4, r.loginAt);
        sqlite3_bind_int64(srv.s, 5, r.durationS);
        sqlite3_bind_int64(srv.s, 6, r.trafficBytes);
        sqlite3_bind_double(srv.s, 7, r.cpuPct);
        sqlite3_bind_int64(srv.s, 8, r.memoryBytes);
        sqlite3_bind_int64(srv.s, 9, r.diskBytes);
        if (!step(srv.s))
            return fail();
    }
    // The sync stores domain events in pages (transactions) of their own.
    if (open && rowsPerTransaction > 0) {
        open = false;
        if (!d.exec("COMMIT"))
            return fail();
    }
    for (const DomainRow &r : rows.domains) {
        sqlite3_bind_int64(dom.s, 1, r.id);
        bindText(dom.s, 2, r.domain);
        bindText(dom.s, 3, r.kind);
        sqlite3_bind_int64(dom.s, 4, r.at);
        bindText(dom.s, 5, r.details);
        if (!step(dom.s))
            return fail();
    }
    if (open && !d.exec("COMMIT"))
        return fail();
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace pd::bench
