// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableSetup.h"

#include "Platform.h"
#include "models/WindowedTableModel.h"

#include <QHeaderView>
#include <QTableView>

#include <iterator>

namespace pd::bench {

qint64 configureLikeRecordTable(QTableView *view, QAbstractItemModel *model)
{
    // What ui/widgets/RecordTable and UsagePage do with the server usage table.
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = view->fontMetrics();
    view->verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
    const qint64 t = monotonicNs();
    view->setModel(model);
    const qint64 setModelNs = monotonicNs() - t;
    if (auto *w = qobject_cast<WindowedTableModel *>(model))
        view->horizontalHeader()->setSortIndicator(w->sortColumn(), w->sortOrder());
    const int ch = fm.averageCharWidth();
    const int widths[] = {16, 18, 12, 12, 8, 12, 12};
    for (int i = 0; i < int(std::size(widths)) && i < model->columnCount(); ++i)
        view->setColumnWidth(i, widths[i] * ch + 2 * ch);
    view->setSortingEnabled(true);
    return setModelNs;
}

} // namespace pd::bench
