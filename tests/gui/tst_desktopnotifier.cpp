// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications carry provider text (staff pseudonyms, request subjects). A notification server
// that renders body markup must show it literally: this test is such a server, on a real session bus
// (CTest runs it under dbus-run-session), on its own connection so every call crosses the bus daemon.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

#include "platform/DesktopNotifier.h"

using pd::ui::DesktopNotifier;

class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList capabilities;
    int capabilityQuestions = 0;
    QList<QPair<QString, QString>> received; // summary, body

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        ++capabilityQuestions;
        return capabilities;
    }
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int)
    {
        received.append({summary, body});
        return uint(received.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    QDBusConnection m_bus{QString()};
    NotificationServer m_server;

    static constexpr auto hostile = "<a href=\"https://evil.example/\">Support agent 7</a> & <img src=x> "
                                    "<font color=red>SUSPENDED</font>";

    void deliver(DesktopNotifier &notifier, int count)
    {
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        for (int i = 0; i < count; ++i)
            notifier.notify(QStringLiteral("Who looked at your data"), QString::fromLatin1(hostile));
        QTRY_COMPARE(delivered.count(), count);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!DesktopNotifier::isSupported())
            QSKIP("This build has no D-Bus notifications (not a freedesktop system): the in-app banner alone tells "
                  "the user, and the banner's plain text is checked by tst_gui_plaintext.");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session (CTest does)");
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notification-server"));
        QVERIFY(m_bus.isConnected());
        QVERIFY(m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server,
                                     QDBusConnection::ExportAllSlots));
        QVERIFY(m_bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
    }

    void init()
    {
        m_server.received.clear();
        m_server.capabilityQuestions = 0;
    }

    void markupServerGetsEscapedBody()
    {
        m_server.capabilities = {QStringLiteral("body"), QStringLiteral("body-markup")};
        DesktopNotifier notifier;
        deliver(notifier, 1);
        QCOMPARE(m_server.received.size(), 1);
        QCOMPARE(m_server.received[0].first, QStringLiteral("Who looked at your data"));
        QCOMPARE(m_server.received[0].second,
                 QStringLiteral("&lt;a href=&quot;https://evil.example/&quot;&gt;Support agent 7&lt;/a&gt; &amp; "
                                "&lt;img src=x&gt; &lt;font color=red&gt;SUSPENDED&lt;/font&gt;"));
    }

    void plainServerGetsTextAsIs()
    {
        m_server.capabilities = {QStringLiteral("body")};
        DesktopNotifier notifier;
        deliver(notifier, 1);
        QCOMPARE(m_server.received.size(), 1);
        QCOMPARE(m_server.received[0].second, QString::fromLatin1(hostile));
    }

    void capabilitiesAskedOnceAndNothingLostMeanwhile()
    {
        m_server.capabilities = {QStringLiteral("body-markup")};
        DesktopNotifier notifier;
        deliver(notifier, 3); // the second and third wait for the answer to the first question
        QCOMPARE(m_server.capabilityQuestions, 1);
        QCOMPARE(m_server.received.size(), 3);
        for (const auto &n : std::as_const(m_server.received))
            QVERIFY(!n.second.contains(QLatin1Char('<')));
        deliver(notifier, 1);
        QCOMPARE(m_server.capabilityQuestions, 1);
    }

    void noServerIsReportedNotLost()
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        DesktopNotifier notifier;
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        notifier.notify(QStringLiteral("s"), QStringLiteral("b"));
        QTRY_COMPARE(unavailable.count(), 1);
        QVERIFY(m_bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
