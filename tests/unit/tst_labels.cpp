// SPDX-License-Identifier: GPL-3.0-or-later
// Labels: the one place codes and numbers become words. Run in the C locale so the expected
// strings do not depend on the machine; one case checks that the locale is actually followed.
#include "models/Labels.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QTimeZone>

using namespace pd;
using namespace Qt::StringLiterals;

class TstLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void isoDuration_data();
    void isoDuration();
    void isoDurationJunkPassesThrough_data();
    void isoDurationJunkPassesThrough();
    void isoDurationKeepsOrder();
    void englishPluralsHaveNoParentheses();

    void bytesCLocale_data();
    void bytesCLocale();
    void bytesFollowsLocale();

    void duration_data();
    void duration();

    void lifetime_data();
    void lifetime();
    void lifetimeSession();

    void percent_data();
    void percent();

    void retention();
    void codesBecomeWords();
    void unknownCodesPassThrough();
    void invalidDatesSayUnknown();
    void categoryCodesRoundTrip();
    void joiningFollowsTheLanguage();
    void withoutMnemonic_data();
    void withoutMnemonic();

private:
    QLocale m_savedLocale;
};

void TstLabels::initTestCase()
{
    m_savedLocale = QLocale();
    QLocale::setDefault(QLocale::c());
}

void TstLabels::cleanupTestCase()
{
    QLocale::setDefault(m_savedLocale);
}

// -- ISO 8601 durations ---------------------------------------------------------------------------
// The number and unit are asserted, not the plural suffix: see englishPluralsHaveNoParentheses.

void TstLabels::isoDuration_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QStringList>("parts"); // regular expressions that must all match, in order

    QTest::newRow("P3Y") << u"P3Y"_s << QStringList{u"^3 year"_s};
    QTest::newRow("P30D") << u"P30D"_s << QStringList{u"^30 day"_s};
    QTest::newRow("P1Y6M") << u"P1Y6M"_s << QStringList{u"^1 year"_s, u"6 month"_s};
    QTest::newRow("P6M") << u"P6M"_s << QStringList{u"^6 month"_s};
    QTest::newRow("P2W") << u"P2W"_s << QStringList{u"^2 week"_s};
    QTest::newRow("P1D") << u"P1D"_s << QStringList{u"^1 day"_s};
    QTest::newRow("P1Y2M3W4D") << u"P1Y2M3W4D"_s
                               << QStringList{u"^1 year"_s, u"2 month"_s, u"3 week"_s, u"4 day"_s};
    QTest::newRow("P10Y") << u"P10Y"_s << QStringList{u"^10 year"_s};
}

void TstLabels::isoDuration()
{
    QFETCH(QString, period);
    QFETCH(QStringList, parts);
    const QString text = Labels::isoDuration(period);
    QVERIFY2(text != period, qPrintable(text));
    QVERIFY(!text.contains(u"%n"_s));
    for (const QString &p : std::as_const(parts))
        QVERIFY2(QRegularExpression(p).match(text).hasMatch(), qPrintable(text + u" !~ "_s + p));
}

void TstLabels::isoDurationJunkPassesThrough_data()
{
    QTest::addColumn<QString>("period");
    QTest::newRow("junk") << u"junk"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("P alone") << u"P"_s;
    QTest::newRow("time part") << u"PT5H"_s;
    QTest::newRow("lower case") << u"p3y"_s;
    QTest::newRow("trailing space") << u"P3Y "_s;
    QTest::newRow("negative") << u"P-1Y"_s;
    QTest::newRow("fraction") << u"P1.5Y"_s;
    QTest::newRow("wrong order") << u"P6M1Y"_s;
    QTest::newRow("named rule") << u"account_lifetime"_s;
}

void TstLabels::isoDurationJunkPassesThrough()
{
    QFETCH(QString, period);
    QCOMPARE(Labels::isoDuration(period), period);
}

void TstLabels::isoDurationKeepsOrder()
{
    const QString text = Labels::isoDuration(u"P1Y6M"_s);
    QVERIFY(text.indexOf(u"year"_s) >= 0);
    QVERIFY(text.indexOf(u"year"_s) < text.indexOf(u"month"_s));
}

