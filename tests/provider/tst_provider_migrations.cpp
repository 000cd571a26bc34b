// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's schema lives in numbered migrations (PRAGMA user_version). A data directory made
// by an older provider must start, keep its data and reach the latest version: providers before
// version 2 created the "act on your data" tables outside the migrations while staying at version 1,
// and providers before those tables existed had only version 1's. Both are built here from copies of
// the statements those providers ran, then the real provider is started on them.
#include "ActionsTestSupport.h"
#include "SqlTestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

// Version 1 as every provider so far created it (ProviderDb::migrate, one transaction).
const QStringList version1Schema{
    u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE accounts(id INTEGER PRIMARY KEY, account_id TEXT NOT NULL UNIQUE, "
    "username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL, "
    "policy_version_accepted TEXT NOT NULL, password_hash TEXT NOT NULL, password_changed_at INTEGER NOT NULL)"_s,
    u"CREATE TABLE personal_fields(account INTEGER NOT NULL REFERENCES accounts(id), key TEXT NOT NULL, "
    "position INTEGER NOT NULL, value TEXT NOT NULL, editable INTEGER NOT NULL, purpose TEXT NOT NULL, "
    "legal_basis TEXT NOT NULL, source TEXT NOT NULL, retention TEXT NOT NULL, updated_at INTEGER NOT NULL, "
    "PRIMARY KEY(account, key))"_s,
    u"CREATE TABLE documents(account INTEGER NOT NULL REFERENCES accounts(id), collection TEXT NOT NULL, "
    "position INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY(account, collection, position))"_s,
    u"CREATE TABLE server_events(account INTEGER NOT NULL, id INTEGER NOT NULL, server_id TEXT NOT NULL, "
    "server_name TEXT NOT NULL, login_at INTEGER NOT NULL, duration_s INTEGER NOT NULL, "
    "traffic_bytes INTEGER NOT NULL, cpu_pct REAL NOT NULL, memory_bytes INTEGER NOT NULL, "
    "disk_bytes INTEGER NOT NULL, PRIMARY KEY(account, id)) WITHOUT ROWID"_s,
    u"CREATE TABLE domain_events(account INTEGER NOT NULL, id INTEGER NOT NULL, domain TEXT NOT NULL, "
    "kind TEXT NOT NULL, at INTEGER NOT NULL, details TEXT NOT NULL, PRIMARY KEY(account, id)) WITHOUT ROWID"_s,
    u"CREATE TABLE auth_codes(code_hash TEXT PRIMARY KEY, account INTEGER NOT NULL REFERENCES accounts(id), "
    "client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, challenge TEXT NOT NULL, expires_at INTEGER NOT NULL, "
    "used INTEGER NOT NULL DEFAULT 0, family TEXT)"_s,
    u"CREATE TABLE token_families(id TEXT PRIMARY KEY, account INTEGER NOT NULL REFERENCES accounts(id), "
    "created_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE tokens(hash TEXT PRIMARY KEY, kind TEXT NOT NULL, family TEXT NOT NULL REFERENCES token_families(id), "
    "account INTEGER NOT NULL REFERENCES accounts(id), expires_at INTEGER NOT NULL, "
    "used INTEGER NOT NULL DEFAULT 0, revoked INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX tokens_by_family ON tokens(family)"_s,
    u"PRAGMA user_version=1"_s,
};

// What ActionsDb::ensureSchema then ran on every start, leaving user_version at 1.
const QStringList actionsSchemaOutsideMigrations{
    u"CREATE TABLE IF NOT EXISTS idempotency(account INTEGER NOT NULL REFERENCES accounts(id), key TEXT NOT NULL, "
    "method TEXT NOT NULL, path TEXT NOT NULL, fingerprint TEXT NOT NULL, "
    "state TEXT NOT NULL CHECK(state IN ('in_progress','done')), created_at INTEGER NOT NULL, "
    "completed_at INTEGER, status INTEGER, content_type BLOB, body BLOB, headers BLOB, PRIMARY KEY(account, key))"_s,
    u"CREATE TABLE IF NOT EXISTS attachments(id TEXT PRIMARY KEY, account INTEGER NOT NULL REFERENCES accounts(id), "
    "content_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, filename TEXT NOT NULL, "
    "data BLOB NOT NULL, created_at INTEGER NOT NULL)"_s,
    u"CREATE INDEX IF NOT EXISTS attachments_by_account ON attachments(account)"_s,
    u"CREATE TABLE IF NOT EXISTS requests(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
    "account INTEGER NOT NULL REFERENCES accounts(id), type TEXT NOT NULL, status TEXT NOT NULL, "
    "received_at INTEGER NOT NULL, due_at INTEGER NOT NULL, extended_due_at INTEGER, extension_reason TEXT, "
    "status_reason TEXT, summary TEXT NOT NULL, retained TEXT, history TEXT NOT NULL, "
    "export_ready INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL)"_s,
    u"CREATE INDEX IF NOT EXISTS requests_by_account ON requests(account, seq)"_s,
    u"CREATE TABLE IF NOT EXISTS field_updates(seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "account INTEGER NOT NULL REFERENCES accounts(id), key TEXT NOT NULL, old_value TEXT NOT NULL, "
    "new_value TEXT NOT NULL, at INTEGER NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS consents(account INTEGER NOT NULL REFERENCES accounts(id), purpose TEXT NOT NULL, "
    "granted INTEGER NOT NULL, changed_at INTEGER, PRIMARY KEY(account, purpose))"_s,
    u"CREATE TABLE IF NOT EXISTS consent_receipts(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
    "account INTEGER NOT NULL REFERENCES accounts(id), purpose TEXT NOT NULL, granted INTEGER NOT NULL, "
    "at INTEGER NOT NULL, policy_version TEXT NOT NULL)"_s,
    u"CREATE INDEX IF NOT EXISTS receipts_by_account ON consent_receipts(account, seq)"_s,
};

// A customer as the old provider stored them, with one row in every table that has an account.
const QString oldRequest = u"R-0LD001"_s;
const QStringList oldAccount{
    u"INSERT INTO accounts VALUES(100, 'C-0100', 'olduser', 'Old User', 'customer', '2025-05-14', 'none', 0)"_s,
    u"INSERT INTO personal_fields VALUES(100, 'email', 0, 'old@example.hk', 1, '[\"contact\"]', 'contract', "
    "'you', 'P3Y', 1700000000000)"_s,
};
const QStringList oldActions{
    u"INSERT INTO requests(id, account, type, status, received_at, due_at, summary, history, updated_at) "
    "VALUES('R-0LD001', 100, 'complaint', 'received', 1700000000000, 1702592000000, "
    "'{\"type\":\"complaint\",\"kind\":\"suggestion\",\"subject\":\"Kept\",\"message\":\"Still here.\"}', "
    "'[{\"status\":\"received\",\"at\":\"2023-11-14T22:13:20Z\",\"note\":null}]', 1700000000000)"_s,
    u"INSERT INTO field_updates(account, key, old_value, new_value, at) "
    "VALUES(100, 'email', 'older@example.hk', 'old@example.hk', 1700000000000)"_s,
    u"INSERT INTO consents VALUES(100, 'marketing', 1, 1700000000000)"_s,
    u"INSERT INTO consent_receipts(id, account, purpose, granted, at, policy_version) "
    "VALUES('CR-0LD001', 100, 'marketing', 1, 1700000000000, '2025-05-14')"_s,
    u"INSERT INTO attachments VALUES('att-0ld', 100, 'application/pdf', 5, 'x', 'old.pdf', X'255044462D', 1700000000000)"_s,
    // Made now: records older than a day are purged at start (kIdempotencyRetentionHours).
    u"INSERT INTO idempotency(account, key, method, path, fingerprint, state, created_at, completed_at, status) "
    "VALUES(100, '00000000-0000-4000-8000-000000000001', 'POST', '/v1/me/requests', 'x', 'done', "
    "CAST(strftime('%s', 'now') AS INTEGER) * 1000, CAST(strftime('%s', 'now') AS INTEGER) * 1000, 201)"_s,
};

/// Runs `statements` on DIR/provider.sqlite, in one transaction as the old provider did.
bool runOn(const QString &dir, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-provider"_s);
        db.setDatabaseName(dir + u"/provider.sqlite"_s);
        ok = db.open() && db.transaction();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(s)) {
                qWarning("%s in: %s", qPrintable(q.lastError().text()), qPrintable(s));
                ok = false;
            }
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-provider"_s);
    return ok;
}


