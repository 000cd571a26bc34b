// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadingLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace pd::ui {

namespace {

class HeadingAccessible : public QAccessibleWidget
{
public:
    explicit HeadingAccessible(HeadingLabel *label)
        : QAccessibleWidget(label, QAccessible::Heading)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<HeadingLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *headingFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(HeadingLabel::staticMetaObject.className()) && object && object->isWidgetType())
        if (auto *label = qobject_cast<HeadingLabel *>(object))
            return new HeadingAccessible(label);
    return nullptr;
}

} // namespace

HeadingLabel::HeadingLabel(const QString &text, int level, QWidget *parent)
    : QLabel(parent)
    , m_level(level)
{
    installAccessibility();
    setTextFormat(Qt::PlainText);
    setText(text);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * (level <= 1 ? 1.5 : 1.2));
    setFont(f);
}

void HeadingLabel::installAccessibility()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(&headingFactory);
        installed = true;
    }
}

} // namespace pd::ui