void TstLabels::englishPluralsHaveNoParentheses()
{
    // Qt's plurals come from the English catalogue with numerus forms (translations/core_en.ts),
    // which the app loads; the test loads it the same way.
    QTranslator en;
    QVERIFY(en.load(u":/i18n/core_en.qm"_s));
    QCoreApplication::installTranslator(&en);
    const QString years = Labels::isoDuration(u"P3Y"_s);
    QCOMPARE(years, u"3 years"_s);
    QCOMPARE(Labels::isoDuration(u"P1D"_s), u"1 day"_s);
    QCOMPARE(Labels::duration(300), u"5 minutes"_s);
    QCOMPARE(Labels::duration(1), u"1 second"_s);
    QCOMPARE(Labels::lifetime(qint64(2) * 365 * 86400), u"2 years"_s);
    QCoreApplication::removeTranslator(&en);
}

// -- sizes ----------------------------------------------------------------------------------------

void TstLabels::bytesCLocale_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << u"0 bytes"_s;
    QTest::newRow("999") << qint64(999) << u"999 bytes"_s;
    QTest::newRow("1000") << qint64(1000) << u"1.0 kB"_s;
    QTest::newRow("1500") << qint64(1500) << u"1.5 kB"_s;
    QTest::newRow("1 MB") << qint64(1000000) << u"1.0 MB"_s;
    QTest::newRow("734 MB") << qint64(734000000) << u"734.0 MB"_s;
    QTest::newRow("2.5 GB") << qint64(2500000000) << u"2.5 GB"_s;
    QTest::newRow("1 TB") << qint64(1000000000000) << u"1.0 TB"_s;
}

void TstLabels::bytesCLocale()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(Labels::bytes(bytes), text);
}

void TstLabels::bytesFollowsLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString de = Labels::bytes(2500000000);
    const QString pct = Labels::percent(12.5);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(de, u"2,5 GB"_s);
    QCOMPARE(pct, u"12,5%"_s);
}

// -- durations ------------------------------------------------------------------------------------

void TstLabels::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("0 s") << qint64(0) << u"^0 second"_s;
    QTest::newRow("59 s") << qint64(59) << u"^59 second"_s;
    QTest::newRow("60 s") << qint64(60) << u"^1 minute"_s;
    QTest::newRow("5 min") << qint64(300) << u"^5 minute"_s;
    QTest::newRow("59 min 59 s") << qint64(3599) << u"^59 minute"_s;
    QTest::newRow("1 h") << qint64(3600) << u"^1 h 0 min$"_s;
    QTest::newRow("1 h 5 min") << qint64(3900) << u"^1 h 5 min$"_s;
    QTest::newRow("3 days") << qint64(3 * 86400 + 61) << u"^72 h 1 min$"_s;
    QTest::newRow("1000 h") << qint64(3600) * 1000 << u"^1000 h 0 min$"_s;
}

void TstLabels::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, pattern);
    const QString text = Labels::duration(seconds);
    QVERIFY2(QRegularExpression(pattern).match(text).hasMatch(), qPrintable(text));
    QVERIFY(!text.contains(u"%"_s));
}

// -- cookie lifetimes -----------------------------------------------------------------------------

void TstLabels::lifetime_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("30 s") << qint64(30) << u"^30 second"_s;
    QTest::newRow("1 h") << qint64(3600) << u"^1 h 0 min$"_s;
    QTest::newRow("1 day") << qint64(86400) << u"^1 day"_s;
    QTest::newRow("30 days") << qint64(30) * 86400 << u"^30 day"_s;
    QTest::newRow("364 days") << qint64(364) * 86400 << u"^364 day"_s;
    QTest::newRow("1 year") << qint64(365) * 86400 << u"^1 year"_s;
    QTest::newRow("400 days") << qint64(400) * 86400 << u"^1 year"_s;
    QTest::newRow("2 years") << qint64(2 * 365) * 86400 << u"^2 year"_s;
}

void TstLabels::lifetime()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, pattern);
    const QString text = Labels::lifetime(seconds);
    QVERIFY2(QRegularExpression(pattern).match(text).hasMatch(), qPrintable(text));
}

void TstLabels::lifetimeSession()
{
    QCOMPARE(Labels::lifetime(std::nullopt), u"Until you close the browser"_s);
    // Zero is a real (if odd) lifetime, not "session".
    QVERIFY(Labels::lifetime(qint64(0)) != Labels::lifetime(std::nullopt));
}

// -- percent --------------------------------------------------------------------------------------

