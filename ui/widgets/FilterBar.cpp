// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "RecordTable.h"
#include "models/WindowedTableModel.h"
#include "widgets/PlainText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

FilterBar::FilterBar(const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_sortLabel(plainLabel(tr("Sort &by:"), this))
    , m_sortColumn(new QComboBox(this))
    , m_orderLabel(plainLabel(tr("Ord&er:"), this))
    , m_sortOrder(new QComboBox(this))
    , m_debounce(new QTimer(this))
    , m_sortDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);
    // Arrowing through the columns should not sort a million rows at every key.
    m_sortDebounce->setSingleShot(true);
    m_sortDebounce->setInterval(250);
    connect(m_sortDebounce, &QTimer::timeout, this, &FilterBar::sortTable);

    // Text on the first line, sorting on the second, dates and kind on the third: fewer lines
    // would squeeze the text field, or cut the boxes' words, with large text or a narrow window.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    auto *sorting = new QHBoxLayout;
    outer->addLayout(sorting);
    auto *second = new QHBoxLayout;

    auto *label = plainLabel(tr("F&ilter:"), this);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(options.placeholder);
    m_text->setClearButtonEnabled(true);
    // Qt's clear button has no text of its own; screen readers would say only "push button".
    if (auto *clear = m_text->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear filter"));
    m_text->setAccessibleName(tr("Filter"));
    m_text->setAccessibleDescription(options.placeholder);
    layout->addWidget(label);
    layout->addWidget(m_text, 2);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    // Sorting by keyboard, under the filter (the header itself takes no focus); Tab meets it in the
    // order it is made and shown. The boxes are never narrower than their words.
    m_sortColumn->setObjectName(QStringLiteral("sortColumn"));
    m_sortColumn->setAccessibleName(tr("Sort by"));
    m_sortColumn->setToolTip(tr("The column the rows are sorted by (the same as clicking its heading)"));
    m_sortLabel->setBuddy(m_sortColumn);
    m_sortOrder->setObjectName(QStringLiteral("sortOrder"));
    m_sortOrder->setAccessibleName(tr("Sort order"));
    m_sortOrder->addItem(tr("Ascending"), int(Qt::AscendingOrder));
    m_sortOrder->addItem(tr("Descending"), int(Qt::DescendingOrder));
    m_orderLabel->setBuddy(m_sortOrder);
    for (QComboBox *box : {m_sortColumn, m_sortOrder}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    sorting->addWidget(m_sortLabel);
    sorting->addWidget(m_sortColumn);
    sorting->addWidget(m_orderLabel);
    sorting->addWidget(m_sortOrder);
    sorting->addStretch(1);
    for (QComboBox *box : {m_sortColumn, m_sortOrder})
        connect(box, &QComboBox::currentIndexChanged, m_sortDebounce, qOverload<>(&QTimer::start));
    refreshSortColumns();

    if (options.dates) {
        // A tick box per end says plainly whether that end is open ("any date").
        // The date's name is a sentence of its own: "From" + "date" reads wrong in Chinese, and
        // stripping "&" from "由(&M)" would leave "由(M)".
        auto makeEnd = [this, second](const QString &text, const QString &accessibleName, const QString &name,
                                      QCheckBox *&check, QDateEdit *&edit) {
            check = new QCheckBox(text, this);
            check->setObjectName(name + QStringLiteral("Check"));
            edit = new QDateEdit(QDate::currentDate(), this);
            edit->setObjectName(name + QStringLiteral("Date"));
            edit->setCalendarPopup(true);
            edit->setEnabled(false);
            edit->setAccessibleName(accessibleName);
            second->addWidget(check);
            second->addWidget(edit);
            connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            connect(check, &QCheckBox::toggled, this, &FilterBar::changed);
            connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
        };
        makeEnd(tr("Fro&m"), tr("From date"), QStringLiteral("from"), m_fromCheck, m_from);
        makeEnd(tr("&To"), tr("To date"), QStringLiteral("to"), m_toCheck, m_to);
        m_fromCheck->setToolTip(tr("Tick to show only events on or after this date"));
        m_toCheck->setToolTip(tr("Tick to show only events on or before this date"));
    }

    if (!options.kinds.isEmpty()) {
        auto *kindLabel = plainLabel(tr("&Kind:"), this);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kindFilter"));
        kindLabel->setBuddy(m_kind);
        m_kind->setAccessibleName(tr("Kind"));
        m_kind->addItem(tr("All kinds"), QString());
        for (const auto &k : options.kinds)
            m_kind->addItem(k.second, k.first);
        second->addWidget(kindLabel);
        second->addWidget(m_kind);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    }
    if (second->count() > 0) {
        second->addStretch(1);
        outer->addLayout(second);
    } else {
        delete second;
    }
}

void FilterBar::setObjectNames(const QString &prefix)
{
    setObjectName(prefix + QStringLiteral("FilterBar"));
    m_text->setObjectName(prefix + QStringLiteral("Filter"));
    m_sortColumn->setObjectName(prefix + QStringLiteral("SortColumn"));
    m_sortOrder->setObjectName(prefix + QStringLiteral("SortOrder"));
}

QString FilterBar::text() const
{
    return m_text->text().trimmed();
}

QDate FilterBar::from() const
{
    return m_fromCheck && m_fromCheck->isChecked() ? m_from->date() : QDate();
}

QDate FilterBar::to() const
{
    return m_toCheck && m_toCheck->isChecked() ? m_to->date() : QDate();
}

QString FilterBar::kind() const
{
    return m_kind ? m_kind->currentData().toString() : QString();
}

void FilterBar::setDateBounds(const QDate &first, const QDate &last)
{
    if (!m_from || !first.isValid() || !last.isValid())
        return;
    // Only move the dates the user is not currently using.
    if (!m_fromCheck->isChecked())
        m_from->setDate(first);
    if (!m_toCheck->isChecked())
        m_to->setDate(last);
}

QKeySequence FilterBar::sortShortcut()
{
    return QKeySequence::mnemonic(tr("Sort &by:"));
}

QKeySequence FilterBar::orderShortcut()
{
    return QKeySequence::mnemonic(tr("Ord&er:"));
}

void FilterBar::setSortTable(RecordTable *table)
{
    m_table = table;
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &FilterBar::showSortIndicator);
    connect(table, &RecordTable::recordModelChanged, this, &FilterBar::refreshSortColumns);
    refreshSortColumns();
}

