// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeStore.h"

#include "domain/NoticeCodecs.h"
#include "store/CacheDb.h"
#include "store/SqliteFile.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace pd {
namespace {

qint64 toMs(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }

const QString kCurrentKey = QStringLiteral("policy_current_version");
const QString kAnnouncedKey = QStringLiteral("policy_announced_version");
const QString kIncident = QStringLiteral("incident");
const QString kDisclosure = QStringLiteral("disclosure");

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return SqliteFile::execPrepared(q, sql.left(40));
}

/// id -> version, from a query of (id, version) rows.
QHash<QString, qint64> versionsOf(QSqlQuery &q)
{
    QHash<QString, qint64> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

/// Replaces the rows of `table` (incidents or disclosures) with `items` and returns those this
/// device has not told about: not stored before at this version, and not read at it.
template<typename T, typename Version, typename Encode>
Result<QList<T>> replaceNotices(CacheDb *cache, const QString &table, const QString &kind, const QList<T> &items,
                                Version version, Encode encode)
{
    QList<T> news;
    Status st = cache->transaction([&](QSqlDatabase &db) -> Status {
        QSqlQuery stored(db);
        stored.prepare(QStringLiteral("SELECT id, version FROM ") + table);
        QSqlQuery read(db);
        read.prepare(QStringLiteral("SELECT id, version FROM notice_reads WHERE kind = ?"));
        read.addBindValue(kind);
        const QHash<QString, qint64> before = versionsOf(stored), marks = versionsOf(read);
        if (Status s = exec(db, QStringLiteral("DELETE FROM ") + table); !s)
            return s;
        int pos = 0;
        for (const T &item : items) {
            const qint64 v = version(item);
            if (Status s = exec(db, QStringLiteral("INSERT OR REPLACE INTO %1(id, position, version, body) VALUES(?,?,?,?)").arg(table),
                                {item.id, pos++, v, QString::fromUtf8(encode(item))});
                !s)
                return s;
            if (before.value(item.id, -1) != v && marks.value(item.id, -1) != v)
                news << item;
        }
        return okStatus();
    });
    if (!st)
        return st.error();
    return news;
}

/// Rows of `sql` (body, read) decoded with `decode`; a row that no longer decodes is left out.
template<typename T, typename Decode>
QList<T> readNotices(const QSqlDatabase &db, const QString &sql, Decode decode)
{
    QList<T> out;
    QSqlQuery q(db);
    if (q.exec(sql))
        while (q.next())
            if (auto item = decode(q.value(0).toByteArray())) {
                T t = std::move(item).value();
                t.read = q.value(1).toBool();
                out << t;
            }
    return out;
}

} // namespace

NoticeStore::NoticeStore(CacheDb *cache)
    : m_cache(cache)
{
}

QString NoticeStore::currentPolicyVersion() const
{
    return m_cache->meta(kCurrentKey);
}

std::optional<PolicyDocument> NoticeStore::policyDocument(const QString &language) const
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT body FROM policy_documents WHERE language = ?"));
    q.addBindValue(language);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto doc = codec::decodePolicyDocument(q.value(0).toByteArray());
    if (!doc)
        return std::nullopt;
    return std::move(doc).value();
}

PolicyVersionList NoticeStore::policyVersions() const
{
    PolicyVersionList l;
    l.current = currentPolicyVersion();
    QSqlQuery q(m_cache->database());
    if (q.exec(QStringLiteral("SELECT version, effective, published_at FROM policy_versions ORDER BY position")))
        while (q.next())
            l.items << PolicyVersionInfo{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                         QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)};
    return l;
}

QList<Incident> NoticeStore::incidents() const
{
    return readNotices<Incident>(m_cache->database(),
                                 QStringLiteral("SELECT i.body, r.version IS NOT NULL AND r.version = i.version FROM incidents i"
                                                " LEFT JOIN notice_reads r ON r.kind = 'incident' AND r.id = i.id ORDER BY i.position"),
                                 &codec::decodeIncident);
}

QList<Disclosure> NoticeStore::disclosures() const
{
    return readNotices<Disclosure>(m_cache->database(),
                                   QStringLiteral("SELECT d.body, r.version IS NOT NULL AND r.version = d.version FROM disclosures d"
                                                  " LEFT JOIN notice_reads r ON r.kind = 'disclosure' AND r.id = d.id ORDER BY d.position"),
                                   &codec::decodeDisclosure);
}

