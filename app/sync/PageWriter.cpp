// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWriter.h"

#include "store/CacheDb.h"
#include "store/SqliteFile.h"

#include <QPointer>
#include <QThread>

#include <atomic>

namespace pd {

/// Lives on the writer's thread; owns the connection opened there.
class PageWriter::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {
    }
    /// Opened on first use, on the writer's thread.
    Result<CacheDb *> db()
    {
        if (!m_db) {
            auto opened = CacheDb::open(m_path);
            if (!opened)
                return opened.error();
            m_db = std::move(opened).value();
        }
        return m_db.get();
    }
    void close() { m_db.reset(); }
    std::atomic<quint64> abandonedBefore{0}; ///< jobs of an older generation are dropped

private:
    QString m_path;
    std::unique_ptr<CacheDb> m_db;
};

PageWriter::PageWriter(CacheDb *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    if (m_cache->path() == SqliteFile::memoryPath())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("pd-page-writer"));
    m_worker = new Worker(m_cache->path());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

PageWriter::~PageWriter()
{
    if (!m_thread)
        return;
    abandon();
    // Close the connection on the thread that opened it, then stop the thread.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PageWriter::run(Job job, std::function<void(const Page &)> early, std::function<void(const Status &)> done)
{
    ++m_pending;
    const quint64 generation = m_generation;
    if (!m_thread) {
        const Status s = job(*m_cache, early);
        done(s);
        jobEnded(generation);
        return;
    }
    QPointer<PageWriter> self(this);
    Worker *worker = m_worker;
    // The callbacks go back through queued calls on `self`, which only the GUI thread dereferences;
    // the destructor waits for the thread, and a queued call to a deleted object is dropped.
    QMetaObject::invokeMethod(worker, [self, worker, generation, job = std::move(job), early = std::move(early),
                                       done = std::move(done)] {
        const auto back = [self](std::function<void()> f) {
            QMetaObject::invokeMethod(self.data(), [self, f = std::move(f)] {
                if (self)
                    f();
            }, Qt::QueuedConnection);
        };
        if (generation < worker->abandonedBefore.load()) {
            back([self, generation] { self->jobEnded(generation); });
            return;
        }
        Status s = okStatus();
        if (auto db = worker->db(); !db)
            s = db.error();
        else
            s = job(**db, [&back, early, generation, self](const Page &page) {
                back([self, early, page, generation] {
                    if (generation == self->m_generation)
                        early(page);
                });
            });
        back([self, done, s, generation] {
            if (generation == self->m_generation)
                done(s);
            self->jobEnded(generation);
        });
    }, Qt::QueuedConnection);
}

void PageWriter::abandon()
{
    ++m_generation;
    if (m_worker)
        m_worker->abandonedBefore.store(m_generation);
}

void PageWriter::whenIdle(std::function<void()> then)
{
    if (m_pending == 0) {
        then();
        return;
    }
    m_whenIdle = std::move(then);
}

void PageWriter::jobEnded(quint64)
{
    if (--m_pending == 0 && m_whenIdle)
        std::exchange(m_whenIdle, {})();
}

} // namespace pd
