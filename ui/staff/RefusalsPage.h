// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace pd::ui {

class RefusalsTableModel;

/// The refusal log book (supervisors): every request refused, with its reason, as the PCPD's
/// guidance asks to keep; Export writes it as a CSV file.
class RefusalsPage : public StaffPage
{
    Q_OBJECT
public:
    explicit RefusalsPage(StaffDesk *desk, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    QTableView *table() const { return m_table; }
    QString statusText() const;
    /// Writes the log book to `path` (the Export button asks where).
    bool exportTo(const QString &path);

private:
    void exportCsv();

    RefusalsTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_reload;
    bool m_fetched = false;
};

} // namespace pd::ui
