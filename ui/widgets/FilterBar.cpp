// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "models/WindowedTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

FilterBar::FilterBar(const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);

    // Text on the first line, dates and kind on the second: one line would squeeze the text
    // field to nothing with large text or a narrow window.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    auto *second = new QHBoxLayout;

    auto *label = new QLabel(tr("F&ilter:"), this);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(options.placeholder);
    m_text->setClearButtonEnabled(true);
    // Qt's clear button has no text of its own; screen readers would say only "push button".
    if (auto *clear = m_text->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear filter"));
    m_text->setAccessibleName(tr("Filter"));
    m_text->setAccessibleDescription(options.placeholder);
    layout->addWidget(label);
    layout->addWidget(m_text, 2);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    if (options.dates) {
        // A tick box per end says plainly whether that end is open ("any date").
        auto makeEnd = [this, second](const QString &text, const QString &name, QCheckBox *&check, QDateEdit *&edit) {
            check = new QCheckBox(text, this);
            check->setObjectName(name + QStringLiteral("Check"));
            edit = new QDateEdit(QDate::currentDate(), this);
            edit->setObjectName(name + QStringLiteral("Date"));
            edit->setCalendarPopup(true);
            edit->setEnabled(false);
            edit->setAccessibleName(QString(text).remove(QLatin1Char('&')) + QLatin1Char(' ') + tr("date"));
            second->addWidget(check);
            second->addWidget(edit);
            connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            connect(check, &QCheckBox::toggled, this, &FilterBar::changed);
            connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
        };
        makeEnd(tr("Fro&m"), QStringLiteral("from"), m_fromCheck, m_from);
        makeEnd(tr("&To"), QStringLiteral("to"), m_toCheck, m_to);
        m_fromCheck->setToolTip(tr("Tick to show only events on or after this date"));
        m_toCheck->setToolTip(tr("Tick to show only events on or before this date"));
    }

    if (!options.kinds.isEmpty()) {
        auto *kindLabel = new QLabel(tr("&Kind:"), this);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kindFilter"));
        kindLabel->setBuddy(m_kind);
        m_kind->setAccessibleName(tr("Kind"));
        m_kind->addItem(tr("All kinds"), QString());
        for (const auto &k : options.kinds)
            m_kind->addItem(k.second, k.first);
        second->addWidget(kindLabel);
        second->addWidget(m_kind);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    }
    if (second->count() > 0) {
        second->addStretch(1);
        outer->addLayout(second);
    } else {
        delete second;
    }
}

QString FilterBar::text() const
{
    return m_text->text().trimmed();
}

QDate FilterBar::from() const
{
    return m_fromCheck && m_fromCheck->isChecked() ? m_from->date() : QDate();
}

QDate FilterBar::to() const
{
    return m_toCheck && m_toCheck->isChecked() ? m_to->date() : QDate();
}

QString FilterBar::kind() const
{
    return m_kind ? m_kind->currentData().toString() : QString();
}

void FilterBar::setDateBounds(const QDate &first, const QDate &last)
{
    if (!m_from || !first.isValid() || !last.isValid())
        return;
    // Only move the dates the user is not currently using.
    if (!m_fromCheck->isChecked())
        m_from->setDate(first);
    if (!m_toCheck->isChecked())
        m_to->setDate(last);
}

void FilterBar::applyTo(WindowedTableModel *model) const
{
    if (!model)
        return;
    if (model->filterText() != text())
        model->setFilterText(text());
    if (m_from)
        model->setDateRange(from(), to());
    if (m_kind)
        model->setKindFilter(kind());
}

} // namespace pd::ui
