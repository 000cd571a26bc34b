// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>

namespace pd::ui {

class NotificationBanner;

/// Qt 6.4 has no announcement API (QAccessibleAnnouncementEvent is 6.8+). Orca 43 speaks a widget
/// with the Notification role when it is shown, so the banner gets that role and its message as
/// its name through this interface.
class NotificationBannerAccessible : public QAccessibleWidget
{
public:
    explicit NotificationBannerAccessible(NotificationBanner *banner);

    QString text(QAccessible::Text t) const override;

    /// For QAccessible::installFactory.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

private:
    NotificationBanner *banner() const;
};

} // namespace pd::ui
