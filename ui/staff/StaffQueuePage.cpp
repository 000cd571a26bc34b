// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffQueuePage.h"

#include "Appearance.h"
#include "ErrorText.h"
#include "Icons.h"
#include "ProcessRequestDialog.h"
#include "StaffText.h"
#include "models/Labels.h"
#include "models/StaffQueueFilter.h"
#include "models/StaffQueueModel.h"
#include "staff/StaffDesk.h"
#include "widgets/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// Overdue rows get a warning icon and red text on top of the words "days overdue" (never colour alone).
class QueueViewModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        // Ask the source: index.data() here would come back to this very function, forever.
        const bool overdue = (role == Qt::DecorationRole || role == Qt::ForegroundRole)
            && QIdentityProxyModel::data(index, StaffQueueModel::OverdueRole).toBool();
        if (role == Qt::DecorationRole && index.column() == StaffQueueModel::DaysLeft && overdue)
            return Icons::warning();
        if (role == Qt::ForegroundRole && overdue) {
            const auto *view = qobject_cast<const QWidget *>(QObject::parent());
            const QPalette pal = view ? view->palette() : QPalette();
            return Appearance::toneColour(Appearance::Tone::Error, pal,
                                          {pal.color(QPalette::Base), pal.color(QPalette::AlternateBase)},
                                          Appearance::TextContrast);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

StaffQueuePage::StaffQueuePage(StaffDesk *desk, QWidget *parent)
    : StaffPage(desk, parent)
    , m_filter(new StaffQueueFilter(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("O&verdue only"), this))
    , m_table(new QTableView(this))
    , m_summary(plainLabel(this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_reload(new QPushButton(tr("Fetc&h again"), this))
{
    setObjectName(QStringLiteral("staffQueuePage"));
    m_filter->setSourceModel(desk->queue());
    auto *view = new QueueViewModel(m_table);
    view->setSourceModel(m_filter);

    m_type->setObjectName(QStringLiteral("queueTypeFilter"));
    m_type->addItem(tr("Any type"), -1);
    for (RequestType t : {RequestType::Export, RequestType::Correction, RequestType::Deletion, RequestType::Complaint,
                          RequestType::CancelAccount})
        m_type->addItem(StaffText::requestType(t), int(t));
    m_status->setObjectName(QStringLiteral("queueStatusFilter"));
    m_status->addItem(tr("Any open status"), -1);
    for (RequestStatus s : {RequestStatus::Received, RequestStatus::InReview, RequestStatus::NeedsInfo,
                            RequestStatus::Completed, RequestStatus::Rejected})
        m_status->addItem(StaffText::requestStatus(s), int(s));
    m_assignee->setObjectName(QStringLiteral("queueAssigneeFilter"));
    m_assignee->addItem(tr("Anyone"), int(StaffQueueFilter::Assignee::Anyone));
    m_assignee->addItem(tr("Me"), int(StaffQueueFilter::Assignee::Me));
    m_assignee->addItem(tr("Nobody yet"), int(StaffQueueFilter::Assignee::Nobody));
    m_overdue->setObjectName(QStringLiteral("queueOverdueFilter"));

    auto *typeLabel = plainLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    m_type->setAccessibleName(tr("Type of request"));
    auto *statusLabel = plainLabel(tr("Stat&us:"), this);
    statusLabel->setBuddy(m_status);
    m_status->setAccessibleName(tr("Status"));
    auto *assigneeLabel = plainLabel(tr("Assi&gned to:"), this);
    assigneeLabel->setBuddy(m_assignee);
    m_assignee->setAccessibleName(tr("Assigned to"));

    m_table->setObjectName(QStringLiteral("queueTable"));
    usePlainToolTips(m_table);
    m_table->setAccessibleName(tr("Request queue"));
    m_table->setAccessibleDescription(tr("Press Enter to open the selected request"));
    m_table->setModel(view);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int cw = fontMetrics().averageCharWidth();
    for (auto [column, chars] : {std::pair{int(StaffQueueModel::Customer), 12}, std::pair{int(StaffQueueModel::Type), 28},
                                 std::pair{int(StaffQueueModel::Received), 18}, std::pair{int(StaffQueueModel::Due), 26},
                                 std::pair{int(StaffQueueModel::DaysLeft), 22}, std::pair{int(StaffQueueModel::Status), 30}})
        m_table->setColumnWidth(column, chars * cw);

    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_open->setObjectName(QStringLiteral("queueOpen"));
    m_open->setToolTip(tr("Open the selected request to work on it (Enter)"));
    m_reload->setObjectName(QStringLiteral("queueReload"));
    m_reload->setToolTip(tr("Fetch the queue from Hong Kong Cloud again (F5)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(assigneeLabel);
    filters->addWidget(m_assignee);
    filters->addWidget(m_overdue);
    filters->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_open);
    bottom->addWidget(m_reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_type, m_status);
    setTabOrder(m_status, m_assignee);
    setTabOrder(m_assignee, m_overdue);
    setTabOrder(m_overdue, m_table);
    setTabOrder(m_table, m_open);
    setTabOrder(m_open, m_reload);

    for (QComboBox *box : {m_type, m_status, m_assignee})
        connect(box, &QComboBox::currentIndexChanged, this, &StaffQueuePage::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &StaffQueuePage::applyFilters);
    connect(m_table, &QAbstractItemView::activated, this, &StaffQueuePage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &StaffQueuePage::openSelected);
    connect(m_reload, &QPushButton::clicked, this, &StaffQueuePage::refresh);
    connect(desk, &StaffDesk::queueRefreshed, this, &StaffQueuePage::onRefreshed);
    connect(desk, &StaffDesk::onlineChanged, this, &StaffQueuePage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &StaffQueuePage::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &StaffQueuePage::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &StaffQueuePage::updateSummary);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &StaffQueuePage::updateSummary);
    // The first row is current from the start, so Enter opens something at once.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
            m_table->setCurrentIndex(m_table->model()->index(0, 0));
    });
    if (m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
    updateSummary();
}

QString StaffQueuePage::title() const
{
    return tr("&Requests queue");
}

QWidget *StaffQueuePage::filterField() const
{
    return m_type;
}

void StaffQueuePage::refresh()
{
    if (desk() && !desk()->isRefreshingQueue()) {
        desk()->refreshQueue();
        updateSummary();
    }
}

void StaffQueuePage::applyFilters()
{
    const int type = m_type->currentData().toInt();
    m_filter->setType(type < 0 ? std::nullopt : std::optional<RequestType>(RequestType(type)));
    const int status = m_status->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt : std::optional<RequestStatus>(RequestStatus(status)));
    m_filter->setAssignee(StaffQueueFilter::Assignee(m_assignee->currentData().toInt()));
    m_filter->setOverdueOnly(m_overdue->isChecked());
    if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
    updateSummary();
}

void StaffQueuePage::onRefreshed(const Error &error)
{
    if (error.code == ErrorCode::None) {
        m_problem.clear();
    } else {
        m_problem = ErrorText::isOffline(error)
                        ? tr("You are offline or Hong Kong Cloud is not answering: this is the queue as last fetched.")
                        : ErrorText::sync(error);
        Q_EMIT message(m_problem, true);
    }
    updateSummary();
}

QString StaffQueuePage::summaryText() const
{
    return m_summary->text();
}

void StaffQueuePage::updateSummary()
{
    if (!desk())
        return;
    const StaffQueueModel *all = desk()->queue();
    int overdue = 0;
    for (const StaffRequest &r : all->requests())
        overdue += r.overdue ? 1 : 0;
    const int shown = m_filter->rowCount();
    QStringList parts;
    if (all->rowCount() == 0) {
        parts << tr("No open requests.");
    } else if (shown == all->rowCount()) {
        parts << tr("%Ln open request(s), %1 overdue.", nullptr, shown).arg(QLocale().toString(overdue));
    } else {
        parts << tr("Showing %1 of %Ln request(s) (%2 overdue in all).", nullptr, all->rowCount())
                     .arg(QLocale().toString(shown), QLocale().toString(overdue));
    }
    const QDateTime at = desk()->queueFetchedAt();
    if (desk()->isRefreshingQueue())
        parts << tr("Fetching the queue…");
    else if (at.isValid())
        parts << tr("Fetched at %1.").arg(StaffText::when(at));
    else
        parts << tr("Not fetched yet.");
    if (!m_problem.isEmpty())
        parts << m_problem;
    m_summary->setText(Labels::sentences(parts));
    m_open->setEnabled(m_table->currentIndex().isValid());
    Q_EMIT statusChanged();
}

void StaffQueuePage::openSelected()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || !desk())
        return;
    const QString id = i.data(StaffQueueModel::IdRole).toString();
    const int row = desk()->queue()->rowOf(id);
    if (row < 0)
        return;
    auto *dialog = new ProcessRequestDialog(desk(), desk()->queue()->requestAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProcessRequestDialog::message, this, [this](const QString &text) { Q_EMIT message(text, false); });
    connect(dialog, &QDialog::finished, this, [this, id] {
        // Back on the same request, wherever the step moved it.
        const int r = desk() ? desk()->queue()->rowOf(id) : -1;
        if (r >= 0) {
            const QModelIndex src = desk()->queue()->index(r, 0);
            const QModelIndex f = m_filter->mapFromSource(src);
            if (f.isValid())
                m_table->setCurrentIndex(m_table->model()->index(f.row(), 0));
        }
        m_table->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

} // namespace pd::ui
