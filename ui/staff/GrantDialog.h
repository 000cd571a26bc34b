// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/FieldErrors.h"
#include "domain/Staff.h"
#include "staff/StaffTypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

/// Asks why a staff member needs to see a customer's data before any of it is shown: the reason
/// (in words), a ticket or request id, one sentence of justification, how long (default 30
/// minutes, at most 8 hours) and which categories. All required; problems are said next to the
/// field. The customer sees all of it in their access log.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    GrantDialog(const CustomerHit &customer, QWidget *parent = nullptr);

    /// The grant request as filled in (valid once the dialog was accepted).
    GrantRequest request() const;
    /// Prefills the ticket (e.g. the request being processed).
    void setTicket(const QString &ticket);
    QString problemText(const QString &objectName) const;

private:
    void onOpen();

    CustomerHit m_customer;
    QComboBox *m_reason;
    QLineEdit *m_ticket;
    QLineEdit *m_justification;
    QSpinBox *m_minutes;
    QHash<int, QCheckBox *> m_categories;
    QPushButton *m_open;
    FieldErrors m_errors;
};

} // namespace pd::ui
