// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Requests.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pd {

/// Narrows the staff queue (StaffQueueModel) by type, status, assignee and overdue; each filter
/// is off until set. Sorting by a column uses StaffQueueModel::SortRole; unsorted, rows keep the
/// queue's order.
class StaffQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Assignee { Anyone, Me, Nobody };
    Q_ENUM(Assignee)

    explicit StaffQueueFilter(QObject *parent = nullptr);

    void setType(std::optional<RequestType> type);
    std::optional<RequestType> type() const { return m_type; }
    void setStatus(std::optional<RequestStatus> status);
    std::optional<RequestStatus> status() const { return m_status; }
    void setAssignee(Assignee a);
    Assignee assignee() const { return m_assignee; }
    void setOverdueOnly(bool on);
    bool overdueOnly() const { return m_overdueOnly; }
    /// Every filter off.
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<RequestType> m_type;
    std::optional<RequestStatus> m_status;
    Assignee m_assignee = Assignee::Anyone;
    bool m_overdueOnly = false;
};

} // namespace pd
