// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsDb.h"

#include "ProviderDb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace pd::provider {

using namespace Qt::StringLiterals;

bool ActionsDb::ensureSchema(ProviderDb &db, QString *error)
{
    const QStringList statements{
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
    if (!db.begin()) {
        *error = db.lastError();
        return false;
    }
    for (const QString &s : statements) {
        QSqlQuery q(db.database());
        if (!q.exec(s)) {
            *error = q.lastError().text() + u" in: "_s + s;
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

} // namespace pd::provider
