// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderMigrations.h"

#include "ProviderDb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

struct Step
{
    int version;
    QStringList statements; ///< QSQLITE runs one statement per exec
};

const std::vector<Step> &steps()
{
    static const std::vector<Step> all{
        {1, {
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
            // WITHOUT ROWID: the (account, id) key is the table's own order, so a page is one range scan.
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
        }},
        // "Act on your data": idempotency outcomes, attachments, requests, the field update log,
        // consents and receipts. Providers before this step created exactly these tables outside the
        // migrations while staying at version 1, so "IF NOT EXISTS" (here only): on their data
        // directories this step finds the tables and just records the version.
        {2, {
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
        }},
        // Staff (issue 9, docs/api/staff.md): roles and pseudonyms, "ask me first", accounts closing
        // after a cancellation, data restricted instead of deleted, request messages, assignees and
        // rejections, access grants, the refusal log, and the audit log with its signed checkpoints.
        // The logs are append-only: triggers refuse UPDATE and DELETE on them.
        {3, {
            u"ALTER TABLE accounts ADD COLUMN staff_pseudonym TEXT"_s,
            u"ALTER TABLE accounts ADD COLUMN ask_first INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE accounts ADD COLUMN closes_at INTEGER"_s,
            // Restricted rows (kept by law after a deletion) are hidden from every normal read and
            // deleted once the time passes.
            u"ALTER TABLE personal_fields ADD COLUMN restricted_until INTEGER"_s,
            u"ALTER TABLE documents ADD COLUMN restricted_until INTEGER"_s,
            u"ALTER TABLE server_events ADD COLUMN restricted_until INTEGER"_s,
            u"ALTER TABLE domain_events ADD COLUMN restricted_until INTEGER"_s,
            u"ALTER TABLE requests ADD COLUMN assignee INTEGER REFERENCES accounts(id)"_s,
            u"ALTER TABLE requests ADD COLUMN messages TEXT NOT NULL DEFAULT '[]'"_s,
            u"ALTER TABLE requests ADD COLUMN rejection TEXT"_s,
            u"CREATE TABLE grants(id TEXT PRIMARY KEY, account INTEGER NOT NULL REFERENCES accounts(id), "
            "staff INTEGER NOT NULL REFERENCES accounts(id), reason TEXT NOT NULL, ticket TEXT NOT NULL, "
            "justification TEXT NOT NULL, categories TEXT NOT NULL, minutes INTEGER NOT NULL, "
            "status TEXT NOT NULL CHECK(status IN ('pending','active','declined','expired','ended')), "
            "requested_at INTEGER NOT NULL, decided_at INTEGER, expires_at INTEGER, ended_at INTEGER)"_s,
            u"CREATE INDEX grants_by_staff ON grants(staff, requested_at)"_s,
            u"CREATE INDEX grants_by_account ON grants(account, requested_at)"_s,
            u"CREATE INDEX grants_by_status ON grants(status)"_s,
            u"CREATE TABLE refusal_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT NOT NULL, "
            "account INTEGER NOT NULL REFERENCES accounts(id), type TEXT NOT NULL, received_at INTEGER NOT NULL, "
            "rejected_at INTEGER NOT NULL, staff TEXT NOT NULL, reason_code TEXT NOT NULL, reason_text TEXT NOT NULL)"_s,
            u"CREATE TRIGGER refusal_log_no_update BEFORE UPDATE ON refusal_log "
            "BEGIN SELECT RAISE(ABORT, 'the refusal log is append-only'); END"_s,
            u"CREATE TRIGGER refusal_log_no_delete BEFORE DELETE ON refusal_log "
            "BEGIN SELECT RAISE(ABORT, 'the refusal log is append-only'); END"_s,
            // The columns of the global entry (docs/api/staff.md), then the customer's chain: the
            // entry's place in it and what only the customer's view shows.
            u"CREATE TABLE audit_log(seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, "
            "actor_pseudonym TEXT, actor_role TEXT NOT NULL, action TEXT NOT NULL, account_id TEXT, grant_id TEXT, "
            "reason TEXT, ticket TEXT, categories TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, "
            "hash TEXT NOT NULL, account_seq INTEGER, staff_pseudonym TEXT, grant_minutes INTEGER, "
            "account_prev_hash TEXT, account_hash TEXT)"_s,
            u"CREATE UNIQUE INDEX audit_by_account ON audit_log(account_id, account_seq)"_s,
            u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
            u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"_s,
            // account_id NULL: a checkpoint of the global chain; else of that customer's chain.
            u"CREATE TABLE audit_checkpoints(id INTEGER PRIMARY KEY, account_id TEXT, seq INTEGER NOT NULL, "
            "head TEXT NOT NULL, at INTEGER NOT NULL, key_id TEXT NOT NULL, signature TEXT NOT NULL)"_s,
            u"CREATE INDEX audit_checkpoints_by_account ON audit_checkpoints(account_id, id)"_s,
            u"CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints "
            "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END"_s,
            u"CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints "
            "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END"_s,
        }},
        // When the customer's usage events were last deleted by a completed deletion request: /v1/me
        // says so, and a client that fetches usage page by page from a cursor starts again from the
        // beginning instead of keeping what is gone.
        {4, {
            u"ALTER TABLE accounts ADD COLUMN erased_at INTEGER"_s,
        }},
        // Issue 12: which policy versions are published (their text is code: PolicyText), the receipts
        // of accept_policy requests, security incidents (shared by the accounts they concern, with
        // their updates) and disclosures to authorities. Texts the provider wrote in three languages
        // are JSON objects {"en", "zh-HK", "zh-CN"}; texts staff typed are {"en"} only and served as written.
        {5, {
            u"CREATE TABLE policy_versions(version TEXT PRIMARY KEY, published_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE policy_acceptances(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
            "account INTEGER NOT NULL REFERENCES accounts(id), policy_version TEXT NOT NULL, at INTEGER NOT NULL, "
            "request_id TEXT NOT NULL)"_s,
            u"CREATE INDEX policy_acceptances_by_account ON policy_acceptances(account, seq)"_s,
            u"CREATE TABLE incidents(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
            "title TEXT NOT NULL, what_happened TEXT NOT NULL, occurred_at INTEGER NOT NULL, "
            "detected_at INTEGER NOT NULL, notified_at INTEGER NOT NULL, categories TEXT NOT NULL, "
            "what_we_did TEXT NOT NULL, advice TEXT NOT NULL, updated_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE incident_accounts(incident TEXT NOT NULL REFERENCES incidents(id), "
            "account INTEGER NOT NULL REFERENCES accounts(id), PRIMARY KEY(account, incident))"_s,
            u"CREATE TABLE incident_updates(seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "incident TEXT NOT NULL REFERENCES incidents(id), at INTEGER NOT NULL, text TEXT NOT NULL)"_s,
            u"CREATE INDEX incident_updates_by_incident ON incident_updates(incident, seq)"_s,
            // notify_after NULL: the customer was told at once; else not before then (the law delayed it).
            u"CREATE TABLE disclosures(seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
            "account INTEGER NOT NULL REFERENCES accounts(id), authority TEXT NOT NULL, legal_basis TEXT NOT NULL, "
            "categories TEXT NOT NULL, disclosed_at INTEGER NOT NULL, reference TEXT NOT NULL, notify_after INTEGER, "
            "created_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX disclosures_by_account ON disclosures(account, seq)"_s,
        }},
    };
    return all;
}

} // namespace

int ProviderMigrations::latestVersion()
{
    return steps().back().version;
}

bool ProviderMigrations::run(ProviderDb &db, QString *error)
{
    QSqlQuery v(db.database());
    if (!v.exec(u"PRAGMA user_version"_s) || !v.next()) {
        *error = v.lastError().text();
        return false;
    }
    const int version = v.value(0).toInt();
    v.finish();
    for (const Step &step : steps()) {
        if (step.version <= version)
            continue;
        // user_version is part of the database header, so it commits (or not) with the step.
        const QStringList statements = step.statements + QStringList{u"PRAGMA user_version="_s + QString::number(step.version)};
        if (!db.begin() || !db.execScript(statements) || !db.commit()) {
            *error = db.lastError();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace pd::provider
