// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

namespace pd {

/// Brings a cache file's usage summary and sort indexes up to date (CacheDb::refreshUsageSummary) on a
/// thread and connection of its own, so a sync of a million events never holds the GUI thread for the
/// seconds that takes. WAL lets the window keep reading the cache meanwhile; until the refresh ends,
/// the models count the rows themselves. A request while one runs is remembered and run after it.
/// The destructor waits for the refresh under way (close the cache file only after).
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
};

} // namespace pd
