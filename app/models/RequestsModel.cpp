// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestsModel.h"

#include "Labels.h"
#include "store/Outbox.h"
#include "sync/ActionBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pd {

RequestsModel::RequestsModel(Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{
    reload();
}

RequestsModel::Progress RequestsModel::progressOf(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Received: return Progress::Received;
    case RequestStatus::InReview: return Progress::InReview;
    case RequestStatus::NeedsInfo: return Progress::NeedsInfo;
    case RequestStatus::Completed: return Progress::Completed;
    case RequestStatus::Rejected: return Progress::Rejected;
    case RequestStatus::Cancelled: return Progress::Cancelled;
    case RequestStatus::Unknown: break;
    }
    return Progress::Unknown;
}

RequestsModel::Progress RequestsModel::progressOf(ActionState s)
{
    switch (s) {
    case ActionState::Queued: return Progress::Queued;
    case ActionState::Attention: return Progress::Attention;
    case ActionState::Conflict: return Progress::Conflict;
    case ActionState::Sent: return Progress::Received;
    case ActionState::Discarded: break;
    }
    return Progress::Unknown;
}

QString RequestsModel::typeLabel(ActionKind kind, const QString &code)
{
    switch (kind) {
    case ActionKind::Correction: return tr("Correction");
    case ActionKind::Deletion: return tr("Deletion");
    case ActionKind::Complaint: return tr("Complaint or suggestion");
    case ActionKind::CancelAccount: return tr("Account cancellation");
    case ActionKind::Export: return tr("Copy of your data");
    case ActionKind::FieldUpdate: return tr("Change of details");
    case ActionKind::Consent: return tr("Consent change");
    case ActionKind::CancelRequest: return tr("Cancelling a request");
    case ActionKind::AccessSettings: return tr("Ask me first (staff access)");
    case ActionKind::GrantDecision: return tr("Answer to a staff access request");
    case ActionKind::Reply: return tr("Reply to a request");
    case ActionKind::AcceptPolicy: return tr("Acceptance of the privacy policy");
    case ActionKind::Attachment:
    case ActionKind::Unknown: break;
    }
    return code;
}

QString RequestsModel::statusLabel(Progress p, const QString &code)
{
    switch (p) {
    case Progress::Queued: return tr("Saved on this computer, waiting to send");
    case Progress::Attention: return tr("Not accepted: needs your attention");
    case Progress::Conflict: return tr("Changed elsewhere: choose which value to keep");
    case Progress::Received: return tr("Received by Hong Kong Cloud");
    case Progress::InReview: return tr("Being reviewed");
    case Progress::NeedsInfo: return tr("More information needed");
    case Progress::Completed: return tr("Completed");
    case Progress::Rejected: return tr("Rejected");
    case Progress::Cancelled: return tr("Cancelled");
    case Progress::Unknown: break;
    }
    return code;
}

namespace {
ActionKind kindFromCode(const QString &code)
{
    if (code == QLatin1String("field_update")) return ActionKind::FieldUpdate;
    if (code == QLatin1String("consent")) return ActionKind::Consent;
    if (code == QLatin1String("cancel_request")) return ActionKind::CancelRequest;
    if (code == QLatin1String("access_settings")) return ActionKind::AccessSettings;
    if (code == QLatin1String("grant_decision")) return ActionKind::GrantDecision;
    if (code == QLatin1String("reply")) return ActionKind::Reply;
    return actionKindOf(requestTypeFromCode(code));
}
RequestsModel::Progress progressFromCode(const QString &code)
{
    if (code == QLatin1String("queued")) return RequestsModel::Progress::Queued;
    if (code == QLatin1String("attention")) return RequestsModel::Progress::Attention;
    if (code == QLatin1String("conflict")) return RequestsModel::Progress::Conflict;
    return RequestsModel::progressOf(requestStatusFromCode(code));
}
QString progressCode(RequestsModel::Progress p)
{
    switch (p) {
    case RequestsModel::Progress::Queued: return QStringLiteral("queued");
    case RequestsModel::Progress::Attention: return QStringLiteral("attention");
    case RequestsModel::Progress::Conflict: return QStringLiteral("conflict");
    default: return {};
    }
}
} // namespace

