// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include "models/Labels.h"
#include "widgets/FilterBar.h"
#include "widgets/PlainText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// `rows` with the table-sorting keys after Ctrl+F: they belong to the filter row of every table
/// page rather than to a window action, so the window does not list them itself.
QList<QPair<QString, QString>> withSortKeys(QList<QPair<QString, QString>> rows)
{
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    qsizetype at = rows.size();
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows[i].first.split(QLatin1Char(' ')).contains(find))
            at = i + 1;
    rows.insert(at, {FilterBar::orderShortcut().toString(QKeySequence::NativeText),
                     ShortcutsDialog::tr("Sort the current table the other way: go to Order and choose ascending or descending")});
    rows.insert(at, {FilterBar::sortShortcut().toString(QKeySequence::NativeText),
                     ShortcutsDialog::tr("Sort the current table: go to Sort by and choose a column with the arrow keys")});
    return rows;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QPair<QString, QString>> &givenRows, QWidget *parent)
    : QDialog(parent)
{
    const QList<QPair<QString, QString>> rows = withSortKeys(givenRows);
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    auto *intro = plainLabel(tr("Everything in Privacy Dashboard can be done with the keyboard."), this);
    intro->setWordWrap(true);

    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    // A small, fixed list: measuring it is cheap.
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setCurrentCell(0, 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);

    // Wide enough to show both columns whole, tall enough for every row at the current font.
    const QFontMetrics fm = fontMetrics();
    const int width = table->horizontalHeader()->length() + table->verticalScrollBar()->sizeHint().width()
                      + 2 * table->frameWidth() + layout->contentsMargins().left() + layout->contentsMargins().right()
                      + fm.averageCharWidth() * 4;
    const int height = table->horizontalHeader()->sizeHint().height()
                       + table->verticalHeader()->defaultSectionSize() * int(rows.size()) + fm.height() * 6;
    resize(width, height);
}

ShortcutsDialog::Row ShortcutsDialog::row(const QAction *action, const QString &what)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts()) {
        // Ctrl+Shift+Backtab is how some platforms report Ctrl+Shift+Tab: same keys to a person.
        if (k[0].key() != Qt::Key_Backtab)
            keys << k.toString(QKeySequence::NativeText);
    }
    return {keys.join(tr(" or ")), what.isEmpty() ? Labels::withoutMnemonic(action->text()) : what};
}

QList<ShortcutsDialog::Row> ShortcutsDialog::commonRows()
{
    return {{tr("F2"), tr("Change the selected personal detail, or ask us to correct it")},
            {tr("Enter"), tr("Open the details of the selected row")},
            {tr("Arrow keys"), tr("Move through a table, row by row")},
            {tr("Tab, Shift+Tab"), tr("Move to the next or previous control")},
            {tr("Alt + underlined letter"), tr("Press that button or go to that field")},
            {tr("Esc"), tr("Close a dialog or menu")}};
}

} // namespace pd::ui
