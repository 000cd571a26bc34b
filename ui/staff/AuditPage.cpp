// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPage.h"

#include "ErrorText.h"
#include "StaffText.h"
#include "models/Labels.h"
#include "staff/StaffDesk.h"
#include "widgets/PlainText.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

/// The audit entries fetched so far, as words (QtCore only).
class AuditTableModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(AuditTableModel)
public:
    enum Column { Seq, At, Staff, Action, Customer, Reason, Ticket, Categories, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry> &entries, bool append)
    {
        beginResetModel();
        if (!append)
            m_rows.clear();
        m_rows += entries;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Seq: return tr("Entry");
        case At: return tr("When");
        case Staff: return tr("Who");
        case Action: return tr("What");
        case Customer: return tr("Customer");
        case Reason: return tr("Reason");
        case Ticket: return tr("Ticket or request");
        case Categories: return tr("Data");
        }
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const AuditEntry &e = m_rows.at(index.row());
        switch (index.column()) {
        case Seq: return tr("Entry %1").arg(QLocale().toString(e.seq));
        case At: return Labels::dateTime(e.at);
        case Staff: {
            if (e.actorRole == QLatin1String("system"))
                return tr("Hong Kong Cloud (automatic)");
            const QString who = e.actorPseudonym.isEmpty() ? e.actor : tr("%1 (%2)").arg(e.actorPseudonym, e.actor);
            return e.actorRole.isEmpty() ? who : tr("%1, %2").arg(who, roleWord(e.actorRole));
        }
        case Action: return StaffText::auditAction(e.action);
        case Customer: return e.accountId.isEmpty() ? tr("none") : e.accountId;
        case Reason: return e.reasonCode.isEmpty() ? tr("none") : StaffText::accessReason(e.reasonCode);
        case Ticket: return e.ticket.isEmpty() ? tr("none") : e.ticket;
        case Categories: {
            QStringList words;
            for (const QString &c : e.categories) {
                const auto cat = categoryFromCode(c);
                words << (cat ? Labels::category(*cat) : c);
            }
            return words.isEmpty() ? tr("none") : Labels::list(words);
        }
        }
        return {};
    }

private:
    static QString roleWord(const QString &role)
    {
        if (role == QLatin1String("supervisor"))
            return tr("supervisor");
        if (role == QLatin1String("staff"))
            return tr("staff");
        if (role == QLatin1String("customer"))
            return tr("customer");
        return role;
    }
    QList<AuditEntry> m_rows;
};

