// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffPage.h"
#include "staff/StaffTypes.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pd::ui {

class AuditTableModel;

/// The whole audit log (supervisors): who did what to whose data, when and why, filtered by staff
/// member, customer, reason and dates; Verify checks the hash chain and the signed checkpoint and
/// says the verdict in plain words, announced to screen readers.
class AuditPage : public StaffPage
{
    Q_OBJECT
public:
    explicit AuditPage(StaffDesk *desk, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    QWidget *filterField() const override;

    QTableView *table() const { return m_table; }
    QString verdictText() const;
    QString statusText() const;
    /// Checks the whole chain (the Verify button).
    void verify();

private:
    void fetch(bool more);
    AuditFilter currentFilter() const;

    AuditTableModel *m_model;
    QLineEdit *m_staff;
    QLineEdit *m_customer;
    QComboBox *m_reason;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_more;
    QPushButton *m_verify;
    QLabel *m_verdict;
    QString m_cursor;
    bool m_appending = false;
};

} // namespace pd::ui
