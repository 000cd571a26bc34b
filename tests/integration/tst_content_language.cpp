// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's texts in the cache follow the app's language, against the real provider over HTTP:
// the client asks in the UI language (Accept-Language from QLocale()), and a language change while
// signed in (QEvent::LanguageChange, as the UI's language switch sends it) fetches them again;
// offline the old texts stay until a sync succeeds.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"

#include "Session.h"
#include "api/ApiJob.h"

#include <QCoreApplication>
#include <QEvent>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

// The provider's words for "why payment processors get data" (provider/PolicyContent.cpp).
const QString whyEn = QStringLiteral("To take payment when you order or renew a server or a domain.");
const QString whyHK = QStringLiteral("在你訂購或續期伺服器或網域時收取款項。");
const QString whyCN = QStringLiteral("在你订购或续费服务器或域名时收取款项。");

QLocale hongKong() { return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::HongKong); }
QLocale mainland() { return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China); }
QLocale english() { return QLocale(QLocale::English, QLocale::UnitedStates); }

bool hasCjk(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

/// What the UI's language switch does: the new default locale, then LanguageChange to the
/// application (LanguageSwitcher installs translators, and Qt sends one per install or removal).
void switchLanguage(const QLocale &locale)
{
    QLocale::setDefault(locale);
    for (int i = 0; i < 3; ++i) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
}

} // namespace

class TestContentLanguage : public QObject
{
    Q_OBJECT

    test::ProviderProcess m_provider;
    QNetworkAccessManager m_nam;
    test::MemoryTokenStore m_tokens;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    test::BrowserDriver m_browser;