Status NoticeStore::markRead(const QString &table, const QString &kind, const QString &id)
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral("SELECT version FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no %1 %2").arg(kind, id));
    const qint64 version = q.value(0).toLongLong();
    return m_cache->transaction([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("INSERT INTO notice_reads(kind, id, version) VALUES(?,?,?)"
                                       " ON CONFLICT(kind, id) DO UPDATE SET version = excluded.version"),
                    {kind, id, version});
    });
}

Status NoticeStore::markIncidentRead(const QString &id)
{
    return markRead(QStringLiteral("incidents"), kIncident, id);
}

Status NoticeStore::markDisclosureRead(const QString &id)
{
    return markRead(QStringLiteral("disclosures"), kDisclosure, id);
}

int NoticeStore::unreadCount() const
{
    int n = 0;
    for (const Incident &i : incidents())
        n += i.read ? 0 : 1;
    for (const Disclosure &d : disclosures())
        n += d.read ? 0 : 1;
    return n;
}

QList<PolicyAcceptance> NoticeStore::policyAcceptances() const
{
    QList<PolicyAcceptance> out;
    QSqlQuery q(m_cache->database());
    if (q.exec(QStringLiteral("SELECT id, policy_version, at, request_id FROM policy_acceptances ORDER BY at, position")))
        while (q.next())
            out << PolicyAcceptance{q.value(0).toString(), q.value(1).toString(),
                                    QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC), q.value(3).toString(), true};
    return out;
}

Status NoticeStore::replacePolicy(const QList<PolicyDocument> &documents, const PolicyVersionList &versions)
{
    return m_cache->transaction([&](QSqlDatabase &db) -> Status {
        for (const char *sql : {"DELETE FROM policy_documents", "DELETE FROM policy_versions"})
            if (Status s = exec(db, QLatin1String(sql)); !s)
                return s;
        for (const PolicyDocument &d : documents)
            if (d.version == versions.current)
                if (Status s = exec(db, QStringLiteral("INSERT OR REPLACE INTO policy_documents(language, version, body) VALUES(?,?,?)"),
                                    {d.language, d.version, QString::fromUtf8(codec::encodePolicyDocument(d))});
                    !s)
                    return s;
        int pos = 0;
        for (const PolicyVersionInfo &v : versions.items)
            if (Status s = exec(db, QStringLiteral("INSERT INTO policy_versions(position, version, effective, published_at) VALUES(?,?,?,?)"),
                                {pos++, v.version, v.effective.toString(Qt::ISODate), toMs(v.publishedAt)});
                !s)
                return s;
        return CacheDb::putMeta(db, kCurrentKey, versions.current);
    });
}

Result<QList<Incident>> NoticeStore::replaceIncidents(const QList<Incident> &incidents)
{
    // The version seen: updated_at and the number of updates, so an update in the same second as the
    // one before (the provider keeps whole seconds) still makes it news. Not the texts: they change
    // with the app's language, which is no news.
    return replaceNotices(m_cache, QStringLiteral("incidents"), kIncident, incidents,
                          [](const Incident &i) { return toMs(i.updatedAt) * 1024 + std::min<qint64>(i.updates.size(), 1023); },
                          &codec::encodeIncident);
}

Result<QList<Disclosure>> NoticeStore::replaceDisclosures(const QList<Disclosure> &disclosures)
{
    return replaceNotices(m_cache, QStringLiteral("disclosures"), kDisclosure, disclosures,
                          [](const Disclosure &) { return qint64(0); }, &codec::encodeDisclosure);
}

Status NoticeStore::replaceAcceptances(const QList<PolicyAcceptance> &acceptances)
{
    return m_cache->transaction([&](QSqlDatabase &db) -> Status {
        if (Status s = exec(db, QStringLiteral("DELETE FROM policy_acceptances")); !s)
            return s;
        int pos = 0;
        for (const PolicyAcceptance &a : acceptances)
            if (Status s = exec(db, QStringLiteral("INSERT OR REPLACE INTO policy_acceptances(id, position, policy_version, at, request_id)"
                                                   " VALUES(?,?,?,?,?)"),
                                {a.id, pos++, a.policyVersion, toMs(a.at), a.requestId});
                !s)
                return s;
        return okStatus();
    });
}

QString NoticeStore::announcedPolicyVersion() const
{
    return m_cache->meta(kAnnouncedKey);
}

Status NoticeStore::setAnnouncedPolicyVersion(const QString &version)
{
    return m_cache->setMeta(kAnnouncedKey, version);
}

} // namespace pd
