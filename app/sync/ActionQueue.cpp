// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionQueue.h"

#include "domain/AttachmentName.h"

#include "store/Outbox.h"
#include "sync/ActionBodies.h"
#include "sync/OutboxSender.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace pd {
namespace {

void need(Validation *v, const QString &field, const QString &text, int max, bool required = true)
{
    const QString t = text.trimmed();
    if (required && t.isEmpty())
        v->append({field, FieldProblem::Empty, 0});
    else if (t.size() > max)
        v->append({field, FieldProblem::TooLong, max});
}

QString sniffType(const QByteArray &head)
{
    // The same three types, in the same order, as limits::kAttachmentTypes.
    if (head.startsWith("%PDF-"))
        return QString::fromLatin1(limits::kAttachmentTypes[0]);
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QString::fromLatin1(limits::kAttachmentTypes[1]);
    if (head.startsWith("\xFF\xD8\xFF"))
        return QString::fromLatin1(limits::kAttachmentTypes[2]);
    return {};
}

Result<qint64> invalid(Validation *out, const Validation &v)
{
    if (out)
        *out = v;
    return Error::make(ErrorCode::WrongType, QStringLiteral("validation"));
}

} // namespace

ActionQueue::ActionQueue(Outbox *outbox, OutboxSender *sender, std::function<QString()> personalEtag, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sender(sender)
    , m_personalEtag(std::move(personalEtag))
{
}

Validation ActionQueue::validateField(const QString &key, const QString &value)
{
    Validation v;
    const QString t = value.trimmed();
    if (key == QLatin1String("email")) {
        need(&v, QStringLiteral("value"), t, limits::kEmailMax);
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (v.isEmpty() && !email.match(t).hasMatch())
            v.append({QStringLiteral("value"), FieldProblem::BadEmail, 0});
    } else if (key == QLatin1String("mobile")) {
        need(&v, QStringLiteral("value"), t, limits::kMobileMax);
        static const QRegularExpression phone(
            QStringLiteral("^\\+[0-9]{%1,%2}$").arg(limits::kMobileDigitsMin).arg(limits::kMobileDigitsMax));
        QString compact = t;
        compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        if (v.isEmpty() && !phone.match(compact).hasMatch())
            v.append({QStringLiteral("value"), FieldProblem::BadPhone, 0});
    } else if (key == QLatin1String("address")) {
        need(&v, QStringLiteral("value"), t, kMaxAddress);
    } else {
        need(&v, QStringLiteral("value"), t, kMaxValue);
    }
    return v;
}

Validation ActionQueue::validateAttachment(const AttachmentFile &file, int index, QByteArray *data, QString *type)
{
    Validation v;
    const QString field = QStringLiteral("attachment:%1").arg(index);
    QFile f(file.path);
    if (QFileInfo(file.path).size() > Outbox::kMaxAttachmentBytes) {
        v.append({field, FieldProblem::FileTooLarge, int(Outbox::kMaxAttachmentBytes)});
        return v;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        v.append({field, FieldProblem::FileUnreadable, 0});
        return v;
    }
    const QByteArray bytes = f.read(Outbox::kMaxAttachmentBytes + 1);
    if (bytes.size() > Outbox::kMaxAttachmentBytes) {
        v.append({field, FieldProblem::FileTooLarge, int(Outbox::kMaxAttachmentBytes)});
        return v;
    }
    const QString t = sniffType(bytes.left(16));
    if (t.isEmpty()) {
        v.append({field, FieldProblem::FileWrongType, 0});
        return v;
    }
    if (data)
        *data = bytes;
    if (type)
        *type = t;
    return v;
}

Result<qint64> ActionQueue::commit(Result<qint64> r)
{
    if (r) {
        Q_EMIT queued(*r);
        m_sender->kick();
    }
    return r;
}

Result<qint64> ActionQueue::queue(const ActionPayload &payload, const QString &ifMatch, const QList<AttachmentFile> &files,
                                  Validation *problems)
{
    Validation v;
    QList<Outbox::NewAttachment> attachments;
    for (int i = 0; i < files.size(); ++i) {
        QByteArray data;
        QString type;
        const Validation fv = validateAttachment(files.at(i), i, &data, &type);
        v += fv;
        // Kept (and sent as X-Filename) the way the provider stores it and the app shows it.
        if (fv.isEmpty())
            attachments.append({acceptedAttachmentName(QFileInfo(files.at(i).path).fileName())
                                    .value_or(QStringLiteral("attachment")),
                                type, data});
    }
    if (!v.isEmpty())
        return invalid(problems, v);
    const actionbodies::Call call = actionbodies::encode(payload);
    return commit(m_outbox->enqueue(call.kind, call.method, call.path, call.body, call.title, ifMatch, attachments));
}

Result<qint64> ActionQueue::updateField(const QString &key, const QString &value, Validation *problems)
{
    return updateField(key, value, m_personalEtag ? m_personalEtag() : QString(), problems);
}

Result<qint64> ActionQueue::updateField(const QString &key, const QString &value, const QString &etag, Validation *problems)
{
    const Validation v = validateField(key, value);
    if (!v.isEmpty())
        return invalid(problems, v);
    return queue(FieldUpdatePayload{key, value.trimmed()}, etag);
}

Result<qint64> ActionQueue::requestCorrection(const QString &field, const QString &proposed, const QString &reason,
                                              const QList<AttachmentFile> &files, Validation *problems)
{
    Validation v;
    need(&v, QStringLiteral("proposed_value"), proposed, kMaxProposedValue);
    need(&v, QStringLiteral("reason"), reason, kMaxReason);
    if (files.size() > kMaxAttachments)
        v.append({QStringLiteral("attachments"), FieldProblem::TooLong, kMaxAttachments});
    if (!v.isEmpty()) {
        // Say what is wrong with the files too, in one go.
        for (int i = 0; i < files.size() && i < kMaxAttachments; ++i)
            v += validateAttachment(files.at(i), i);
        return invalid(problems, v);
    }
    return queue(CorrectionPayload{field, proposed.trimmed(), reason.trimmed()}, {}, files, problems);
}

Result<qint64> ActionQueue::requestDeletion(const DeletionScope &scope, const QString &confirmation, Validation *problems)
{
    Validation v;
    if (confirmation.trimmed() != deletionConfirmationWord())
        v.append({QStringLiteral("confirmation"), FieldProblem::ConfirmationMismatch, 0});
    if (scope.kind == DeletionScope::Records && scope.recordIds.isEmpty())
        v.append({QStringLiteral("records"), FieldProblem::Empty, 0});
    if (scope.kind == DeletionScope::Records && scope.recordIds.size() > kMaxDeletionRecords)
        v.append({QStringLiteral("records"), FieldProblem::TooLong, kMaxDeletionRecords});
    if (scope.kind == DeletionScope::UsageRange
        && (!scope.from.isValid() || !scope.to.isValid() || scope.from > scope.to
            || (scope.category != Category::ServerUsage && scope.category != Category::DomainUsage)))
        v.append({QStringLiteral("range"), FieldProblem::NotAllowed, 0});
    if (!v.isEmpty())
        return invalid(problems, v);
    return queue(DeletionPayload{scope});
}

Result<qint64> ActionQueue::fileComplaint(bool suggestion, const QString &subject, const QString &message, Validation *problems)
{
    Validation v;
    need(&v, QStringLiteral("subject"), subject, kMaxSubject);
    need(&v, QStringLiteral("message"), message, kMaxMessage);
    if (!v.isEmpty())
        return invalid(problems, v);
    return queue(ComplaintPayload{suggestion, subject.trimmed(), message.trimmed()});
}

Result<qint64> ActionQueue::cancelAccount(const QString &reason, const QString &confirmation, Validation *problems)
{
    Validation v;
    need(&v, QStringLiteral("reason"), reason, kMaxReason, false);
    if (confirmation.trimmed() != cancelConfirmationWord())
        v.append({QStringLiteral("confirmation"), FieldProblem::ConfirmationMismatch, 0});
    if (!v.isEmpty())
        return invalid(problems, v);
    return queue(CancelAccountPayload{reason.trimmed()});
}

Result<qint64> ActionQueue::requestExport()
{
    return queue(ExportPayload{});
}

Result<qint64> ActionQueue::setConsent(const QString &purpose, bool granted, const QString &policyVersion)
{
    return queue(ConsentPayload{purpose, granted, policyVersion});
}

Result<qint64> ActionQueue::cancelRequest(const QString &requestId)
{
    return queue(CancelRequestPayload{requestId});
}

Result<qint64> ActionQueue::setAskFirst(bool askFirst)
{
    return queue(AccessSettingsPayload{askFirst});
}

Result<qint64> ActionQueue::decideGrant(const QString &grantId, bool approve)
{
    if (grantId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no grant"));
    for (const OutboxItem &i : m_outbox->items(false))
        if (i.kind == OutboxItem::Kind::GrantDecision && i.title == grantId && i.state == ActionState::Queued)
            return i.seq;
    return queue(GrantDecisionPayload{grantId, approve});
}

Result<qint64> ActionQueue::reply(const QString &requestId, const QString &message, const QList<AttachmentFile> &files,
                                  Validation *problems)
{
    Validation v;
    need(&v, QStringLiteral("message"), message, kMaxReply);
    if (files.size() > kMaxAttachments)
        v.append({QStringLiteral("attachments"), FieldProblem::TooLong, kMaxAttachments});
    if (!v.isEmpty()) {
        for (int i = 0; i < files.size() && i < kMaxAttachments; ++i)
            v += validateAttachment(files.at(i), i);
        return invalid(problems, v);
    }
    if (requestId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no request"));
    return queue(ReplyPayload{requestId, message.trimmed()}, {}, files, problems);
}

Result<qint64> ActionQueue::acceptPolicy(const QString &version)
{
    if (version.trimmed().isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no policy version"));
    for (const OutboxItem &i : m_outbox->items())
        if (i.title == version && (i.state == ActionState::Queued || i.state == ActionState::Sent)
            && actionbodies::decode(i).kind == ActionKind::AcceptPolicy)
            return i.seq;
    return queue(AcceptPolicyPayload{version});
}

bool ActionQueue::policyAcceptancePending(const QString &version) const
{
    const QList<PolicyAcceptance> local = localAcceptances();
    return std::any_of(local.cbegin(), local.cend(), [&version](const PolicyAcceptance &a) { return a.policyVersion == version; });
}

QList<PolicyAcceptance> ActionQueue::localAcceptances() const
{
    QList<PolicyAcceptance> out;
    for (const OutboxItem &i : m_outbox->items()) {
        if (i.kind != OutboxItem::Kind::Request || (i.state != ActionState::Queued && i.state != ActionState::Sent))
            continue;
        const QueuedAction a = actionbodies::decode(i);
        if (const auto *p = a.as<AcceptPolicyPayload>()) {
            PolicyAcceptance acc;
            acc.policyVersion = p->policyVersion;
            acc.at = i.state == ActionState::Sent && i.sentAt.isValid() ? i.sentAt : i.createdAt;
            acc.requestId = i.serverId;
            acc.confirmed = i.state == ActionState::Sent;
            out << acc;
        }
    }
    return out;
}

std::optional<bool> ActionQueue::queuedDecision(const QString &grantId) const
{
    for (const OutboxItem &i : m_outbox->items(false))
        if (i.kind == OutboxItem::Kind::GrantDecision && i.title == grantId && i.state == ActionState::Queued) {
            const QueuedAction a = actionbodies::decode(i);
            if (const auto *p = a.as<GrantDecisionPayload>())
                return p->approve;
        }
    return std::nullopt;
}

std::optional<bool> ActionQueue::queuedAskFirst() const
{
    std::optional<bool> last;
    for (const OutboxItem &i : m_outbox->items(false))
        if (i.kind == OutboxItem::Kind::AccessSettings && i.state == ActionState::Queued) {
            const QueuedAction a = actionbodies::decode(i);
            if (const auto *p = a.as<AccessSettingsPayload>())
                last = p->askFirst;
        }
    return last;
}

std::optional<QueuedAction> ActionQueue::action(qint64 seq) const
{
    if (const std::optional<OutboxItem> item = m_outbox->item(seq))
        return actionbodies::decode(*item);
    return std::nullopt;
}

QList<QueuedAction> ActionQueue::actions(bool includeFinished) const
{
    QList<QueuedAction> out;
    for (const OutboxItem &i : m_outbox->items(includeFinished))
        if (i.kind != OutboxItem::Kind::Attachment)
            out << actionbodies::decode(i);
    return out;
}

qint64 ActionQueue::pendingCount() const
{
    return m_outbox->pendingCount();
}

qint64 ActionQueue::attentionCount() const
{
    return m_outbox->attentionCount();
}

Status ActionQueue::discard(qint64 seq)
{
    return m_outbox->discard(seq);
}

Status ActionQueue::sendAgain(qint64 seq)
{
    Status s = m_outbox->requeue(seq);
    if (s)
        m_sender->kick();
    return s;
}

Status ActionQueue::resolveConflict(qint64 seq, ConflictChoice choice)
{
    const std::optional<OutboxItem> item = m_outbox->item(seq);
    if (!item || item->state != ActionState::Conflict)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no conflict %1").arg(seq));
    if (choice == ConflictChoice::KeepCurrent)
        return m_outbox->discard(seq);
    // Keep mine: send again, based on the version as it is now: the 412's ETag, or a newer
    // version this computer has synced since.
    QString etag = item->conflictEtag;
    if (const QString held = m_personalEtag ? m_personalEtag() : QString(); etag.isEmpty() && held != item->ifMatch)
        etag = held;
    if (etag.isEmpty())
        return Error::make(ErrorCode::Stale, QStringLiteral("the current version is not known here yet"));
    const actionbodies::Call call = actionbodies::encode(actionbodies::decode(*item).payload);
    Status s = m_outbox->requeue(seq, call.body, etag);
    if (s)
        m_sender->kick();
    return s;
}

} // namespace pd
