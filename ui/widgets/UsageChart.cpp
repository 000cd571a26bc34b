// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageChart.h"

#include "models/Labels.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace pd::ui {

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageChart"));
    setAccessibleName(tr("Traffic per day chart"));
    // Gives way to the table when space is short (large text, small window).
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
}

QSize UsageChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 8};
}

QSize UsageChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 6};
}

void UsageChart::setData(const QList<QPair<QDate, qint64>> &days)
{
    m_days = days;
    const QString s = summary();
    setAccessibleDescription(s);
    setToolTip(s);
    update();
    Q_EMIT summaryChanged(s);
}

QString UsageChart::shortDate(const QDate &d) const
{
    // Day and abbreviated month in the user's language; the year is in the full dates elsewhere.
    return locale().toString(d, tr("d MMM", "short date on the usage chart, QDate format"));
}

QString UsageChart::summary() const
{
    if (m_days.isEmpty())
        return tr("Traffic per day: no server usage recorded yet.");
    const auto top = std::max_element(m_days.cbegin(), m_days.cend(),
                                      [](const auto &a, const auto &b) { return a.second < b.second; });
    return tr("Traffic per day, %1 to %2: highest %3 on %4")
        .arg(shortDate(m_days.first().first), shortDate(m_days.last().first), Labels::bytes(top->second),
             shortDate(top->first));
}

void UsageChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(1, 1, -1, -1);

    if (m_days.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No server usage recorded yet."));
        return;
    }

    qint64 max = 1;
    for (const auto &d : m_days)
        max = std::max(max, d.second);

    // Room on the left for the scale label, below for first/last dates.
    const QString maxLabel = Labels::bytes(max);
    const int left = fm.horizontalAdvance(maxLabel) + fm.averageCharWidth();
    const int bottom = fm.height() + fm.descent();
    const QRect plot(area.left() + left, area.top() + fm.height() / 2, area.width() - left,
                     area.height() - bottom - fm.height() / 2);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;

    // Axes and scale in the text colour.
    p.setPen(pal.color(QPalette::Text));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRect(area.left(), plot.top() - fm.height() / 2, left - fm.averageCharWidth() / 2, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, maxLabel);
    p.drawText(QRect(area.left(), plot.bottom() - fm.height() / 2, left - fm.averageCharWidth() / 2, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, locale().toString(0));

    const int n = int(m_days.size());
    const double slot = double(plot.width()) / n;
    const double gap = slot > 4 ? std::max(1.0, slot * 0.2) : 0.0;
    p.setPen(Qt::NoPen);
    p.setBrush(pal.highlight());
    for (int i = 0; i < n; ++i) {
        const double h = double(m_days[i].second) / double(max) * (plot.height() - 1);
        p.drawRect(QRectF(plot.left() + 1 + i * slot + gap / 2, plot.bottom() - h, std::max(1.0, slot - gap), h));
    }

    p.setPen(pal.color(QPalette::Text));
    const QRect dates(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
    p.drawText(dates, Qt::AlignLeft | Qt::AlignTop, shortDate(m_days.first().first));
    if (n > 1)
        p.drawText(dates, Qt::AlignRight | Qt::AlignTop, shortDate(m_days.last().first));
}

} // namespace pd::ui
