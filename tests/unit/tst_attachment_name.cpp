// SPDX-License-Identifier: GPL-3.0-or-later
// The attachment name cleaning client and provider share (app/domain/AttachmentName).
#include "AttachmentName.h"
#include "Limits.h"

#include <QTest>

class TestAttachmentName : public QObject
{
    Q_OBJECT
private slots:
    void cleans_data();
    void cleans();
    void refuses_data();
    void refuses();
    void capsLength();
};

void TestAttachmentName::cleans_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    QTest::newRow("plain") << QStringLiteral("receipt.pdf") << QStringLiteral("receipt.pdf");
    QTest::newRow("chinese") << QStringLiteral("收據 2024.pdf") << QStringLiteral("收據 2024.pdf");
    QTest::newRow("emoji kept") << QStringLiteral("cat 🐱.png") << QStringLiteral("cat 🐱.png");
    // "invoice" + RLO + "fdp.exe": shows as "invoiceexe.pdf" unless the override is removed.
    QTest::newRow("bidi override") << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
    QTest::newRow("bidi isolates and marks")
        << QStringLiteral("\u2066a\u2069\u200E\u200Fb\u061C.pdf") << QStringLiteral("ab.pdf");
    QTest::newRow("zero width") << QStringLiteral("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF.png") << QStringLiteral("abcde.png");
    QTest::newRow("controls") << QStringLiteral("a\tb\nc\rd\u0000e\u007Ff\u0085.pdf") << QStringLiteral("abcdef.pdf");
    QTest::newRow("line separators") << QStringLiteral("a\u2028b\u2029.pdf") << QStringLiteral("ab.pdf");
    QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral(".pdf"))
                                    << QStringLiteral("a.pdf");
    QTest::newRow("tag characters") << QStringLiteral("a\U000E0041\U000E007F.pdf") << QStringLiteral("a.pdf");
    QTest::newRow("trimmed") << QStringLiteral("  \u200B name.pdf \u202E ") << QStringLiteral("name.pdf");
}

void TestAttachmentName::cleans()
{
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    QCOMPARE(pd::cleanAttachmentName(raw), clean);
    QCOMPARE(pd::acceptedAttachmentName(raw).value_or(QStringLiteral("<refused>")), clean);
}

void TestAttachmentName::refuses_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("only invisible") << QStringLiteral("\u200B\u202E\u0001");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("dot dot hidden") << QStringLiteral(".\u200B.");
    QTest::newRow("slash") << QStringLiteral("../etc/passwd");
    QTest::newRow("backslash") << QStringLiteral("..\\boot.ini");
}

void TestAttachmentName::refuses()
{
    QFETCH(QString, raw);
    QVERIFY(!pd::acceptedAttachmentName(raw));
}

void TestAttachmentName::capsLength()
{
    const QString longest(pd::limits::kAttachmentNameMax, u'a');
    QCOMPARE(pd::acceptedAttachmentName(longest).value_or(QString()), longest);
    QVERIFY(!pd::acceptedAttachmentName(longest + u'a'));
    // Invisible characters do not count: they are gone before the length is checked.
    QCOMPARE(pd::acceptedAttachmentName(longest + QStringLiteral("\u200B\u200B")).value_or(QString()), longest);
}

QTEST_APPLESS_MAIN(TestAttachmentName)
#include "tst_attachment_name.moc"
