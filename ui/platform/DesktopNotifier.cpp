// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QTimer>

#ifdef PD_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>
#endif

namespace pd::ui {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

bool DesktopNotifier::isSupported()
{
#ifdef PD_HAVE_DBUS
    return true;
#else
    return false;
#endif
}

void DesktopNotifier::notify(const QString &summary, const QString &body)
{
    ++m_attempts;
#ifdef PD_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT unavailable(QStringLiteral("no session bus")); });
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                                       QStringLiteral("/org/freedesktop/Notifications"),
                                                       QStringLiteral("org.freedesktop.Notifications"),
                                                       QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: server default)
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("dialog-information") << summary << body
         << QStringList() << QVariantMap() << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            Q_EMIT unavailable(reply.error().name()); // e.g. ServiceUnknown: the banner is enough
        else
            Q_EMIT delivered();
    });
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
    QTimer::singleShot(0, this, [this] { Q_EMIT unavailable(QStringLiteral("not supported on this platform")); });
#endif
}

} // namespace pd::ui