AuditPage::AuditPage(StaffDesk *desk, QWidget *parent)
    : StaffPage(desk, parent)
    , m_model(new AuditTableModel(this))
    , m_staff(new QLineEdit(this))
    , m_customer(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_fromCheck(new QCheckBox(tr("Fr&om"), this))
    , m_from(new QDateEdit(this))
    , m_toCheck(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_apply(new QPushButton(tr("Sho&w"), this))
    , m_table(new QTableView(this))
    , m_status(plainLabel(this))
    , m_more(new QPushButton(tr("Load mor&e"), this))
    , m_verify(new QPushButton(tr("Ver&ify the log"), this))
    , m_verdict(plainLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *staffLabel = plainLabel(tr("Staff &member:"), this);
    staffLabel->setBuddy(m_staff);
    m_staff->setObjectName(QStringLiteral("auditStaffFilter"));
    m_staff->setAccessibleName(tr("Staff member"));
    m_staff->setPlaceholderText(tr("Account id, e.g. S-0001"));
    auto *customerLabel = plainLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer);
    m_customer->setObjectName(QStringLiteral("auditCustomerFilter"));
    m_customer->setAccessibleName(tr("Customer"));
    m_customer->setPlaceholderText(tr("Account id, e.g. C-1001"));
    auto *reasonLabel = plainLabel(tr("Reaso&n:"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("auditReasonFilter"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("Any reason"), QString());
    for (AccessReason r : kAllAccessReasons)
        m_reason->addItem(StaffText::accessReason(r), accessReasonCode(r));
    const QDate today = QDate::currentDate();
    for (auto [check, edit, name, access, date] :
         {std::tuple{m_fromCheck, m_from, QStringLiteral("auditFrom"), tr("From date"), today.addDays(-30)},
          std::tuple{m_toCheck, m_to, QStringLiteral("auditTo"), tr("To date"), today}}) {
        check->setObjectName(name + QStringLiteral("Check"));
        edit->setObjectName(name);
        edit->setAccessibleName(access);
        edit->setCalendarPopup(true);
        edit->setDate(date);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_apply->setObjectName(QStringLiteral("auditApply"));
    m_apply->setToolTip(tr("Fetch the entries that match these filters"));

    m_table->setObjectName(QStringLiteral("auditTable"));
    usePlainToolTips(m_table);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int cw = fontMetrics().averageCharWidth();
    for (auto [column, chars] : {std::pair{int(AuditTableModel::Seq), 12}, std::pair{int(AuditTableModel::At), 18},
                                 std::pair{int(AuditTableModel::Staff), 30}, std::pair{int(AuditTableModel::Action), 26},
                                 std::pair{int(AuditTableModel::Customer), 12}, std::pair{int(AuditTableModel::Reason), 30},
                                 std::pair{int(AuditTableModel::Ticket), 16}})
        m_table->setColumnWidth(column, chars * cw);

    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_more->setObjectName(QStringLiteral("auditMore"));
    m_more->setEnabled(false);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(tr("Check that no entry of the audit log was changed, removed or added afterwards"));
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *filters = new QGridLayout;
    filters->addWidget(staffLabel, 0, 0);
    filters->addWidget(m_staff, 0, 1);
    filters->addWidget(customerLabel, 0, 2);
    filters->addWidget(m_customer, 0, 3);
    filters->addWidget(reasonLabel, 0, 4);
    filters->addWidget(m_reason, 0, 5);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addWidget(m_toCheck);
    dates->addWidget(m_to);
    dates->addStretch(1);
    dates->addWidget(m_apply);
    filters->addLayout(dates, 1, 0, 1, 6);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify, 0, Qt::AlignTop);
    verifyRow->addWidget(m_verdict, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addLayout(verifyRow);

    setTabOrder(m_staff, m_customer);
    setTabOrder(m_customer, m_reason);
    setTabOrder(m_reason, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_toCheck);
    setTabOrder(m_toCheck, m_to);
    setTabOrder(m_to, m_apply);
    setTabOrder(m_apply, m_table);
    setTabOrder(m_table, m_more);
    setTabOrder(m_more, m_verify);
    setTabOrder(m_verify, m_verdict);

    connect(m_apply, &QPushButton::clicked, this, [this] { fetch(false); });
    connect(m_staff, &QLineEdit::returnPressed, this, [this] { fetch(false); });
    connect(m_customer, &QLineEdit::returnPressed, this, [this] { fetch(false); });
    connect(m_more, &QPushButton::clicked, this, [this] { fetch(true); });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(desk, &StaffDesk::auditFetched, this, [this](const Result<ApiPage<AuditEntry>> &r) {
        if (!r) {
            m_status->setText(Labels::sentences({tr("The audit log could not be fetched."), ErrorText::sync(r.error())}));
            Q_EMIT message(m_status->text(), true);
            return;
        }
        m_model->setEntries(r->items, m_appending);
        m_cursor = r->hasMore ? r->nextCursor : QString();
        m_more->setEnabled(r->hasMore);
        m_status->setText(r->hasMore ? tr("Showing the first %Ln entries; more can be loaded.", nullptr, m_model->rowCount())
                                     : tr("%Ln entry(ies) match.", nullptr, m_model->rowCount()));
    });
    connect(desk, &StaffDesk::auditVerified, this, [this](const AuditVerdict &v) {
        const QString text = StaffText::verdict(v);
        m_verdict->setText(text);
        // The window's banner says it too: that is what screen readers announce.
        Q_EMIT message(text, v.outcome != AuditVerdict::Outcome::Intact);
    });
    m_status->setText(tr("Press Show to fetch the entries that match the filters."));
}

QString AuditPage::title() const
{
    return tr("&Audit log");
}

QWidget *AuditPage::filterField() const
{
    return m_staff;
}

QString AuditPage::verdictText() const
{
    return m_verdict->text();
}

QString AuditPage::statusText() const
{
    return m_status->text();
}

void AuditPage::refresh()
{
    fetch(false);
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter f;
    f.staff = m_staff->text().trimmed();
    f.accountId = m_customer->text().trimmed();
    f.reasonCode = m_reason->currentData().toString();
    if (m_fromCheck->isChecked())
        f.from = m_from->date().startOfDay();
    if (m_toCheck->isChecked())
        f.to = m_to->date().addDays(1).startOfDay();
    return f;
}

void AuditPage::fetch(bool more)
{
    if (!desk())
        return;
    AuditFilter f = currentFilter();
    m_appending = more && !m_cursor.isEmpty();
    if (m_appending)
        f.cursor = m_cursor;
    m_status->setText(tr("Fetching the audit log…"));
    desk()->fetchAudit(f);
}

void AuditPage::verify()
{
    if (!desk() || desk()->isVerifyingAudit())
        return;
    m_verdict->setText(tr("Checking every entry of the audit log…"));
    desk()->verifyAudit();
}

} // namespace pd::ui
