// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListDetails.h"

#include "PlainText.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

QSplitter *listWithDetails(QTableView *table, const QString &tableName, QPlainTextEdit *details,
                           const QString &detailsName, const QString &placeholder, const QString &prefix,
                           QWidget *parent)
{
    table->setObjectName(prefix + QStringLiteral("Table"));
    usePlainToolTips(table);
    table->setAccessibleName(tableName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);

    details->setObjectName(prefix + QStringLiteral("Details"));
    details->setAccessibleName(detailsName);
    details->setReadOnly(true);
    details->setTabChangesFocus(true);
    details->setPlaceholderText(placeholder);

    auto *split = new QSplitter(Qt::Vertical, parent);
    split->setObjectName(prefix + QStringLiteral("Splitter"));
    split->setChildrenCollapsible(false);
    table->setParent(split);
    split->addWidget(table);
    auto *box = new QWidget(split);
    box->setObjectName(prefix + QStringLiteral("DetailsBox"));
    QLabel *label = plainLabel(detailsName, box);
    label->setObjectName(prefix + QStringLiteral("DetailsLabel"));
    label->setBuddy(details);
    details->setParent(box);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(details);
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    return split;
}

} // namespace pd::ui
