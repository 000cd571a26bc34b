// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actions.h"
#include "domain/Limits.h"
#include "domain/Records.h"
#include "domain/Requests.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

class SqliteFile;

/// One action the user took, as stored before anything is sent: the HTTP call it becomes. Only the
/// core reads these; the UI sees QueuedAction (ActionQueue turns one into the other).
struct OutboxItem
{
    using State = ActionState; ///< Sent: `response` holds the provider's answer
    /// How the call is sent: a request's type is in its body.
    /// StaffAction: a step staff took on a customer's request (a staff outbox, StaffDesk); its
    /// answer holds the customer's words, so only its status is kept, never the body.
    enum class Kind { Attachment, FieldUpdate, Request, CancelRequest, Consent, StaffAction, AccessSettings, GrantDecision, Reply };

    qint64 seq = 0;
    QString idempotencyKey;
    Kind kind = Kind::Request;
    State state = State::Queued;
    QString method;
    QString path;
    QByteArray body;
    QString contentType;
    QString ifMatch;
    QString title; ///< short description for lists (not translated: user data such as a subject)
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    int lastStatus = 0;
    QString lastError;      ///< problem type or network error code, for the UI to explain
    QByteArray response;    ///< provider's answer (2xx) or problem body (refused)
    QString conflictEtag;   ///< a 412's ETag: the version the user's change would now replace
    QString serverId;       ///< request id / attachment id from the provider
    QList<qint64> dependsOn; ///< attachments that must be sent first (their ids replace "local:<seq>")
};

/// The local outbox: every action is committed here first (synchronous=FULL, so a power loss
/// after "saved" cannot lose it), then sent exactly once by OutboxSender using its
/// Idempotency-Key. One file per account, separate from the cache, so signing out can keep
/// unsent work when the user asks. Also holds what the provider said about each request and the
/// consent receipts, which are the user's own record. Every write that commits emits changed().
class Outbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 3;
    static constexpr qint64 kMaxAttachmentBytes = limits::kAttachmentBytesMax;

    static Result<std::unique_ptr<Outbox>> open(const QString &path);
    static QString pathFor(const QString &root, const QString &accountId);
    static Status remove(const QString &path);
    ~Outbox() override;
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    QSqlDatabase database() const;
    QString path() const;

    struct NewAttachment
    {
        QString fileName;
        QString contentType;
        QByteArray data;
    };
    /// Queues a JSON call, and before it, in the same transaction, its attachments (their bytes
    /// are copied in). The body's "attachments" member becomes ["local:<seq>", ...]; the sender
    /// swaps in the provider's ids once they are uploaded.
    Result<qint64> enqueue(OutboxItem::Kind kind, const QString &method, const QString &path, QJsonObject body,
                           const QString &title, const QString &ifMatch = {}, const QList<NewAttachment> &attachments = {});

    /// The next item to send, in order: the oldest Queued item, passing over those in `skip` (answered,
    /// their acknowledgement still being written by another connection). Empty when none.
    std::optional<OutboxItem> head(const QList<qint64> &skip = {}) const
    {
        const QList<OutboxItem> next = upcoming(skip, 1);
        return next.isEmpty() ? std::nullopt : std::optional<OutboxItem>(next.first());
    }
    /// The next `count` items to send, in order, as head() would give them one after another.
    QList<OutboxItem> upcoming(const QList<qint64> &skip, int count) const;
    std::optional<OutboxItem> item(qint64 seq) const;
    QList<OutboxItem> items(bool includeFinished = true) const;
    qint64 pendingCount() const;
    qint64 attentionCount() const;
    QByteArray attachmentData(qint64 seq) const;

    /// Records the provider's acknowledgement, and in the same transaction what it said about the
    /// request (if it was one) or the consent receipt it issued.
    Status markSent(qint64 seq, int status, const QByteArray &response, const QString &serverId,
                    const std::optional<TrackedRequest> &request = std::nullopt,
                    const std::optional<ConsentReceipt> &receipt = std::nullopt);
    Status markRetry(qint64 seq, int status, const QString &error, const QDateTime &nextAttempt);
    /// `etag` is kept with a conflict: the version the user's change would replace if sent again.
    Status markRefused(qint64 seq, OutboxItem::State state, int status, const QString &error, const QByteArray &problem,
                       const QString &etag = {});
    Status discard(qint64 seq);
    /// Puts a refused or conflicting item back in the queue, optionally with a new body/If-Match
    /// (a resolved conflict), under a new idempotency key.
    Status requeue(qint64 seq, const std::optional<QJsonObject> &newBody = std::nullopt, const QString &ifMatch = {});
    /// Server id for an attachment seq (empty until sent).
    QString serverIdOf(qint64 seq) const;

    Status upsertRequest(const TrackedRequest &r);
    /// Stores what a sync brought, in one transaction. `changed` gets the requests whose status
    /// moved, with the status they had before.
    Status upsertRequests(const QList<TrackedRequest> &list, QList<QPair<TrackedRequest, TrackedRequest>> *changed = nullptr);
    QList<TrackedRequest> requests() const;
    std::optional<TrackedRequest> request(const QString &id) const;

    /// Adds receipts fetched from the provider (those already held are skipped), in one transaction.
    Status addReceipts(const QList<ConsentReceipt> &list);
    /// Marks the local receipt of consent change `seq` as confirmed by the provider's receipt.
    Status confirmReceipt(qint64 seq, const ConsentReceipt &server);
    QList<ConsentReceipt> receipts() const;

    /// Another connection to this file (OutboxSender's acknowledgement writer) has committed: say so
    /// to whoever watches this one (changed()).
    void noteWrittenElsewhere() { Q_EMIT changed(); }

Q_SIGNALS:
    /// Something was written (queued, sent, retried, refused, discarded, requeued, a request or
    /// receipt stored). Emitted after the commit, never for a write that failed.
    void changed();

private:
    explicit Outbox(std::unique_ptr<SqliteFile> file);
    /// Runs `work` in one transaction and emits changed() when it committed.
    template<typename F>
    Status write(F &&work);

    std::unique_ptr<SqliteFile> m_file;
};

} // namespace pd
