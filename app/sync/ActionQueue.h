// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actions.h"
#include "domain/Limits.h"
#include "domain/Notices.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace pd {

class Outbox;
class OutboxSender;

/// Why one input of an action was not accepted; the UI shows it next to that field.
struct FieldProblem
{
    enum Code { Empty, TooLong, BadEmail, BadPhone, FileTooLarge, FileWrongType, FileUnreadable, ConfirmationMismatch, NotAllowed };
    QString field; ///< the input's name, e.g. "value", "reason", "attachment:2", "confirmation"
    Code code = Empty;
    int limit = 0; ///< for TooLong / FileTooLarge
};
using Validation = QList<FieldProblem>;

/// A file the user picked to support a correction.
struct AttachmentFile
{
    QString path;
};

/// The user's actions, from the UI's side: turns what the user asked for into outbox items
/// (validating every input first: nothing is queued when anything is wrong, then committing the
/// whole action, attachments included, in one transaction, then nudging the sender), and gives
/// back what was queued as typed values. What an action means on the wire is the core's business
/// (sync/ActionBodies); the outbox announces every change itself (Outbox::changed).
class ActionQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxReason = limits::kReasonMax;
    static constexpr int kMaxSubject = limits::kSubjectMax;
    static constexpr int kMaxMessage = limits::kMessageMax;
    static constexpr int kMaxAddress = limits::kAddressMax;
    static constexpr int kMaxValue = limits::kFieldValueMax;
    static constexpr int kMaxProposedValue = limits::kProposedValueMax;
    static constexpr int kMaxAttachments = limits::kAttachmentsMax;
    static constexpr int kMaxDeletionRecords = limits::kDeletionRecordsMax;
    static constexpr int kMaxReply = limits::kAnswerMax;

    /// `personalEtag` gives the ETag of the personal details this computer holds (the version a
    /// field update is based on); empty when unknown.
    ActionQueue(Outbox *outbox, OutboxSender *sender, std::function<QString()> personalEtag = {}, QObject *parent = nullptr);

    /// Checks a new value for a self-editable field ("email", "mobile", "address", ...).
    static Validation validateField(const QString &key, const QString &value);
    /// Reads and checks an attachment (PDF, PNG or JPEG by content, at most 5 MiB).
    static Validation validateAttachment(const AttachmentFile &file, int index, QByteArray *data = nullptr, QString *type = nullptr);

    /// A field update based on the personal details this computer holds now.
    Result<qint64> updateField(const QString &key, const QString &value, Validation *problems);
    /// ... based on the version with ETag `etag`.
    Result<qint64> updateField(const QString &key, const QString &value, const QString &etag, Validation *problems);
    Result<qint64> requestCorrection(const QString &field, const QString &proposed, const QString &reason,
                                     const QList<AttachmentFile> &files, Validation *problems);
    /// `confirmation` must be the word the UI asked the user to type ("DELETE").
    Result<qint64> requestDeletion(const DeletionScope &scope, const QString &confirmation, Validation *problems);
    Result<qint64> fileComplaint(bool suggestion, const QString &subject, const QString &message, Validation *problems);
    /// `confirmation` must be "CANCEL".
    Result<qint64> cancelAccount(const QString &reason, const QString &confirmation, Validation *problems);
    Result<qint64> requestExport();
    Result<qint64> setConsent(const QString &purpose, bool granted, const QString &policyVersion);
    Result<qint64> cancelRequest(const QString &requestId);
    /// "Ask me first" on or off: staff access then waits for the customer's answer.
    Result<qint64> setAskFirst(bool askFirst);
    /// Approves or declines a pending access grant. Answering a grant that already has an answer
    /// waiting to be sent queues nothing and gives that answer's seq (a grant is answered once).
    Result<qint64> decideGrant(const QString &grantId, bool approve);
    /// Replies to a request that needs information: text (1..limits::kAnswerMax) and up to
    /// kMaxAttachments files, uploaded first (like a correction's).
    Result<qint64> reply(const QString &requestId, const QString &message, const QList<AttachmentFile> &files,
                         Validation *problems);
    /// Accepts policy version `version` (the current one: the provider refuses any other). It gives
    /// no consent. An acceptance of the same version already queued or sent is not queued again:
    /// its seq is returned.
    Result<qint64> acceptPolicy(const QString &version);
    /// Whether an acceptance of `version` is queued or sent from here: the notice of a new version
    /// counts it as accepted while the provider has not said so in a sync yet.
    bool policyAcceptancePending(const QString &version) const;
    /// Acceptances made on this computer, oldest first: queued ones (confirmed false, no id) and
    /// sent ones (confirmed, with the provider's request id) until a sync brings their receipts.
    QList<PolicyAcceptance> localAcceptances() const;
    /// The answer waiting to be sent for grant `grantId`, if any (true: approve).
    std::optional<bool> queuedDecision(const QString &grantId) const;
    /// The "Ask me first" value waiting to be sent (the last one queued), if any.
    std::optional<bool> queuedAskFirst() const;

    /// One action as the core keeps it; empty when there is no such action.
    std::optional<QueuedAction> action(qint64 seq) const;
    /// Every action in the order made (attachments left out); without `includeFinished`, only
    /// those not sent yet or needing the user.
    QList<QueuedAction> actions(bool includeFinished = true) const;
    qint64 pendingCount() const;
    qint64 attentionCount() const;

    /// Gives up on an action not sent yet (or refused): it is never sent.
    Status discard(qint64 seq);
    /// Sends a refused action again as it is (under a new Idempotency-Key: the refusal had no effect).
    Status sendAgain(qint64 seq);
    enum class ConflictChoice { KeepMine, KeepCurrent };
    /// Settles a conflict: KeepCurrent discards the user's change; KeepMine sends it again based
    /// on the provider's current version. Fails with ErrorCode::Stale when this computer does not
    /// know that version yet: sync, then call again.
    Status resolveConflict(qint64 seq, ConflictChoice choice);

    static QString deletionConfirmationWord() { return QStringLiteral("DELETE"); }
    static QString cancelConfirmationWord() { return QStringLiteral("CANCEL"); }

Q_SIGNALS:
    void queued(qint64 seq);

private:
    Result<qint64> queue(const ActionPayload &payload, const QString &ifMatch = {}, const QList<AttachmentFile> &files = {},
                         Validation *problems = nullptr);
    Result<qint64> commit(Result<qint64> r);

    Outbox *m_outbox;
    OutboxSender *m_sender;
    std::function<QString()> m_personalEtag;
};

} // namespace pd