void FilterBar::refreshSortColumns()
{
    const QSignalBlocker block(m_sortColumn);
    m_sortColumn->clear();
    QAbstractItemModel *model = m_table ? m_table->model() : nullptr;
    // Only a table that sorts (in its model) offers the choice; the boxes stay in place, disabled.
    const bool sorts = model && m_table->isSortingEnabled();
    if (sorts) {
        for (int c = 0; c < model->columnCount(); ++c)
            if (!m_table->isColumnHidden(c))
                m_sortColumn->addItem(model->headerData(c, Qt::Horizontal).toString(), c);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_sortLabel), static_cast<QWidget *>(m_sortColumn),
                       static_cast<QWidget *>(m_orderLabel), static_cast<QWidget *>(m_sortOrder)})
        w->setEnabled(sorts);
    showSortIndicator();
}

void FilterBar::showSortIndicator()
{
    if (!m_table)
        return;
    // Following the header (a click, or the model's own starting order) must not sort again.
    m_sortDebounce->stop();
    const QSignalBlocker blockColumn(m_sortColumn);
    const QSignalBlocker blockOrder(m_sortOrder);
    const QHeaderView *header = m_table->horizontalHeader();
    m_sortColumn->setCurrentIndex(m_sortColumn->findData(header->sortIndicatorSection()));
    m_sortOrder->setCurrentIndex(m_sortOrder->findData(int(header->sortIndicatorOrder())));
}

void FilterBar::sortTable()
{
    if (!m_table || !m_table->isSortingEnabled() || m_sortColumn->currentIndex() < 0)
        return;
    // Through the header's indicator, so the arrow shows it and the model sorts (SQL) once.
    m_table->sortByColumn(m_sortColumn->currentData().toInt(), Qt::SortOrder(m_sortOrder->currentData().toInt()));
}

void FilterBar::applyTo(WindowedTableModel *model) const
{
    if (!model)
        return;
    if (model->filterText() != text())
        model->setFilterText(text());
    if (m_from)
        model->setDateRange(from(), to());
    if (m_kind)
        model->setKindFilter(kind());
}

} // namespace pd::ui
