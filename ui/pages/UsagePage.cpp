// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsagePage.h"

#include "Icons.h"
#include "AccountView.h"
#include "models/Labels.h"
#include "models/TableModels.h"
#include "widgets/FilterBar.h"
#include "widgets/RecordTable.h"
#include "widgets/UsageChart.h"
#include "widgets/WhyPanel.h"
#include "widgets/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

UsagePage::UsagePage(AccountView *view, QWidget *parent)
    : Page(view, parent)
    , m_views(new QTabWidget(this))
    , m_chart(new UsageChart(this))
    , m_chartCaption(plainLabel(this))
{
    setObjectName(QStringLiteral("usagePage"));
    m_views->setObjectName(QStringLiteral("usageViews"));
    m_views->setDocumentMode(true);
    m_views->setAccessibleName(tr("Usage views"));

    // Chart block: a toggle, a caption in words and the picture. Built before the filter rows
    // so Tab meets the controls in the order they appear on screen.
    auto *chartBox = new QWidget(this);
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(QStringLiteral("chartToggle"));
    toggle->setText(tr("Show ch&art"));
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toggle->setFocusPolicy(Qt::StrongFocus);
    toggle->setToolTip(tr("Show or hide the chart of traffic per day"));
    m_chartToggle = toggle;
    m_chartCaption->setObjectName(QStringLiteral("chartCaption"));
    m_chartCaption->setWordWrap(true);
    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(m_chartCaption, 1);
    captionRow->addWidget(toggle);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(captionRow);
    chartLayout->addWidget(m_chart);
    connect(toggle, &QToolButton::toggled, m_chart, &QWidget::setVisible);
    connect(m_chart, &UsageChart::summaryChanged, m_chartCaption, &QLabel::setText);

    m_servers.category = Category::ServerUsage;
    m_servers.filter = new FilterBar({tr("Server name"), true, {}}, this);
    // Server, LoginAt, Duration, Traffic, Cpu, Memory, Disk
    m_servers.widths = {14, 22, 12, 10, 8, 10, 10};

    const QStringList kinds = {QStringLiteral("query"),    QStringLiteral("registration"),
                               QStringLiteral("purchase"), QStringLiteral("renewal"),
                               QStringLiteral("transfer"), QStringLiteral("dns_change")};
    QList<QPair<QString, QString>> kindItems;
    for (const QString &k : kinds)
        kindItems.append({k, Labels::domainEventKind(k)});
    m_domains.category = Category::DomainUsage;
    m_domains.filter = new FilterBar({tr("Domain name or details"), true, kindItems}, this);
    // Domain, Kind, At, Details
    m_domains.widths = {26, 14, 22, 30};

    m_views->addTab(buildView(m_servers, QStringLiteral("servers"), tr("Server usage events"), chartBox),
                    tr("&Servers"));
    m_views->addTab(buildView(m_domains, QStringLiteral("domains"), tr("Domain events"), nullptr), tr("Domain activit&y"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_views);
}

QWidget *UsagePage::buildView(View &view, const QString &prefix, const QString &tableName, QWidget *top)
{
    auto *w = new QWidget(this);
    w->setObjectName(prefix + QStringLiteral("View"));
    view.filter->setParent(w);
    view.filter->setObjectNames(prefix);
    view.count = plainLabel(w);
    view.count->setObjectName(prefix + QStringLiteral("Count"));
    view.table = new RecordTable(w);
    view.table->setObjectName(prefix + QStringLiteral("Table"));
    view.table->setAccessibleName(tableName);
    view.filter->setSortTable(view.table);
    view.why = new WhyPanel(Page::view(), view.category, w);
    view.why->setObjectName(prefix + QStringLiteral("Why"));

    auto *main = new QVBoxLayout;
    if (top) {
        top->setParent(w);
        main->addWidget(top);
    }
    main->addWidget(view.filter);
    main->addWidget(view.count);
    main->addWidget(view.table, 1);

    auto *layout = new QHBoxLayout(w);
    layout->addLayout(main, 1);
    layout->addWidget(view.why);

    View *v = &view;
    connect(view.filter, &FilterBar::changed, this, [v] { v->filter->applyTo(v->model); });
    return w;
}

QString UsagePage::title() const
{
    return tr("&Usage");
}

QIcon UsagePage::icon() const
{
    return Icons::usage();
}

QList<Category> UsagePage::categories() const
{
    return {Category::ServerUsage, Category::DomainUsage};
}

void UsagePage::showCategory(Category category)
{
    m_views->setCurrentIndex(category == Category::DomainUsage ? 1 : 0);
}

QWidget *UsagePage::filterField() const
{
    return (m_views->currentIndex() == 1 ? m_domains : m_servers).filter->textField();
}

void UsagePage::attach(View &view, WindowedTableModel *model)
{
    if (view.model == model)
        return;
    view.model = model;
    view.table->setRecordModel(model, view.widths);
    if (!model)
        return;
    view.filter->applyTo(model);
    View *v = &view;
    auto update = [this, v] { updateCount(*v); };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
}

void UsagePage::updateCount(View &view)
{
    const qint64 total = view.model ? view.model->totalCount() : 0;
    const qint64 shown = view.model ? view.model->rowCount() : 0;
    if (total == 0)
        view.count->setText(view.category == Category::ServerUsage ? tr("We hold no server usage records for you.")
                                                                   : tr("We hold no domain records for you."));
    else if (shown == 0)
        view.count->setText(tr("No events match the filter. Clear the filter to see all %Ln event(s).", nullptr, int(total)));
    else
        view.count->setText(tr("Showing %L1 of %Ln event(s)", nullptr, int(total)).arg(shown));
}

void UsagePage::refreshChart()
{
    const auto days = view()->dailyTraffic(90);
    m_chart->setData(days);
    if (!days.isEmpty())
        m_servers.filter->setDateBounds(days.first().first, days.last().first);
}

void UsagePage::refresh()
{
    attach(m_servers, view()->serverUsageModel());
    attach(m_domains, view()->domainUsageModel());
    updateCount(m_servers);
    updateCount(m_domains);
    m_servers.why->refresh();
    m_domains.why->refresh();
    refreshChart();
}

} // namespace pd::ui