QString RequestsModel::typeLabel(const QString &code)
{
    return typeLabel(kindFromCode(code), code);
}

QString RequestsModel::statusLabel(const QString &code)
{
    return statusLabel(progressFromCode(code), code);
}

QString RequestsModel::subjectOf(RequestType type, const QJsonObject &summary)
{
    switch (type) {
    case RequestType::Complaint:
        return summary.value(QLatin1String("subject")).toString();
    case RequestType::Correction:
        return Labels::personalField(summary.value(QLatin1String("field")).toString());
    case RequestType::Deletion: {
        const QString scope = summary.value(QLatin1String("scope")).toString();
        if (scope == QLatin1String("account"))
            return tr("Everything we hold");
        QString cat = summary.value(QLatin1String("category")).toString();
        if (cat.isEmpty())
            cat = summary.value(QLatin1String("range")).toObject().value(QLatin1String("category")).toString();
        if (cat.isEmpty() && !summary.value(QLatin1String("records")).toArray().isEmpty())
            cat = summary.value(QLatin1String("records")).toArray().first().toObject().value(QLatin1String("category")).toString();
        const auto c = categoryFromCode(cat);
        return c ? (scope == QLatin1String("category") ? Labels::category(*c) : tr("Some of: %1").arg(Labels::category(*c))) : cat;
    }
    case RequestType::CancelAccount:
        return tr("Your account");
    case RequestType::Export:
        return tr("Everything we hold");
    case RequestType::AcceptPolicy:
        return policySubject(summary.value(QLatin1String("policy_version")).toString());
    case RequestType::Unknown:
        break;
    }
    return {};
}

QString RequestsModel::policySubject(const QString &version)
{
    //: %1 is the version of the privacy policy, a date such as 2026-12-01.
    return tr("Privacy policy of %1").arg(version);
}

QString RequestsModel::subjectOf(const QueuedAction &a)
{
    if (const auto *p = a.as<ComplaintPayload>())
        return p->subject;
    if (const auto *p = a.as<CorrectionPayload>())
        return Labels::personalField(p->field);
    if (const auto *p = a.as<DeletionPayload>()) {
        switch (p->scope.kind) {
        case DeletionScope::Account: return tr("Everything we hold");
        case DeletionScope::WholeCategory: return Labels::category(p->scope.category);
        case DeletionScope::Records:
        case DeletionScope::UsageRange: return tr("Some of: %1").arg(Labels::category(p->scope.category));
        }
    }
    if (a.as<CancelAccountPayload>())
        return tr("Your account");
    if (a.as<ExportPayload>())
        return tr("Everything we hold");
    if (const auto *p = a.as<FieldUpdatePayload>())
        return Labels::personalField(p->key);
    if (const auto *p = a.as<ConsentPayload>())
        return Labels::consentPurpose(p->purpose);
    if (const auto *p = a.as<AccessSettingsPayload>())
        return p->askFirst ? tr("Switch on") : tr("Switch off");
    if (const auto *p = a.as<GrantDecisionPayload>())
        return p->approve ? tr("Approve %1").arg(p->grantId) : tr("Decline %1").arg(p->grantId);
    if (const auto *p = a.as<ReplyPayload>())
        return tr("Request %1").arg(p->requestId);
    if (const auto *p = a.as<AcceptPolicyPayload>())
        return policySubject(p->policyVersion);
    return a.title;
}

