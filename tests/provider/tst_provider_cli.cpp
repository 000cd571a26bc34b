// SPDX-License-Identifier: GPL-3.0-or-later
// privacy-provider's command line: bad arguments are a plain error and exit code 2, and plain
// HTTP is never exposed beyond loopback by accident.
#include "ProviderProcess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

class TestProviderCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badArguments_data();
    void badArguments();
    void ipv6Loopback();
};

void TestProviderCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("non-loopback") << QStringList{u"--listen"_s, u"0.0.0.0:0"_s} << u"--allow-remote"_s;
    QTest::newRow("lan address") << QStringList{u"--listen"_s, u"192.0.2.10:8080"_s} << u"non-loopback"_s;
    QTest::newRow("no port") << QStringList{u"--listen"_s, u"127.0.0.1"_s} << u"HOST:PORT"_s;
    QTest::newRow("port range") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s} << u"port"_s;
    QTest::newRow("host name") << QStringList{u"--listen"_s, u"example.com:80"_s} << u"not an IP address"_s;
    QTest::newRow("unknown option") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("bad ttl") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--token-ttl"_s, u"soon"_s} << u"--token-ttl"_s;
    QTest::newRow("zero scale") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--scale"_s, u"0"_s} << u"--scale"_s;
    QTest::newRow("positional") << QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"extra"_s} << u"extra"_s;
    QTest::newRow("no listen") << QStringList{} << u"--listen"_s;
}

void TestProviderCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcess p;
    p.start(ProviderProcess::executable(), args << u"--data"_s << dir.path());
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardOutput().contains("Listening on"));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestProviderCli::ipv6Loopback()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(ProviderProcess::executable(), {u"--listen"_s, u"[::1]:0"_s, u"--data"_s, dir.path()});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    while (!out.contains('\n') && p.waitForReadyRead(60000))
        out += p.readAllStandardOutput();
    p.kill();
    p.waitForFinished();
    if (out.isEmpty())
        QSKIP("no IPv6 loopback on this machine");
    QVERIFY2(QRegularExpression(u"^Listening on http://\\[::1\\]:[0-9]+/\n"_s).match(QString::fromUtf8(out)).hasMatch(),
             out.constData());
}

QTEST_GUILESS_MAIN(TestProviderCli)
#include "tst_provider_cli.moc"
