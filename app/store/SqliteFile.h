// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <initializer_list>
#include <memory>

namespace pd {

/// One private SQLite file and its connection: created with mode 0600 before SQLite touches it
/// (SQLite gives WAL/SHM files the same mode), WAL and foreign keys set per connection outside
/// transactions, `PRAGMA user_version` migrations applied one step per transaction. Shared by the
/// cache and the outbox; one instance per thread.
class SqliteFile
{
public:
    enum class Durability {
        Normal, ///< WAL + synchronous=NORMAL: a power loss may drop the last commits (the cache can re-sync)
        Full,   ///< WAL + synchronous=FULL: a commit survives power loss (the outbox: user's words)
    };
    /// `migrations[i]` takes the schema from version i to i+1: a null-terminated list of statements.
    using Migration = const char *const *;

    static Result<std::unique_ptr<SqliteFile>> open(const QString &path, Durability durability,
                                                    const Migration *migrations, int migrationCount);
    /// A database that lives in this process's memory only and is gone when closed: for another
    /// person's data seen by staff, which must never reach the disk (no file, no journal).
    static Result<std::unique_ptr<SqliteFile>> openInMemory(const Migration *migrations, int migrationCount);
    /// The name open() and openInMemory() give an in-memory database.
    static QString memoryPath() { return QStringLiteral(":memory:"); }
    /// `<root>/<kind>-<account>.sqlite`, the account id made safe for a file name.
    static QString accountFile(const QString &root, const QString &kind, const QString &accountId);
    /// Deletes a closed database file and its companions.
    static Status remove(const QString &path);
    static Error sqlError(const QSqlError &e, const QString &what);
    /// Executes a prepared query. A null QString binds as SQL NULL in QtSql, which our NOT NULL
    /// text columns refuse; every null string is bound as empty text instead (other null values,
    /// such as a missing cookie lifetime, stay NULL on purpose).
    static Status execPrepared(QSqlQuery &q, const QString &what);

    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    QString path() const { return m_path; }
    int userVersion() const;
    Status exec(const QString &sql) const;

    /// Runs `body(QSqlDatabase&) -> Status` in one transaction; rolls back when it fails.
    template<typename F>
    Status transaction(F &&body)
    {
        QSqlDatabase db = database();
        // IMMEDIATE: the write lock first (waiting up to busy_timeout for another writer), so a
        // transaction that reads and then writes never fails because another connection to the
        // file (the sync's page writer, the outbox's acknowledgement writer) committed in between
        // (SQLITE_BUSY_SNAPSHOT in WAL mode, which no busy timeout waits out).
        if (Status s = begin(db); !s)
            return s;
        Status s = body(db);
        if (!s) {
            db.rollback();
            return s;
        }
        if (!db.commit()) {
            const Error e = sqlError(db.lastError(), QStringLiteral("commit"));
            db.rollback();
            return e;
        }
        return okStatus();
    }

    /// BEGIN IMMEDIATE on `db`: how every write transaction on a file with two connections starts.
    static Status begin(QSqlDatabase &db);

    /// The statement for `sql`, prepared once on this connection and kept, with `values` bound by
    /// position: SQLite parses the text once, not at every write (parsing was a fifth of the CPU that
    /// recording an acknowledgement took). For the hot writes; run it with execPrepared(). A write
    /// statement is reset after it runs, so a kept one holds no lock between uses. One that failed is
    /// prepared again at its next use.
    QSqlQuery &statement(const QString &sql, std::initializer_list<QVariant> values);

private:
    SqliteFile(QString path, QString connection);
    Status migrate(const Migration *migrations, int count);

    QString m_path;
    QString m_connection;
    QHash<QString, QSqlQuery> m_statements; ///< statement(): finalized before the connection closes
};

} // namespace pd
