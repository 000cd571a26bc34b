// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "store/ConnectionThread.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace pd {

class CacheDb;

/// Runs the sync's page work (decoding a page of events and storing it with its cursor) on a
/// thread with its own connection to the cache file, one job at a time in the order given. So the
/// GUI thread only moves bytes, and the next page is already on its way while this one is decoded
/// and stored. Each job is still one transaction with its cursor, in order, so a crash or an error
/// leaves the cache at the last good page, as before. A cache in memory (no file to share) runs the
/// jobs on the calling thread instead, with the same callbacks.
class PageWriter : public QObject
{
    Q_OBJECT
public:
    /// Called on the writer's thread before the job stores anything: `nextCursor`, `hasMore` and
    /// `rows` of the decoded page, handed to the GUI thread at once (`early` of run()).
    struct Page
    {
        QString nextCursor;
        bool hasMore = false;
        qint64 rows = 0;
    };
    using Announce = std::function<void(const Page &)>;
    /// The job: decode, check, then announce(page) and store on `db`. Runs on the writer's thread.
    using Job = std::function<Status(CacheDb &db, const Announce &announce)>;

    /// `cache` is the GUI thread's cache; its file is opened again on the writer's thread.
    explicit PageWriter(CacheDb *cache, QObject *parent = nullptr);
    ~PageWriter() override;

    /// Queues `job`. `early` gets the page's announcement on this thread as soon as the job makes it;
    /// `done` gets the job's outcome on this thread. Neither is called for a job dropped by abandon().
    void run(Job job, std::function<void(const Page &)> early, std::function<void(const Status &)> done);
    /// Drops the jobs not started yet (the sync stopped); a job under way finishes its transaction.
    void abandon();
    /// Calls `then` on this thread once no job is queued or running (at once when idle).
    void whenIdle(std::function<void()> then);
    bool isIdle() const { return m_pending == 0; }

private:
    void jobEnded(quint64 generation);

    CacheDb *m_cache;
    std::unique_ptr<ConnectionThread<CacheDb>> m_thread;
    /// Jobs of a generation older than this are dropped unstarted (read on the writer's thread).
    std::shared_ptr<std::atomic<quint64>> m_abandonedBefore = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0;
    quint64 m_generation = 0;
    std::function<void()> m_whenIdle;
};

} // namespace pd
