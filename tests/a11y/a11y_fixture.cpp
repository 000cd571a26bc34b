// SPDX-License-Identifier: GPL-3.0-or-later
// A deliberately inaccessible window, for the screen-reader check's self-test (CTest a11y_selftest):
// every defect the check looks for is here once, so the check must fail on each of them. A check
// that passes on a broken app is worse than none. The "Good controls" group holds the fixes; the
// self-test also fails if the check reports anything inside it.
#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/// A label that reacts to clicks and says so to assistive technology: still a label to a screen
/// reader, so nobody knows it is a button (rule clickable-label).
class ClickableLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;
Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *) override { Q_EMIT clicked(); }
};

class ClickableLabelAccessible : public QAccessibleWidget
{
public:
    explicit ClickableLabelAccessible(QWidget *w)
        : QAccessibleWidget(w, QAccessible::StaticText)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? static_cast<QLabel *>(widget())->text() : QAccessibleWidget::text(t);
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction())
            Q_EMIT static_cast<ClickableLabel *>(widget())->clicked();
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("ClickableLabel") && object && object->isWidgetType())
        return new ClickableLabelAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

/// A focusable custom widget with no name (rule nameless-focusable).
class Canvas : public QWidget
{
public:
    Canvas()
    {
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(60, 30);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QAccessible::installFactory(factory);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("a11y fixture"));

    QWidget window;
    window.setWindowTitle(QStringLiteral("Accessibility fixture"));
    auto *outer = new QVBoxLayout(&window);

    // ---- defects ----
    auto *bad = new QWidget;
    auto *form = new QVBoxLayout(bad);

    form->addWidget(new QLineEdit); // nameless-control, field-without-label

    auto *row = new QHBoxLayout; // a label that is not the field's buddy; the field is named in code
    row->addWidget(new QLabel(QStringLiteral("Email:")));
    auto *postcode = new QLineEdit;
    postcode->setAccessibleName(QStringLiteral("Postcode")); // field-label-not-name
    row->addWidget(postcode);
    form->addLayout(row);

    auto *whyRow = new QHBoxLayout; // a buddy, but the name in code says something else
    auto *whyLabel = new QLabel(QStringLiteral("&Why:"));
    auto *why = new QLineEdit;
    why->setAccessibleName(QStringLiteral("Reason text")); // label-not-in-name
    whyLabel->setBuddy(why);
    whyRow->addWidget(whyLabel);
    whyRow->addWidget(why);
    form->addLayout(whyRow);

    auto *combo = new QComboBox; // field-without-label (no buddy: Orca hears only "Red")
    combo->addItems({QStringLiteral("Red"), QStringLiteral("Green")});
    form->addWidget(combo);

    auto *iconOnly = new QToolButton; // nameless-control: icon-only button
    iconOnly->setIcon(iconOnly->style()->standardIcon(QStyle::SP_TrashIcon));
    iconOnly->setToolTip(QStringLiteral("Delete"));
    iconOnly->setFocusPolicy(Qt::StrongFocus);
    form->addWidget(iconOnly);

    form->addWidget(new ClickableLabel(QStringLiteral("Click here to continue"))); // clickable-label
    form->addWidget(new Canvas);                                                  // nameless-focusable
    auto *list = new QListWidget;                                                 // nameless-control: list
    list->addItems({QStringLiteral("one"), QStringLiteral("two")});
    form->addWidget(list);

    auto *model = new QStandardItemModel(2, 3, &window); // headers empty, first cell empty, raw values
    model->setHorizontalHeaderLabels({QString(), QString(), QString()});
    model->setItem(0, 0, new QStandardItem(QString()));
    model->setItem(0, 1, new QStandardItem(QStringLiteral("2500000000")));
    model->setItem(0, 2, new QStandardItem(QStringLiteral("2025-12-03T14:05:00Z")));
    model->setItem(1, 0, new QStandardItem(QStringLiteral("second")));
    auto *table = new QTableView; // nameless-control: table; table-column-header; table-first-cell; ...
    table->setModel(model);
    form->addWidget(table);

    auto *tabs = new QTabWidget; // nameless-control: page tab
    tabs->addTab(new QWidget, tabs->style()->standardIcon(QStyle::SP_DirHomeIcon), QString());
    tabs->addTab(new QWidget, QStringLiteral("Second"));
    form->addWidget(tabs);

    auto *filterWithoutName = new QLineEdit; // its clear button has no name once there is text
    filterWithoutName->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(QStringLiteral("&Search:"));
    filterLabel->setBuddy(filterWithoutName);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(filterWithoutName);
    form->addLayout(filterRow);

    // ---- the same controls done right ----
    auto *good = new QGroupBox(QStringLiteral("Good controls"));
    auto *goodForm = new QFormLayout(good);
    goodForm->addRow(QStringLiteral("&Email:"), new QLineEdit);
    auto *goodCombo = new QComboBox;
    goodCombo->addItems({QStringLiteral("Red"), QStringLiteral("Green")});
    goodForm->addRow(QStringLiteral("&Colour:"), goodCombo);
    auto *goodIcon = new QToolButton;
    goodIcon->setIcon(goodIcon->style()->standardIcon(QStyle::SP_TrashIcon));
    goodIcon->setAccessibleName(QStringLiteral("Delete"));
    goodIcon->setFocusPolicy(Qt::StrongFocus);
    goodForm->addRow(goodIcon);
    // The fix for the nameless clear button: name the line edit's clear action.
    auto *goodFilter = new QLineEdit;
    goodFilter->setClearButtonEnabled(true);
    if (auto *clear = goodFilter->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QStringLiteral("Clear search"));
    goodForm->addRow(QStringLiteral("Searc&h:"), goodFilter);
    auto *goodModel = new QStandardItemModel(1, 2, &window);
    goodModel->setHorizontalHeaderLabels({QStringLiteral("Server"), QStringLiteral("Traffic")});
    goodModel->setItem(0, 0, new QStandardItem(QStringLiteral("db-1")));
    goodModel->setItem(0, 1, new QStandardItem(QStringLiteral("2.5 GB")));
    auto *goodTable = new QTableView;
    goodTable->setAccessibleName(QStringLiteral("Traffic per server"));
    goodTable->setModel(goodModel);
    goodForm->addRow(goodTable);

    outer->addWidget(bad);
    outer->addWidget(good);
    window.resize(700, 900);
    window.show();
    return QApplication::exec();
}

#include "a11y_fixture.moc"
