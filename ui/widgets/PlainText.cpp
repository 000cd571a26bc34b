// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolTip>

namespace pd::ui {

namespace {

/// Shows a cell's tooltip literally; everything else is QStyledItemDelegate's (which draws
/// DisplayRole as plain text already).
class PlainToolTipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (!event || !view || event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty()) {
            QToolTip::hideText();
            return false;
        }
        QToolTip::showText(event->globalPos(), plainToolTip(tip), view->viewport(), option.rect);
        return true;
    }
};

} // namespace

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(parent);
    label->setText(text);
    return label;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty() || !Qt::mightBeRichText(text))
        return text;
    // <qt> makes QToolTip take it as rich text, so the escaped characters show as themselves.
    return QStringLiteral("<qt>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
           + QStringLiteral("</qt>");
}

void usePlainToolTips(QAbstractItemView *view)
{
    view->setItemDelegate(new PlainToolTipDelegate(view));
}

} // namespace pd::ui
