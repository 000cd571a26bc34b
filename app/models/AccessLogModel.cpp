// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessLogModel.h"

#include "Labels.h"
#include "store/AccessLogStore.h"

#include <QJsonObject>

#include <algorithm>

namespace pd {

AccessLogModel::AccessLogModel(CacheDb *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    reload();
}

void AccessLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_warnings.clear();
    m_flagged.clear();
    m_grantStart.clear();
    m_grantEnd.clear();
    m_grantMinutes.clear();
    if (m_cache) {
        AccessLogStore store(m_cache);
        m_rows = store.entries();
        m_warnings = store.warnings();
        for (const WitnessWarning &w : std::as_const(m_warnings))
            m_flagged.insert(w.seq);
        for (const AccessEntry &e : std::as_const(m_rows)) {
            if (e.grantId.isEmpty())
                continue;
            if (e.grantMinutes > 0)
                m_grantMinutes.insert(e.grantId, e.grantMinutes);
            if (e.action == QLatin1String("grant_opened") || e.action == QLatin1String("grant_approved"))
                m_grantStart.insert(e.grantId, e.at);
            else if (e.action == QLatin1String("grant_ended") || e.action == QLatin1String("grant_expired"))
                m_grantEnd.insert(e.grantId, e.at);
        }
        std::reverse(m_rows.begin(), m_rows.end()); // newest first
    }
    endResetModel();
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AccessLogModel::rowOf(qint64 seq) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).seq == seq)
            return i;
    return -1;
}

AccessEntry AccessLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : AccessEntry{};
}

QString AccessLogModel::grantText(const AccessEntry &e) const
{
    if (e.grantId.isEmpty())
        return {};
    const int minutes = e.grantMinutes > 0 ? e.grantMinutes : m_grantMinutes.value(e.grantId);
    const QDateTime start = m_grantStart.value(e.grantId), end = m_grantEnd.value(e.grantId);
    const QString allowed = minutes > 0 ? Labels::duration(qint64(minutes) * 60) : QString();
    if (start.isValid() && end.isValid() && end >= start) {
        const QString lasted = Labels::duration(start.secsTo(end));
        return allowed.isEmpty() ? tr("Lasted %1").arg(lasted) : tr("Lasted %1 (%2 allowed)").arg(lasted, allowed);
    }
    if (!allowed.isEmpty())
        return tr("Up to %1").arg(allowed);
    return {};
}

QString AccessLogModel::details(const AccessEntry &e) const
{
    QStringList lines;
    lines << Labels::labelled(tr("When"), Labels::dateTime(e.at));
    lines << Labels::labelled(tr("Who"), e.staff);
    lines << Labels::labelled(tr("What"), Labels::accessAction(e.action));
    if (!e.reasonCode.isEmpty())
        lines << Labels::labelled(tr("Why"), Labels::accessReason(e.reasonCode));
    if (!e.ticket.isEmpty())
        lines << Labels::labelled(tr("Ticket or request"), e.ticket);
    if (!e.categories.isEmpty())
        lines << Labels::labelled(tr("Data"), Labels::categoryList(e.categories));
    if (const QString g = grantText(e); !g.isEmpty())
        lines << Labels::labelled(tr("How long"), g);
    const QString justification = e.details.value(QLatin1String("justification")).toString();
    if (!justification.isEmpty())
        lines << Labels::labelled(tr("Their explanation"), justification);
    const QString action = e.details.value(QLatin1String("action")).toString();
    if (e.action == QLatin1String("request_action") && !action.isEmpty())
        lines << Labels::labelled(tr("Step"), action);
    lines << Labels::labelled(tr("Log entry"), QString::number(e.seq));
    for (const WitnessWarning &w : m_warnings)
        if (w.seq == e.seq)
            lines << warningText(w);
    return lines.join(QLatin1Char('\n'));
}

QString AccessLogModel::warningText(const WitnessWarning &w)
{
    switch (w.kind) {
    case WitnessWarning::Kind::Changed:
        return tr("Entry %1 of your access log has changed at Hong Kong Cloud since this app first saw it. "
                  "An entry should never change; this app keeps the version it saw first.").arg(w.seq);
    case WitnessWarning::Kind::Disappeared:
        return tr("Entry %1 of your access log, which this app saw earlier, is no longer in the log at Hong Kong "
                  "Cloud. An entry should never be removed; this app keeps its copy.").arg(w.seq);
    case WitnessWarning::Kind::ChainBroken:
        return tr("Your access log at Hong Kong Cloud does not add up from entry %1 on: an entry was altered, "
                  "removed, inserted or moved.").arg(w.seq);
    case WitnessWarning::Kind::CheckpointBackwards:
        return tr("Hong Kong Cloud's signed statement of your access log went back to entry %1, after this app had "
                  "seen a later one: the log may have been rolled back.").arg(w.seq);
    case WitnessWarning::Kind::CheckpointMismatch:
        return tr("Hong Kong Cloud's signed statement of your access log does not match the log at entry %1.")
            .arg(w.seq);
    case WitnessWarning::Kind::KeyChanged:
        return tr("Hong Kong Cloud now signs your access log with a different key than before.");
    }
    return {};
}

QString AccessLogModel::summary() const
{
    if (m_rows.isEmpty())
        return tr("No staff member has looked at your data.");
    QSet<QString> staff;
    for (const AccessEntry &e : m_rows)
        staff.insert(e.staff);
    return tr("%n entry(ies) from %1; the newest on %2.", nullptr, int(m_rows.size()))
        .arg(tr("%n staff member(s)", nullptr, int(staff.size())), Labels::dateTime(m_rows.constFirst().at));
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessEntry &e = m_rows.at(index.row());
    switch (role) {
    case SeqRole: return e.seq;
    case ActionCodeRole: return e.action;
    case GrantIdRole: return e.grantId;
    case WarningRole: return m_flagged.contains(e.seq);
    case DetailsRole: return details(e);
    case SortValueRole:
        if (index.column() == When)
            return e.at;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case When: {
            const QString when = Labels::dateTime(e.at);
            if (role == Qt::AccessibleTextRole && m_flagged.contains(e.seq))
                return tr("%1, warning: see details").arg(when);
            return when;
        }
        case Staff: return e.staff;
        case Action: return Labels::accessAction(e.action);
        case Reason: return e.reasonCode.isEmpty() ? QString() : Labels::accessReason(e.reasonCode);
        case Ticket: return e.ticket;
        case Categories: return Labels::categoryList(e.categories);
        case Grant: return grantText(e);
        }
        break;
    default: break;
    }
    return {};
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case When: return tr("When");
    case Staff: return tr("Who");
    case Action: return tr("What");
    case Reason: return tr("Why");
    case Ticket: return tr("Ticket or request");
    case Categories: return tr("Data");
    case Grant: return tr("How long");
    }
    return {};
}

} // namespace pd
