// SPDX-License-Identifier: GPL-3.0-or-later
// The UI's building blocks on their own: the banner's accessible role and name, the chart's
// summary in words, and plain-words text for every error code.
#include "ErrorText.h"
#include "widgets/NotificationBanner.h"
#include "widgets/UsageChart.h"

#include <QAccessible>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::ui;

class TestGuiWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerHasNotificationRoleAndMessageAsName();
    void bannerSaysItsKindInWords();
    void bannerRetryAndDismiss();
    void chartSummaryNamesRangeAndPeak();
    void chartWithoutDataSaysSo();
    void everyErrorCodeHasWords();
    void keychainTextNamesEachSystem();
    void providerAddressErrors();
};

void TestGuiWidgets::bannerHasNotificationRoleAndMessageAsName()
{
    QWidget parent;
    auto *banner = new NotificationBanner(&parent);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QVERIFY(!banner->isVisible());
    banner->showMessage(NotificationBanner::Kind::Info, QStringLiteral("Your data is up to date: 5 records."));
    QVERIFY(banner->isVisible());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Notification);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Your data is up to date: 5 records."));
    banner->showMessage(NotificationBanner::Kind::Info, QStringLiteral("Second"));
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Second"));
}

void TestGuiWidgets::bannerSaysItsKindInWords()
{
    QWidget parent;
    auto *banner = new NotificationBanner(&parent);
    parent.show();
    banner->showMessage(NotificationBanner::Kind::Offline, QStringLiteral("You are offline."));
    QVERIFY(banner->displayText().startsWith(QStringLiteral("Offline:")));
    banner->showMessage(NotificationBanner::Kind::Error, QStringLiteral("It broke."));
    QVERIFY(banner->displayText().startsWith(QStringLiteral("Problem:")));
    QCOMPARE(banner->message(), QStringLiteral("It broke."));
}

void TestGuiWidgets::bannerRetryAndDismiss()
{
    QWidget parent;
    auto *banner = new NotificationBanner(&parent);
    parent.show();
    banner->showMessage(NotificationBanner::Kind::Error, QStringLiteral("x"));
    QVERIFY(!banner->actionButton()->isVisible());
    banner->showMessage(NotificationBanner::Kind::Error, QStringLiteral("x"), QStringLiteral("&Retry"));
    QVERIFY(banner->actionButton()->isVisible());
    QSignalSpy action(banner, &NotificationBanner::actionTriggered);
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QCOMPARE(action.count(), 1);
    QSignalSpy dismissed(banner, &NotificationBanner::dismissed);
    auto *close = banner->findChild<QWidget *>(QStringLiteral("bannerDismiss"));
    QVERIFY(close);
    QVERIFY(!close->accessibleName().isEmpty());
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!banner->isVisible());
}

void TestGuiWidgets::chartSummaryNamesRangeAndPeak()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    UsageChart chart;
    QList<QPair<QDate, qint64>> days;
    const QDate start(2025, 11, 1);
    for (int i = 0; i < 30; ++i)
        days.append({start.addDays(i), i == 13 ? 3'200'000'000LL : 1'000'000'000LL + i});
    QSignalSpy changed(&chart, &UsageChart::summaryChanged);
    chart.setData(days);
    QCOMPARE(changed.count(), 1);
    const QString s = chart.summary();
    QVERIFY2(s.startsWith(QStringLiteral("Traffic per day, 1 Nov to 30 Nov: highest ")), qPrintable(s));
    QVERIFY2(s.endsWith(QStringLiteral(" on 14 Nov")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("GB")), qPrintable(s));
    QCOMPARE(chart.accessibleDescription(), s);
    chart.resize(400, 150);
    QVERIFY(!chart.grab().isNull());
}

void TestGuiWidgets::chartWithoutDataSaysSo()
{
    UsageChart chart;
    chart.setData({});
    QVERIFY(chart.summary().contains(QStringLiteral("no server usage")));
    chart.resize(300, 100);
    QVERIFY(!chart.grab().isNull());
}

void TestGuiWidgets::everyErrorCodeHasWords()
{
    for (int c = int(ErrorCode::InvalidJson); c <= int(ErrorCode::AccessDenied); ++c) {
        const Error e = Error::make(ErrorCode(c), QStringLiteral("TECHNICAL-DETAIL"));
        for (const QString &text : {ErrorText::signIn(e), ErrorText::sync(e), ErrorText::restore(e)}) {
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(c)));
            QVERIFY2(!text.contains(QStringLiteral("TECHNICAL-DETAIL")), qPrintable(text));
            QVERIFY2(text.endsWith(u'.'), qPrintable(text)); // whole sentences
        }
    }
    QVERIFY(ErrorText::isOffline(Error::make(ErrorCode::Network)));
    QVERIFY(ErrorText::isOffline(Error::make(ErrorCode::Timeout)));
    QVERIFY(!ErrorText::isOffline(Error::make(ErrorCode::Tls)));
    QVERIFY(ErrorText::signIn(Error::make(ErrorCode::Tls))
                .startsWith(QStringLiteral("The provider's security certificate could not be verified")));
}

void TestGuiWidgets::keychainTextNamesEachSystem()
{
    const QString t = ErrorText::signIn(Error::make(ErrorCode::Keychain));
    QVERIFY(t.contains(QStringLiteral("GNOME Keyring")));
    QVERIFY(t.contains(QStringLiteral("Keychain Access")));
    QVERIFY(t.contains(QStringLiteral("Credential Manager")));
}

void TestGuiWidgets::providerAddressErrors()
{
    QCOMPARE(ErrorText::providerAddress(QStringLiteral("http://privacy.example.com")),
             QStringLiteral("This address uses plain http://, which is only allowed for this computer (127.0.0.1). "
                            "Use https://."));
    QVERIFY(ErrorText::providerAddress(QString()).startsWith(QStringLiteral("Enter the address")));
    QVERIFY(ErrorText::providerAddress(QStringLiteral("ftp://x.example")).contains(QStringLiteral("ftp://")));
    QVERIFY(ErrorText::providerAddress(QStringLiteral("not an address")).startsWith(QStringLiteral("This is not")));
}

QTEST_MAIN(TestGuiWidgets)
#include "tst_gui_widgets.moc"
