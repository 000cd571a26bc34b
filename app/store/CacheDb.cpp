// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheDb.h"

#include "domain/Codecs.h"
#include "store/SqliteFile.h"
#include "store/UsageSummary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace pd {
namespace {

Error sqlError(const QSqlError &e, const QString &what)
{
    return SqliteFile::sqlError(e, what);
}

qint64 toEpoch(const QDateTime &t) { return t.isValid() ? t.toSecsSinceEpoch() : 0; }
QDateTime fromEpoch(qint64 s) { return s > 0 ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime(); }
/// A time kept in `meta`: seconds since the epoch, empty for none.
QString epochText(const QDateTime &t) { return t.isValid() ? QString::number(toEpoch(t)) : QString(); }
QDateTime timeFromText(const QString &s) { return s.isEmpty() ? QDateTime() : fromEpoch(s.toLongLong()); }

// Migration steps: index i takes the schema from version i to i+1. Append, never edit.
const char *const kSchemaV1[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE personal_fields (position INTEGER NOT NULL, key TEXT PRIMARY KEY, value TEXT NOT NULL,"
        " editable INTEGER NOT NULL, purposes TEXT NOT NULL, legal_basis TEXT NOT NULL, source TEXT NOT NULL,"
        " retention TEXT NOT NULL, updated_at INTEGER NOT NULL)",
        "CREATE TABLE payment_methods (position INTEGER NOT NULL, id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
        " brand TEXT, last4 TEXT, expiry TEXT, platform TEXT, account_masked TEXT, purposes TEXT NOT NULL,"
        " legal_basis TEXT NOT NULL, source TEXT NOT NULL, retention TEXT NOT NULL, updated_at INTEGER NOT NULL)",
        "CREATE TABLE server_events (id INTEGER PRIMARY KEY, server_id TEXT NOT NULL, server_name TEXT NOT NULL,"
        " login_at INTEGER NOT NULL, duration_s INTEGER NOT NULL, traffic_bytes INTEGER NOT NULL,"
        " cpu_pct REAL NOT NULL, memory_bytes INTEGER NOT NULL, disk_bytes INTEGER NOT NULL)",
        "CREATE INDEX server_events_login_at ON server_events(login_at)",
        "CREATE TABLE domain_events (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, kind TEXT NOT NULL,"
        " at INTEGER NOT NULL, details TEXT NOT NULL)",
        "CREATE INDEX domain_events_at ON domain_events(at)",
        "CREATE TABLE devices (position INTEGER NOT NULL, id TEXT PRIMARY KEY, type TEXT NOT NULL, model TEXT NOT NULL,"
        " os TEXT NOT NULL, os_version TEXT NOT NULL, browser TEXT NOT NULL, browser_version TEXT NOT NULL,"
        " identifiers TEXT NOT NULL, ip TEXT NOT NULL, operator TEXT NOT NULL, connection TEXT NOT NULL,"
        " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL)",
        "CREATE TABLE cookies (position INTEGER NOT NULL, id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
        " purpose TEXT NOT NULL, domain TEXT NOT NULL, lifetime_s INTEGER, consent_required INTEGER NOT NULL)",
        "CREATE TABLE purposes (category TEXT NOT NULL, position INTEGER NOT NULL, code TEXT NOT NULL,"
        " legal_basis TEXT NOT NULL, consent_required INTEGER NOT NULL, PRIMARY KEY (category, position))",
        "CREATE TABLE sharing (position INTEGER PRIMARY KEY, recipient TEXT NOT NULL, name TEXT NOT NULL,"
        " categories TEXT NOT NULL, data TEXT NOT NULL, why TEXT NOT NULL)",
        "CREATE TABLE retention (category TEXT PRIMARY KEY, period TEXT NOT NULL, starts TEXT NOT NULL, basis TEXT NOT NULL)",
        nullptr,
};
// v2: consent state per purpose (issue "Act on your data").
const char *const kSchemaV2[] = {
        "CREATE TABLE consents (position INTEGER NOT NULL, purpose TEXT PRIMARY KEY, granted INTEGER NOT NULL,"
        " changed_at INTEGER NOT NULL, affects TEXT NOT NULL)",
        nullptr,
};
// v3: the customer's access log as this app first saw it (raw JSON and hash, never rewritten), what
// the witness found wrong, and the staff access grants (issue 9).
const char *const kSchemaV3[] = {
        "CREATE TABLE access_log (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, raw TEXT NOT NULL, hash TEXT NOT NULL,"
        " first_seen INTEGER NOT NULL)",
        "CREATE TABLE access_warnings (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, seq INTEGER NOT NULL,"
        " detail TEXT NOT NULL DEFAULT '', detected_at INTEGER NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0,"
        " UNIQUE(kind, seq))",
        "CREATE TABLE access_grants (position INTEGER NOT NULL, id TEXT PRIMARY KEY, staff TEXT NOT NULL, reason TEXT NOT NULL,"
        " ticket TEXT NOT NULL, justification TEXT NOT NULL, categories TEXT NOT NULL, minutes INTEGER NOT NULL,"
        " status TEXT NOT NULL, requested_at INTEGER NOT NULL, decided_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)",
        nullptr,
};
// v4: what the provider must tell the customer (issue 12, store/NoticeStore): the current policy in
// each language and the published versions, incidents, disclosures, policy acceptances, and what
// was read on this device (kept apart, so a sync that replaces the notices keeps the marks).
const char *const kSchemaV4[] = {
        "CREATE TABLE policy_documents (language TEXT PRIMARY KEY, version TEXT NOT NULL, body TEXT NOT NULL)",
        "CREATE TABLE policy_versions (position INTEGER PRIMARY KEY, version TEXT NOT NULL, effective TEXT NOT NULL,"
        " published_at INTEGER NOT NULL)",
        // version: what was seen of an incident (its updated_at and number of updates, NoticeStore), 0
        // for a disclosure; a read mark holds the version read.
        "CREATE TABLE incidents (id TEXT PRIMARY KEY, position INTEGER NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL)",
        "CREATE TABLE disclosures (id TEXT PRIMARY KEY, position INTEGER NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL)",
        "CREATE TABLE policy_acceptances (id TEXT PRIMARY KEY, position INTEGER NOT NULL, policy_version TEXT NOT NULL,"
        " at INTEGER NOT NULL, request_id TEXT NOT NULL)",
        "CREATE TABLE notice_reads (kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (kind, id))",
        nullptr,
};
// v5: the server usage summary and what it has not seen yet (issue 13, store/UsageSummary.h). A cache
// that already holds events is marked stale from its first, so the first refresh summarises them all.
const char *const kSchemaV5[] = {
        "CREATE TABLE server_event_texts (key INTEGER PRIMARY KEY, server_id TEXT NOT NULL, server_name TEXT NOT NULL,"
        " n INTEGER NOT NULL, UNIQUE (server_id, server_name))",
        "CREATE TABLE server_event_buckets (bucket INTEGER NOT NULL, text_key INTEGER NOT NULL, n INTEGER NOT NULL,"
        " traffic INTEGER NOT NULL, PRIMARY KEY (bucket, text_key)) WITHOUT ROWID",
        "CREATE INDEX server_event_buckets_text ON server_event_buckets(text_key, bucket)",
        "INSERT OR REPLACE INTO meta(key, value) SELECT 'usage_summary_from', CAST(MIN(login_at) AS TEXT) FROM server_events"
        " HAVING COUNT(*) > 0",
        nullptr,
};
const SqliteFile::Migration kMigrations[] = {kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4, kSchemaV5};
static_assert(std::size(kMigrations) == CacheDb::kSchemaVersion);

} // namespace

CacheDb::CacheDb(std::unique_ptr<SqliteFile> file)
    : m_file(std::move(file))
{
}

CacheDb::~CacheDb() = default;

QString CacheDb::pathFor(const QString &root, const QString &accountId)
{
    return SqliteFile::accountFile(root, QStringLiteral("cache"), accountId);
}

Result<std::unique_ptr<CacheDb>> CacheDb::open(const QString &path)
{
    auto file = SqliteFile::open(path, SqliteFile::Durability::Normal, kMigrations, int(std::size(kMigrations)));
    if (!file)
        return file.error();
    return std::unique_ptr<CacheDb>(new CacheDb(std::move(file).value()));
}

Result<std::unique_ptr<CacheDb>> CacheDb::openInMemory()
{
    auto file = SqliteFile::openInMemory(kMigrations, int(std::size(kMigrations)));
    if (!file)
        return file.error();
    return std::unique_ptr<CacheDb>(new CacheDb(std::move(file).value()));
}

Status CacheDb::remove(const QString &path)
{
    return SqliteFile::remove(path);
}

QSqlDatabase CacheDb::database() const
{
    return m_file->database();
}

QString CacheDb::path() const
{
    return m_file->path();
}

int CacheDb::userVersion() const
{
    return m_file->userVersion();
}

QString CacheDb::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status CacheDb::putMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return SqliteFile::execPrepared(q, QStringLiteral("meta ") + key);
}

