// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QPointer>

class QAbstractButton;
class QLabel;
class QTabWidget;

namespace pd {
class WindowedTableModel;
}

namespace pd::ui {

class FilterBar;
class RecordTable;
class UsageChart;
class WhyPanel;

/// Server and domain usage (policy I.II): two sub-views, each a filter row over a table that can
/// hold a million events; the server view has a traffic-per-day chart above its table.
class UsagePage : public Page
{
    Q_OBJECT
public:
    explicit UsagePage(AccountView *view, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QList<Category> categories() const override;
    void showCategory(Category category) override;
    void refresh() override;
    QWidget *filterField() const override;

    QTabWidget *views() const { return m_views; }
    UsageChart *chart() const { return m_chart; }

private:
    struct View
    {
        Category category;
        QPointer<WindowedTableModel> model;
        FilterBar *filter = nullptr;
        QLabel *count = nullptr;
        RecordTable *table = nullptr;
        WhyPanel *why = nullptr;
        QList<int> widths;
    };

    QWidget *buildView(View &view, const QString &prefix, const QString &tableName, QWidget *top);
    void attach(View &view, WindowedTableModel *model);
    void updateCount(View &view);
    void refreshChart();

    QTabWidget *m_views;
    UsageChart *m_chart;
    QLabel *m_chartCaption;
    QAbstractButton *m_chartToggle;
    View m_servers;
    View m_domains;
};

} // namespace pd::ui
