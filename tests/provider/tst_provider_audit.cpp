// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's audit log from the outside: the signing key's file, `privacy-provider audit head`
// and `audit verify` (on an intact log and on tampered copies of the database, made with the provider
// stopped), the append-only triggers, and no statement in the provider's sources that updates or
// deletes audit rows.
#include "ActionsTestSupport.h"
#include "SqlTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out, err;
};

CliResult audit(const QStringList &args)
{
    QProcess p;
    p.start(ProviderProcess::executable(), QStringList{u"audit"_s} + args);
    CliResult r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Runs `statements` on DIR/provider.sqlite (the provider must be stopped); false with a warning on error.
bool runSql(const QString &dir, const QStringList &statements, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(dir + u"/provider.sqlite"_s);
        ok = db.open();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(s)) {
                if (error)
                    *error = q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return ok;
}


} // namespace

class TestProviderAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signingKeyFile();
    void freshLogVerifies();
    void badArguments_data();
    void badArguments();
    void noUpdateOrDeleteInSources();
    void triggersRefuseUpdateAndDelete();
};

void TestProviderAudit::signingKeyFile()
{
    ProviderProcess provider({u"--scale"_s, u"10"_s});
    QVERIFY2(provider.start(), qPrintable(provider.errorString()));
    const QString path = provider.dataDir() + u"/audit-signing.key"_s;
    QFile key(path);
    QVERIFY2(key.exists(), "the provider makes its signing key on first start");
    QCOMPARE(key.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(key.open(QIODevice::ReadOnly));
    const QByteArray first = key.readAll();
    key.close();
    QVERIFY(first.startsWith("-----BEGIN PRIVATE KEY-----"));
    // Not in the database.
    provider.stop();
    const QByteArray base64 = first.split('\n').value(1);
    QFile db(provider.dataDir() + u"/provider.sqlite"_s);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(base64));
    db.close();
    // A restart keeps it.
    QVERIFY2(provider.restart(), qPrintable(provider.errorString()));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), first);
}

void TestProviderAudit::freshLogVerifies()
{
    QTemporaryDir dir;
    LaunchedProvider provider;
    QVERIFY(provider.start(dir.path(), {u"--scale"_s, u"10"_s}));
    provider.stop();
    const CliResult head = audit({u"head"_s, u"--data"_s, dir.path()});
    QCOMPARE(head.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^[0-9]+:[0-9a-f]{64}\n$"_s).match(head.out).hasMatch(), qPrintable(head.out));
    const QString current = head.out.trimmed();
    CliResult verify = audit({u"verify"_s, u"--data"_s, dir.path()});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(verify.out.contains(u"intact"_s), qPrintable(verify.out));
    verify = audit({u"verify"_s, u"--data"_s, dir.path(), u"--expect-head"_s, current});
    QCOMPARE(verify.exitCode, 0);
    // A head the log never reached: it must have been cut.
    const qint64 beyond = current.section(u':', 0, 0).toLongLong() + 5;
    verify = audit({u"verify"_s, u"--data"_s, dir.path(), u"--expect-head"_s,
                    QString::number(beyond) + u':' + QString(64, u'a')});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.contains(u"removed from the end"_s), qPrintable(verify.out));
}

void TestProviderAudit::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{u"--data"_s, u"/nonexistent"_s} << u"verify or head"_s;
    QTest::newRow("unknown command") << QStringList{u"repair"_s, u"--data"_s, u"/tmp"_s} << u"verify or head"_s;
    QTest::newRow("no data") << QStringList{u"verify"_s} << u"--data"_s;
    QTest::newRow("no database") << QStringList{u"verify"_s, u"--data"_s, u"/nonexistent-pd-dir"_s}
                                 << u"no provider database"_s;
    QTest::newRow("bad head") << QStringList{u"verify"_s, u"--data"_s, u"/tmp"_s, u"--expect-head"_s, u"12"_s}
                              << u"SEQ:HASH"_s;
    QTest::newRow("head with expect") << QStringList{u"head"_s, u"--data"_s, u"/tmp"_s, u"--expect-head"_s,
                                                     u"1:"_s + QString(64, u'0')}
                                      << u"goes with verify"_s;
}

void TestProviderAudit::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliResult r = audit(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestProviderAudit::noUpdateOrDeleteInSources()
{
    // The audit log is append-only by construction: no statement in the provider updates, deletes or
    // replaces its rows (the triggers below would refuse them anyway).
    static const QRegularExpression forbidden(
        u"(UPDATE\\s+(OR\\s+\\w+\\s+)?audit_|DELETE\\s+FROM\\s+audit_|REPLACE\\s+INTO\\s+audit_|"
        "INSERT\\s+OR\\s+REPLACE\\s+INTO\\s+audit_|DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?audit_|"
        "DROP\\s+TRIGGER\\s+(IF\\s+EXISTS\\s+)?audit_)"_s,
        QRegularExpression::CaseInsensitiveOption);
    int files = 0;
    QDirIterator it(QStringLiteral(PD_PROVIDER_SOURCE_DIR), {u"*.cpp"_s, u"*.h"_s}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const auto m = forbidden.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(f.fileName() + u": "_s + m.captured(0)));
        ++files;
    }
    QVERIFY2(files > 50, "the provider's sources were found");
    // The check itself finds what it looks for.
    QVERIFY(forbidden.match(u"q.prepare(u\"update  audit_log SET action=?\"_s)"_s).hasMatch());
    QVERIFY(forbidden.match(u"DELETE FROM audit_checkpoints WHERE 1"_s).hasMatch());
}

void TestProviderAudit::triggersRefuseUpdateAndDelete()
{
    QTemporaryDir dir;
    LaunchedProvider provider;
    QVERIFY(provider.start(dir.path(), {u"--scale"_s, u"10"_s}));
    provider.stop();
    // A row to aim at (an attacker with the file can always append; the chain shows it).
    QVERIFY(runSql(dir.path(),
                   {u"INSERT INTO audit_log(seq, at, actor, actor_role, action, categories, details, prev_hash, hash) "
                    "VALUES(100000, 0, 'x', 'staff', 'viewed', '[]', '{}', '', '')"_s}));
    for (const QString &statement : {u"UPDATE audit_log SET action='nothing' WHERE seq=100000"_s,
                                     u"DELETE FROM audit_log WHERE seq=100000"_s,
                                     u"UPDATE refusal_log SET reason_text='x'"_s}) {
        QString error;
        if (statement.contains(u"refusal_log"_s)) {
            QVERIFY(runSql(dir.path(), {u"INSERT INTO refusal_log(request_id, account, type, received_at, rejected_at, "
                                        "staff, reason_code, reason_text) VALUES('R-X', 1, 'export', 0, 0, 's', 'other', "
                                        "'t')"_s}));
        }
        QVERIFY2(!runSql(dir.path(), {statement}, &error), qPrintable(statement));
        QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));
    }
    QCOMPARE(valueOf(dir.path(), u"SELECT action FROM audit_log WHERE seq=100000"_s).toString(), u"viewed"_s);
}

QTEST_GUILESS_MAIN(TestProviderAudit)
#include "tst_provider_audit.moc"
