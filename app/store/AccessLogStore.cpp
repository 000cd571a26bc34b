// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessLogStore.h"

#include "domain/StaffCodecs.h"
#include "store/CacheDb.h"
#include "store/SqliteFile.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {
namespace {

qint64 toEpoch(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
QDateTime fromEpoch(qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime(); }

const QString kCheckpointKey = QStringLiteral("access_checkpoint");
const QString kAskFirstKey = QStringLiteral("access_ask_first");
const QString kWitnessedKey = QStringLiteral("access_witnessed");

QString grantStatusCode(GrantStatus s)
{
    switch (s) {
    case GrantStatus::Pending: return QStringLiteral("pending");
    case GrantStatus::Active: return QStringLiteral("active");
    case GrantStatus::Declined: return QStringLiteral("declined");
    case GrantStatus::Expired: return QStringLiteral("expired");
    case GrantStatus::Ended: return QStringLiteral("ended");
    case GrantStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Status putMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return SqliteFile::execPrepared(q, QStringLiteral("meta ") + key);
}

/// One transaction on the cache's connection, rolled back when `body` fails.
template<typename F>
Status inTransaction(QSqlDatabase db, F &&body)
{
    // The write lock first: the sync's page writer and summary refresher write the same file.
    if (Status s = SqliteFile::begin(db); !s)
        return s;
    Status s = body(db);
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const Error e = SqliteFile::sqlError(db.lastError(), QStringLiteral("commit"));
        db.rollback();
        return e;
    }
    return okStatus();
}

Status writeGrant(QSqlDatabase &db, const Grant &g, int position)
{
    QStringList cats;
    for (Category c : g.categories)
        cats << categoryCode(c);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO access_grants(position, id, staff, reason, ticket, justification, categories, minutes,"
                             " status, requested_at, decided_at, expires_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"
                             " ON CONFLICT(id) DO UPDATE SET staff = excluded.staff, reason = excluded.reason,"
                             " ticket = excluded.ticket, justification = excluded.justification,"
                             " categories = excluded.categories, minutes = excluded.minutes, status = excluded.status,"
                             " requested_at = excluded.requested_at, decided_at = excluded.decided_at,"
                             " expires_at = excluded.expires_at"));
    q.addBindValue(position);
    q.addBindValue(g.id);
    q.addBindValue(g.staff);
    q.addBindValue(g.reasonCode.isEmpty() ? accessReasonCode(g.reason) : g.reasonCode);
    q.addBindValue(g.ticket);
    q.addBindValue(g.justification);
    q.addBindValue(cats.join(QLatin1Char(',')));
    q.addBindValue(g.minutes);
    q.addBindValue(grantStatusCode(g.status));
    q.addBindValue(toEpoch(g.requestedAt));
    q.addBindValue(toEpoch(g.decidedAt));
    q.addBindValue(toEpoch(g.expiresAt));
    return SqliteFile::execPrepared(q, QStringLiteral("grant"));
}

} // namespace

AccessLogStore::AccessLogStore(CacheDb *cache)
    : m_cache(cache)
{
}

Result<WitnessResult> AccessLogStore::witness(const QList<AccessEntry> &fetched, const std::optional<Checkpoint> &checkpoint)
{
    WitnessResult result = witness::compare(kept(), fetched, lastCheckpoint(), checkpoint);
    const qint64 now = toEpoch(QDateTime::currentDateTimeUtc());
    Status s = inTransaction(m_cache->database(), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO access_log(seq, at, raw, hash, first_seen) VALUES(?,?,?,?,?)"));
        for (const AccessEntry &e : std::as_const(result.added)) {
            q.addBindValue(e.seq);
            q.addBindValue(toEpoch(e.at));
            q.addBindValue(QString::fromUtf8(compact(e.raw)));
            q.addBindValue(e.hash);
            q.addBindValue(now);
            if (Status r = SqliteFile::execPrepared(q, QStringLiteral("access entry")); !r)
                return r;
        }
        // A problem seen once is recorded once, and stays (dismissed or not) for as long as the cache.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO access_warnings(kind, seq, detail, detected_at) VALUES(?,?,?,?)"));
        for (const WitnessWarning &w : std::as_const(result.warnings)) {
            q.addBindValue(witnessKindCode(w.kind));
            q.addBindValue(w.seq);
            q.addBindValue(w.detail);
            q.addBindValue(toEpoch(w.detectedAt));
            if (Status r = SqliteFile::execPrepared(q, QStringLiteral("access warning")); !r)
                return r;
        }
        if (result.keep)
            if (Status r = putMeta(db, kCheckpointKey, QString::fromUtf8(compact(result.keep->raw))); !r)
                return r;
        return putMeta(db, kWitnessedKey, QStringLiteral("1"));
    });
    if (!s)
        return s.error();
    return result;
}