namespace {
Status run(QSqlQuery &q, const QString &what)
{
    return SqliteFile::execPrepared(q, what);
}
} // namespace

Status CacheDb::forgetEvents()
{
    return transaction([&](QSqlDatabase &db) -> Status {
        for (const char *sql : {"DELETE FROM server_events", "DELETE FROM domain_events",
                                "DELETE FROM meta WHERE key IN ('servers_cursor', 'domains_cursor')"}) {
            QSqlQuery q(db);
            q.prepare(QLatin1String(sql));
            if (Status s = run(q, QStringLiteral("forget usage")); !s)
                return s;
        }
        return usage::clear(db);
    });
}

Status CacheDb::setMeta(const QString &key, const QString &value)
{
    return transaction([&](QSqlDatabase &db) { return putMeta(db, key, value); });
}

Status CacheDb::storeAccount(const Account &a)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        const std::pair<const char *, QString> kv[] = {{"account_id", a.accountId}, {"username", a.username},
                                                       {"display_name", a.displayName}, {"role", a.role},
                                                       {"policy_version", a.policyVersionAccepted},
                                                       {"staff_pseudonym", a.staffPseudonym},
                                                       {"closes_at", epochText(a.closesAt)},
                                                       {"erased_at", epochText(a.erasedAt)}};
        for (const auto &[k, v] : kv)
            if (Status s = putMeta(db, QLatin1String(k), v); !s)
                return s;
        return okStatus();
    });
}

