// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderDb.h"

#include "Crypto.h"
#include "ProviderMigrations.h"
#include "Rfc3339.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

ProviderDb::~ProviderDb()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ProviderDb::exec(QSqlQuery &q) const
{
    if (q.exec())
        return true;
    m_lastError = q.lastError().text() + u" in: "_s + q.lastQuery();
    qWarning("provider db: %s", qPrintable(m_lastError));
    return false;
}

bool ProviderDb::execScript(const QStringList &statements)
{
    for (const QString &s : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(s)) {
            m_lastError = q.lastError().text() + u" in: "_s + s;
            return false;
        }
    }
    return true;
}

bool ProviderDb::open(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = u"cannot create data directory "_s + directory;
        return false;
    }
    // Owner only, also for a directory or database an older provider made 0755/0644 (main sets the
    // umask for what is made from now on).
    constexpr auto ownerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
        | QFile::WriteUser | QFile::ExeUser;
    constexpr auto ownerFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    if (!QFile::setPermissions(directory, ownerDir)) {
        *error = u"cannot make the data directory private: "_s + directory;
        return false;
    }
    m_connectionName = u"provider-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(QDir(directory).filePath(u"provider.sqlite"_s));
    // A second writer (a test restarting quickly) waits instead of failing.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    // Per connection and outside any transaction, as SQLite requires.
    if (!execScript({u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s})) {
        *error = m_lastError;
        return false;
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        const QString file = QDir(directory).filePath(u"provider.sqlite"_s + suffix);
        if (QFile::exists(file) && !QFile::setPermissions(file, ownerFile)) {
            *error = u"cannot make "_s + file + u" private"_s;
            return false;
        }
    }
    if (!ProviderMigrations::run(*this, error))
        return false;
    QString key = meta(u"cursor_key"_s);
    if (key.isEmpty()) {
        key = QString::fromLatin1(Crypto::randomBytes(32).toBase64());
        if (!setMeta(u"cursor_key"_s, key)) {
            *error = m_lastError;
            return false;
        }
    }
    m_cursorKey = QByteArray::fromBase64(key.toLatin1());
    return true;
}

bool ProviderDb::begin()
{
    if (m_db.transaction())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

bool ProviderDb::commit()
{
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

void ProviderDb::rollback()
{
    m_db.rollback();
}

qint64 ProviderDb::countForAccount(const QString &table, qint64 account) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM "_s + table + u" WHERE account=?"_s);
    q.addBindValue(account);
    return exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

QString ProviderDb::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key=?"_s);
    q.addBindValue(key);
    if (exec(q) && q.next())
        return q.value(0).toString();
    return {};
}

bool ProviderDb::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

static Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.accountId = q.value(1).toString();
    a.username = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.role = q.value(4).toString();
    a.policyVersionAccepted = q.value(5).toString();
    a.passwordHash = q.value(6).toString();
    a.passwordChangedAt = q.value(7).toLongLong();
    a.staffPseudonym = q.value(8).isNull() ? QString() : q.value(8).toString();
    a.askFirst = q.value(9).toBool();
    a.closesAt = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    a.erasedAt = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    return a;
}

static const QString accountColumns = u"SELECT id, account_id, username, display_name, role, "
                                      "policy_version_accepted, password_hash, password_changed_at, staff_pseudonym, "
                                      "ask_first, closes_at, erased_at FROM accounts "_s;

std::optional<Account> ProviderDb::accountWhere(const QString &column, const QVariant &value) const
{
    QSqlQuery q(m_db);
    q.prepare(accountColumns + u"WHERE "_s + column + u"=?"_s);
    q.addBindValue(value);
    if (exec(q) && q.next())
        return accountFrom(q);
    return std::nullopt;
}

std::optional<Account> ProviderDb::accountByUsername(const QString &username) const
{
    return accountWhere(u"username"_s, username);
}

std::optional<Account> ProviderDb::accountById(qint64 id) const
{
    return accountWhere(u"id"_s, id);
}

std::optional<Account> ProviderDb::accountByAccountId(const QString &accountId) const
{
    return accountWhere(u"account_id"_s, accountId);
}

std::optional<qint64> ProviderDb::insertAccount(const Account &a)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO accounts(account_id, username, display_name, role, policy_version_accepted, "
              "password_hash, password_changed_at, staff_pseudonym, ask_first) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant pseudonym = a.staffPseudonym.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                          : QVariant(a.staffPseudonym);
    for (const QVariant &v : {QVariant(a.accountId), QVariant(a.username), QVariant(a.displayName), QVariant(a.role),
                              QVariant(a.policyVersionAccepted), QVariant(a.passwordHash),
                              QVariant(a.passwordChangedAt), pseudonym, QVariant(a.askFirst ? 1 : 0)})
        q.addBindValue(v);
    if (!exec(q))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

QJsonArray ProviderDb::personalFields(qint64 account) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT key, value, editable, purpose, legal_basis, source, retention, updated_at "
              "FROM personal_fields WHERE account=? AND restricted_until IS NULL ORDER BY position"_s);
    q.addBindValue(account);
    QJsonArray out;
    if (!exec(q))
        return out;
    while (q.next()) {
        out.append(QJsonObject{
            {u"key"_s, q.value(0).toString()},
            {u"value"_s, q.value(1).toString()},
            {u"editable"_s, q.value(2).toBool()},
            {u"purpose"_s, parseArray(q.value(3).toString())},
            {u"legal_basis"_s, q.value(4).toString()},
            {u"source"_s, q.value(5).toString()},
            {u"retention"_s, q.value(6).toString()},
            {u"updated_at"_s, isoUtc(q.value(7).toLongLong())},
        });
    }
    return out;
}

