// SPDX-License-Identifier: GPL-3.0-or-later
// The UI's building blocks on their own: the banner's accessible role and name, the chart's
// summary in words, and plain-words text for every error code.
#include "ErrorText.h"
#include "Session.h"
#include "widgets/NotificationBanner.h"
#include "widgets/UsageChart.h"

#include <QAccessible>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <string_view>
#include <utility>

using namespace pd;
using namespace pd::ui;

namespace {

// How many ErrorCode values there are, read from the enum itself, so that a code added later is
// checked without anyone remembering to extend a list or a sentinel. The compiler names a template
// argument that is an enumerator ("E = pd::ErrorCode::Network") and writes any other value as a
// cast ("E = (pd::ErrorCode)19"); the codes are numbered from 0 without gaps.
template<ErrorCode E>
constexpr bool isEnumerator()
{
#if defined(_MSC_VER) && !defined(__clang__)
    constexpr std::string_view signature = __FUNCSIG__;
    return signature.find("(enum pd::ErrorCode)") == std::string_view::npos;
#else
    constexpr std::string_view signature = __PRETTY_FUNCTION__;
    return signature.find("(pd::ErrorCode)") == std::string_view::npos;
#endif
}

template<int... I>
constexpr int leadingEnumerators(std::integer_sequence<int, I...>)
{
    int n = 0;
    bool gap = false;
    ((gap = gap || !isEnumerator<ErrorCode(I)>(), n += gap ? 0 : 1), ...);
    return n;
}

constexpr int kErrorCodes = leadingEnumerators(std::make_integer_sequence<int, 256>{});
// The detection itself works on this compiler (else the loop below would check nothing).
static_assert(isEnumerator<ErrorCode::None>() && isEnumerator<ErrorCode::AccessDenied>());
static_assert(!isEnumerator<ErrorCode(255)>());
static_assert(kErrorCodes > int(ErrorCode::AccessDenied) && kErrorCodes < 256);

} // namespace

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
    // A value that is no code falls through to the catch-all sentence; every real code, including
    // one added to the enum later, must have words of its own.
    const Error notACode = Error::make(ErrorCode(kErrorCodes));
    const QString generic = ErrorText::sync(notACode);
    QVERIFY(!generic.isEmpty());
    QCOMPARE(ErrorText::signIn(notACode), generic);
    QCOMPARE(ErrorText::restore(notACode), generic);
    QVERIFY(ErrorText::sync(Error{}).isEmpty()); // None: nothing went wrong
    QVERIFY(kErrorCodes > int(ErrorCode::AccessDenied));
    for (int c = int(ErrorCode::None) + 1; c < kErrorCodes; ++c) {
        const Error e = Error::make(ErrorCode(c), QStringLiteral("TECHNICAL-DETAIL"));
        const QList<QPair<const char *, QString>> texts = {
            {"signIn", ErrorText::signIn(e)}, {"sync", ErrorText::sync(e)}, {"restore", ErrorText::restore(e)}};
        for (const auto &[where, text] : texts) {
            const QByteArray what = "ErrorCode " + QByteArray::number(c) + " in ErrorText::" + where + ": ";
            QVERIFY2(!text.isEmpty(), QByteArray(what + "no text").constData());
            QVERIFY2(text != generic, QByteArray(what + "only the catch-all sentence; give the code its own words").constData());
            QVERIFY2(!text.contains(QStringLiteral("TECHNICAL-DETAIL")), QByteArray(what + text.toUtf8()).constData());
            QVERIFY2(text.endsWith(u'.'), QByteArray(what + text.toUtf8()).constData()); // whole sentences
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
    // A sandbox (Flatpak) without a Secret Service or KWallet in the session gets the same error: the
    // text says the service itself must be running, not only unlocked.
    QVERIFY(t.contains(QStringLiteral("keyring service (GNOME Keyring or KWallet) must also be running")));
    QVERIFY(t.contains(QStringLiteral("Flatpak")));
}

void TestGuiWidgets::providerAddressErrors()
{
    QCOMPARE(ErrorText::providerAddress(QStringLiteral("http://privacy.example.com")),
             QStringLiteral("This address uses plain http://, which is only allowed for this computer (127.0.0.1). "
                            "Use https://."));
    QVERIFY(ErrorText::providerAddress(QString()).startsWith(QStringLiteral("Enter the address")));
    // localhost is refused with the address that is meant.
    QVERIFY(!Session::checkProviderUrl(QStringLiteral("http://localhost:8080/")).ok());
    QCOMPARE(ErrorText::providerAddress(QStringLiteral("http://localhost:8080/")),
             QStringLiteral("For a provider on this computer, use the address 127.0.0.1 (or [::1]) instead of localhost, "
                            "for example http://127.0.0.1:8080/. The name localhost could be made to lead somewhere else."));
    QVERIFY(Session::checkProviderUrl(QStringLiteral("http://127.0.0.1:8080/")).ok());
    QVERIFY(Session::checkProviderUrl(QStringLiteral("http://[::1]:8080/")).ok());
    QVERIFY(ErrorText::providerAddress(QStringLiteral("ftp://x.example")).contains(QStringLiteral("ftp://")));
    QVERIFY(ErrorText::providerAddress(QStringLiteral("not an address")).startsWith(QStringLiteral("This is not")));
}

QTEST_MAIN(TestGuiWidgets)
#include "tst_gui_widgets.moc"
