// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QAbstractItemModel;
class QTableView;

namespace pd::bench {

/// Sets `view` up as ui/widgets/RecordTable and UsagePage set up the server usage table, and
/// returns how long QTableView::setModel() took, in ns (it sizes a header section for every row).
qint64 configureLikeRecordTable(QTableView *view, QAbstractItemModel *model);

} // namespace pd::bench
