// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationBannerAccessible.h"

#include "NotificationBanner.h"

namespace pd::ui {

NotificationBannerAccessible::NotificationBannerAccessible(NotificationBanner *banner)
    : QAccessibleWidget(banner, QAccessible::Notification)
{
}

NotificationBanner *NotificationBannerAccessible::banner() const
{
    return static_cast<NotificationBanner *>(widget());
}

QString NotificationBannerAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name)
        return banner()->displayText();
    return QAccessibleWidget::text(t);
}

QAccessibleInterface *NotificationBannerAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String(NotificationBanner::staticMetaObject.className()) && object
        && object->isWidgetType()) {
        if (auto *b = qobject_cast<NotificationBanner *>(object))
            return new NotificationBannerAccessible(b);
    }
    return nullptr;
}

} // namespace pd::ui
