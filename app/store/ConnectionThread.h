// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace pd {

/// A thread of its own with its own connection to a SQLite file (`Db`: CacheDb or Outbox, anything
/// with `static Result<std::unique_ptr<Db>> open(const QString &path)`), for writes that should not
/// hold up the GUI thread. Jobs run one at a time, in the order posted; the connection is opened on
/// the thread by the first job and closed there when this is destroyed, after every job already
/// posted has run (so nothing posted is lost). Both connections see each other's commits (WAL).
template<typename Db>
class ConnectionThread
{
public:
    ConnectionThread(QString path, const QString &threadName)
        : m_state(std::make_shared<State>(std::move(path)))
    {
        m_thread.setObjectName(threadName);
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~ConnectionThread()
    {
        QMetaObject::invokeMethod(m_context, [state = m_state] { state->db.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ConnectionThread(const ConnectionThread &) = delete;
    ConnectionThread &operator=(const ConnectionThread &) = delete;

    /// Runs `job` on the thread with the connection (or why it could not be opened).
    void post(std::function<void(Result<Db *>)> job)
    {
        QMetaObject::invokeMethod(m_context, [state = m_state, job = std::move(job)] { job(state->connection()); },
                                  Qt::QueuedConnection);
    }

    /// From the thread: runs `f` on `receiver`'s thread, unless `receiver` is gone by then.
    template<typename T>
    static void callBack(const QPointer<T> &receiver, std::function<void()> f)
    {
        QMetaObject::invokeMethod(receiver.data(), [receiver, f = std::move(f)] {
            if (receiver)
                f();
        }, Qt::QueuedConnection);
    }

private:
    struct State
    {
        explicit State(QString p)
            : path(std::move(p))
        {
        }
        Result<Db *> connection()
        {
            if (!db) {
                auto opened = Db::open(path);
                if (!opened)
                    return opened.error();
                db = std::move(opened).value();
            }
            return db.get();
        }
        QString path;
        std::unique_ptr<Db> db;
    };
    std::shared_ptr<State> m_state;
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace pd
