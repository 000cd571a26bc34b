// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWriter.h"

#include "store/CacheDb.h"
#include "store/SqliteFile.h"

#include <QPointer>

namespace pd {

PageWriter::PageWriter(CacheDb *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    if (m_cache->path() != SqliteFile::memoryPath())
        m_thread = std::make_unique<ConnectionThread<CacheDb>>(m_cache->path(), QStringLiteral("pd-page-writer"));
}

PageWriter::~PageWriter()
{
    abandon(); // the jobs not started are dropped; the thread's end waits for the one under way
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
    const auto back = [self](std::function<void()> f) { ConnectionThread<CacheDb>::callBack(self, std::move(f)); };
    // The callbacks go back through queued calls on `self`, which only the GUI thread dereferences;
    // a queued call to a deleted object is dropped.
    m_thread->post([self, back, abandonedBefore = m_abandonedBefore, generation, job = std::move(job),
                    early = std::move(early), done = std::move(done)](Result<CacheDb *> db) {
        if (generation < abandonedBefore->load()) {
            back([self, generation] { self->jobEnded(generation); });
            return;
        }
        Status s = okStatus();
        if (!db)
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
    });
}

void PageWriter::abandon()
{
    ++m_generation;
    m_abandonedBefore->store(m_generation);
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