    /// The cached `why` of the payment processors, read through the same API the Why panel uses.
    QString paymentWhy() const
    {
        for (const SharingEntry &s : m_session->categoryInfo(Category::Registration).sharing)
            if (s.recipient == QLatin1String("payment_processing"))
                return s.why;
        return {};
    }
    QStringList cachedSharingTexts() const
    {
        QStringList out;
        for (const Category c : kAllCategories)
            for (const SharingEntry &s : m_session->categoryInfo(c).sharing)
                out << s.name << s.data << s.why;
        return out;
    }
    QStringList cachedAffects() const
    {
        QStringList out;
        for (const ConsentPurpose &p : m_session->consents().items)
            out << p.affects;
        return out;
    }

private Q_SLOTS:
    void acceptLanguageFollowsUiLanguage_data()
    {
        QTest::addColumn<QLocale>("ui");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray hk("zh-HK, zh;q=0.8, en;q=0.5"), cn("zh-CN, zh;q=0.8, en;q=0.5");
        QTest::newRow("zh_HK") << hongKong() << hk;
        QTest::newRow("zh_CN") << mainland() << cn;
        QTest::newRow("en_US") << english() << QByteArray("en");
        QTest::newRow("en_HK") << QLocale(QLocale::English, QLocale::HongKong) << QByteArray("en");
        // The UI shows Traditional Chinese for these, so the provider's texts should be too.
        QTest::newRow("zh_TW") << QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan) << hk;
        QTest::newRow("zh_MO") << QLocale(QLocale::Chinese, QLocale::Macau) << hk;
        QTest::newRow("zh_SG") << QLocale(QLocale::Chinese, QLocale::Singapore) << cn;
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QByteArray("en");
        QTest::newRow("C") << QLocale::c() << QByteArray("en");
    }

    void acceptLanguageFollowsUiLanguage()
    {
        QFETCH(QLocale, ui);
        QFETCH(QByteArray, expected);
        QCOMPARE(ApiJob::acceptLanguage(ui), expected);
        const QLocale before;
        QLocale::setDefault(ui);
        QCOMPARE(ApiJob::acceptLanguage(), expected); // the default argument is the current QLocale()
        QLocale::setDefault(before);
    }

    void signInInHongKongChinese()
    {
        qRegisterMetaType<pd::Error>();
        QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
        QLocale::setDefault(hongKong());
        m_session = std::make_unique<Session>(&m_nam, &m_tokens, m_dir.path());
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        connect(m_session.get(), &Session::browserUrlReady, &m_browser,
                [this](const QUrl &u) { m_browser.signIn(u, QStringLiteral("alice"), QStringLiteral("demo-alice")); });
        QSignalSpy synced(m_session.get(), &Session::syncFinished);
        m_session->startSignIn();
        QVERIFY(synced.wait(120000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);

        QCOMPARE(paymentWhy(), whyHK);
        const QStringList sharing = cachedSharingTexts();
        QVERIFY(!sharing.isEmpty());
        for (const QString &text : sharing)
            QVERIFY2(hasCjk(text), qPrintable(text));
        const QStringList affects = cachedAffects();
        QCOMPARE(affects.size(), 5); // with support_ai_training: policy 2026-12-01 is in force by default
        for (const QString &text : affects)
            QVERIFY2(hasCjk(text) && text.contains(QStringLiteral("我們")), qPrintable(text));
    }

    void switchToSimplifiedChineseFetchesAgain()
    {
        const QStringList hkAffects = cachedAffects();
        QSignalSpy started(m_session.get(), &Session::syncStarted);
        QSignalSpy finished(m_session.get(), &Session::syncFinished);
        switchLanguage(mainland());
        // Nothing called sync(): the session noticed the change by itself.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 120000);
        QCOMPARE(started.count(), 1); // several LanguageChange events, one sync
        QCOMPARE(finished.at(0).at(0).value<Error>().code, ErrorCode::None);
        QCOMPARE(paymentWhy(), whyCN);
        for (const QString &text : cachedSharingTexts())
            QVERIFY2(hasCjk(text) && !text.contains(QStringLiteral("伺服器")), qPrintable(text));
        const QStringList cnAffects = cachedAffects();
        QCOMPARE(cnAffects.size(), hkAffects.size());
        for (qsizetype i = 0; i < cnAffects.size(); ++i) {
            QVERIFY2(hasCjk(cnAffects.at(i)), qPrintable(cnAffects.at(i)));
            QVERIFY(cnAffects.at(i) != hkAffects.at(i));
        }
    }

    void sameLanguageAgainFetchesNothing()
    {
        QSignalSpy started(m_session.get(), &Session::syncStarted);
        switchLanguage(mainland());
        // Let the queued check run (it is posted, not timed); nothing may start.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(started.count(), 0);
        QCOMPARE(paymentWhy(), whyCN);
    }

    void switchDuringSyncFetchesAgainAfterIt()
    {
        QSignalSpy finished(m_session.get(), &Session::syncFinished);
        QSignalSpy started(m_session.get(), &Session::syncStarted);
        m_session->sync(); // asks in zh-CN ...
        QVERIFY(m_session->isSyncing());
        switchLanguage(english()); // ... and the language changes before its calls go out
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 120000);
        QCOMPARE(started.count(), 2);
        QCOMPARE(finished.at(1).at(0).value<Error>().code, ErrorCode::None);
        QCOMPARE(paymentWhy(), whyEn);
        for (const QString &text : cachedAffects())
            QVERIFY2(!hasCjk(text) && text.startsWith(QStringLiteral("Without it")), qPrintable(text));
    }

    void offlineKeepsOldTextsUntilNextSync()
    {
        m_provider.stop();
        QSignalSpy finished(m_session.get(), &Session::syncFinished);
        switchLanguage(hongKong());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 120000);
        const ErrorCode code = finished.at(0).at(0).value<Error>().code;
        QVERIFY2(code == ErrorCode::Network || code == ErrorCode::Timeout, qPrintable(QString::number(int(code))));
        QVERIFY(!m_session->isOnline());
        QCOMPARE(paymentWhy(), whyEn); // the old texts, not nothing
        QVERIFY(!cachedAffects().isEmpty());

        // Back online: the next sync asks in the current language.
        QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        m_session->sync();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 120000);
        QCOMPARE(finished.at(1).at(0).value<Error>().code, ErrorCode::None);
        QCOMPARE(paymentWhy(), whyHK);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestContentLanguage)
#include "tst_content_language.moc"
