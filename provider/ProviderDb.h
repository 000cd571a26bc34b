// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace pd::provider {

struct Account
{
    qint64 id = 0;                 ///< internal row id; never leaves the server
    QString accountId;             ///< "C-1001"
    QString username;
    QString displayName;
    QString role;                  ///< "customer" | "staff" | "supervisor"
    QString policyVersionAccepted;
    QString passwordHash;
    qint64 passwordChangedAt = 0;  ///< ms since epoch
    QString staffPseudonym;        ///< staff and supervisors: the only name a customer ever sees
    bool askFirst = false;         ///< customers: grants wait for their approval
    qint64 closesAt = 0;           ///< a completed cancellation closes the account then (0: open)
    qint64 erasedAt = 0;           ///< when a completed deletion last removed usage events (0: never)

    bool isStaff() const { return role == u"staff" || role == u"supervisor"; }
    bool isSupervisor() const { return role == u"supervisor"; }
    /// Closed at `nowMs`: sign-in, tokens and refresh are refused.
    bool isClosed(qint64 nowMs) const { return closesAt > 0 && closesAt <= nowMs; }
};

struct TokenRow
{
    QString kind;                  ///< "access" | "refresh"
    QString family;
    qint64 account = 0;
    qint64 expiresAt = 0;
    bool used = false;
    bool revoked = false;          ///< the token or its whole family
    qint64 accountClosesAt = 0;    ///< the account's closes_at (0: open)
};

struct CodeRow
{
    qint64 account = 0;
    QString clientId;
    QString redirectUri;
    QString challenge;
    qint64 expiresAt = 0;
    bool used = false;
    QString family;                ///< tokens issued from this code, once exchanged
};

/// The provider's SQLite database (`DIR/provider.sqlite`, WAL), brought to the latest schema by
/// ProviderMigrations when opened. One connection, used from the main thread only, since
/// QtHttpServer 6.4 runs every handler there. Every per-account query takes the internal account
/// id, so a handler cannot forget to scope by the caller. The repositories (EventsRepository,
/// RequestsRepository, ...) run their statements on this connection.
class ProviderDb
{
public:
    ProviderDb() = default;
    ~ProviderDb();
    ProviderDb(const ProviderDb &) = delete;
    ProviderDb &operator=(const ProviderDb &) = delete;

    bool open(const QString &directory, QString *error);
    QSqlDatabase database() const { return m_db; }
    QString lastError() const { return m_lastError; }

    /// Runs a prepared statement; a failure is logged and kept for lastError().
    bool exec(QSqlQuery &q) const;

    bool begin();
    bool commit();
    void rollback();
    /// Runs `statements` one per exec (QSQLITE's rule), stopping at the first that fails.
    bool execScript(const QStringList &statements);

    /// How many rows of `table` belong to `account` (-1 when the database fails); for tables
    /// with an `account` column, named by the repository that owns them.
    qint64 countForAccount(const QString &table, qint64 account) const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    /// Key for cursor HMACs; created at first open, kept so cursors survive restarts.
    QByteArray cursorKey() const { return m_cursorKey; }

    std::optional<Account> accountByUsername(const QString &username) const;
    std::optional<Account> accountById(qint64 id) const;
    /// By the account id people see ("C-1001").
    std::optional<Account> accountByAccountId(const QString &accountId) const;
    std::optional<qint64> insertAccount(const Account &account);

    /// Personal fields in display order, as the API's JSON objects. Restricted fields (kept by law
    /// after a deletion) are not among them, nor among documents().
    QJsonArray personalFields(qint64 account) const;
    bool insertPersonalField(qint64 account, int position, const QJsonObject &field, qint64 updatedAt);
    /// A new value for an existing field; `source` says who gave it ("you": the customer).
    bool updatePersonalField(qint64 account, const QString &key, const QString &value, const QString &source,
                             qint64 updatedAt);
    /// Small per-account JSON documents (payment methods, devices, cookies), in order.
    QJsonArray documents(qint64 account, const QString &collection) const;
    bool insertDocument(qint64 account, const QString &collection, int position, const QJsonObject &body);

    // OAuth. Tokens and codes are stored only as SHA-256 hashes.
    bool insertCode(const QString &codeHash, const CodeRow &row);
    std::optional<CodeRow> code(const QString &codeHash) const;
    bool markCodeUsed(const QString &codeHash, const QString &family);
    bool insertFamily(const QString &family, qint64 account, qint64 now);
    bool insertToken(const QString &hash, const QString &kind, const QString &family, qint64 account, qint64 expiresAt);
    std::optional<TokenRow> token(const QString &hash) const;
    bool markTokenUsed(const QString &hash);
    bool revokeToken(const QString &hash);
    bool revokeFamily(const QString &family);

private:
    /// The account whose `column` (a unique one: id, account_id, username) is `value`.
    std::optional<Account> accountWhere(const QString &column, const QVariant &value) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QByteArray m_cursorKey;
    mutable QString m_lastError;
};

} // namespace pd::provider
