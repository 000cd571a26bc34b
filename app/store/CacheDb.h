// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "domain/CategoryInfo.h"
#include "store/SqliteFile.h"

#include <QDate>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace pd {

/// One SQLite file per account: what the provider holds, as of the last sync. Readable offline.
/// File mode 0600, WAL, `PRAGMA user_version` migrations (each step one transaction). Tokens never
/// enter it. Every write method is one transaction, so a crash leaves the previous good state.
/// One instance per thread (one connection each).
class CacheDb
{
public:
    static constexpr int kSchemaVersion = 5;

    /// Opens (creating if needed) and migrates the cache at `path`.
    static Result<std::unique_ptr<CacheDb>> open(const QString &path);
    /// A cache in memory only, gone when closed (a customer's data seen by staff).
    static Result<std::unique_ptr<CacheDb>> openInMemory();
    /// Deletes a cache file and its WAL/SHM companions. The cache must be closed.
    static Status remove(const QString &path);
    /// The cache file for an account under `root` (account ids are sanitised for file names).
    static QString pathFor(const QString &root, const QString &accountId);

    ~CacheDb();
    CacheDb(const CacheDb &) = delete;
    CacheDb &operator=(const CacheDb &) = delete;

    QSqlDatabase database() const;
    QString path() const;
    int userVersion() const;

    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);
    /// Sets `key` in `meta` inside a transaction under way (see transaction()).
    static Status putMeta(QSqlDatabase &db, const QString &key, const QString &value);

    /// Runs `body(QSqlDatabase&) -> Status` in one transaction, rolled back when it fails: for the
    /// stores that keep their tables in this file (NoticeStore).
    template<typename F>
    Status transaction(F &&body)
    {
        return m_file->transaction(std::forward<F>(body));
    }

    Status storeAccount(const Account &a);
    Result<Account> account() const;
    QDateTime lastSyncedAt() const;
    Status setLastSyncedAt(const QDateTime &t);

    Status replacePersonal(const PersonalData &p, const QString &etag);
    PersonalData personal() const;
    QString personalEtag() const { return meta(QStringLiteral("personal_etag")); }

    /// Stores one page and the cursor that follows it in one transaction (idempotent on retry).
    Status appendServerEvents(const QList<ServerEvent> &events, const QString &nextCursor);
    Status appendDomainEvents(const QList<DomainEvent> &events, const QString &nextCursor);
    QString serverCursor() const { return meta(QStringLiteral("servers_cursor")); }
    QString domainCursor() const { return meta(QStringLiteral("domains_cursor")); }
    /// Before storing server events from the first page: when the table is empty, drops the sort
    /// indexes so the rows go in without them (refreshUsageSummary() builds them afterwards).
    Status prepareServerBulkLoad();
    /// Brings the usage summary and the sort indexes up to date (store/UsageSummary.h): seconds after a
    /// first sync of a million events, so on a connection of its own off the GUI thread.
    /// `stopRequested`: see usage::refresh.
    Status refreshUsageSummary(const std::function<bool()> &stopRequested = {});
    /// Drops every usage event and both cursors, so the next sync fetches usage from the start
    /// (the provider deleted some: Account::erasedAt changed).
    Status forgetEvents();

    Status replaceDevices(const QList<Device> &devices);
    Status replaceCookies(const QList<CookieItem> &cookies);
    Status replaceCategoryInfo(const QList<CategoryPurposes> &purposes, const QList<SharingEntry> &sharing,
                               const QList<RetentionEntry> &retention);

    Status replaceConsents(const ConsentState &state);
    ConsentState consents() const;

    qint64 count(Category c) const;
    CategoryInfo categoryInfo(Category c) const;
    /// Total traffic per local day over the last `days` days that have data, oldest first.
    QList<QPair<QDate, qint64>> dailyTraffic(int days) const;

private:
    explicit CacheDb(std::unique_ptr<SqliteFile> file);

    std::unique_ptr<SqliteFile> m_file;
};

} // namespace pd
