// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Staff.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pd {

/// The staff request queue: request metadata only (never the customer's words), overdue first,
/// then by due date (the extended one when there is one), then by id. Display text comes from
/// Labels. Columns sort as the provider orders them; StaffQueueFilter narrows them.
class StaffQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Customer, Type, Received, Due, DaysLeft, Status, Assignee, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the request id (QString)
        OverdueRole,               ///< bool
        DaysLeftRole,              ///< int, negative when overdue
        TypeRole,                  ///< pd::RequestType as int
        StatusRole,                ///< pd::RequestStatus as int
        AssignedToMeRole,          ///< bool
        AssigneeRole,              ///< the assignee's pseudonym, empty for nobody
        SortRole,                  ///< a value that sorts the column meaningfully (dates as dates, days as int)
    };

    explicit StaffQueueModel(QObject *parent = nullptr);

    /// Replaces the rows (a refresh or the cached copy), ordered as the class says.
    void setRequests(QList<StaffRequest> requests);
    /// Replaces one row (after a step was answered) or adds it; keeps the order.
    void updateRequest(const StaffRequest &r);
    const QList<StaffRequest> &requests() const { return m_rows; }
    /// The request on `row`; a default value when out of range.
    StaffRequest requestAt(int row) const;
    /// The row of request `id`, -1 when absent.
    int rowOf(const QString &id) const;

    /// The order the queue is shown in: overdue first, then by due date, then by id.
    static bool lessThan(const StaffRequest &a, const StaffRequest &b);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StaffRequest> m_rows;
};

} // namespace pd
