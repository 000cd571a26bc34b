// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pd {
class StaffQueueFilter;
struct Error;
}

namespace pd::ui {

/// Every open request of every customer, overdue first (the queue's metadata, readable offline),
/// with filters by type, status, assignee and overdue. Enter opens the selected request in
/// ProcessRequestDialog.
class StaffQueuePage : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffQueuePage(StaffDesk *desk, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    QWidget *filterField() const override;

    QTableView *table() const { return m_table; }
    StaffQueueFilter *filter() const { return m_filter; }
    /// "12 requests, 3 overdue. Fetched at 14:05."
    QString summaryText() const;
    /// Opens the selected request (Enter, or the Open button).
    void openSelected();

private:
    void applyFilters();
    void updateSummary();
    void onRefreshed(const pd::Error &error);

    StaffQueueFilter *m_filter;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_assignee;
    QCheckBox *m_overdue;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_reload;
    QString m_problem; ///< why the last fetch failed, until one succeeds
};

} // namespace pd::ui
