// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffPage.h"
#include "domain/Staff.h"

#include <QList>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace pd::ui {

class CustomerFrame;
class GrantDialog;

/// Finds a customer (account id, user name, e-mail or phone) and opens their data: first the
/// access grant (GrantDialog), then the customer's pages read-only in a CustomerFrame until the
/// grant ends. One customer at a time.
class CustomersPage : public StaffPage
{
    Q_OBJECT
public:
    explicit CustomersPage(StaffDesk *desk, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    QWidget *filterField() const override;

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    /// The open customer's frame, or nullptr.
    CustomerFrame *frame() const { return m_frame; }
    QString statusText() const;

    /// Asks for the grant of the selected result (the Open button, Enter on a result).
    void openSelected();

private:
    void search();
    void showResults(const QList<CustomerHit> &hits);
    void closeFrame(const QString &text);

    QStackedWidget *m_stack;
    QWidget *m_searchView;
    QLineEdit *m_search;
    QPushButton *m_find;
    QListWidget *m_results;
    QLabel *m_status;
    QPushButton *m_open;
    CustomerFrame *m_frame = nullptr;
    QPointer<GrantDialog> m_grantDialog;
    QList<CustomerHit> m_hits;
};

} // namespace pd::ui
