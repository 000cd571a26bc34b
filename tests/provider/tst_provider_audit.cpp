// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's audit log from the outside: the signing key's file, `privacy-provider audit head`
// and `audit verify` (on an intact log and on tampered copies of the database, made with the provider
// stopped), the append-only triggers, and no statement in the provider's sources that updates or
// deletes audit rows.
#include "SqlTestSupport.h"
#include "StaffTestSupport.h"

#include "Jcs.h"

#include <QCryptographicHash>
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


/// Copies every file of `from` into a new directory `to` (the provider must be stopped).
bool copyDir(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &f : QDir(from).entryInfoList(QDir::Files))
        if (!QFile::copy(f.filePath(), to + u'/' + f.fileName()))
            return false;
    return true;
}

QString hashOf(const QString &prev, const QJsonObject &entry)
{
    const auto canonical = pd::provider::Jcs::serialize(entry);
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(prev.toLatin1() + canonical.value_or(QByteArray())), QCryptographicHash::Sha256)
            .toHex());
}

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

/// What a careful attacker with the database file does after changing it: recomputes every hash of
/// both chains (docs/api/staff.md, written out here independently of the provider), so the chains hold
/// together again. Only the signed checkpoints (and a head seen earlier) can tell.
QStringList rechainStatements(const QString &dir)
{
    QStringList updates;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rechain"_s);
    db.setDatabaseName(dir + u"/provider.sqlite"_s);
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(u"SELECT seq, at, actor, actor_pseudonym, actor_role, action, account_id, grant_id, reason, ticket, "
               "categories, details, account_seq, staff_pseudonym, grant_minutes FROM audit_log ORDER BY seq"_s);
        QString prev(64, u'0');
        QHash<QString, QString> accountPrev;
        while (q.next()) {
            const auto doc = [](const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()); };
            const QString at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODate);
            const QJsonObject global{{u"seq"_s, q.value(0).toLongLong()}, {u"at"_s, at}, {u"actor"_s, q.value(2).toString()},
                                     {u"actor_pseudonym"_s, textOrNull(q.value(3))}, {u"actor_role"_s, q.value(4).toString()},
                                     {u"action"_s, q.value(5).toString()}, {u"account_id"_s, textOrNull(q.value(6))},
                                     {u"grant_id"_s, textOrNull(q.value(7))}, {u"reason"_s, textOrNull(q.value(8))},
                                     {u"ticket"_s, textOrNull(q.value(9))}, {u"categories"_s, doc(q.value(10)).array()},
                                     {u"details"_s, doc(q.value(11)).object()}, {u"prev_hash"_s, prev}};
            const QString hash = hashOf(prev, global);
            QString set = u"prev_hash='"_s + prev + u"', hash='"_s + hash + u'\'';
            if (!q.value(6).isNull()) {
                const QString account = q.value(6).toString();
                const QString mine = accountPrev.value(account, QString(64, u'0'));
                const QJsonObject customer{
                    {u"seq"_s, q.value(12).toLongLong()}, {u"at"_s, at}, {u"staff"_s, textOrNull(q.value(13))},
                    {u"action"_s, q.value(5).toString()}, {u"reason"_s, textOrNull(q.value(8))},
                    {u"ticket"_s, textOrNull(q.value(9))}, {u"categories"_s, doc(q.value(10)).array()},
                    {u"grant_id"_s, textOrNull(q.value(7))},
                    {u"grant_minutes"_s, q.value(14).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(14).toInt())},
                    {u"details"_s, doc(q.value(11)).object()}, {u"prev_hash"_s, mine}};
                const QString accountHash = hashOf(mine, customer);
                set += u", account_prev_hash='"_s + mine + u"', account_hash='"_s + accountHash + u'\'';
                accountPrev.insert(account, accountHash);
            }
            updates << u"UPDATE audit_log SET "_s + set + u" WHERE seq="_s + q.value(0).toString();
            prev = hash;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"rechain"_s);
    return updates;
}

const QStringList dropTriggers{u"DROP TRIGGER audit_log_no_update"_s, u"DROP TRIGGER audit_log_no_delete"_s};

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
    void tamperedCopiesAreDetected_data();
    void tamperedCopiesAreDetected();

