// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncFeedback.h"

#include "ErrorText.h"
#include "Session.h"
#include "models/Labels.h"
#include "widgets/NotificationBanner.h"
#include "widgets/PlainText.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace pd::ui {

using Kind = NotificationBanner::Kind;

SyncFeedback::SyncFeedback(Session *session, QStatusBar *bar, QAction *syncAction, ShowBanner showBanner, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_bar(bar)
    , m_syncAction(syncAction)
    , m_showBanner(std::move(showBanner))
    , m_syncedLabel(plainLabel(bar))
    , m_progressLabel(plainLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancelSync(new QPushButton(tr("Cance&l sync"), bar))
    , m_grace(new QTimer(this))
{
    m_grace->setSingleShot(true);
    m_grace->setInterval(kGraceMs);
    connect(m_grace, &QTimer::timeout, this, [this] {
        if (m_session->state() == Session::State::SignedIn && m_session->isSyncing() && !isShowingProgress())
            showProgress();
    });
    bar->setObjectName(QStringLiteral("statusBar"));
    m_syncedLabel->setObjectName(QStringLiteral("syncedLabel"));
    m_progressLabel->setObjectName(QStringLiteral("syncProgressLabel"));
    // Room for "Fetching server usage… 12,000 records" so the text does not jump or get cut.
    m_progressLabel->setMinimumWidth(bar->fontMetrics().averageCharWidth() * 42);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 0); // the total is not known in advance
    m_progress->setMaximumWidth(bar->fontMetrics().averageCharWidth() * 20);
    m_progress->setTextVisible(false);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncButton"));
    connect(m_cancelSync, &QPushButton::clicked, m_session, &Session::cancelSync);
    bar->addWidget(m_syncedLabel, 1);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancelSync);
    hideProgress();
    connect(m_session, &Session::onlineChanged, this, [this](bool online) { m_backOnline = online; });
}

QString SyncFeedback::statusText() const
{
    return m_syncedLabel->text();
}

bool SyncFeedback::isShowingProgress() const
{
    return !m_progress->isHidden();
}

void SyncFeedback::hideProgress()
{
    m_progressLabel->hide();
    m_progress->hide();
    m_cancelSync->hide();
}

void SyncFeedback::fit()
{
    // QStatusBar works out its height when widgets are added, not when their text grows: at 200%
    // text its words would be cut off at the bottom.
    int height = 0;
    for (QWidget *w : {static_cast<QWidget *>(m_syncedLabel), static_cast<QWidget *>(m_progressLabel),
                       static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancelSync)})
        height = std::max(height, w->sizeHint().height());
    const QMargins m = m_bar->contentsMargins();
    m_bar->setMinimumHeight(height + m.top() + m.bottom() + 4);
}

QString SyncFeedback::lastSyncedPhrase() const
{
    // Today, the time is enough; otherwise the date too.
    return Labels::recentDateTime(m_session->lastSyncedAt());
}

void SyncFeedback::updateStatus(const std::optional<QString> &staffStatus)
{
    if (m_session->state() != Session::State::SignedIn) {
        m_syncedLabel->setText(m_session->state() == Session::State::SigningIn ? tr("Signing in…")
                               : m_session->isRestoring()                        ? tr("Opening your data…")
                                                                                 : tr("Not signed in"));
        return;
    }
    if (staffStatus) {
        m_syncedLabel->setText(*staffStatus);
        return;
    }
    if (m_session->account().isStaff()) {
        m_syncedLabel->setText(tr("Opening the staff workspace…"));
        return;
    }
    qint64 total = 0;
    for (Category c : kAllCategories)
        total += m_session->count(c);
    const QString when = lastSyncedPhrase();
    const QString records = tr("%Ln record(s)", nullptr, int(total));
    m_syncedLabel->setText(when.isEmpty() ? tr("Not synced yet · %1").arg(records)
                                          : tr("Synced %1 · %2").arg(when, records));
}

void SyncFeedback::stateChanged()
{
    if (m_session->state() != Session::State::SignedIn) {
        m_grace->stop();
        hideProgress();
    } else if (m_session->isSyncing() && !isShowingProgress() && !m_grace->isActive()) {
        showProgress(); // began before this window existed (a language switch rebuilds it)
    }
}

void SyncFeedback::asked()
{
    m_asked = true;
    if (m_session->isSyncing() && !isShowingProgress())
        showProgress();
}

void SyncFeedback::started()
{
    if (std::exchange(m_asked, false))
        showProgress();
    else
        m_grace->start();
}

void SyncFeedback::showProgress()
{
    m_grace->stop();
    if (m_session->account().isStaff())
        return; // a staff member's own (empty) data is not what they work on: nothing to say

    m_progressLabel->setText(tr("Connecting to Hong Kong Cloud…"));
    m_progressLabel->show();
    m_progress->show();
    m_cancelSync->show();
    m_syncAction->setEnabled(false);
    m_fetchingText = tr("Fetching your data from Hong Kong Cloud. You can keep using the app meanwhile.");
    m_showBanner(int(Kind::Info), m_fetchingText, {}, {});
}

void SyncFeedback::progress(Category category, qint64 records)
{
    const QString what = QLocale().toLower(Labels::category(category));
    if (records == 0)
        m_progressLabel->setText(tr("Fetching %1…").arg(what));
    else
        m_progressLabel->setText(tr("Fetching %1… %Ln record(s)", nullptr, int(records)).arg(what));
}

void SyncFeedback::finished(const Error &error)
{
    m_grace->stop();
    m_asked = false;
    hideProgress();
    m_syncAction->setEnabled(m_session->state() == Session::State::SignedIn);
    const bool backOnline = std::exchange(m_backOnline, false);
    if (m_session->account().isStaff() && error.code != ErrorCode::Unauthorized)
        return; // the workspace says what matters to staff (queue, steps, offline)
    auto retry = [this] {
        asked();
        m_session->sync();
    };
    const QString when = lastSyncedPhrase();

    switch (error.code) {
    case ErrorCode::None: {
        qint64 total = 0;
        for (Category c : kAllCategories)
            total += m_session->count(c);
        QString text = tr("Your data is up to date: %Ln record(s).", nullptr, int(total));
        if (backOnline)
            text = Labels::sentences({tr("You are back online."), text});
        m_showBanner(int(Kind::Info), text, {}, {});
        break;
    }
    case ErrorCode::Cancelled:
        m_showBanner(int(Kind::Info),
                     when.isEmpty() ? tr("Sync stopped. Nothing has been downloaded yet.")
                                    : tr("Sync stopped. Showing data from %1.").arg(when),
                     tr("&Retry"), retry);
        break;
    case ErrorCode::Unauthorized:
        // Session follows with signInFailed and the welcome page; that says what to do.
        break;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        m_showBanner(int(Kind::Offline),
                     when.isEmpty()
                         ? tr("You are offline or Hong Kong Cloud is not answering. Nothing has been downloaded yet; "
                              "press Retry when you are back online.")
                         : tr("You are offline or Hong Kong Cloud is not answering. Showing data from %1.").arg(when),
                     tr("&Retry"), retry);
        break;
    default: {
        QString text = ErrorText::sync(error);
        if (!when.isEmpty())
            text = Labels::sentences({text, tr("Showing data from %1.").arg(when)});
        m_showBanner(int(Kind::Error), text, tr("&Retry"), retry);
        break;
    }
    }
}

} // namespace pd::ui
