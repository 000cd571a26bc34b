// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteDialog.h"

#include "Session.h"
#include "models/Labels.h"
#include "sync/ActionQueue.h"
#include "widgets/PlainText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>

namespace pd::ui {

DeleteDialog::DeleteDialog(Session *session, const Selection &selection, QWidget *parent)
    : ActionDialog(session, QStringLiteral("deleteDialog"), parent)
    , m_selection(selection)
    , m_scope(new QButtonGroup(this))
    , m_categoryBox(new QComboBox(this))
    , m_rangeCategory(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_confirm(new QLineEdit(this))
{
    setWindowTitle(tr("Delete your data"));
    setSummary(tr("Ask Hong Kong Cloud to delete data it holds about you. Choose what to delete; the request "
                  "is saved on this computer and sent when you are online."));

    auto *box = new QGroupBox(tr("What to delete"), this);
    box->setObjectName(QStringLiteral("deleteScope"));
    auto *grid = new QGridLayout(box);
    m_records = new QRadioButton(box);
    m_records->setObjectName(QStringLiteral("deleteRecords"));
    m_records->setText(selection.ids.isEmpty() ? tr("The &selected records (select them in the Devices or Cookies tab first)")
                                               : tr("The &selected records: %1").arg(QString(selection.description).replace(QLatin1Char('&'), QStringLiteral("&&"))));
    m_records->setEnabled(!selection.ids.isEmpty());
    m_category = new QRadioButton(tr("One &category:"), box);
    m_category->setObjectName(QStringLiteral("deleteCategory"));
    m_range = new QRadioButton(tr("Usage in a date &range:"), box);
    m_range->setObjectName(QStringLiteral("deleteRange"));
    m_account = new QRadioButton(tr("&Everything: the whole account"), box);
    m_account->setObjectName(QStringLiteral("deleteAccount"));
    int id = 0;
    for (QRadioButton *b : {m_records, m_category, m_range, m_account})
        m_scope->addButton(b, id++);

    m_categoryBox->setObjectName(QStringLiteral("deleteCategoryBox"));
    m_categoryBox->setAccessibleName(tr("Category to delete"));
    for (Category c : kAllCategories)
        m_categoryBox->addItem(Labels::category(c), int(c));
    m_rangeCategory->setObjectName(QStringLiteral("deleteRangeCategory"));
    m_rangeCategory->setAccessibleName(tr("Usage to delete"));
    m_rangeCategory->addItem(Labels::category(Category::ServerUsage), int(Category::ServerUsage));
    m_rangeCategory->addItem(Labels::category(Category::DomainUsage), int(Category::DomainUsage));
    const QDate today = QDate::currentDate();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        d->setMaximumDate(today);
    }
    m_from->setObjectName(QStringLiteral("deleteFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDate(today.addMonths(-1));
    m_to->setObjectName(QStringLiteral("deleteTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDate(today);

    grid->addWidget(m_records, 0, 0, 1, 4);
    grid->addWidget(m_category, 1, 0);
    grid->addWidget(m_categoryBox, 1, 1, 1, 3);
    grid->addWidget(m_range, 2, 0, 1, 4);
    auto *fromLabel = plainLabel(tr("&from"), box);
    fromLabel->setBuddy(m_from);
    auto *toLabel = plainLabel(tr("&to"), box);
    toLabel->setBuddy(m_to);
    auto *dates = new QHBoxLayout;
    // Indented under its radio button, so it reads as part of that choice.
    dates->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + fontMetrics().averageCharWidth() * 2);
    dates->addWidget(m_rangeCategory);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates, 3, 0, 1, 4);
    grid->addWidget(m_account, 4, 0, 1, 4);
    QLabel *scopeProblem = FieldErrors::makeLabel(box, QStringLiteral("deleteScopeProblem"));
    grid->addWidget(scopeProblem, 5, 0, 1, 4);
    for (QWidget *w : {static_cast<QWidget *>(m_categoryBox), static_cast<QWidget *>(m_rangeCategory),
                       static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)})
        w->setParent(box);
    form()->addRow(box);
    errors().add(QStringLiteral("records"), m_records, scopeProblem, [](const FieldProblem &) {
        return tr("No records are selected. Select them in the Devices or Cookies tab, then choose Delete again.");
    });
    errors().add(QStringLiteral("range"), m_from, scopeProblem, [](const FieldProblem &) {
        return tr("Choose a start date that is on or before the end date.");
    });

    addNote(tr("Before you send: some data we may have to keep for a while even after you ask, because the law "
               "requires it (for example invoices), or because it is needed for an order that is not finished or a "
               "dispute that is still open. We then restrict it: we keep it but stop using it, and delete it as soon "
               "as we may (privacy policy VI.III). Hong Kong Cloud's answer lists exactly what it kept and until "
               "when; you will find it in the request's details in the Requests tab."),
            QStringLiteral("deleteLegalNote"));
    addNote(tr("You can cancel this request in the Requests tab until Hong Kong Cloud starts working on it. "
               "Deleted data cannot be brought back."));

    m_confirm->setObjectName(QStringLiteral("deleteConfirm"));
    m_confirm->setPlaceholderText(ActionQueue::deletionConfirmationWord());
    addField(tr("Type %1 to c&onfirm:").arg(ActionQueue::deletionConfirmationWord()), m_confirm,
             QStringLiteral("confirmation"), tr("Type %1 to confirm").arg(ActionQueue::deletionConfirmationWord()),
             [](const FieldProblem &) {
                 return tr("Type DELETE in capital letters to confirm that you want this data deleted.");
             });
    setPrimaryText(tr("Send &deletion request"));

    connect(m_scope, &QButtonGroup::idToggled, this, [this](int, bool) { updateEnabled(); });
    (selection.ids.isEmpty() ? m_category : m_records)->setChecked(true);
    updateEnabled();
    setTabOrder(m_records, m_category);
    setTabOrder(m_category, m_categoryBox);
    setTabOrder(m_categoryBox, m_range);
    setTabOrder(m_range, m_rangeCategory);
    setTabOrder(m_rangeCategory, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_account);
    setTabOrder(m_account, m_confirm);
    m_scope->checkedButton()->setFocus();
}

void DeleteDialog::chooseCategory(Category c)
{
    m_category->setChecked(true);
    m_categoryBox->setCurrentIndex(qMax(0, m_categoryBox->findData(int(c))));
}

void DeleteDialog::updateEnabled()
{
    m_categoryBox->setEnabled(m_category->isChecked());
    m_rangeCategory->setEnabled(m_range->isChecked());
    m_from->setEnabled(m_range->isChecked());
    m_to->setEnabled(m_range->isChecked());
}

QString DeleteDialog::actionName() const
{
    return tr("Your deletion request");
}

Result<qint64> DeleteDialog::submit()
{
    DeletionScope scope;
    if (m_account->isChecked()) {
        scope.kind = DeletionScope::Account;
    } else if (m_category->isChecked()) {
        scope.kind = DeletionScope::WholeCategory;
        scope.category = Category(m_categoryBox->currentData().toInt());
    } else if (m_records->isChecked()) {
        scope.kind = DeletionScope::Records;
        scope.category = m_selection.category;
        scope.recordIds = m_selection.ids;
    } else {
        scope.kind = DeletionScope::UsageRange;
        scope.category = Category(m_rangeCategory->currentData().toInt());
        // Whole local days, from the start of the first to the end of the last.
        scope.from = QDateTime(m_from->date(), QTime(0, 0));
        scope.to = QDateTime(m_to->date(), QTime(23, 59, 59));
    }
    Validation problems;
    Result<qint64> r = session()->actions()->requestDeletion(scope, m_confirm->text(), &problems);
    errors().show(problems);
    return r;
}

} // namespace pd::ui