/// Every table and index as SQLite keeps them (it drops "IF NOT EXISTS" from the stored text).
QString schemaOf(const QString &dir)
{
    return valueOf(dir, u"SELECT group_concat(type || ' ' || name || ': ' || sql, char(10)) FROM "
                        "(SELECT * FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name)"_s)
        .toString();
}

} // namespace

class TestProviderMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionTablesMadeOutsideMigrations();
    void versionOneWithoutActionTables();

private:
    /// Starts the provider on `dir` (as an old data directory would be started after an update),
    /// checks that it works there, stops it; the schema must then be a fresh directory's.
    void startsAndReachesLatest(const QString &dir);

    QString m_freshSchema;
    int m_latestVersion = 0;
};

void TestProviderMigrations::initTestCase()
{
    QTemporaryDir fresh;
    QVERIFY(fresh.isValid());
    LaunchedProvider provider;
    QVERIFY(provider.start(fresh.path(), {u"--scale"_s, u"10"_s}));
    provider.stop();
    m_freshSchema = schemaOf(fresh.path());
    m_latestVersion = valueOf(fresh.path(), u"PRAGMA user_version"_s).toInt();
    // Version 2 put the tables made outside the migrations into them.
    QVERIFY2(m_latestVersion >= 2, qPrintable(QString::number(m_latestVersion)));
    for (const char *table : {"idempotency", "attachments", "requests", "field_updates", "consents", "consent_receipts"})
        QVERIFY2(m_freshSchema.contains(u"table "_s + QLatin1String(table) + u':'), table);
}