QMap<qint64, KeptEntry> AccessLogStore::kept() const
{
    QMap<qint64, KeptEntry> out;
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT seq, raw, hash FROM access_log ORDER BY seq"));
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   KeptEntry{QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), q.value(2).toString()});
    return out;
}

QList<AccessEntry> AccessLogStore::entries() const
{
    QList<AccessEntry> out;
    const QMap<qint64, KeptEntry> all = kept();
    out.reserve(all.size());
    for (const KeptEntry &k : all)
        out << codec::accessEntryFromJson(k.raw);
    return out;
}

qint64 AccessLogStore::entryCount() const
{
    QSqlQuery q(m_cache->database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM access_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<Checkpoint> AccessLogStore::lastCheckpoint() const
{
    const QString raw = m_cache->meta(kCheckpointKey);
    if (raw.isEmpty())
        return std::nullopt;
    auto c = codec::decodeCheckpoint(raw.toUtf8());
    if (!c)
        return std::nullopt;
    return *c;
}

bool AccessLogStore::hasWitnessed() const
{
    return m_cache->meta(kWitnessedKey) == QLatin1String("1");
}

QList<WitnessWarning> AccessLogStore::warnings(bool includeDismissed) const
{
    QList<WitnessWarning> out;
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT id, kind, seq, detail, detected_at, dismissed FROM access_warnings")
           + (includeDismissed ? QString() : QStringLiteral(" WHERE dismissed = 0")) + QStringLiteral(" ORDER BY id"));
    while (q.next()) {
        const auto kind = witnessKindFromCode(q.value(1).toString());
        if (!kind)
            continue; // written by a newer version
        WitnessWarning w;
        w.id = q.value(0).toLongLong();
        w.kind = *kind;
        w.seq = q.value(2).toLongLong();
        w.detail = q.value(3).toString();
        w.detectedAt = fromEpoch(q.value(4).toLongLong());
        w.dismissed = q.value(5).toBool();
        out << w;
    }
    return out;
}

Status AccessLogStore::dismissWarning(qint64 id)
{
    return inTransaction(m_cache->database(), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE access_warnings SET dismissed = 1 WHERE id = ?"));
        q.addBindValue(id);
        return SqliteFile::execPrepared(q, QStringLiteral("dismiss warning"));
    });
}

Status AccessLogStore::replaceGrants(const QList<Grant> &grants)
{
    return inTransaction(m_cache->database(), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM access_grants")))
            return SqliteFile::sqlError(q.lastError(), QStringLiteral("clear grants"));
        int pos = 0;
        for (const Grant &g : grants)
            if (Status s = writeGrant(db, g, pos++); !s)
                return s;
        return okStatus();
    });
}

Status AccessLogStore::upsertGrant(const Grant &grant)
{
    return inTransaction(m_cache->database(), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        int pos = 0;
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM access_grants")) && q.next())
            pos = q.value(0).toInt();
        return writeGrant(db, grant, pos);
    });
}

QList<Grant> AccessLogStore::grants() const
{
    QList<Grant> out;
    QSqlQuery q(m_cache->database());
    q.exec(QStringLiteral("SELECT id, staff, reason, ticket, justification, categories, minutes, status, requested_at,"
                          " decided_at, expires_at FROM access_grants ORDER BY position"));
    while (q.next()) {
        Grant g;
        g.id = q.value(0).toString();
        g.accountId = m_cache->meta(QStringLiteral("account_id"));
        g.staff = q.value(1).toString();
        g.reasonCode = q.value(2).toString();
        g.reason = accessReasonFromCode(g.reasonCode);
        g.ticket = q.value(3).toString();
        g.justification = q.value(4).toString();
        for (const QString &c : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const auto cat = categoryFromCode(c))
                g.categories << *cat;
        g.minutes = q.value(6).toInt();
        g.status = grantStatusFromCode(q.value(7).toString());
        g.requestedAt = fromEpoch(q.value(8).toLongLong());
        g.decidedAt = fromEpoch(q.value(9).toLongLong());
        g.expiresAt = fromEpoch(q.value(10).toLongLong());
        out << g;
    }
    return out;
}

Status AccessLogStore::setAskFirst(bool askFirst)
{
    return m_cache->setMeta(kAskFirstKey, askFirst ? QStringLiteral("1") : QStringLiteral("0"));
}

std::optional<bool> AccessLogStore::askFirst() const
{
    const QString v = m_cache->meta(kAskFirstKey);
    if (v.isEmpty())
        return std::nullopt;
    return v == QLatin1String("1");
}

} // namespace pd
