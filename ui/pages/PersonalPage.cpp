// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalPage.h"

#include "Icons.h"
#include "AccountView.h"
#include "models/Labels.h"
#include "models/PersonalModel.h"
#include "widgets/RecordTable.h"
#include "widgets/WhyPanel.h"
#include "widgets/PlainText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pd::ui {

PersonalPage::PersonalPage(AccountView *view, QWidget *parent)
    : Page(view, parent)
    , m_intro(plainLabel(this))
    , m_table(new RecordTable(this))
    , m_details(new QTextBrowser(this))
    , m_password(plainLabel(this))
    , m_payment(plainLabel(this))
    , m_why(new WhyPanel(view, Category::Registration, this))
    , m_change(new QPushButton(this))
{
    setObjectName(QStringLiteral("personalPage"));
    m_intro->setObjectName(QStringLiteral("personalIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The details you gave us when you registered, and how we use them. Some you can change "
                        "yourself; for the others, ask us to correct them."));
    m_table->setObjectName(QStringLiteral("personalTable"));
    m_table->setAccessibleName(tr("Personal details"));
    m_details->setObjectName(QStringLiteral("personalDetails"));
    m_details->setAccessibleName(tr("Details of the selected item"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an item to see what we use it for, why we may, where it came from "
                                     "and how long we keep it."));
    m_password->setObjectName(QStringLiteral("personalPassword"));
    m_password->setWordWrap(true);
    m_payment->setObjectName(QStringLiteral("personalPayment"));
    m_payment->setWordWrap(true);
    m_why->setObjectName(QStringLiteral("personalWhy"));

    auto *main = new QVBoxLayout;
    main->addWidget(m_intro);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("personalSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    main->addWidget(split, 1);
    m_change->setObjectName(QStringLiteral("personalChange"));
    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(m_change);
    changeRow->addStretch(1);
    main->addLayout(changeRow);
    main->addWidget(m_password);
    main->addWidget(m_payment);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(m_why);

    // Reading order: the table, its details, the button under them, then the side panel.
    setTabOrder(m_details, m_change);

    connect(m_table, &RecordTable::currentRowChanged, this, &PersonalPage::showDetails);
    // Enter or F2 on a row changes it: in place for details you may edit, else a correction request.
    connect(m_table, &QAbstractItemView::activated, this, &PersonalPage::requestChange);
    auto *f2 = new QShortcut(QKeySequence(Qt::Key_F2), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(f2, &QShortcut::activated, this, &PersonalPage::requestChange);
    connect(m_change, &QPushButton::clicked, this, &PersonalPage::requestChange);
    connect(m_table, &RecordTable::currentRowChanged, this, &PersonalPage::updateChangeButton);
    updateChangeButton();
    // Someone else's data, seen by staff: nothing is changed from here.
    m_change->setVisible(!view->isReadOnly());
}

QString PersonalPage::title() const
{
    return tr("&Personal");
}

QIcon PersonalPage::icon() const
{
    return Icons::personal();
}

void PersonalPage::refresh()
{
    PersonalModel *model = view()->personalModel();
    if (model != m_model) {
        m_model = model;
        // Item, What we hold, Changing it, Used for, Why we may, Where it came from, Kept for, Last updated
        m_table->setRecordModel(model, {});
        if (model) {
            // What the item is for and on what basis goes to the details pane: as table columns
            // they would be cut to a few characters each.
            for (int c : {PersonalModel::Purpose, PersonalModel::LegalBasis, PersonalModel::Source,
                          PersonalModel::Retention})
                m_table->setColumnHidden(c, true);
            connect(model, &QAbstractItemModel::modelReset, this, [this] {
                m_table->resizeColumnsToContents(); // a handful of rows: cheap
                showDetails(m_table->currentIndex().row());
            });
        }
    }
    m_table->resizeColumnsToContents();
    m_why->refresh();

    const PersonalData personal = model ? model->personal() : PersonalData{};
    if (personal.passwordChangedAt.isValid())
        m_password->setText(tr("Password: last changed %1. The password itself is never shown or stored here.")
                                .arg(Labels::dateTime(personal.passwordChangedAt)));
    else
        m_password->setText(tr("The password itself is never shown or stored here."));
    m_payment->setVisible(!personal.paymentMethods.isEmpty());
    m_payment->setText(tr("Payment methods: we show only the last 4 digits of a card, or a masked account name; "
                          "the full number is never sent to this app."));
}

void PersonalPage::updateChangeButton()
{
    const QModelIndex i = m_table->currentIndex();
    const bool editable = i.isValid() && i.data(PersonalModel::EditableRole).toBool();
    const QString key = i.data(PersonalModel::KeyRole).toString();
    // The password and payment methods are changed in the provider's account settings, not here.
    m_change->setEnabled(i.isValid() && !key.isEmpty() && key != QLatin1String("password")
                         && !key.startsWith(QLatin1String("payment:")));
    m_change->setText(editable ? tr("&Edit…") : tr("As&k us to correct…"));
    m_change->setToolTip(editable ? tr("Change this detail yourself (Enter or F2)")
                                  : tr("Only Hong Kong Cloud can change this detail: send a correction request (Enter or F2)"));
}

void PersonalPage::requestChange()
{
    const QModelIndex i = m_table->currentIndex();
    if (!m_model || !i.isValid() || view()->isReadOnly())
        return;
    const QString key = i.data(PersonalModel::KeyRole).toString();
    if (key.isEmpty() || key == QLatin1String("password") || key.startsWith(QLatin1String("payment:")))
        return; // changed in the provider's account settings, not here
    Q_EMIT changeRequested(key, m_model->index(i.row(), PersonalModel::Value).data().toString(),
                           i.data(PersonalModel::EditableRole).toBool());
}

void PersonalPage::showDetails(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (int c = 0; c < m_model->columnCount(); ++c) {
        html += QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                    .arg(tr("%1:").arg(m_model->headerData(c, Qt::Horizontal).toString()).toHtmlEscaped(),
                         m_model->index(row, c).data().toString().toHtmlEscaped());
    }
    m_details->setHtml(html + QStringLiteral("</table>"));
}

} // namespace pd::ui
