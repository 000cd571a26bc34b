// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffWorkspace.h"

#include "AuditPage.h"
#include "CustomersPage.h"
#include "RefusalsPage.h"
#include "StaffQueuePage.h"
#include "StaffText.h"
#include "models/Labels.h"
#include "staff/StaffDesk.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd::ui {

StaffWorkspace::StaffWorkspace(StaffDesk *desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_tabs(new QTabWidget(this))
    , m_queue(new StaffQueuePage(desk, m_tabs))
    , m_customers(new CustomersPage(desk, m_tabs))
{
    setObjectName(QStringLiteral("staffWorkspace"));
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->setAccessibleName(tr("Staff workspace"));
    m_tabs->tabBar()->setAccessibleName(tr("Staff work areas"));
    addPage(m_queue);
    addPage(m_customers);
    if (desk->isSupervisor()) {
        m_audit = new AuditPage(desk, m_tabs);
        addPage(m_audit);
        m_refusals = new RefusalsPage(desk, m_tabs);
        addPage(m_refusals);
    }
    m_loaded.insert(m_queue);
    m_loaded.insert(m_customers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // The supervisors' tabs fetch when first opened, not before they are needed.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        StaffPage *p = currentPage();
        if (p && !m_loaded.contains(p)) {
            m_loaded.insert(p);
            p->refresh();
        }
        Q_EMIT statusChanged();
    });
    connect(desk, &StaffDesk::stepsChanged, this, &StaffWorkspace::onStepsChanged);
    connect(desk, &StaffDesk::onlineChanged, this, [this](bool online) {
        if (online == m_online)
            return;
        m_online = online;
        Q_EMIT message(online ? tr("You are back online. Waiting steps are being sent.")
                              : tr("You are offline. The queue shows what was last fetched; the steps you take are "
                                   "saved on this computer and sent when you are online."),
                       !online);
        Q_EMIT statusChanged();
    });
    connect(desk, &StaffDesk::queueRefreshed, this, &StaffWorkspace::statusChanged);
    m_refused = desk->refusedSteps();
}

void StaffWorkspace::addPage(StaffPage *page)
{
    const int i = m_tabs->addTab(page, page->title());
    m_tabs->setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));
    m_pages << page;
    connect(page, &StaffPage::message, this, &StaffWorkspace::message);
    connect(page, &StaffPage::statusChanged, this, &StaffWorkspace::statusChanged);
}

StaffPage *StaffWorkspace::currentPage() const
{
    return qobject_cast<StaffPage *>(m_tabs->currentWidget());
}

void StaffWorkspace::onStepsChanged()
{
    if (!m_desk)
        return;
    const qint64 refused = m_desk->refusedSteps();
    if (refused > m_refused)
        Q_EMIT message(tr("Hong Kong Cloud did not accept a step you took. Open the request to see why."), true);
    m_refused = refused;
    Q_EMIT statusChanged();
}

QString StaffWorkspace::statusText() const
{
    if (!m_desk)
        return {};
    QStringList parts;
    const QDateTime at = m_desk->queueFetchedAt();
    parts << (at.isValid() ? tr("Queue fetched at %1").arg(StaffText::when(at)) : tr("Queue not fetched yet"));
    const qint64 pending = m_desk->pendingSteps();
    parts << (pending == 0 ? tr("Nothing waiting to be sent")
                           : tr("%Ln step(s) waiting to be sent", nullptr, int(pending)));
    if (m_desk->refusedSteps() > 0)
        parts << tr("%Ln step(s) not accepted", nullptr, int(m_desk->refusedSteps()));
    if (!m_online)
        parts << tr("Offline");
    return parts.join(tr(" · "));
}

void StaffWorkspace::refresh()
{
    if (StaffPage *p = currentPage())
        p->refresh();
    // The queue is what every tab leads back to: keep it fresh too.
    if (currentPage() != m_queue)
        m_queue->refresh();
}

QWidget *StaffWorkspace::filterField() const
{
    StaffPage *p = currentPage();
    return p ? p->filterField() : nullptr;
}

} // namespace pd::ui
