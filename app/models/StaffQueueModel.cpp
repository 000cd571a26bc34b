// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffQueueModel.h"

#include "Labels.h"

#include <algorithm>

namespace pd {

StaffQueueModel::StaffQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool StaffQueueModel::lessThan(const StaffRequest &a, const StaffRequest &b)
{
    if (a.overdue != b.overdue)
        return a.overdue;
    const QDateTime da = a.effectiveDue(), db = b.effectiveDue();
    if (da.isValid() != db.isValid())
        return da.isValid(); // a request without a due date goes last
    if (da != db)
        return da < db;
    return a.id < b.id;
}

void StaffQueueModel::setRequests(QList<StaffRequest> requests)
{
    std::stable_sort(requests.begin(), requests.end(), &StaffQueueModel::lessThan);
    beginResetModel();
    m_rows = std::move(requests);
    endResetModel();
}

void StaffQueueModel::updateRequest(const StaffRequest &r)
{
    const int old = rowOf(r.id);
    if (old >= 0) {
        beginRemoveRows({}, old, old);
        m_rows.removeAt(old);
        endRemoveRows();
    }
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), r, &StaffQueueModel::lessThan);
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, r);
    endInsertRows();
}

StaffRequest StaffQueueModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : StaffRequest();
}

int StaffQueueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int StaffQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffRequest &r = m_rows.at(index.row());
    switch (role) {
    case IdRole: return r.id;
    case OverdueRole: return r.overdue;
    case DaysLeftRole: return r.daysLeft;
    case TypeRole: return int(r.type);
    case StatusRole: return int(r.status);
    case AssignedToMeRole: return r.assignedToMe;
    case AssigneeRole: return r.assignee;
    case SortRole:
        switch (index.column()) {
        case Received: return r.receivedAt;
        case Due: return r.effectiveDue();
        case DaysLeft: return r.daysLeft;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Customer: return r.accountId;
        case Type: return Labels::staffRequestType(r.type, r.typeCode);
        case Received: return r.receivedAt.isValid() ? Labels::date(r.receivedAt.toLocalTime().date()) : QString();
        case Due: {
            if (!r.effectiveDue().isValid())
                return QString();
            const QString due = Labels::date(r.effectiveDue().toLocalTime().date());
            return r.extended ? Labels::extendedDue(due) : due;
        }
        case DaysLeft: return isOpen(r.status) ? Labels::daysLeft(r.daysLeft) : QString();
        case Status: return Labels::staffRequestStatus(r.status, r.statusCode);
        case Assignee: return Labels::assignee(r.assignee, r.assignedToMe);
        }
        break;
    default: break;
    }
    return {};
}

QVariant StaffQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case Customer: return tr("Customer");
    case Type: return tr("Request");
    case Received: return tr("Received");
    case Due: return tr("Due");
    case DaysLeft: return tr("Days left");
    case Status: return tr("Status");
    case Assignee: return tr("Assigned to");
    }
    return {};
}

} // namespace pd
