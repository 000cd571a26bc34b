// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFile.h"

#include "PrivateFolder.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace pd {
namespace {
QAtomicInteger<quint64> g_connectionCounter;
}

Error SqliteFile::sqlError(const QSqlError &e, const QString &what)
{
    return Error::make(ErrorCode::Storage, what + QStringLiteral(": ") + e.text());
}

Status SqliteFile::execPrepared(QSqlQuery &q, const QString &what)
{
    // A prepare that failed: say why (exec() would clear it and report a parameter count mismatch).
    if (q.lastError().isValid() && !q.isActive())
        return sqlError(q.lastError(), what);
    const QVariantList bound = q.boundValues();
    for (int i = 0; i < bound.size(); ++i) {
        const QVariant &v = bound.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
    }
    if (!q.exec())
        return sqlError(q.lastError(), what);
    return okStatus();
}

QSqlQuery &SqliteFile::statement(const QString &sql, std::initializer_list<QVariant> values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end() || it->lastError().isValid()) {
        QSqlQuery q(database());
        q.prepare(sql); // a failure stays in lastError(): execPrepared() reports it, the next use prepares again
        it = m_statements.insert(sql, q);
    }
    int i = 0;
    for (const QVariant &v : values)
        it->bindValue(i++, v);
    return *it;
}

SqliteFile::SqliteFile(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

SqliteFile::~SqliteFile()
{
    m_statements.clear(); // finalized while the connection is still there
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<SqliteFile>> SqliteFile::open(const QString &path, Durability durability,
                                                     const Migration *migrations, int migrationCount)
{
    if (path == memoryPath())
        return openInMemory(migrations, migrationCount);
    const QFileInfo fi(path);
    // Folders made here are private; one that exists is left alone: the user may point the data
    // folder at their home.
    if (Status made = makePrivateFolder(fi.absolutePath()); !made)
        return made.error();
    if (!fi.exists()) {
        // Private from its first byte; SQLite gives the WAL and SHM files the same mode.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return Error::make(ErrorCode::Storage, f.errorString());
        f.close();
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    const QString conn = QStringLiteral("pd-sqlite-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteFile> file(new SqliteFile(path, conn));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        if (!db.open())
            return sqlError(db.lastError(), QStringLiteral("open"));
    }
    const QString sync = durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                                        : QStringLiteral("PRAGMA synchronous=NORMAL");
    for (const QString &pragma : {QStringLiteral("PRAGMA busy_timeout=5000"), QStringLiteral("PRAGMA journal_mode=WAL"),
                                  QStringLiteral("PRAGMA foreign_keys=ON"), sync}) {
        if (Status s = file->exec(pragma); !s)
            return s.error();
    }
    if (Status s = file->migrate(migrations, migrationCount); !s)
        return s.error();
    return file;
}

Result<std::unique_ptr<SqliteFile>> SqliteFile::openInMemory(const Migration *migrations, int migrationCount)
{
    const QString conn = QStringLiteral("pd-sqlite-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqliteFile> file(new SqliteFile(memoryPath(), conn));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(memoryPath());
        if (!db.open())
            return sqlError(db.lastError(), QStringLiteral("open in memory"));
    }
    // No journal file can exist for it; temporary tables and indexes stay in memory too.
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode=MEMORY"), QStringLiteral("PRAGMA temp_store=MEMORY"),
                                  QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (Status s = file->exec(pragma); !s)
            return s.error();
    }
    if (Status s = file->migrate(migrations, migrationCount); !s)
        return s.error();
    return file;
}

Status SqliteFile::begin(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(q.lastError(), QStringLiteral("begin"));
    return okStatus();
}

QString SqliteFile::accountFile(const QString &root, const QString &kind, const QString &accountId)
{
    QString safe = accountId;
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_.-]"));
    safe.replace(bad, QStringLiteral("_"));
    return QDir(root).filePath(kind + QLatin1Char('-') + safe + QStringLiteral(".sqlite"));
}

Status SqliteFile::remove(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile f(path + suffix);
        if (f.exists() && !f.remove())
            ok = false;
    }
    if (!ok)
        return Error::make(ErrorCode::Storage, QStringLiteral("could not delete ") + path);
    return okStatus();
}

int SqliteFile::userVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status SqliteFile::exec(const QString &sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return sqlError(q.lastError(), sql.left(60));
    return okStatus();
}

Status SqliteFile::migrate(const Migration *migrations, int count)
{
    const int current = userVersion();
    if (current < 0)
        return Error::make(ErrorCode::Storage, QStringLiteral("cannot read user_version"));
    if (current > count)
        return Error::make(ErrorCode::Storage, QStringLiteral("written by a newer version (schema %1)").arg(current));
    for (int v = current; v < count; ++v) {
        Status s = transaction([&](QSqlDatabase &db) -> Status {
            for (Migration stmt = migrations[v]; *stmt; ++stmt) {
                QSqlQuery q(db);
                if (!q.exec(QLatin1String(*stmt)))
                    return sqlError(q.lastError(), QStringLiteral("migration %1").arg(v + 1));
            }
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
                return sqlError(q.lastError(), QStringLiteral("user_version"));
            return okStatus();
        });
        if (!s)
            return s;
    }
    return okStatus();
}

} // namespace pd
