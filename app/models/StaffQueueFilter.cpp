// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffQueueFilter.h"

#include "StaffQueueModel.h"

namespace pd {

StaffQueueFilter::StaffQueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StaffQueueModel::SortRole);
}

void StaffQueueFilter::setType(std::optional<RequestType> type)
{
    m_type = type;
    invalidateRowsFilter();
}

void StaffQueueFilter::setStatus(std::optional<RequestStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void StaffQueueFilter::setAssignee(Assignee a)
{
    m_assignee = a;
    invalidateRowsFilter();
}

void StaffQueueFilter::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    invalidateRowsFilter();
}

void StaffQueueFilter::clearFilters()
{
    m_type.reset();
    m_status.reset();
    m_assignee = Assignee::Anyone;
    m_overdueOnly = false;
    invalidateRowsFilter();
}

bool StaffQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type && i.data(StaffQueueModel::TypeRole).toInt() != int(*m_type))
        return false;
    if (m_status && i.data(StaffQueueModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_overdueOnly && !i.data(StaffQueueModel::OverdueRole).toBool())
        return false;
    switch (m_assignee) {
    case Assignee::Anyone: break;
    case Assignee::Me:
        if (!i.data(StaffQueueModel::AssignedToMeRole).toBool())
            return false;
        break;
    case Assignee::Nobody:
        if (!i.data(StaffQueueModel::AssigneeRole).toString().isEmpty())
            return false;
        break;
    }
    return true;
}

} // namespace pd