Result<Account> CacheDb::account() const
{
    Account a;
    a.accountId = meta(QStringLiteral("account_id"));
    if (a.accountId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no account in cache"));
    a.username = meta(QStringLiteral("username"));
    a.displayName = meta(QStringLiteral("display_name"));
    a.role = meta(QStringLiteral("role"));
    a.policyVersionAccepted = meta(QStringLiteral("policy_version"));
    a.staffPseudonym = meta(QStringLiteral("staff_pseudonym"));
    a.closesAt = timeFromText(meta(QStringLiteral("closes_at")));
    a.erasedAt = timeFromText(meta(QStringLiteral("erased_at")));
    return a;
}

QDateTime CacheDb::lastSyncedAt() const
{
    const QString s = meta(QStringLiteral("last_synced_at"));
    return s.isEmpty() ? QDateTime() : fromEpoch(s.toLongLong());
}

Status CacheDb::setLastSyncedAt(const QDateTime &t)
{
    return setMeta(QStringLiteral("last_synced_at"), QString::number(toEpoch(t)));
}

Status CacheDb::replacePersonal(const PersonalData &p, const QString &etag)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM personal_fields")) || !q.exec(QStringLiteral("DELETE FROM payment_methods")))
            return sqlError(q.lastError(), QStringLiteral("clear personal"));
        q.prepare(QStringLiteral("INSERT INTO personal_fields(position, key, value, editable, purposes, legal_basis,"
                                 " source, retention, updated_at) VALUES(?,?,?,?,?,?,?,?,?)"));
        int pos = 0;
        for (const PersonalField &f : p.fields) {
            q.addBindValue(pos++);
            q.addBindValue(f.key);
            q.addBindValue(f.value);
            q.addBindValue(f.editable ? 1 : 0);
            q.addBindValue(f.meta.purposes.join(QLatin1Char(',')));
            q.addBindValue(f.meta.legalBasis);
            q.addBindValue(f.meta.source);
            q.addBindValue(f.meta.retention);
            q.addBindValue(toEpoch(f.meta.updatedAt));
            if (Status s = run(q, QStringLiteral("personal field")); !s)
                return s;
        }
        q.prepare(QStringLiteral("INSERT INTO payment_methods(position, id, kind, brand, last4, expiry, platform,"
                                 " account_masked, purposes, legal_basis, source, retention, updated_at)"
                                 " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        pos = 0;
        for (const PaymentMethod &m : p.paymentMethods) {
            q.addBindValue(pos++);
            q.addBindValue(m.id);
            q.addBindValue(m.kind);
            q.addBindValue(m.brand);
            q.addBindValue(m.last4);
            q.addBindValue(m.expiry);
            q.addBindValue(m.platform);
            q.addBindValue(m.accountMasked);
            q.addBindValue(m.meta.purposes.join(QLatin1Char(',')));
            q.addBindValue(m.meta.legalBasis);
            q.addBindValue(m.meta.source);
            q.addBindValue(m.meta.retention);
            q.addBindValue(toEpoch(m.meta.updatedAt));
            if (Status s = run(q, QStringLiteral("payment method")); !s)
                return s;
        }
        if (Status s = putMeta(db, QStringLiteral("password_changed_at"), QString::number(toEpoch(p.passwordChangedAt))); !s)
            return s;
        return putMeta(db, QStringLiteral("personal_etag"), etag);
    });
}

