// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include "AccountView.h"
#include "models/WindowedTableModel.h"
#include "widgets/FilterBar.h"
#include "widgets/RecordTable.h"
#include "widgets/WhyPanel.h"
#include "widgets/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd::ui {

TablePage::TablePage(AccountView *view, Category category, Texts texts, QWidget *parent)
    : Page(view, parent)
    , m_category(category)
    , m_texts(std::move(texts))
    , m_filter(new FilterBar({m_texts.filterHint, false, {}}, this))
    , m_count(plainLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new RecordTable(this))
    , m_details(new QTextBrowser(this))
    , m_empty(plainLabel(this))
    , m_why(new WhyPanel(view, category, this))
{
    const QString &p = m_texts.objectPrefix;
    setObjectName(p + QStringLiteral("Page"));
    m_filter->setObjectNames(p);
    m_filter->setSortTable(m_table);
    m_count->setObjectName(p + QStringLiteral("Count"));
    m_table->setObjectName(p + QStringLiteral("Table"));
    m_table->setAccessibleName(m_texts.tableName);
    m_details->setObjectName(p + QStringLiteral("Details"));
    m_details->setAccessibleName(m_texts.detailsName);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(m_texts.detailsEmpty);
    m_empty->setObjectName(p + QStringLiteral("Empty"));
    m_empty->setText(m_texts.empty);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_why->setObjectName(p + QStringLiteral("Why"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(p + QStringLiteral("Splitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);

    auto *main = new QVBoxLayout;
    main->addWidget(m_count);
    main->addWidget(m_filter);
    main->addWidget(m_stack, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(m_why);

    connect(m_filter, &FilterBar::changed, this, [this] { m_filter->applyTo(m_model); });
    connect(m_table, &RecordTable::currentRowChanged, this, &TablePage::showDetails);
    // Enter on a row takes the reader to its details.
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_details->setFocus(Qt::OtherFocusReason); });
}

QWidget *TablePage::filterField() const
{
    return m_filter->textField();
}

void TablePage::attachModel()
{
    WindowedTableModel *model = currentModel();
    if (model == m_model)
        return;
    m_model = model;
    m_table->setRecordModel(model, m_texts.widthsInChars);
    if (!model)
        return;
    m_filter->applyTo(model);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
}

void TablePage::refresh()
{
    attachModel();
    m_why->refresh();
    updateCount();
}

QString TablePage::countText() const
{
    return m_count->text();
}

void TablePage::updateCount()
{
    const qint64 total = m_model ? m_model->totalCount() : 0;
    const qint64 shown = m_model ? m_model->rowCount() : 0;
    m_stack->setCurrentIndex(total == 0 ? 1 : 0);
    if (total == 0)
        m_count->setText(m_texts.empty);
    else if (shown == 0)
        m_count->setText(m_texts.noMatch);
    else
        m_count->setText(showing(shown, total));
    showDetails(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1);
}

void TablePage::showDetails(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    // A sentence for the whole row first (what a screen reader user hears first), then each
    // column as "Header: value" so nothing is hidden by narrow columns.
    QString html;
    const QString sentence = m_model->index(row, 0).data(WindowedTableModel::RowDescriptionRole).toString();
    if (!sentence.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QString header = m_model->headerData(c, Qt::Horizontal).toString();
        const QString value = m_model->index(row, c).data().toString();
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                    .arg(tr("%1:").arg(header).toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace pd::ui
