// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace pd::ui {

/// Shows a desktop notification, never blocking. On Linux and other freedesktop systems it calls
/// org.freedesktop.Notifications.Notify over D-Bus asynchronously (QSystemTrayIcon::showMessage
/// silently does nothing without a tray); elsewhere, or when no notification service answers, it
/// emits unavailable() and the caller relies on the in-app banner, which is always shown anyway.
///
/// The texts often carry what the provider sent (a staff pseudonym, a request's subject). A server that
/// advertises "body-markup" would render `<a href>` or `<img>` in the body, so the body is escaped for
/// such servers (asked once with GetCapabilities before the first notification); the summary is plain
/// text by the specification.
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
    /// The body as sent to a server that does (or does not) interpret markup: always shown literally.
    static QString bodyFor(const QString &text, bool serverUsesMarkup);

Q_SIGNALS:
    void delivered();
    void unavailable(const QString &why);

private:
    void send(const QString &summary, const QString &body);

    enum class Markup { Unknown, Asking, Yes, No };
    Markup m_markup = Markup::Unknown;
    QList<QPair<QString, QString>> m_waiting; // asked for while the capabilities were being asked
    int m_attempts = 0;
};

} // namespace pd::ui
