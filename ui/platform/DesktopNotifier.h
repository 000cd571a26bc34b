// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace pd::ui {

/// Shows a desktop notification, never blocking. On Linux and other freedesktop systems it calls
/// org.freedesktop.Notifications.Notify over D-Bus asynchronously (QSystemTrayIcon::showMessage
/// silently does nothing without a tray); elsewhere, or when no notification service answers, it
/// emits unavailable() and the caller relies on the in-app banner, which is always shown anyway.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &summary, const QString &body);
    /// Whether this build can talk to a notification service at all.
    static bool isSupported();
    /// Notifications asked for (delivered or not), for tests.
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void delivered();
    void unavailable(const QString &why);

private:
    int m_attempts = 0;
};

} // namespace pd::ui
