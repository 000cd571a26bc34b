// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

namespace pd::ui {

/// Traffic per day as bars, painted with QPainter (Qt Charts is GPL-only in 6.4). What it shows is
/// also given in words (summary()): as a caption and as the accessible description, because a
/// picture alone tells a screen-reader user nothing.
class UsageChart : public QWidget
{
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setData(const QList<QPair<QDate, qint64>> &days);
    const QList<QPair<QDate, qint64>> &data() const { return m_days; }
    /// "Traffic per day, 1 Nov to 30 Nov: highest 3.2 GB on 14 Nov".
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void summaryChanged(const QString &summary);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString shortDate(const QDate &d) const;

    QList<QPair<QDate, qint64>> m_days;
};

} // namespace pd::ui
