// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPlainTextEdit;
class QSplitter;
class QTableView;
class QWidget;

namespace pd::ui {

/// A read-only table of rows above a details pane for the selected row, as the Access log and
/// Notices tabs show them: whole rows selected one at a time, Tab leaving the table instead of
/// walking its cells, the pane labelled with its accessible name so sighted users read the same
/// words a screen reader says. Names the widgets `<prefix>Table`, `<prefix>Details`,
/// `<prefix>DetailsBox`, `<prefix>DetailsLabel` and the splitter `<prefix>Splitter`.
QSplitter *listWithDetails(QTableView *table, const QString &tableName, QPlainTextEdit *details,
                           const QString &detailsName, const QString &placeholder, const QString &prefix,
                           QWidget *parent);

} // namespace pd::ui
