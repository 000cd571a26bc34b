// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "models/WindowedTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *label = new QLabel(tr("F&ilter:"), this);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(options.placeholder);
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter"));
    m_text->setAccessibleDescription(options.placeholder);
    layout->addWidget(label);
    layout->addWidget(m_text, 2);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    if (options.dates) {
        // A tick box per end says plainly whether that end is open ("any date").
        auto makeEnd = [this, layout](const QString &text, const QString &name, QCheckBox *&check, QDateEdit *&edit) {
            check = new QCheckBox(text, this);
            check->setObjectName(name + QStringLiteral("Check"));
            edit = new QDateEdit(QDate::currentDate(), this);
            edit->setObjectName(name + QStringLiteral("Date"));
            edit->setCalendarPopup(true);
            edit->setEnabled(false);
            edit->setAccessibleName(QString(text).remove(QLatin1Char('&')) + QLatin1Char(' ') + tr("date"));
            layout->addWidget(check);
            layout->addWidget(edit);
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
        layout->addWidget(kindLabel);
        layout->addWidget(m_kind);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
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