PersonalData CacheDb::personal() const
{
    PersonalData p;
    auto readMeta = [](const QSqlQuery &q, int first) {
        DataMeta m;
        m.purposes = q.value(first).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        m.legalBasis = q.value(first + 1).toString();
        m.source = q.value(first + 2).toString();
        m.retention = q.value(first + 3).toString();
        m.updatedAt = fromEpoch(q.value(first + 4).toLongLong());
        return m;
    };
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT key, value, editable, purposes, legal_basis, source, retention, updated_at"
                          " FROM personal_fields ORDER BY position"));
    while (q.next())
        p.fields.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), readMeta(q, 3)});
    q.exec(QStringLiteral("SELECT id, kind, brand, last4, expiry, platform, account_masked, purposes, legal_basis,"
                          " source, retention, updated_at FROM payment_methods ORDER BY position"));
    while (q.next()) {
        PaymentMethod m;
        m.id = q.value(0).toString();
        m.kind = q.value(1).toString();
        m.brand = q.value(2).toString();
        m.last4 = q.value(3).toString();
        m.expiry = q.value(4).toString();
        m.platform = q.value(5).toString();
        m.accountMasked = q.value(6).toString();
        m.meta = readMeta(q, 7);
        p.paymentMethods.push_back(m);
    }
    p.passwordChangedAt = fromEpoch(meta(QStringLiteral("password_changed_at")).toLongLong());
    return p;
}

Status CacheDb::appendServerEvents(const QList<ServerEvent> &events, const QString &nextCursor)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO server_events(id, server_id, server_name, login_at, duration_s,"
                                 " traffic_bytes, cpu_pct, memory_bytes, disk_bytes) VALUES(?,?,?,?,?,?,?,?,?)"));
        qint64 earliest = std::numeric_limits<qint64>::max();
        qint64 minId = std::numeric_limits<qint64>::max(), maxId = std::numeric_limits<qint64>::min();
        for (const ServerEvent &e : events) {
            minId = qMin(minId, e.id);
            maxId = qMax(maxId, e.id);
        }
        // Before the rows change: where the rows about to be replaced were counted.
        if (!events.isEmpty()) {
            QSqlQuery old(db);
            old.setForwardOnly(true);
            old.prepare(QStringLiteral("SELECT MIN(login_at) FROM server_events WHERE id >= ? AND id <= ?"));
            old.addBindValue(minId);
            old.addBindValue(maxId);
            if (!old.exec() || !old.next())
                return sqlError(old.lastError(), QStringLiteral("server events"));
            if (!old.value(0).isNull())
                earliest = old.value(0).toLongLong();
        }
        for (const ServerEvent &e : events) {
            earliest = qMin(earliest, toEpoch(e.loginAt));
            q.bindValue(0, e.id);
            q.bindValue(1, e.serverId);
            q.bindValue(2, e.serverName);
            q.bindValue(3, toEpoch(e.loginAt));
            q.bindValue(4, e.durationS);
            q.bindValue(5, e.trafficBytes);
            q.bindValue(6, e.cpuPct);
            q.bindValue(7, e.memoryBytes);
            q.bindValue(8, e.diskBytes);
            if (Status s = run(q, QStringLiteral("server event")); !s)
                return s;
        }
        // A row stored again may have moved to another time or server, and the summary counts it where
        // it was: the stale point covers the old times of any row in the page's id range, read above (on
        // a page of new events that range holds no rows, and the rowid lookup costs nothing).
        if (!events.isEmpty())
            if (Status s = usage::markStale(db, earliest); !s)
                return s;
        return putMeta(db, QStringLiteral("servers_cursor"), nextCursor);
    });
}

