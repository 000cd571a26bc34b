// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrantDialog.h"

#include "StaffText.h"
#include "domain/Limits.h"
#include "models/Labels.h"
#include "widgets/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

GrantDialog::GrantDialog(const CustomerHit &customer, QWidget *parent)
    : QDialog(parent)
    , m_customer(customer)
    , m_reason(new QComboBox(this))
    , m_ticket(new QLineEdit(this))
    , m_justification(new QLineEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_open(new QPushButton(tr("&Ask for access"), this))
{
    setObjectName(QStringLiteral("grantDialog"));
    const QString who = customer.displayName.isEmpty() ? customer.username : customer.displayName;
    setWindowTitle(tr("Open %1's data").arg(who));

    auto *summary = plainLabel(this);
    summary->setObjectName(QStringLiteral("grantSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setText(tr("To see the data of %1 (account %2), say why. %1 sees your reason, the ticket and the "
                        "categories in their access log; if they asked to be asked first, nothing is shown until "
                        "they approve.")
                         .arg(who, customer.accountId));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto addRow = [this, form](const QString &label, QWidget *input, const QString &field, const QString &name) {
        auto *l = plainLabel(label, this);
        l->setBuddy(input);
        input->setAccessibleName(name);
        form->addRow(l, input);
        QLabel *problem = FieldErrors::makeLabel(this, input->objectName() + QStringLiteral("Problem"));
        form->addRow(QString(), problem);
        m_errors.add(field, input, problem, [](const FieldProblem &p) -> QString {
            if (p.field == QLatin1String("justification") && p.code == FieldProblem::NotAllowed)
                return tr("This is too short: write at least %Ln characters, one sentence saying why you need to "
                          "look.",
                          nullptr, limits::kJustificationMin);
            if (p.field == QLatin1String("categories"))
                return tr("Choose at least one kind of data: only what you need to see.");
            return {};
        });
    };

    m_reason->setObjectName(QStringLiteral("grantReason"));
    for (AccessReason r : kAllAccessReasons)
        m_reason->addItem(StaffText::accessReason(r), int(r));
    addRow(tr("&Reason:"), m_reason, QStringLiteral("reason"), tr("Reason"));

    m_ticket->setObjectName(QStringLiteral("grantTicket"));
    m_ticket->setMaxLength(limits::kTicketMax);
    m_ticket->setPlaceholderText(tr("For example T-77 or R-1042"));
    addRow(tr("&Ticket or request:"), m_ticket, QStringLiteral("ticket"), tr("Ticket or request"));

    m_justification->setObjectName(QStringLiteral("grantJustification"));
    m_justification->setPlaceholderText(tr("One sentence: why you need to look"));
    addRow(tr("&Justification:"), m_justification, QStringLiteral("justification"), tr("Justification"));

    m_minutes->setObjectName(QStringLiteral("grantMinutes"));
    m_minutes->setRange(1, limits::kGrantMinutesMax);
    m_minutes->setValue(limits::kGrantMinutesDefault);
    m_minutes->setSuffix(tr(" minutes"));
    m_minutes->setAccessibleDescription(tr("Access ends by itself after this time; at most 8 hours (480 minutes)."));
    addRow(tr("For &how long:"), m_minutes, QStringLiteral("minutes"), tr("For how long, in minutes"));

    auto *cats = new QGroupBox(tr("Data to see (only what you need)"), this);
    cats->setObjectName(QStringLiteral("grantCategories"));
    auto *catsLayout = new QVBoxLayout(cats);
    const QHash<int, QString> texts = {
        {int(Category::Registration), tr("&Personal details")},  {int(Category::ServerUsage), tr("&Server usage")},
        {int(Category::DomainUsage), tr("&Domain usage")},       {int(Category::Devices), tr("De&vices and networks")},
        {int(Category::Cookies), tr("&Cookies")},
    };
    for (Category c : kAllCategories) {
        auto *box = new QCheckBox(texts.value(int(c)), cats);
        box->setObjectName(QStringLiteral("grantCategory_") + categoryCode(c));
        catsLayout->addWidget(box);
        m_categories.insert(int(c), box);
    }
    QLabel *catsProblem = FieldErrors::makeLabel(this, QStringLiteral("grantCategoriesProblem"));
    m_errors.add(QStringLiteral("categories"), m_categories.value(int(Category::Registration)), catsProblem,
                 [](const FieldProblem &) { return tr("Choose at least one kind of data: only what you need to see."); });

    m_open->setObjectName(QStringLiteral("grantOpen"));
    m_open->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("grantCancel"));
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(m_open, &QPushButton::clicked, this, &GrantDialog::onOpen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(cats);
    layout->addWidget(catsProblem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void GrantDialog::setTicket(const QString &ticket)
{
    m_ticket->setText(ticket);
}

GrantRequest GrantDialog::request() const
{
    GrantRequest g;
    g.accountId = m_customer.accountId;
    g.reason = AccessReason(m_reason->currentData().toInt());
    g.ticket = m_ticket->text().trimmed();
    g.justification = m_justification->text().trimmed();
    g.minutes = m_minutes->value();
    for (Category c : kAllCategories)
        if (m_categories.value(int(c))->isChecked())
            g.categories << c;
    return g;
}

QString GrantDialog::problemText(const QString &name) const
{
    auto *label = findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

void GrantDialog::onOpen()
{
    const GrantRequest g = request();
    Validation problems;
    if (g.ticket.isEmpty())
        problems << FieldProblem{QStringLiteral("ticket"), FieldProblem::Empty, 0};
    else if (g.ticket.size() > limits::kTicketMax)
        problems << FieldProblem{QStringLiteral("ticket"), FieldProblem::TooLong, limits::kTicketMax};
    if (g.justification.isEmpty())
        problems << FieldProblem{QStringLiteral("justification"), FieldProblem::Empty, 0};
    else if (g.justification.size() < limits::kJustificationMin)
        problems << FieldProblem{QStringLiteral("justification"), FieldProblem::NotAllowed, 0};
    else if (g.justification.size() > limits::kJustificationMax)
        problems << FieldProblem{QStringLiteral("justification"), FieldProblem::TooLong, limits::kJustificationMax};
    if (g.categories.isEmpty())
        problems << FieldProblem{QStringLiteral("categories"), FieldProblem::Empty, 0};
    if (m_errors.show(problems))
        return;
    accept();
}

} // namespace pd::ui
