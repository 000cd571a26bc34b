// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersPage.h"

#include "CustomerFrame.h"
#include "ErrorText.h"
#include "GrantDialog.h"
#include "domain/Limits.h"
#include "models/Labels.h"
#include "staff/StaffDesk.h"
#include "widgets/PlainText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pd::ui {

CustomersPage::CustomersPage(StaffDesk *desk, QWidget *parent)
    : StaffPage(desk, parent)
    , m_stack(new QStackedWidget(this))
    , m_searchView(new QWidget(m_stack))
    , m_search(new QLineEdit(m_searchView))
    , m_find(new QPushButton(tr("Fin&d"), m_searchView))
    , m_results(new QListWidget(m_searchView))
    , m_status(plainLabel(m_searchView))
    , m_open(new QPushButton(tr("O&pen…"), m_searchView))
{
    setObjectName(QStringLiteral("customersPage"));
    m_stack->setObjectName(QStringLiteral("customersStack"));
    auto *intro = plainLabel(m_searchView);
    intro->setObjectName(QStringLiteral("customersIntro"));
    intro->setWordWrap(true);
    intro->setText(tr("Find a customer by account id, user name, e-mail address or phone number. Opening their data "
                      "needs a reason; the customer sees every access in their access log."));
    auto *label = plainLabel(tr("Find &customer:"), m_searchView);
    label->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setAccessibleName(tr("Find customer"));
    m_search->setPlaceholderText(tr("Account id, user name, e-mail or phone (at least %Ln characters)", nullptr,
                                    limits::kCustomerSearchMin));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button has no text of its own; screen readers would say only "push button".
    if (auto *clear = m_search->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear search"));
    m_find->setObjectName(QStringLiteral("customerFind"));
    m_find->setAutoDefault(false);
    m_results->setObjectName(QStringLiteral("customerResults"));
    usePlainToolTips(m_results);
    m_results->setAccessibleName(tr("Customers found"));
    m_results->setAccessibleDescription(tr("Press Enter to open the selected customer's data"));
    m_status->setObjectName(QStringLiteral("customersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_open->setObjectName(QStringLiteral("customerOpen"));
    m_open->setToolTip(tr("Ask for access to the selected customer's data (Enter)"));
    m_open->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_search, 1);
    row->addWidget(m_find);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_open);
    auto *searchLayout = new QVBoxLayout(m_searchView);
    searchLayout->addWidget(intro);
    searchLayout->addLayout(row);
    searchLayout->addWidget(m_results, 1);
    searchLayout->addLayout(bottom);
    m_stack->addWidget(m_searchView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_search, m_find);
    setTabOrder(m_find, m_results);
    setTabOrder(m_results, m_open);

    connect(m_search, &QLineEdit::returnPressed, this, &CustomersPage::search);
    connect(m_find, &QPushButton::clicked, this, &CustomersPage::search);
    connect(m_results, &QListWidget::itemActivated, this, &CustomersPage::openSelected);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int r) { m_open->setEnabled(r >= 0); });
    connect(m_open, &QPushButton::clicked, this, &CustomersPage::openSelected);
    connect(desk, &StaffDesk::customersFound, this, [this](const Result<QList<CustomerHit>> &r) {
        if (r) {
            showResults(*r);
            return;
        }
        m_status->setText(ErrorText::isOffline(r.error())
                              ? tr("You are offline or Hong Kong Cloud is not answering: customers can only be found "
                                   "online. Try again when you are back online.")
                              : Labels::sentences({tr("The search did not work."), ErrorText::sync(r.error())}));
        Q_EMIT message(m_status->text(), true);
    });
}

QString CustomersPage::title() const
{
    return tr("Customer&s");
}

QWidget *CustomersPage::filterField() const
{
    return m_frame ? nullptr : m_search;
}

void CustomersPage::refresh()
{
    if (!m_frame && m_search->text().trimmed().size() >= limits::kCustomerSearchMin)
        search();
}

QString CustomersPage::statusText() const
{
    return m_status->text();
}

void CustomersPage::search()
{
    const QString text = m_search->text().trimmed();
    if (text.size() < limits::kCustomerSearchMin) {
        m_status->setText(tr("Type at least %Ln characters to search.", nullptr, limits::kCustomerSearchMin));
        return;
    }
    m_status->setText(tr("Searching…"));
    desk()->searchCustomers(text);
}

void CustomersPage::showResults(const QList<CustomerHit> &hits)
{
    m_hits = hits;
    m_results->clear();
    for (const CustomerHit &h : hits) {
        const QString name = h.displayName.isEmpty() ? h.username : h.displayName;
        // Names come from the provider: shown as plain text by QListWidget.
        auto *item = new QListWidgetItem(tr("%1 — user name %2, account %3").arg(name, h.username, h.accountId),
                                         m_results);
        item->setData(Qt::UserRole, h.accountId);
    }
    if (hits.isEmpty()) {
        m_status->setText(tr("No customer matches “%1”.").arg(m_search->text().trimmed()));
    } else {
        m_status->setText(hits.size() >= limits::kCustomerSearchResultsMax
                              ? tr("%Ln customers found; only the first ones are shown: make the search more precise.",
                                   nullptr, int(hits.size()))
                              : tr("%Ln customer(s) found.", nullptr, int(hits.size())));
        m_results->setCurrentRow(0);
        // The search field keeps Enter for searching again; Down moves into the results.
        m_results->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT statusChanged();
}

void CustomersPage::openSelected()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_hits.size() || m_frame || !desk() || m_grantDialog)
        return;
    const CustomerHit hit = m_hits.at(row);
    // Window-modal and without a nested event loop (open, not exec): the workspace keeps
    // running (the queue, the grant expiring) while the reason is written.
    m_grantDialog = new GrantDialog(hit, this);
    m_grantDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_grantDialog, &QDialog::accepted, this, [this, hit] {
        if (!m_grantDialog || !desk() || m_frame)
            return;
        const GrantRequest request = m_grantDialog->request();
        m_frame = new CustomerFrame(desk(), hit, m_stack);
        connect(m_frame, &CustomerFrame::closed, this, &CustomersPage::closeFrame, Qt::QueuedConnection);
        m_stack->addWidget(m_frame);
        m_stack->setCurrentWidget(m_frame);
        desk()->requestGrant(request);
        m_frame->endButton()->setFocus(Qt::OtherFocusReason);
        Q_EMIT statusChanged();
    });
    m_grantDialog->open();
}

void CustomersPage::closeFrame(const QString &text)
{
    if (m_frame) {
        m_stack->removeWidget(m_frame);
        m_frame->deleteLater();
        m_frame = nullptr;
    }
    m_stack->setCurrentWidget(m_searchView);
    m_status->setText(text);
    m_results->setFocus(Qt::OtherFocusReason);
    Q_EMIT message(text, false);
    Q_EMIT statusChanged();
}

} // namespace pd::ui
