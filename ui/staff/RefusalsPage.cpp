// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefusalsPage.h"

#include "ErrorText.h"
#include "StaffText.h"
#include "models/Labels.h"
#include "staff/StaffDesk.h"
#include "widgets/SaveFileDialog.h"
#include "widgets/PlainText.h"

#include <QAbstractTableModel>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

/// The refusals fetched, as words (QtCore only).
class RefusalsTableModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(RefusalsTableModel)
public:
    enum Column { Request, Customer, Type, Received, Refused, Staff, Reason, Text, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRefusals(const QList<RefusalEntry> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Request: return tr("Request");
        case Customer: return tr("Customer");
        case Type: return tr("Type");
        case Received: return tr("Received");
        case Refused: return tr("Refused");
        case Staff: return tr("Refused by");
        case Reason: return tr("Reason");
        case Text: return tr("Explanation given");
        }
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const RefusalEntry &e = m_rows.at(index.row());
        switch (index.column()) {
        case Request: return e.requestId;
        case Customer: return e.accountId;
        case Type: return StaffText::requestType(requestTypeFromCode(e.typeCode), e.typeCode);
        case Received: return Labels::dateTime(e.receivedAt);
        case Refused: return Labels::dateTime(e.rejectedAt);
        case Staff: return e.staff;
        case Reason: return StaffText::rejectionReason(e.reasonCode);
        case Text: return e.reasonText;
        }
        return {};
    }

private:
    QList<RefusalEntry> m_rows;
};

RefusalsPage::RefusalsPage(StaffDesk *desk, QWidget *parent)
    : StaffPage(desk, parent)
    , m_model(new RefusalsTableModel(this))
    , m_table(new QTableView(this))
    , m_status(plainLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_reload(new QPushButton(tr("Fetch agai&n"), this))
{
    setObjectName(QStringLiteral("refusalsPage"));
    auto *intro = plainLabel(this);
    intro->setObjectName(QStringLiteral("refusalsIntro"));
    intro->setWordWrap(true);
    intro->setText(tr("Every request we refused, with the reason given to the customer. The Privacy Commissioner may "
                      "ask to see this log book."));
    m_table->setObjectName(QStringLiteral("refusalsTable"));
    usePlainToolTips(m_table);
    m_table->setAccessibleName(tr("Refusal log book"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int cw = fontMetrics().averageCharWidth();
    for (auto [column, chars] : {std::pair{int(RefusalsTableModel::Request), 10}, std::pair{int(RefusalsTableModel::Customer), 10},
                                 std::pair{int(RefusalsTableModel::Type), 24}, std::pair{int(RefusalsTableModel::Received), 18},
                                 std::pair{int(RefusalsTableModel::Refused), 18}, std::pair{int(RefusalsTableModel::Staff), 18},
                                 std::pair{int(RefusalsTableModel::Reason), 30}})
        m_table->setColumnWidth(column, chars * cw);
    m_status->setObjectName(QStringLiteral("refusalsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_export->setObjectName(QStringLiteral("refusalsExport"));
    m_export->setToolTip(tr("Save the log book as a CSV file for a spreadsheet"));
    m_export->setEnabled(false);
    m_reload->setObjectName(QStringLiteral("refusalsReload"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_export, &QPushButton::clicked, this, &RefusalsPage::exportCsv);
    connect(m_reload, &QPushButton::clicked, this, &RefusalsPage::refresh);
    connect(desk, &StaffDesk::refusalsFetched, this, [this](const Result<QList<RefusalEntry>> &r) {
        if (!r) {
            m_status->setText(Labels::sentences({tr("The refusal log book could not be fetched."), ErrorText::sync(r.error())}));
            Q_EMIT message(m_status->text(), true);
            return;
        }
        m_fetched = true;
        m_model->setRefusals(*r);
        m_export->setEnabled(true);
        m_status->setText(r->isEmpty() ? tr("No request has been refused.")
                                       : tr("%Ln refusal(s).", nullptr, int(r->size())));
    });
    m_status->setText(tr("Fetching the refusal log book…"));
}

QString RefusalsPage::title() const
{
    return tr("Refusal &log book");
}

QString RefusalsPage::statusText() const
{
    return m_status->text();
}

void RefusalsPage::refresh()
{
    if (!desk())
        return;
    m_status->setText(tr("Fetching the refusal log book…"));
    desk()->fetchRefusals();
}

bool RefusalsPage::exportTo(const QString &path)
{
    if (!desk())
        return false;
    const Status s = desk()->exportRefusalsCsv(path);
    const QString text = s ? tr("The refusal log book is saved in %1.").arg(QDir::toNativeSeparators(path))
                           : Labels::sentences({tr("The refusal log book could not be saved in %1.")
                                                    .arg(QDir::toNativeSeparators(path)),
                                                ErrorText::sync(s.error())});
    m_status->setText(text);
    Q_EMIT message(text, !s);
    return bool(s);
}

void RefusalsPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("refusal-log-book-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = SaveFileDialog::fileName(this, tr("Export the refusal log book"), QDir(dir).filePath(name),
                                                  tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace pd::ui