QStringList RequestsModel::timeline(const TrackedRequest &t, Messages messages)
{
    QStringList lines;
    lines << tr("Request %1").arg(t.id);
    if (!t.statusReason.isEmpty())
        lines << tr("Hong Kong Cloud says: %1").arg(t.statusReason);
    if (t.extendedDueAt.isValid())
        lines << tr("Answer date extended to %1: %2").arg(Labels::dateTime(t.extendedDueAt), t.extensionReason);
    const QJsonArray retained = QJsonDocument::fromJson(t.retained).array();
    for (const QJsonValue &v : retained) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("category")).toString();
        const auto cat = categoryFromCode(code);
        lines << tr("Kept and restricted: %1 (%2) until %3")
                     .arg(cat ? Labels::category(*cat) : code, Labels::retentionReason(o.value(QLatin1String("reason")).toString()),
                          Labels::dateTime(QDateTime::fromString(o.value(QLatin1String("until")).toString(), Qt::ISODate)));
    }
    const QList<RequestMessage> told = messages == Messages::Included ? t.messages : QList<RequestMessage>();
    for (const RequestMessage &m : told) {
        const QString who = m.fromStaff ? (m.staff.isEmpty() ? tr("Hong Kong Cloud") : m.staff) : tr("You");
        QString line = m.kind == QLatin1String("question") ? tr("%1 asked: %2").arg(who, m.text)
            : m.kind == QLatin1String("answer")            ? tr("%1 answered: %2").arg(who, m.text)
            : m.kind == QLatin1String("reply")             ? tr("%1 replied: %2").arg(who, m.text)
                                                           : tr("%1 wrote: %2").arg(who, m.text);
        if (!m.attachments.isEmpty())
            line = Labels::sentences({line, tr("%n file(s) attached.", nullptr, int(m.attachments.size()))});
        lines << Labels::labelled(Labels::dateTime(m.at), line);
    }
    const QJsonArray history = QJsonDocument::fromJson(t.history).array();
    for (const QJsonValue &v : history) {
        const QJsonObject o = v.toObject();
        QString status = statusLabel(o.value(QLatin1String("status")).toString());
        if (const QString note = o.value(QLatin1String("note")).toString(); !note.isEmpty())
            //: A request's status with the note Hong Kong Cloud added, e.g. "In review (documents checked)".
            status = tr("%1 (%2)", "status and note").arg(status, note);
        lines << Labels::labelled(
            Labels::dateTime(QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate)), status);
    }
    return lines;
}

QStringList RequestsModel::askedFor(const TrackedRequest &t)
{
    const QJsonObject &s = t.summary;
    auto str = [&s](const char *key) { return s.value(QLatin1String(key)).toString(); };
    QStringList lines;
    switch (t.type) {
    case RequestType::Correction:
        lines << Labels::labelled(tr("Detail to correct"), Labels::personalField(str("field")))
              << Labels::labelled(tr("New value asked for"), str("proposed_value"))
              << Labels::labelled(tr("Why"), str("reason"));
        break;
    case RequestType::Complaint:
        lines << Labels::labelled(str("kind") == QLatin1String("suggestion") ? tr("Suggestion") : tr("Complaint"),
                                  str("subject"))
              << str("message");
        break;
    case RequestType::Deletion: {
        lines << Labels::labelled(tr("To delete"), subjectOf(t.type, s));
        const QJsonObject range = s.value(QLatin1String("range")).toObject();
        if (!range.isEmpty())
            lines << tr("From %1 to %2")
                         .arg(Labels::dateTime(QDateTime::fromString(range.value(QLatin1String("from")).toString(), Qt::ISODate)),
                              Labels::dateTime(QDateTime::fromString(range.value(QLatin1String("to")).toString(), Qt::ISODate)));
        const QJsonArray records = s.value(QLatin1String("records")).toArray();
        if (!records.isEmpty())
            lines << tr("%n chosen record(s)", nullptr, int(records.size()));
        break;
    }
    case RequestType::CancelAccount:
        lines << tr("Close the account");
        if (!str("reason").isEmpty())
            lines << Labels::labelled(tr("Why"), str("reason"));
        break;
    case RequestType::Export:
        lines << tr("A copy of all the data we hold");
        break;
    case RequestType::AcceptPolicy:
        lines << subjectOf(t.type, s) << tr("Accepting the policy gives no consent: each consent stays as you set it.");
        break;
    case RequestType::Unknown:
        break;
    }
    return lines;
}

