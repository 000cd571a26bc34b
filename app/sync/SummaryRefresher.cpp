// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryRefresher.h"

#include "store/CacheDb.h"

#include <QPointer>

namespace pd {

SummaryRefresher::SummaryRefresher(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cachePath))
{
    m_pool.setMaxThreadCount(1);
}

SummaryRefresher::~SummaryRefresher()
{
    m_stop = true;
    m_pool.waitForDone();
}

void SummaryRefresher::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    QPointer<SummaryRefresher> self(this);
    const QString path = m_path;
    // The flag outlives the task: the destructor sets it, then waits for the task.
    const std::atomic<bool> *stop = &m_stop;
    m_pool.start([self, path, stop] {
        QString error;
        {
            auto db = CacheDb::open(path);
            if (!db)
                error = db.error().detail;
            else if (Status s = (*db)->refreshUsageSummary([stop] { return stop->load(); }); !s)
                error = s.error().detail;
        } // the connection closes on this thread, where it was opened
        // Only the GUI thread looks at `self`; the destructor waits for this task, so `self` is not
        // deleted while the call is queued (a queued call to a deleted object is dropped).
        QMetaObject::invokeMethod(
                self.data(), [self, error] {
                    if (self)
                        self->finished(error);
                },
                Qt::QueuedConnection);
    });
}

void SummaryRefresher::finished(const QString &error)
{
    m_running = false;
    if (!error.isEmpty())
        qWarning("usage summary: %s", qPrintable(error));
    Q_EMIT refreshed(error);
    if (std::exchange(m_again, false))
        start();
}

} // namespace pd
