// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalPage.h"

#include "Icons.h"
#include "Session.h"
#include "models/Labels.h"
#include "models/PersonalModel.h"
#include "widgets/RecordTable.h"
#include "widgets/WhyPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::ui {

PersonalPage::PersonalPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_intro(new QLabel(this))
    , m_table(new RecordTable(this))
    , m_password(new QLabel(this))
    , m_payment(new QLabel(this))
    , m_why(new WhyPanel(session, Category::Registration, this))
{
    setObjectName(QStringLiteral("personalPage"));
    m_intro->setObjectName(QStringLiteral("personalIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The details you gave us when you registered, and how we use them. Some you can change "
                        "yourself; for the others, ask us to correct them."));
    m_table->setObjectName(QStringLiteral("personalTable"));
    m_table->setAccessibleName(tr("Personal details"));
    m_password->setObjectName(QStringLiteral("personalPassword"));
    m_password->setWordWrap(true);
    m_payment->setObjectName(QStringLiteral("personalPayment"));
    m_payment->setWordWrap(true);
    m_why->setObjectName(QStringLiteral("personalWhy"));

    auto *main = new QVBoxLayout;
    main->addWidget(m_intro);
    main->addWidget(m_table, 1);
    main->addWidget(m_password);
    main->addWidget(m_payment);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(m_why);
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
    PersonalModel *model = session()->personalModel();
    if (model != m_model) {
        m_model = model;
        // Item, What we hold, Changing it, Used for, Why we may, Where it came from, Kept for, Last updated
        m_table->setRecordModel(model, {14, 34, 22, 22, 18, 16, 16, 16});
    }
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

} // namespace pd::ui