void TstLabels::percent_data()
{
    QTest::addColumn<double>("pct");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0.0 << u"0.0%"_s;
    QTest::newRow("12.5") << 12.5 << u"12.5%"_s;
    QTest::newRow("12.46") << 12.46 << u"12.5%"_s;
    QTest::newRow("100") << 100.0 << u"100.0%"_s;
}

void TstLabels::percent()
{
    QFETCH(double, pct);
    QFETCH(QString, text);
    QCOMPARE(Labels::percent(pct), text);
}

// -- codes ----------------------------------------------------------------------------------------

void TstLabels::retention()
{
    QCOMPARE(Labels::retention(u"P7Y"_s), Labels::isoDuration(u"P7Y"_s));
    QVERIFY(Labels::retention(u"P7Y"_s).startsWith(u"7 year"_s));
    QCOMPARE(Labels::retention(u"account_lifetime"_s), u"While your account exists"_s);
    QCOMPARE(Labels::retention(u"until_the_heat_death"_s), u"until_the_heat_death"_s);
}

void TstLabels::codesBecomeWords()
{
    // Every documented code has its own, non-code wording.
    const struct { QString (*fn)(const QString &); QStringList codes; } groups[] = {
        {&Labels::personalField, {u"name"_s, u"mobile"_s, u"email"_s, u"address"_s, u"password"_s}},
        {&Labels::purpose,
         {u"service"_s, u"personalisation"_s, u"security"_s, u"legal"_s, u"billing"_s, u"analytics"_s, u"support_ai_training"_s}},
        {&Labels::legalBasis, {u"contract"_s, u"consent"_s, u"legal_obligation"_s, u"legitimate_interest"_s}},
        {&Labels::source, {u"you"_s, u"automatic"_s, u"third_party"_s}},
        {&Labels::recipient, {u"payment_processing"_s, u"technical_support"_s, u"logistics"_s, u"data_analysis"_s}},
        {&Labels::deviceType, {u"computer"_s, u"phone"_s, u"tablet"_s}},
        {&Labels::identifierKind, {u"imei"_s, u"mac"_s, u"uuid"_s}},
        {&Labels::connection, {u"wifi"_s, u"ethernet"_s, u"4g"_s, u"5g"_s, u"other"_s}},
        {&Labels::cookieKind, {u"cookie"_s, u"web_beacon"_s, u"local_storage"_s}},
        {&Labels::cookiePurpose, {u"essential"_s, u"preferences"_s, u"analytics"_s, u"personalisation"_s}},
        {&Labels::domainEventKind, {u"query"_s, u"registration"_s, u"purchase"_s, u"renewal"_s, u"transfer"_s, u"dns_change"_s}},
        {&Labels::retentionStarts, {u"account_closed"_s, u"event"_s, u"order_completed"_s, u"last_seen"_s, u"expiry"_s}},
        {&Labels::retentionReason, {u"legal_obligation"_s, u"open_order"_s, u"dispute"_s}},
        {&Labels::consentPurpose,
         {u"personalisation"_s, u"analytics_cookies"_s, u"marketing"_s, u"product_research"_s, u"support_ai_training"_s}},
    };
    for (const auto &g : groups) {
        QSet<QString> seen;
        for (const QString &code : g.codes) {
            const QString w = g.fn(code);
            QVERIFY2(!w.isEmpty() && w != code, qPrintable(code));
            QVERIFY2(!w.contains(u'_'), qPrintable(w));
            seen.insert(w);
        }
        QCOMPARE(seen.size(), g.codes.size());
    }
    QSet<QString> cats;
    for (Category c : kAllCategories) {
        QVERIFY(!Labels::category(c).isEmpty());
        cats.insert(Labels::category(c));
    }
    QCOMPARE(cats.size(), int(std::size(kAllCategories)));
    QCOMPARE(Labels::yesNo(true), u"Yes"_s);
    QCOMPARE(Labels::yesNo(false), u"No"_s);
}

void TstLabels::unknownCodesPassThrough()
{
    // A newer provider may send codes this build does not know: show them raw, never blank.
    const QString code = u"quantum_link"_s;
    for (auto fn : {&Labels::personalField, &Labels::purpose, &Labels::legalBasis, &Labels::source, &Labels::recipient,
                    &Labels::deviceType, &Labels::identifierKind, &Labels::connection, &Labels::cookieKind,
                    &Labels::cookiePurpose, &Labels::domainEventKind, &Labels::retentionStarts,
                    &Labels::retentionReason, &Labels::consentPurpose})
        QCOMPARE(fn(code), code);
}

