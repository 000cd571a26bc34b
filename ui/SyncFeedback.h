// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace pd {
class Session;
}

namespace pd::ui {

/// What the window says about syncing: the status line (when the data was last synced and how much
/// there is, or the staff workspace's own line), progress with a Cancel button while a sync runs,
/// and the banner when it ends. MainWindow owns one; it shows banners through `showBanner`.
class SyncFeedback : public QObject
{
    Q_OBJECT
public:
    using ShowBanner = std::function<void(int kind, const QString &text, const QString &actionText,
                                          std::function<void()> action)>;
    SyncFeedback(Session *session, QStatusBar *bar, QAction *syncAction, ShowBanner showBanner, QObject *parent = nullptr);

    QString statusText() const;
    /// The status line for the session's state; `staffStatus` is the workspace's line when it is open.
    void updateStatus(const std::optional<QString> &staffStatus);
    /// Signed out: no progress. Signed in with a sync already running (a rebuilt window): show it.
    void stateChanged();
    bool isShowingProgress() const;
    /// The status bar's height for the current text size (QStatusBar does not follow font changes).
    void fit();
    /// "When" for the banner and status line: the time today, else the date and time; empty if never.
    QString lastSyncedPhrase() const;

    void started();
    void progress(pd::Category category, qint64 records);
    void finished(const pd::Error &error);

private:
    void hideProgress();

    Session *m_session;
    QStatusBar *m_bar;
    QAction *m_syncAction;
    ShowBanner m_showBanner;
    bool m_backOnline = false;
    QLabel *m_syncedLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelSync;
};

} // namespace pd::ui
