// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QTimer>

#include <utility>

#ifdef PD_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>
#endif

namespace pd::ui {

namespace {
[[maybe_unused]] constexpr char service[] = "org.freedesktop.Notifications";
[[maybe_unused]] constexpr char path[] = "/org/freedesktop/Notifications";
} // namespace

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

QString DesktopNotifier::bodyFor(const QString &text, bool serverUsesMarkup)
{
    return serverUsesMarkup ? text.toHtmlEscaped() : text;
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
    if (m_markup == Markup::Yes || m_markup == Markup::No) {
        send(summary, body);
        return;
    }
    m_waiting.append({summary, body});
    if (m_markup == Markup::Asking)
        return;
    m_markup = Markup::Asking;
    const QDBusMessage ask = QDBusMessage::createMethodCall(QString::fromLatin1(service), QString::fromLatin1(path),
                                                            QString::fromLatin1(service),
                                                            QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        // Without an answer, escape anyway: most servers render markup, and escaped text stays readable.
        m_markup = reply.isError() || reply.value().contains(QLatin1String("body-markup")) ? Markup::Yes : Markup::No;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[waitingSummary, waitingBody] : waiting)
            send(waitingSummary, waitingBody);
    });
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
    QTimer::singleShot(0, this, [this] { Q_EMIT unavailable(QStringLiteral("not supported on this platform")); });
#endif
}

void DesktopNotifier::send(const QString &summary, const QString &body)
{
#ifdef PD_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(service), QString::fromLatin1(path),
                                                       QString::fromLatin1(service), QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: server default)
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("dialog-information") << summary
         << bodyFor(body, m_markup == Markup::Yes) << QStringList() << QVariantMap() << int(-1);
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
#endif
}

} // namespace pd::ui
