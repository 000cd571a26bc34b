// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace pd::ui {

/// A QTableView set up for the cache's big, read-only tables: whole-row selection, fixed row
/// heights and interactive column widths given in characters. Never ResizeToContents: on a
/// million rows that measures every row.
class RecordTable : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTable(QWidget *parent = nullptr);

    /// Sets the model (again) and the columns' starting widths in average characters; keeps the
    /// user's sort. Sorting runs in the model (SQL), so the header's indicator starts where the
    /// model's own order is.
    void setRecordModel(QAbstractItemModel *model, const QList<int> &widthsInChars);

Q_SIGNALS:
    /// The current row changed (keyboard or mouse), or the model was replaced.
    void currentRowChanged(int row);
    /// setRecordModel() set a new model (or none), with the sort indicator where the model sorts.
    void recordModelChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyRowHeight();
    void applyColumnWidths();

    QList<int> m_widthsInChars;
};

} // namespace pd::ui