void TstLabels::invalidDatesSayUnknown()
{
    QCOMPARE(Labels::dateTime(QDateTime()), u"unknown"_s);
    QCOMPARE(Labels::date(QDate()), u"unknown"_s);
    const QDateTime t(QDate(2025, 11, 3), QTime(14, 5), QTimeZone::utc());
    const QString s = Labels::dateTime(t);
    QVERIFY(!s.isEmpty() && s != u"unknown"_s);
    // Local time, to the minute (the exact short format is the locale's business).
    const QDateTime local = t.toLocalTime();
    QVERIFY2(s.contains(u"2025"_s) || s.contains(u"25"_s), qPrintable(s));
    QVERIFY2(s.contains(local.time().toString(u"HH:mm"_s)), qPrintable(s));
    QVERIFY(Labels::date(QDate(2025, 11, 3)).contains(u"25"_s));
}

void TstLabels::categoryCodesRoundTrip()
{
    const QStringList codes{u"registration"_s, u"server_usage"_s, u"domain_usage"_s, u"devices"_s, u"cookies"_s};
    QCOMPARE(qsizetype(std::size(kAllCategories)), codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QCOMPARE(categoryCode(kAllCategories[i]), codes.at(i));
        QCOMPARE(categoryFromCode(codes.at(i)), std::optional<Category>(kAllCategories[i]));
    }
    QVERIFY(!categoryFromCode(u"Registration"_s)); // codes are exact
    QVERIFY(!categoryFromCode(QString()));
}

void TstLabels::joiningFollowsTheLanguage()
{
    QCOMPARE(Labels::sentences({u"You are back online."_s, u"Your data is up to date."_s}),
             u"You are back online. Your data is up to date."_s);
    QCOMPARE(Labels::sentences({u"One."_s, QString(), u"Two."_s, u"Three."_s}), u"One. Two. Three."_s);
    QCOMPARE(Labels::sentences({}), QString());
    // A placeholder-looking part is text, not a placeholder.
    QCOMPARE(Labels::sentences({u"50%1 off."_s, u"Then %2."_s}), u"50%1 off. Then %2."_s);
    QCOMPARE(Labels::list({u"Service"_s, u"Security"_s, u"Billing"_s}), u"Service; Security; Billing"_s);
    QCOMPARE(Labels::labelled(u"Email"_s, u"a@example.com"_s), u"Email: a@example.com"_s);

    // Chinese writes sentences back to back and uses full-width punctuation.
    QTranslator zh;
    QVERIFY(zh.load(u":/i18n/core_zh_HK.qm"_s));
    QCoreApplication::installTranslator(&zh);
    const QString both = Labels::sentences({u"你已恢復連線。"_s, u"資料已是最新。"_s});
    const QString items = Labels::list({u"服務"_s, u"保安"_s});
    const QString labelled = Labels::labelled(u"電郵"_s, u"a@example.com"_s);
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(both, u"你已恢復連線。資料已是最新。"_s);
    QCOMPARE(items, u"服務；保安"_s);
    QCOMPARE(labelled, u"電郵：a@example.com"_s);
}

void TstLabels::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("prefix") << u"&Devices && networks"_s << u"Devices & networks"_s;
    QTest::newRow("ellipsis") << u"&Settings\u2026"_s << u"Settings"_s;
    QTest::newRow("three dots") << u"Sa&ve..."_s << u"Save"_s;
    QTest::newRow("chinese suffix") << u"裝置及網絡(&D)"_s << u"裝置及網絡"_s;
    QTest::newRow("suffix and ellipsis") << u"設定(&S)\u2026"_s << u"設定"_s;
    QTest::newRow("ellipsis then suffix") << u"設定\u2026(&S)"_s << u"設定"_s;
    QTest::newRow("full-width brackets") << u"篩選\uFF08&F\uFF09"_s << u"篩選"_s;
    QTest::newRow("literal ampersand in brackets") << u"R&&D (&&)"_s << u"R&D (&)"_s;
    QTest::newRow("none") << u"Overview"_s << u"Overview"_s;
}

void TstLabels::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(Labels::withoutMnemonic(text), plain);
}

QTEST_GUILESS_MAIN(TstLabels)
#include "tst_labels.moc"