QStringList RequestsModel::attachmentIds(const TrackedRequest &t)
{
    QStringList ids;
    for (const QJsonValue &v : t.summary.value(QLatin1String("attachments")).toArray())
        if (!ids.contains(v.toString()))
            ids << v.toString();
    for (const RequestMessage &m : t.messages)
        for (const QString &id : m.attachments)
            if (!ids.contains(id))
                ids << id;
    return ids;
}

void RequestsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_outbox) {
        QSet<qint64> tracked;
        for (const TrackedRequest &t : m_outbox->requests()) {
            Row r;
            r.kind = actionKindOf(t.type);
            r.typeCode = t.typeCode;
            r.requestId = t.id;
            r.seq = t.outboxSeq;
            r.progress = progressOf(t.status);
            r.statusCode = t.statusCode;
            r.received = t.receivedAt;
            r.due = t.effectiveDue();
            r.open = t.isOpen();
            r.exportReady = t.type == RequestType::Export && t.exportReady;
            r.typedInput = r.kind != ActionKind::Export;
            r.subject = subjectOf(t.type, t.summary);
            const QStringList lines = timeline(t);
            r.details = lines.join(QLatin1Char('\n'));
            if (r.seq)
                tracked.insert(r.seq);
            m_rows << r;
        }
        for (const OutboxItem &i : m_outbox->items(false)) {
            if (i.kind == OutboxItem::Kind::Attachment || tracked.contains(i.seq))
                continue;
            const QueuedAction a = actionbodies::decode(i);
            Row r;
            r.seq = a.seq;
            r.kind = a.kind;
            r.progress = progressOf(a.state);
            r.statusCode = progressCode(r.progress);
            r.typedInput = a.hasTypedInput();
            r.subject = subjectOf(a);
            r.received = a.createdAt;
            QStringList lines{tr("Saved on this computer %1").arg(Labels::dateTime(a.createdAt))};
            if (a.state == ActionState::Queued && a.attempts > 0)
                lines << tr("Tried %n time(s); will try again automatically.", nullptr, a.attempts);
            r.details = lines.join(QLatin1Char('\n'));
            m_rows.prepend(r);
        }
    }
    endResetModel();
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RequestsModel::openCount() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.open; });
}

qint64 RequestsModel::overdueCount() const
{
    const QDateTime n = now();
    return std::count_if(m_rows.cbegin(), m_rows.cend(), [&n](const Row &r) { return r.open && r.due.isValid() && n > r.due; });
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool overdue = r.open && r.due.isValid() && now() > r.due;
    switch (role) {
    case StatusCodeRole: return r.statusCode;
    case ProgressRole: return QVariant::fromValue(r.progress);
    case KindRole: return QVariant::fromValue(r.kind);
    case ExportReadyRole: return r.exportReady;
    case TypedInputRole: return r.typedInput;
    case RequestIdRole: return r.requestId;
    case OutboxSeqRole: return r.seq;
    case OverdueRole: return overdue;
    case OpenRole: return r.open;
    case DetailsRole: return r.details;
    case SortValueRole:
        switch (index.column()) {
        case Received: return r.received;
        case Due: return r.due;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Type:
            if (role == Qt::AccessibleTextRole)
                return tr("%1, %2").arg(typeLabel(r.kind, r.typeCode), statusLabel(r.progress, r.statusCode));
            return typeLabel(r.kind, r.typeCode);
        case Subject: return r.subject;
        case Status:
            return overdue ? tr("%1 (overdue)").arg(statusLabel(r.progress, r.statusCode)) : statusLabel(r.progress, r.statusCode);
        case Received: return r.received.isValid() ? Labels::dateTime(r.received) : QString();
        case Due: return r.due.isValid() ? Labels::date(r.due.toLocalTime().date()) : QString();
        }
        break;
    default: break;
    }
    return {};
}

QVariant RequestsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case Type: return tr("Request");
    case Subject: return tr("About");
    case Status: return tr("Status");
    case Received: return tr("Made");
    case Due: return tr("Answer due by");
    }
    return {};
}

} // namespace pd
