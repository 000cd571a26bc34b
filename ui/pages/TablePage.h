// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QPointer>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace pd {
class WindowedTableModel;
}

namespace pd::ui {

class FilterBar;
class RecordTable;
class WhyPanel;

/// A category shown as a table with a details pane for the selected row, a filter field, an
/// empty state and the "Why we hold this" panel. Devices and Cookies are this with different words.
class TablePage : public Page
{
    Q_OBJECT
public:
    QList<Category> categories() const override { return {m_category}; }
    void refresh() override;
    QWidget *filterField() const override;

    RecordTable *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QString countText() const;

protected:
    struct Texts
    {
        QString objectPrefix;     ///< "devices" -> devicesTable, devicesDetails...
        QString tableName;        ///< accessible name of the table
        QString filterHint;       ///< placeholder of the filter field
        QString empty;            ///< "We hold no device records for you."
        QString noMatch;          ///< "No devices match the filter."
        QString detailsName;      ///< accessible name of the details pane
        QString detailsEmpty;     ///< shown when nothing is selected
        QList<int> widthsInChars; ///< starting column widths
    };

    TablePage(AccountView *view, Category category, Texts texts, QWidget *parent = nullptr);
    virtual WindowedTableModel *currentModel() const = 0;
    /// "Showing 3 of 5 devices" (plural forms by the translator).
    virtual QString showing(qint64 shown, qint64 total) const = 0;

private:
    void attachModel();
    void updateCount();
    void showDetails(int row);

    Category m_category;
    Texts m_texts;
    QPointer<WindowedTableModel> m_model;
    FilterBar *m_filter;
    QLabel *m_count;
    QStackedWidget *m_stack;
    RecordTable *m_table;
    QTextBrowser *m_details;
    QLabel *m_empty;
    WhyPanel *m_why;
};

} // namespace pd::ui
