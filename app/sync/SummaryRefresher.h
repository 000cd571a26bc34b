// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>

namespace pd {

/// Brings a cache file's usage summary and sort indexes up to date (CacheDb::refreshUsageSummary) on a
/// thread and connection of its own, so a sync of a million events never holds the GUI thread for the
/// seconds that takes. WAL lets the window keep reading the cache meanwhile; until the refresh ends,
/// the models count the rows themselves. A request while one runs is remembered and run after it.
/// The destructor stops the refresh under way and waits for it (close the cache file only after): it
/// ends after the statement it is in (usage::refresh), not after the whole refresh, so closing an
/// account just after a first sync of a million events holds the GUI thread for under a second, not
/// for the five or six seconds a whole refresh takes. What it did not do, the next start does.
class SummaryRefresher : public QObject
{
    Q_OBJECT
public:
    explicit SummaryRefresher(QString cachePath, QObject *parent = nullptr);
    ~SummaryRefresher() override;

    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// The summary is current (or could not be brought up to date: `error` says why, in English for logs).
    void refreshed(const QString &error);

private:
    void finished(const QString &error);

    QString m_path;
    QThreadPool m_pool;
    bool m_running = false;
    bool m_again = false;
    std::atomic<bool> m_stop{false}; ///< set by the destructor, read by the refresh on its thread
};

} // namespace pd
