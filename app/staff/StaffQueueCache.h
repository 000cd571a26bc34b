// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Staff.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace pd {

class SqliteFile;

/// The staff queue kept on the staff member's computer for reading offline: one SQLite file per
/// staff account holding StaffRequest metadata only (ids, type, status, dates, assignee), never
/// anything a customer wrote or any record of theirs. Internal to StaffDesk.
class StaffQueueCache
{
public:
    static constexpr int kSchemaVersion = 1;

    static Result<std::unique_ptr<StaffQueueCache>> open(const QString &path);
    ~StaffQueueCache();
    StaffQueueCache(const StaffQueueCache &) = delete;
    StaffQueueCache &operator=(const StaffQueueCache &) = delete;

    QString path() const;
    /// Replaces the whole queue, with when it was fetched, in one transaction.
    Status replace(const QList<StaffRequest> &requests, const QDateTime &fetchedAt);
    /// Replaces or adds one request (after a step was answered).
    Status upsert(const StaffRequest &request);
    QList<StaffRequest> load() const;
    QDateTime fetchedAt() const;

private:
    explicit StaffQueueCache(std::unique_ptr<SqliteFile> file);
    std::unique_ptr<SqliteFile> m_file;
};

} // namespace pd