Status CacheDb::appendDomainEvents(const QList<DomainEvent> &events, const QString &nextCursor)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO domain_events(id, domain, kind, at, details) VALUES(?,?,?,?,?)"));
        for (const DomainEvent &e : events) {
            q.bindValue(0, e.id);
            q.bindValue(1, e.domain);
            q.bindValue(2, e.kind);
            q.bindValue(3, toEpoch(e.at));
            q.bindValue(4, e.details);
            if (Status s = run(q, QStringLiteral("domain event")); !s)
                return s;
        }
        return putMeta(db, QStringLiteral("domains_cursor"), nextCursor);
    });
}

Status CacheDb::replaceDevices(const QList<Device> &devices)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM devices")))
            return sqlError(q.lastError(), QStringLiteral("clear devices"));
        q.prepare(QStringLiteral("INSERT INTO devices(position, id, type, model, os, os_version, browser, browser_version,"
                                 " identifiers, ip, operator, connection, first_seen, last_seen) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        int pos = 0;
        for (const Device &d : devices) {
            const QVariant values[] = {pos++, d.id, d.type, d.model, d.os, d.osVersion, d.browser, d.browserVersion,
                                       QString::fromUtf8(codec::encodeIdentifiers(d.identifiers)), d.ip,
                                       d.networkOperator, d.connection, toEpoch(d.firstSeen), toEpoch(d.lastSeen)};
            for (int i = 0; i < int(std::size(values)); ++i)
                q.bindValue(i, values[i]);
            if (Status s = run(q, QStringLiteral("device")); !s)
                return s;
        }
        return okStatus();
    });
}

Status CacheDb::replaceCookies(const QList<CookieItem> &cookies)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM cookies")))
            return sqlError(q.lastError(), QStringLiteral("clear cookies"));
        q.prepare(QStringLiteral("INSERT INTO cookies(position, id, name, kind, purpose, domain, lifetime_s, consent_required)"
                                 " VALUES(?,?,?,?,?,?,?,?)"));
        int pos = 0;
        for (const CookieItem &c : cookies) {
            const QVariant values[] = {pos++, c.id, c.name, c.kind, c.purpose, c.domain,
                                       c.lifetimeS ? QVariant(*c.lifetimeS) : QVariant(QMetaType::fromType<qint64>()),
                                       c.consentRequired ? 1 : 0};
            for (int i = 0; i < int(std::size(values)); ++i)
                q.bindValue(i, values[i]);
            if (Status s = run(q, QStringLiteral("cookie")); !s)
                return s;
        }
        return okStatus();
    });
}

Status CacheDb::replaceCategoryInfo(const QList<CategoryPurposes> &purposes, const QList<SharingEntry> &sharing,
                                    const QList<RetentionEntry> &retention)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        for (const char *t : {"DELETE FROM purposes", "DELETE FROM sharing", "DELETE FROM retention"})
            if (!q.exec(QLatin1String(t)))
                return sqlError(q.lastError(), QLatin1String(t));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO purposes(category, position, code, legal_basis, consent_required) VALUES(?,?,?,?,?)"));
        for (const CategoryPurposes &cp : purposes) {
            int pos = 0;
            for (const PurposeUse &u : cp.purposes) {
                q.addBindValue(categoryCode(cp.category));
                q.addBindValue(pos++);
                q.addBindValue(u.code);
                q.addBindValue(u.legalBasis);
                q.addBindValue(u.consentRequired ? 1 : 0);
                if (Status s = run(q, QStringLiteral("purpose")); !s)
                    return s;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO sharing(position, recipient, name, categories, data, why) VALUES(?,?,?,?,?,?)"));
        int pos = 0;
        for (const SharingEntry &e : sharing) {
            QStringList cats;
            for (Category c : e.categories)
                cats << categoryCode(c);
            q.addBindValue(pos++);
            q.addBindValue(e.recipient);
            q.addBindValue(e.name);
            q.addBindValue(cats.join(QLatin1Char(',')));
            q.addBindValue(e.data);
            q.addBindValue(e.why);
            if (Status s = run(q, QStringLiteral("sharing")); !s)
                return s;
        }
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO retention(category, period, starts, basis) VALUES(?,?,?,?)"));
        for (const RetentionEntry &r : retention) {
            q.addBindValue(categoryCode(r.category));
            q.addBindValue(r.period);
            q.addBindValue(r.starts);
            q.addBindValue(r.basis);
            if (Status s = run(q, QStringLiteral("retention")); !s)
                return s;
        }
        return okStatus();
    });
}

