// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageChart.h"

#include "Appearance.h"
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
    // A plot on the palette's Base, like the table under it: a known background to measure the
    // colours against, whatever the style paints behind the widget.
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::Text);
    setAutoFillBackground(true);
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
    // Colours are worked out at each paint from the current palette, so switching to a dark or the
    // high-contrast palette (QWidget repaints on PaletteChange) needs nothing more.
    QPainter p(this);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = Appearance::ensureContrast(pal.color(QPalette::Text), {base}, Appearance::TextContrast);
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(1, 1, -1, -1);

    if (m_days.isEmpty()) {
        p.setPen(Appearance::ensureContrast(pal.color(QPalette::PlaceholderText), {base}, Appearance::TextContrast));
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

    const int n = int(m_days.size());
    const double slot = double(plot.width()) / n;
    const double gap = slot > 4 ? std::max(1.0, slot * 0.2) : 0.0;
    p.setPen(Qt::NoPen);
    // The palette's Highlight, made darker or lighter if needed to stand out from the plot (3:1).
    p.setBrush(Appearance::toneColour(Appearance::Tone::Accent, pal, {base}, Appearance::GraphicsContrast));
    for (int i = 0; i < n; ++i) {
        const double h = double(m_days[i].second) / double(max) * (plot.height() - 1);
        p.drawRect(QRectF(plot.left() + 1 + i * slot + gap / 2, plot.bottom() - h, std::max(1.0, slot - gap), h));
    }

    // Axes (over the bars' feet) and scale in the text colour.
    p.setPen(text);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRect(area.left(), plot.top() - fm.height() / 2, left - fm.averageCharWidth() / 2, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, maxLabel);
    p.drawText(QRect(area.left(), plot.bottom() - fm.height() / 2, left - fm.averageCharWidth() / 2, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, locale().toString(0));

    const QRect dates(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
    p.drawText(dates, Qt::AlignLeft | Qt::AlignTop, shortDate(m_days.first().first));
    if (n > 1)
        p.drawText(dates, Qt::AlignRight | Qt::AlignTop, shortDate(m_days.last().first));
}

} // namespace pd::ui
