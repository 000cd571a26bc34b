// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestsModel.h"

#include "Labels.h"

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

QString RequestsModel::typeLabel(const QString &type)
{
    if (type == QLatin1String("correction")) return tr("Correction");
    if (type == QLatin1String("deletion")) return tr("Deletion");
    if (type == QLatin1String("complaint")) return tr("Complaint or suggestion");
    if (type == QLatin1String("cancel_account")) return tr("Account cancellation");
    if (type == QLatin1String("export")) return tr("Copy of your data");
    if (type == QLatin1String("field_update")) return tr("Change of details");
    if (type == QLatin1String("consent")) return tr("Consent change");
    if (type == QLatin1String("cancel_request")) return tr("Cancelling a request");
    return type;
}

QString RequestsModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("queued")) return tr("Saved on this computer, waiting to send");
    if (status == QLatin1String("attention")) return tr("Not accepted: needs your attention");
    if (status == QLatin1String("conflict")) return tr("Changed elsewhere: choose which value to keep");
    if (status == QLatin1String("sent")) return tr("Sent");
    if (status == QLatin1String("received")) return tr("Received by Hong Kong Cloud");
    if (status == QLatin1String("in_review")) return tr("Being reviewed");
    if (status == QLatin1String("needs_info")) return tr("More information needed");
    if (status == QLatin1String("completed")) return tr("Completed");
    if (status == QLatin1String("rejected")) return tr("Rejected");
    if (status == QLatin1String("cancelled")) return tr("Cancelled");
    return status;
}

QString RequestsModel::subjectOf(const QString &type, const QJsonObject &summary)
{
    if (type == QLatin1String("complaint"))
        return summary.value(QLatin1String("subject")).toString();
    if (type == QLatin1String("correction"))
        return Labels::personalField(summary.value(QLatin1String("field")).toString());
    if (type == QLatin1String("deletion")) {
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
    if (type == QLatin1String("cancel_account"))
        return tr("Your account");
    if (type == QLatin1String("export"))
        return tr("Everything we hold");
    return {};
}

void RequestsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_outbox) {
        QSet<qint64> tracked;
        for (const TrackedRequest &t : m_outbox->requests()) {
            Row r;
            r.type = t.type;
            r.requestId = t.id;
            r.seq = t.outboxSeq;
            r.status = t.status;
            r.received = t.receivedAt;
            r.due = t.effectiveDue();
            r.open = t.isOpen();
            r.subject = subjectOf(t.type, t.summary);
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
            r.details = lines.join(QLatin1Char('\n'));
            if (r.seq)
                tracked.insert(r.seq);
            m_rows << r;
        }
        for (const OutboxItem &i : m_outbox->items(false)) {
            if (i.kind == OutboxItem::Kind::Attachment || tracked.contains(i.seq))
                continue;
            Row r;
            r.seq = i.seq;
            r.status = i.state == OutboxItem::State::Queued ? QStringLiteral("queued")
                : i.state == OutboxItem::State::Conflict   ? QStringLiteral("conflict")
                                                           : QStringLiteral("attention");
            const QJsonObject body = QJsonDocument::fromJson(i.body).object();
            switch (i.kind) {
            case OutboxItem::Kind::Request: r.type = body.value(QLatin1String("type")).toString(); break;
            case OutboxItem::Kind::FieldUpdate: r.type = QStringLiteral("field_update"); break;
            case OutboxItem::Kind::Consent: r.type = QStringLiteral("consent"); break;
            case OutboxItem::Kind::CancelRequest: r.type = QStringLiteral("cancel_request"); break;
            case OutboxItem::Kind::Attachment: break;
            }
            r.subject = subjectOf(r.type, body);
            if (r.subject.isEmpty())
                r.subject = i.kind == OutboxItem::Kind::FieldUpdate ? Labels::personalField(i.title)
                    : i.kind == OutboxItem::Kind::Consent        ? Labels::consentPurpose(i.title)
                                                                 : i.title;
            r.received = i.createdAt;
            QStringList lines{tr("Saved on this computer %1").arg(Labels::dateTime(i.createdAt))};
            if (i.state == OutboxItem::State::Queued && i.attempts > 0)
                lines << tr("Tried %n time(s); will try again automatically.", nullptr, i.attempts);
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
    case StatusCodeRole: return r.status;
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
                return tr("%1, %2").arg(typeLabel(r.type), statusLabel(r.status));
            return typeLabel(r.type);
        case Subject: return r.subject;
        case Status: return overdue ? tr("%1 (overdue)").arg(statusLabel(r.status)) : statusLabel(r.status);
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
