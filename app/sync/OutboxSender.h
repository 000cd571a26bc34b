// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "domain/Actions.h"
#include "domain/Records.h"
#include "domain/Requests.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pd {

class ApiClient;
class ApiJob;
class Outbox;
struct ApiResponse;
struct OutboxItem;

/// Sends the outbox, oldest first, one call at a time, each exactly once: every item carries the
/// Idempotency-Key it was given when queued, so a retry after a lost answer or a crash replays the
/// provider's first outcome instead of acting twice. Transient failures back off with full jitter
/// (capped); Retry-After on 429/503 is honoured; 400/403/422 stop the item for the user's
/// attention and are never retried; 412 becomes a conflict the user resolves.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(ApiClient *api, Outbox *outbox, QObject *parent = nullptr);

    /// Looks at the queue now (after enqueueing, on start, when the network returns).
    void kick();
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    bool isBusy() const { return m_job != nullptr; }
    /// Forgets any backoff of the head item and sends it now.
    void retryNow();
    /// Backoff parameters (tests shorten them).
    void setBackoff(int baseMs, int capMs);
    /// Full-jitter delay for the given attempt number (1-based), in ms: uniform in [0, min(cap, base*2^attempt)].
    qint64 backoffDelay(int attempt) const;
    /// Parses Retry-After (delta-seconds or HTTP-date) relative to `now`; -1 if absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &header, const QDateTime &now);

Q_SIGNALS:
    void itemSent(qint64 seq);
    void itemRefused(qint64 seq);
    void itemRetrying(qint64 seq, qint64 delayMs);
    /// The personal document after an accepted field update (with its new ETag).
    void personalUpdated(const QByteArray &body, const QByteArray &etag);
    void requestUpdated(const pd::TrackedRequest &request);
    /// The provider's answer to a staff step (Kind::StaffAction): the request as it now stands. It
    /// is handed over here and not stored, since it holds the customer's words.
    void staffActionAnswered(qint64 seq, const QByteArray &body);
    void onlineChanged(bool online);
    void sessionExpired();
    /// The outbox file could not be written (an acknowledgement, a refusal or a retry could not be
    /// recorded); sending is paused, so nothing is sent twice, until the user resumes it.
    void storageFailed(const pd::Error &error);
    /// Nothing left to send right now.
    void drained();
    /// Paused or resumed. (The outbox announces its own changes: Outbox::changed.)
    void sendingStateChanged();

private:
    void sendHead(const OutboxItem &item);
    void onReply(const OutboxItem &item, const ApiResponse &r);
    void retryLater(const OutboxItem &item, int status, const QString &why, qint64 delayMs);
    void refuse(const OutboxItem &item, ActionState state, int status, const QString &why, const QByteArray &problem,
                const QString &etag = {});
    /// False, with sending paused and storageFailed emitted, when `s` failed.
    bool recorded(const Status &s);
    void setOnline(bool online);

    ApiClient *m_api;
    Outbox *m_outbox;
    QPointer<ApiJob> m_job;
    QTimer m_timer;
    bool m_paused = false;
    bool m_online = true;
    int m_baseMs = 1000;
    int m_capMs = 5 * 60 * 1000;
};

} // namespace pd
