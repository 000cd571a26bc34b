// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTable.h"

#include "PlainText.h"

#include "models/WindowedTableModel.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace pd::ui {

RecordTable::RecordTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    usePlainToolTips(this);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Tab should leave the table, not walk its cells: keyboard users move with the arrow keys.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    applyRowHeight();
}

void RecordTable::applyRowHeight()
{
    // Uniform rows from the font, so large text still fits and no row has to be measured.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
}

void RecordTable::applyColumnWidths()
{
    QAbstractItemModel *m = model();
    if (!m)
        return;
    // Never narrower than the header text plus room for the sort arrow, so no heading is cut.
    const int ch = fontMetrics().averageCharWidth();
    const QFontMetrics headerFm = horizontalHeader()->fontMetrics();
    for (int i = 0; i < m_widthsInChars.size() && i < m->columnCount(); ++i) {
        const int header = headerFm.horizontalAdvance(m->headerData(i, Qt::Horizontal).toString()) + 5 * ch;
        setColumnWidth(i, std::max(m_widthsInChars[i] * ch + 2 * ch, header));
    }
}

void RecordTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Larger text: taller rows and wider columns, so headings are not cut.
        applyRowHeight();
        applyColumnWidths();
    }
}

void RecordTable::setRecordModel(QAbstractItemModel *model, const QList<int> &widthsInChars)
{
    if (this->model() == model)
        return;
    setSortingEnabled(false);
    setModel(model);
    if (!model) {
        Q_EMIT recordModelChanged();
        return;
    }
    if (auto *w = qobject_cast<WindowedTableModel *>(model))
        horizontalHeader()->setSortIndicator(w->sortColumn(), w->sortOrder());
    m_widthsInChars = widthsInChars;
    applyColumnWidths();
    if (qobject_cast<WindowedTableModel *>(model))
        setSortingEnabled(true); // calls model->sort() with the indicator set above
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1); });
    Q_EMIT currentRowChanged(-1);
    Q_EMIT recordModelChanged();
}

} // namespace pd::ui
