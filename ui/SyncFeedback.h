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
class QTimer;

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

    /// The user asked for this sync (Sync now, F5): its progress shows at once, not after the grace
    /// below; one already running shows now.
    void asked();
    /// A sync began. One the user asked for shows its progress at once; one that starts by itself
    /// (at start, every 15 minutes, after a language change) after kGraceMs, so a sync that ends
    /// sooner (offline at once, nothing new) changes the window once, not twice.
    void started();
    static constexpr int kGraceMs = 400;
    /// The words of the "Fetching" banner the last sync showed (empty if none): the window takes it
    /// down when the sync ends without saying so (the account closed under it).
    QString fetchingText() const { return m_fetchingText; }
    void progress(pd::Category category, qint64 records);
    void finished(const pd::Error &error);

private:
    void showProgress();
    void hideProgress();

    Session *m_session;
    QStatusBar *m_bar;
    QAction *m_syncAction;
    ShowBanner m_showBanner;
    bool m_backOnline = false;
    bool m_asked = false; ///< asked(): the next (or current) sync shows its progress at once
    QString m_fetchingText;
    QLabel *m_syncedLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelSync;
    QTimer *m_grace; ///< started(): the progress of a sync nobody asked for shows after kGraceMs
};

} // namespace pd::ui