void TestProviderMigrations::actionTablesMadeOutsideMigrations()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(runOn(dir.path(), version1Schema));
    QVERIFY(runOn(dir.path(), actionsSchemaOutsideMigrations + oldAccount + oldActions));
    QCOMPARE(valueOf(dir.path(), u"PRAGMA user_version"_s).toInt(), 1);

    startsAndReachesLatest(dir.path());
    if (QTest::currentTestFailed())
        return;
    // The old rows are all still there, and the old request is served as it was.
    LaunchedProvider provider;
    QVERIFY(provider.start(dir.path(), {u"--scale"_s, u"10"_s, u"--test-hooks"_s}));
    ApiClient api(provider.url());
    const HttpResult effects = api.get(u"/test/effects?account=olduser"_s, {});
    QCOMPARE(effects.status, 200);
    QCOMPARE(effects.json(), (QJsonObject{{u"requests"_s, 1}, {u"field_updates"_s, 1}, {u"consent_changes"_s, 1},
                                          {u"attachments"_s, 1}, {u"replays"_s, 0}}));
    const HttpResult moved = api.call("POST", u"/test/requests/"_s + oldRequest + u"/status?status=in_review"_s, {});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(u"summary"_s).toObject().value(u"subject"_s).toString(), u"Kept"_s);
    QCOMPARE(moved.json().value(u"received_at"_s).toString(), u"2023-11-14T22:13:20Z"_s);
    provider.stop();
    QCOMPARE(valueOf(dir.path(), u"SELECT COUNT(*) FROM idempotency WHERE account=100"_s).toInt(), 1);
    QCOMPARE(valueOf(dir.path(), u"SELECT value FROM personal_fields WHERE account=100"_s).toString(),
             u"old@example.hk"_s);
}

void TestProviderMigrations::versionOneWithoutActionTables()
{
    // Before the "act on your data" tables existed at all.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(runOn(dir.path(), version1Schema + oldAccount));
    startsAndReachesLatest(dir.path());
    QCOMPARE(valueOf(dir.path(), u"SELECT username FROM accounts WHERE id=100"_s).toString(), u"olduser"_s);
}

void TestProviderMigrations::startsAndReachesLatest(const QString &dir)
{
    LaunchedProvider provider;
    QVERIFY2(provider.start(dir, {u"--scale"_s, u"10"_s}), "the provider does not start on the old data directory");
    // The tables of every version take writes: demo seeding above, a request and a consent here.
    HttpTestClient http(provider.url());
    const Tokens alice = signIn(http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(!alice.access.isEmpty());
    ApiClient api(provider.url());
    QCOMPARE(api.act("POST", u"/v1/me/requests"_s, alice.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}})
                 .status,
             201);
    QCOMPARE(api.act("PUT", u"/v1/me/consents/marketing"_s, alice.access,
                     {{u"granted"_s, true}, {u"policy_version"_s, u"2025-05-14"_s}})
                 .status,
             200);
    // Issue 12's tables: the policy versions are published on the upgraded directory, and can be accepted.
    const HttpResult versions = api.get(u"/v1/policy/versions"_s, {});
    QCOMPARE(versions.json().value(u"items"_s).toArray().size(), 2);
    QCOMPARE(api.act("POST", u"/v1/me/requests"_s, alice.access,
                     {{u"type"_s, u"accept_policy"_s}, {u"policy_version"_s, versions.json().value(u"current"_s)}})
                 .status,
             201);
    QCOMPARE(api.get(u"/v1/me/incidents"_s, alice.access).status, 200);
    provider.stop();
    QCOMPARE(valueOf(dir, u"PRAGMA user_version"_s).toInt(), m_latestVersion);
    QCOMPARE(schemaOf(dir), m_freshSchema);
}

QTEST_GUILESS_MAIN(TestProviderMigrations)
#include "tst_provider_migrations.moc"