Status CacheDb::replaceConsents(const ConsentState &state)
{
    return transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM consents")))
            return sqlError(q.lastError(), QStringLiteral("clear consents"));
        q.prepare(QStringLiteral("INSERT INTO consents(position, purpose, granted, changed_at, affects) VALUES(?,?,?,?,?)"));
        int pos = 0;
        for (const ConsentPurpose &c : state.items) {
            q.addBindValue(pos++);
            q.addBindValue(c.purpose);
            q.addBindValue(c.granted ? 1 : 0);
            q.addBindValue(toEpoch(c.changedAt));
            q.addBindValue(c.affects);
            if (Status s = run(q, QStringLiteral("consent")); !s)
                return s;
        }
        return putMeta(db, QStringLiteral("consent_policy_version"), state.policyVersion);
    });
}

ConsentState CacheDb::consents() const
{
    ConsentState state;
    state.policyVersion = meta(QStringLiteral("consent_policy_version"));
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT purpose, granted, changed_at, affects FROM consents ORDER BY position"));
    while (q.next())
        state.items.push_back({q.value(0).toString(), q.value(1).toBool(), fromEpoch(q.value(2).toLongLong()), q.value(3).toString()});
    return state;
}

qint64 CacheDb::count(Category c) const
{
    QString sql;
    switch (c) {
    case Category::Registration: sql = QStringLiteral("SELECT (SELECT COUNT(*) FROM personal_fields) + (SELECT COUNT(*) FROM payment_methods)"); break;
    case Category::ServerUsage:
        if (auto n = usage::countServerEvents(database(), {}))
            return *n;
        sql = QStringLiteral("SELECT COUNT(*) FROM server_events");
        break;
    case Category::DomainUsage: sql = QStringLiteral("SELECT COUNT(*) FROM domain_events"); break;
    case Category::Devices: sql = QStringLiteral("SELECT COUNT(*) FROM devices"); break;
    case Category::Cookies: sql = QStringLiteral("SELECT COUNT(*) FROM cookies"); break;
    }
    QSqlQuery q(database());
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

CategoryInfo CacheDb::categoryInfo(Category c) const
{
    CategoryInfo info;
    info.category = c;
    const QString code = categoryCode(c);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT code, legal_basis, consent_required FROM purposes WHERE category = ? ORDER BY position"));
    q.addBindValue(code);
    if (q.exec())
        while (q.next())
            info.purposes.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    q.exec(QStringLiteral("SELECT recipient, name, categories, data, why FROM sharing ORDER BY position"));
    while (q.next()) {
        const QStringList cats = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!cats.contains(code))
            continue;
        SharingEntry e;
        e.recipient = q.value(0).toString();
        e.name = q.value(1).toString();
        for (const QString &s : cats)
            if (auto cc = categoryFromCode(s))
                e.categories << *cc;
        e.data = q.value(3).toString();
        e.why = q.value(4).toString();
        info.sharing.push_back(e);
    }
    q.prepare(QStringLiteral("SELECT period, starts, basis FROM retention WHERE category = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        info.retention = RetentionEntry{c, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return info;
}

Status CacheDb::prepareServerBulkLoad()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM server_events)")) || !q.next())
        return sqlError(q.lastError(), QStringLiteral("server events"));
    if (q.value(0).toBool())
        return okStatus();
    q.finish();
    return usage::dropSortIndexes(database());
}

Status CacheDb::refreshUsageSummary(const std::function<bool()> &stopRequested)
{
    return usage::refresh(database(), stopRequested);
}

QList<QPair<QDate, qint64>> CacheDb::dailyTraffic(int days) const
{
    if (auto fromSummary = usage::dailyTraffic(database(), days))
        return *fromSummary;
    return usage::dailyTrafficFromRows(database(), days);
}

} // namespace pd