private:
    /// A stopped provider's data directory with staff activity, signed checkpoints and, after the
    /// last global checkpoint, a tail of entries about bob (who has no checkpoint of his own).
    void makeActivity();

    QTemporaryDir m_activity;
    QString m_head;                 ///< `audit head` of the untouched directory
    qint64 m_checkpointSeq = 0;     ///< the last global checkpoint's seq
    qint64 m_middle = 0;            ///< a seq well inside the checkpointed part, with a customer
    int m_copies = 0;
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

void TestProviderAudit::makeActivity()
{
    LaunchedProvider provider;
    QVERIFY(provider.start(m_activity.path(), {u"--scale"_s, u"10"_s}));
    HttpTestClient http(provider.url());
    ApiClient api(provider.url());
    const DemoTokens t = signInEveryone(http);
    QVERIFY(t.ok());
    const HttpResult grant = api.act("POST", u"/v1/staff/grants"_s, t.sam.access,
                                     {{u"account_id"_s, u"C-1001"_s}, {u"reason"_s, u"customer_request"_s},
                                      {u"ticket"_s, u"T-9"_s}, {u"justification"_s, u"Checking the address."_s},
                                      {u"categories"_s, QJsonArray{u"registration"_s, u"devices"_s}}});
    QCOMPARE(grant.status, 201);
    const QString base = u"/v1/staff/grants/"_s + grant.json()[u"id"_s].toString();
    QCOMPARE(api.get(base + u"/personal"_s, t.sam.access).status, 200);
    QCOMPARE(api.get(base + u"/devices"_s, t.sam.access).status, 200);
    QCOMPARE(api.get(base + u"/cookies"_s, t.sam.access).status, 403);
    QCOMPARE(staffAct(api, t.sam.access, u"R-DE0004"_s, {{u"action"_s, u"start_review"_s}}).status, 200);
    QCOMPARE(api.get(u"/v1/me/access-log"_s, t.alice.access).status, 200);      // alice's checkpoint
    const HttpResult checkpoint = api.get(u"/v1/audit/checkpoint"_s, t.kim.access); // the global one
    QCOMPARE(checkpoint.status, 200);
    m_checkpointSeq = checkpoint.json()[u"seq"_s].toInteger();
    // The tail: about bob only, after every checkpoint.
    const HttpResult bobGrant = api.act("POST", u"/v1/staff/grants"_s, t.sam.access,
                                        {{u"account_id"_s, u"C-1002"_s}, {u"reason"_s, u"security_fraud"_s},
                                         {u"ticket"_s, u"T-10"_s}, {u"justification"_s, u"Logins from two countries."_s},
                                         {u"categories"_s, QJsonArray{u"devices"_s}}});
    QCOMPARE(bobGrant.status, 201);
    QCOMPARE(api.get(u"/v1/staff/grants/"_s + bobGrant.json()[u"id"_s].toString() + u"/devices"_s, t.sam.access).status,
             200);
    provider.stop();
    const CliResult head = audit({u"head"_s, u"--data"_s, m_activity.path()});
    QCOMPARE(head.exitCode, 0);
    m_head = head.out.trimmed();
    QVERIFY(m_head.section(u':', 0, 0).toLongLong() >= m_checkpointSeq + 2);
    m_middle = valueOf(m_activity.path(), u"SELECT seq FROM audit_log WHERE account_id='C-1001' AND action='viewed' "
                                          "ORDER BY seq LIMIT 1"_s)
                   .toLongLong();
    QVERIFY(m_middle > 2 && m_middle < m_checkpointSeq);
}

