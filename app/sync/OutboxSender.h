// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "domain/Actions.h"
#include "domain/Records.h"
#include "domain/Requests.h"
#include "domain/Staff.h"
#include "domain/Result.h"
#include "store/ConnectionThread.h"

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
///
/// An acknowledgement is written (one fsync'd commit) on a thread of its own with its own connection
/// to the outbox file, while the next item is already on its way: the provider still gets each call
/// only after answering the one before (order), and a crash before the commit resends the item with
/// its key, which replays the first outcome (exactly once). itemSent() and the other signals about
/// an answer come once it is recorded, in order.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(ApiClient *api, Outbox *outbox, QObject *parent = nullptr);
    /// Answers being recorded are written before this returns (their signals are not sent).
    ~OutboxSender() override;

    /// Looks at the queue now (after enqueueing, on start, when the network returns).
    void kick();
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    /// A call in flight, or an answer being recorded.
    bool isBusy() const { return m_job != nullptr || !m_recording.isEmpty(); }
    /// Answered, and the answer is being written: the outbox file may say "sent" a moment before
    /// itemSent() and Outbox::changed() say so here.
    bool isRecording(qint64 seq) const { return m_recording.contains(seq); }

    struct Answer; ///< a 2xx answer and what it said, to be recorded
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
    /// The provider's answer to "Ask me first" switched on or off.
    void accessSettingsUpdated(bool askFirst);
    /// A pending access grant after the customer's answer was accepted (active or declined).
    void grantUpdated(const pd::Grant &grant);
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
    /// Records a 2xx answer (on the acknowledgement writer when there is one) and sends the next item.
    void acknowledge(Answer answer);
    /// The answer is recorded (or could not be): tells everyone, in order, and looks at the queue.
    void acknowledged(const Answer &answer, const Status &s, bool elsewhere);
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
    /// Writes acknowledgements; none for an outbox in memory (recorded here, at once).
    std::unique_ptr<ConnectionThread<Outbox>> m_acks;
    /// Answered items whose acknowledgement is being written, oldest first.
    QList<qint64> m_recording;
    /// The next items to send, read a few at a time; forgotten whenever the outbox changes other
    /// than by an acknowledgement of ours (queued, retried, refused, discarded, requeued).
    QList<OutboxItem> m_ahead;
    bool m_noting = false;
    QTimer m_timer;
    bool m_paused = false;
    bool m_online = true;
    int m_baseMs = 1000;
    int m_capMs = 5 * 60 * 1000;
};

} // namespace pd
