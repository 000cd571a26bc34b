// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffQueueCache.h"

#include "store/SqliteFile.h"

#include <QSqlQuery>
#include <QVariant>

namespace pd {
namespace {

// Metadata only: adding a column here that holds a customer's words or data breaks the promise
// that nothing of a customer's reaches a staff machine's disk.
const char *const kSchemaV1[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE queue (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,"
        " received_at TEXT NOT NULL, due_at TEXT NOT NULL, extended_due_at TEXT NOT NULL, extended INTEGER NOT NULL,"
        " assignee TEXT NOT NULL, assigned_to_me INTEGER NOT NULL, days_left INTEGER NOT NULL, overdue INTEGER NOT NULL,"
        " updated_at TEXT NOT NULL)",
        nullptr,
};
const SqliteFile::Migration kMigrations[] = {kSchemaV1};
static_assert(std::size(kMigrations) == StaffQueueCache::kSchemaVersion);

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

Status insertInto(const QSqlDatabase &db, const StaffRequest &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO queue(id, account_id, type, status, received_at, due_at, extended_due_at,"
                             " extended, assignee, assigned_to_me, days_left, overdue, updated_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.accountId);
    q.addBindValue(r.typeCode);
    q.addBindValue(r.statusCode);
    q.addBindValue(iso(r.receivedAt));
    q.addBindValue(iso(r.dueAt));
    q.addBindValue(iso(r.extendedDueAt));
    q.addBindValue(r.extended ? 1 : 0);
    q.addBindValue(r.assignee);
    q.addBindValue(r.assignedToMe ? 1 : 0);
    q.addBindValue(r.daysLeft);
    q.addBindValue(r.overdue ? 1 : 0);
    q.addBindValue(iso(r.updatedAt));
    return SqliteFile::execPrepared(q, QStringLiteral("store queue row"));
}

} // namespace

StaffQueueCache::StaffQueueCache(std::unique_ptr<SqliteFile> file)
    : m_file(std::move(file))
{
}

StaffQueueCache::~StaffQueueCache() = default;

Result<std::unique_ptr<StaffQueueCache>> StaffQueueCache::open(const QString &path)
{
    auto file = SqliteFile::open(path, SqliteFile::Durability::Normal, kMigrations, int(std::size(kMigrations)));
    if (!file)
        return file.error();
    return std::unique_ptr<StaffQueueCache>(new StaffQueueCache(std::move(file).value()));
}

QString StaffQueueCache::path() const
{
    return m_file->path();
}

Status StaffQueueCache::replace(const QList<StaffRequest> &requests, const QDateTime &fetchedAt)
{
    return m_file->transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery del(db);
        if (!del.exec(QStringLiteral("DELETE FROM queue")))
            return SqliteFile::sqlError(del.lastError(), QStringLiteral("clear queue"));
        for (const StaffRequest &r : requests)
            if (Status s = insertInto(db, r); !s)
                return s;
        QSqlQuery m(db);
        m.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('fetched_at', ?)"));
        m.addBindValue(iso(fetchedAt));
        return SqliteFile::execPrepared(m, QStringLiteral("store fetched_at"));
    });
}

Status StaffQueueCache::upsert(const StaffRequest &request)
{
    return m_file->transaction([&](QSqlDatabase &db) { return insertInto(db, request); });
}

QList<StaffRequest> StaffQueueCache::load() const
{
    QList<StaffRequest> out;
    QSqlQuery q(m_file->database());
    if (!q.exec(QStringLiteral("SELECT id, account_id, type, status, received_at, due_at, extended_due_at, extended,"
                               " assignee, assigned_to_me, days_left, overdue, updated_at FROM queue")))
        return out;
    while (q.next()) {
        StaffRequest r;
        r.id = q.value(0).toString();
        r.accountId = q.value(1).toString();
        r.typeCode = q.value(2).toString();
        r.type = requestTypeFromCode(r.typeCode);
        r.statusCode = q.value(3).toString();
        r.status = requestStatusFromCode(r.statusCode);
        r.receivedAt = fromIso(q.value(4).toString());
        r.dueAt = fromIso(q.value(5).toString());
        r.extendedDueAt = fromIso(q.value(6).toString());
        r.extended = q.value(7).toBool();
        r.assignee = q.value(8).toString();
        r.assignedToMe = q.value(9).toBool();
        r.daysLeft = q.value(10).toInt();
        r.overdue = q.value(11).toBool();
        r.updatedAt = fromIso(q.value(12).toString());
        out.append(r);
    }
    return out;
}

QDateTime StaffQueueCache::fetchedAt() const
{
    QSqlQuery q(m_file->database());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'fetched_at'")) && q.next())
        return fromIso(q.value(0).toString());
    return {};
}

} // namespace pd
