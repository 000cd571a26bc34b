// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentHistoryDialog.h"

#include "models/Labels.h"
#include "widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

ConsentHistoryDialog::ConsentHistoryDialog(const QList<ConsentReceipt> &receipts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(receipts.size()), 4, this))
{
    setObjectName(QStringLiteral("consentHistoryDialog"));
    setWindowTitle(tr("Consent history"));
    auto *intro = plainLabel(receipts.isEmpty()
                                 ? tr("You have not changed any consent yet. Each change you make is listed here, with "
                                      "the date and the privacy policy version it was made under.")
                                 : tr("Every consent change, newest first: your own record of what you allowed or "
                                      "withdrew, when, and under which privacy policy version."),
                             this);
    intro->setObjectName(QStringLiteral("consentHistoryIntro"));
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("consentHistoryTable"));
    m_table->setAccessibleName(tr("Consent history"));
    m_table->setHorizontalHeaderLabels({tr("What"), tr("When"), tr("Policy version"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    for (int r = 0; r < receipts.size(); ++r) {
        const ConsentReceipt &c = receipts[r];
        const QString what = c.granted ? tr("Allowed: %1").arg(Labels::consentPurpose(c.purpose))
                                       : tr("Withdrawn: %1").arg(Labels::consentPurpose(c.purpose));
        m_table->setItem(r, 0, new QTableWidgetItem(what));
        m_table->setItem(r, 1, new QTableWidgetItem(Labels::dateTime(c.at)));
        m_table->setItem(r, 2, new QTableWidgetItem(c.policyVersion));
        m_table->setItem(r, 3, new QTableWidgetItem(c.confirmed ? tr("Confirmed by Hong Kong Cloud (receipt %1)").arg(c.id)
                                                                : tr("Saved on this computer, waiting to send")));
    }
    m_table->resizeColumnsToContents(); // a short list
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!receipts.isEmpty())
        m_table->setCurrentCell(0, 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
}

} // namespace pd::ui
