// SPDX-License-Identifier: GPL-3.0-or-later
// The sender's timing rules: full-jitter exponential backoff under a cap, and Retry-After in both
// of its forms (delta-seconds and HTTP-date).
#include "sync/OutboxSender.h"

#include <QTest>

using namespace pd;

class TstBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullJitterStaysUnderTheCeiling()
    {
        OutboxSender s(nullptr, nullptr);
        s.setBackoff(100, 5000);
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const qint64 ceiling = qMin<qint64>(5000, qint64(100) << attempt);
            qint64 lo = ceiling, hi = 0;
            for (int i = 0; i < 400; ++i) {
                const qint64 d = s.backoffDelay(attempt);
                QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QStringLiteral("attempt %1: %2 > %3").arg(attempt).arg(d).arg(ceiling)));
                lo = qMin(lo, d);
                hi = qMax(hi, d);
            }
            // Jitter spreads over the whole range (not a fixed delay).
            QVERIFY(lo < ceiling / 4);
            QVERIFY(hi > ceiling / 2);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArrayLiteral("7") << qint64(7000);
        QTest::newRow("zero") << QByteArrayLiteral("0") << qint64(0);
        QTest::newRow("spaces") << QByteArrayLiteral(" 2 ") << qint64(2000);
        QTest::newRow("http-date") << QByteArrayLiteral("Thu, 26 Nov 2026 10:00:30 GMT") << qint64(30000);
        QTest::newRow("past date") << QByteArrayLiteral("Thu, 26 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArrayLiteral("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArrayLiteral("soon") << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(OutboxSender::retryAfterMs(header, now), expectedMs);
    }
};

QTEST_GUILESS_MAIN(TstBackoff)
#include "tst_backoff.moc"