bool ProviderDb::insertPersonalField(qint64 account, int position, const QJsonObject &f, qint64 updatedAt)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO personal_fields(account, key, position, value, editable, purpose, legal_basis, source, "
              "retention, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(account);
    q.addBindValue(f.value(u"key"_s).toString());
    q.addBindValue(position);
    q.addBindValue(f.value(u"value"_s).toString());
    q.addBindValue(f.value(u"editable"_s).toBool() ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(f.value(u"purpose"_s).toArray()).toJson(QJsonDocument::Compact)));
    q.addBindValue(f.value(u"legal_basis"_s).toString());
    q.addBindValue(f.value(u"source"_s).toString());
    q.addBindValue(f.value(u"retention"_s).toString());
    q.addBindValue(updatedAt);
    return exec(q);
}

bool ProviderDb::updatePersonalField(qint64 account, const QString &key, const QString &value, const QString &source,
                                     qint64 updatedAt)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE personal_fields SET value=?, updated_at=?, source=? WHERE account=? AND key=?"_s);
    q.addBindValue(value);
    q.addBindValue(updatedAt);
    q.addBindValue(source);
    q.addBindValue(account);
    q.addBindValue(key);
    return exec(q);
}

QJsonArray ProviderDb::documents(qint64 account, const QString &collection) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT body FROM documents WHERE account=? AND collection=? AND restricted_until IS NULL "
              "ORDER BY position"_s);
    q.addBindValue(account);
    q.addBindValue(collection);
    QJsonArray out;
    if (!exec(q))
        return out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return out;
}

bool ProviderDb::insertDocument(qint64 account, const QString &collection, int position, const QJsonObject &body)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO documents(account, collection, position, body) VALUES(?, ?, ?, ?)"_s);
    q.addBindValue(account);
    q.addBindValue(collection);
    q.addBindValue(position);
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    return exec(q);
}

bool ProviderDb::insertCode(const QString &codeHash, const CodeRow &row)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO auth_codes(code_hash, account, client_id, redirect_uri, challenge, expires_at) "
              "VALUES(?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(codeHash);
    q.addBindValue(row.account);
    q.addBindValue(row.clientId);
    q.addBindValue(row.redirectUri);
    q.addBindValue(row.challenge);
    q.addBindValue(row.expiresAt);
    return exec(q);
}

std::optional<CodeRow> ProviderDb::code(const QString &codeHash) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT account, client_id, redirect_uri, challenge, expires_at, used, COALESCE(family, '') "
              "FROM auth_codes WHERE code_hash=?"_s);
    q.addBindValue(codeHash);
    if (!exec(q) || !q.next())
        return std::nullopt;
    CodeRow r;
    r.account = q.value(0).toLongLong();
    r.clientId = q.value(1).toString();
    r.redirectUri = q.value(2).toString();
    r.challenge = q.value(3).toString();
    r.expiresAt = q.value(4).toLongLong();
    r.used = q.value(5).toBool();
    r.family = q.value(6).toString();
    return r;
}

bool ProviderDb::markCodeUsed(const QString &codeHash, const QString &family)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE auth_codes SET used=1, family=? WHERE code_hash=?"_s);
    q.addBindValue(family);
    q.addBindValue(codeHash);
    return exec(q);
}

bool ProviderDb::insertFamily(const QString &family, qint64 account, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO token_families(id, account, created_at) VALUES(?, ?, ?)"_s);
    q.addBindValue(family);
    q.addBindValue(account);
    q.addBindValue(now);
    return exec(q);
}

bool ProviderDb::insertToken(const QString &hash, const QString &kind, const QString &family, qint64 account,
                             qint64 expiresAt)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO tokens(hash, kind, family, account, expires_at) VALUES(?, ?, ?, ?, ?)"_s);
    q.addBindValue(hash);
    q.addBindValue(kind);
    q.addBindValue(family);
    q.addBindValue(account);
    q.addBindValue(expiresAt);
    return exec(q);
}

std::optional<TokenRow> ProviderDb::token(const QString &hash) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT t.kind, t.family, t.account, t.expires_at, t.used, (t.revoked OR f.revoked), "
              "COALESCE(a.closes_at, 0) FROM tokens t JOIN token_families f ON f.id = t.family "
              "JOIN accounts a ON a.id = t.account WHERE t.hash=?"_s);
    q.addBindValue(hash);
    if (!exec(q) || !q.next())
        return std::nullopt;
    TokenRow r;
    r.kind = q.value(0).toString();
    r.family = q.value(1).toString();
    r.account = q.value(2).toLongLong();
    r.expiresAt = q.value(3).toLongLong();
    r.used = q.value(4).toBool();
    r.revoked = q.value(5).toBool();
    r.accountClosesAt = q.value(6).toLongLong();
    return r;
}

bool ProviderDb::markTokenUsed(const QString &hash)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE tokens SET used=1 WHERE hash=?"_s);
    q.addBindValue(hash);
    return exec(q);
}

bool ProviderDb::revokeToken(const QString &hash)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE tokens SET revoked=1 WHERE hash=?"_s);
    q.addBindValue(hash);
    return exec(q);
}

bool ProviderDb::revokeFamily(const QString &family)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE token_families SET revoked=1 WHERE id=?"_s);
    q.addBindValue(family);
    if (!exec(q))
        return false;
    QSqlQuery t(m_db);
    t.prepare(u"UPDATE tokens SET revoked=1 WHERE family=?"_s);
    t.addBindValue(family);
    return exec(t);
}

} // namespace pd::provider