void TestProviderAudit::tamperedCopiesAreDetected_data()
{
    QTest::addColumn<QStringList>("tamper");    // statements on the copy; "RECHAIN" recomputes both chains
    QTest::addColumn<bool>("expectHead");       // verify with --expect-head <the untouched head>
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    if (m_head.isEmpty()) {
        makeActivity();
        QVERIFY(!m_head.isEmpty());
    }
    const QString k = QString::number(m_middle);
    const QString next = QString::number(m_middle + 1);
    QTest::newRow("untouched") << QStringList() << false << 0 << u"intact"_s;
    QTest::newRow("untouched, expected head") << QStringList() << true << 0 << u"intact"_s;
    QTest::newRow("a field changed") << dropTriggers + QStringList{u"UPDATE audit_log SET details='{\"view\":\"cookies\"}' WHERE seq="_s + k}
                                     << false << 1 << u"entry "_s + k + u" ("_s;
    QTest::newRow("the actor changed") << dropTriggers + QStringList{u"UPDATE audit_log SET actor='C-9002' WHERE seq="_s + k}
                                       << false << 1 << u"was changed after it was written"_s;
    QTest::newRow("a field only the customer's chain covers")
        << dropTriggers + QStringList{u"UPDATE audit_log SET grant_minutes=5 WHERE seq="_s + k} << false << 1
        << u"customer C-1001's own log"_s;
    QTest::newRow("one deleted") << dropTriggers + QStringList{u"DELETE FROM audit_log WHERE seq="_s + k} << false << 1
                                 << u"entry "_s + k + u" is missing"_s;
    QTest::newRow("two swapped") << dropTriggers + QStringList{u"UPDATE audit_log SET seq=-1 WHERE seq="_s + k,
                                                               u"UPDATE audit_log SET seq="_s + k + u" WHERE seq="_s + next,
                                                               u"UPDATE audit_log SET seq="_s + next + u" WHERE seq=-1"_s}
                                 << false << 1 << u"entry "_s + k;
    QTest::newRow("one inserted")
        << dropTriggers + QStringList{u"UPDATE audit_log SET seq=-seq WHERE seq>="_s + k,
                                      u"UPDATE audit_log SET seq=1-seq WHERE seq<0"_s,
                                      u"INSERT INTO audit_log(seq, at, actor, actor_pseudonym, actor_role, action, categories, "
                                      "details, prev_hash, hash) SELECT "_s + k + u", at, actor, actor_pseudonym, actor_role, "
                                      "'viewed', '[]', '{}', hash, hash FROM audit_log WHERE seq="_s + QString::number(m_middle - 1)}
        << false << 1 << u"entry "_s + k;
    const QString tail = QString::number(m_checkpointSeq + 1);
    // Without a head seen earlier, a cut after the last checkpoint leaves a shorter, consistent log:
    // that is what --expect-head (and the customers' apps keeping their checkpoints) are for.
    QTest::newRow("tail cut after the last checkpoint, nothing to compare")
        << dropTriggers + QStringList{u"DELETE FROM audit_log WHERE seq>="_s + tail} << false << 0 << u"intact"_s;
    QTest::newRow("tail cut after the last checkpoint, head known")
        << dropTriggers + QStringList{u"DELETE FROM audit_log WHERE seq>="_s + tail} << true << 1
        << u"removed from the end"_s;
    QTest::newRow("tail cut through a checkpoint")
        << dropTriggers + QStringList{u"DELETE FROM audit_log WHERE seq>="_s + QString::number(m_checkpointSeq - 1)} << false
        << 1 << u"covers entries the log no longer has"_s;
    QTest::newRow("changed and every hash recomputed")
        << dropTriggers + QStringList{u"UPDATE audit_log SET action='request_viewed' WHERE seq="_s + k, u"RECHAIN"_s}
        << false << 1 << u"the log was rewritten"_s;
    QTest::newRow("tail rewritten after the checkpoint, head known")
        << dropTriggers + QStringList{u"UPDATE audit_log SET ticket='T-0' WHERE seq="_s + QString::number(m_checkpointSeq + 2),
                                      u"RECHAIN"_s}
        << true << 1 << u"rewritten"_s;
}

void TestProviderAudit::tamperedCopiesAreDetected()
{
    QFETCH(QStringList, tamper);
    QFETCH(bool, expectHead);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString copy = m_activity.path() + u"-copy-"_s + QString::number(++m_copies);
    QVERIFY(copyDir(m_activity.path(), copy));
    QStringList statements;
    for (const QString &s : tamper) {
        if (s == u"RECHAIN") {
            QVERIFY(runSql(copy, statements));
            statements = rechainStatements(copy);
            QVERIFY(!statements.isEmpty());
        } else {
            statements << s;
        }
    }
    QString error;
    QVERIFY2(runSql(copy, statements, &error), qPrintable(error));
    QStringList args{u"verify"_s, u"--data"_s, copy};
    if (expectHead)
        args << u"--expect-head"_s << m_head;
    const CliResult r = audit(args);
    QDir(copy).removeRecursively();
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(says), qPrintable(r.out));
    if (exitCode == 1)
        QVERIFY(r.out.startsWith(u"The audit log is NOT intact: "_s));
}

QTEST_GUILESS_MAIN(TestProviderAudit)
#include "tst_provider_audit.moc"
