// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include "staff/StaffDesk.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QTabWidget;


namespace pd::ui {

class AuditPage;
class CustomersPage;
class RefusalsPage;
class StaffPage;
class StaffQueuePage;

/// What the window shows instead of the customer tabs when a staff member or supervisor signs in:
/// the request queue, customers (search and access grants) and, for supervisors, the audit log and
/// the refusal log book. The status line says whether the queue is fresh, whether steps are
/// waiting to be sent and whether the computer is offline.
class StaffWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit StaffWorkspace(StaffDesk *desk, QWidget *parent = nullptr);

    StaffDesk *desk() const { return m_desk; }
    QTabWidget *tabs() const { return m_tabs; }
    const QList<StaffPage *> &pages() const { return m_pages; }
    StaffPage *currentPage() const;
    StaffQueuePage *queuePage() const { return m_queue; }
    CustomersPage *customersPage() const { return m_customers; }
    AuditPage *auditPage() const { return m_audit; }
    RefusalsPage *refusalsPage() const { return m_refusals; }
    /// "Queue fetched at 14:05 · 2 steps waiting to be sent · Offline".
    QString statusText() const;

    /// F5: the current tab fetches again.
    void refresh();
    /// Ctrl+F: the current tab's filter field, or nullptr.
    QWidget *filterField() const;

Q_SIGNALS:
    /// For the window's banner (announced to screen readers).
    void message(const QString &text, bool problem);
    void statusChanged();

private:
    void addPage(StaffPage *page);
    void onStepsChanged();

    QPointer<StaffDesk> m_desk;
    QTabWidget *m_tabs;
    QList<StaffPage *> m_pages;
    QSet<StaffPage *> m_loaded;
    StaffQueuePage *m_queue;
    CustomersPage *m_customers;
    AuditPage *m_audit = nullptr;
    RefusalsPage *m_refusals = nullptr;
    bool m_online = true;
    qint64 m_refused = 0;
};

} // namespace pd::ui
