// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsRepository.h"

#include "JsonString.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

const QString &eventTable(EventKind kind)
{
    static const QString servers = u"server_events"_s;
    static const QString domains = u"domain_events"_s;
    return kind == EventKind::Server ? servers : domains;
}

/// The WHERE clause (after "account=?") for `selection`, and the values it binds.
QString selectionFilter(const EventSelection &selection, QVariantList *binds)
{
    if (!selection.byId) {
        *binds << selection.from << selection.to;
        return u" AND at BETWEEN ? AND ?"_s;
    }
    QStringList marks;
    for (const qint64 id : selection.ids) {
        marks << u"?"_s;
        *binds << id;
    }
    return u" AND id IN ("_s + marks.join(u',') + u')';
}

} // namespace

EventsRepository::EventsRepository(ProviderDb &db)
    : m_db(db)
{
}

EventPage EventsRepository::page(EventKind kind, qint64 account, qint64 afterId, int limit) const
{
    EventPage page;
    page.lastId = afterId;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (kind == EventKind::Server)
        q.prepare(u"SELECT id, server_id, server_name, login_at, duration_s, traffic_bytes, cpu_pct, memory_bytes, "
                  "disk_bytes FROM server_events WHERE account=? AND id>? AND restricted_until IS NULL ORDER BY id LIMIT ?"_s);
    else
        q.prepare(u"SELECT id, domain, kind, at, details FROM domain_events WHERE account=? AND id>? "
                  "AND restricted_until IS NULL ORDER BY id LIMIT ?"_s);
    q.addBindValue(account);
    q.addBindValue(afterId);
    q.addBindValue(limit + 1); // one extra row tells has_more without a COUNT
    if (!m_db.exec(q))
        return page;
    QByteArray &out = page.itemsJson;
    out.reserve(kind == EventKind::Server ? limit * 220 : limit * 140);
    out += '[';
    while (q.next()) {
        if (page.count == limit) {
            page.hasMore = true;
            break;
        }
        if (page.count++ > 0)
            out += ',';
        page.lastId = q.value(0).toLongLong();
        out += "{\"id\":" + QByteArray::number(page.lastId);
        if (kind == EventKind::Server) {
            out += ",\"server_id\":";
            appendJsonString(out, q.value(1).toString().toUtf8());
            out += ",\"server_name\":";
            appendJsonString(out, q.value(2).toString().toUtf8());
            out += ",\"login_at\":\"" + isoUtcBytes(q.value(3).toLongLong());
            out += "\",\"duration_s\":" + QByteArray::number(q.value(4).toLongLong());
            out += ",\"traffic_bytes\":" + QByteArray::number(q.value(5).toLongLong());
            out += ",\"cpu_pct\":" + QByteArray::number(q.value(6).toDouble(), 'g', QLocale::FloatingPointShortest);
            out += ",\"memory_bytes\":" + QByteArray::number(q.value(7).toLongLong());
            out += ",\"disk_bytes\":" + QByteArray::number(q.value(8).toLongLong());
        } else {
            out += ",\"domain\":";
            appendJsonString(out, q.value(1).toString().toUtf8());
            out += ",\"kind\":";
            appendJsonString(out, q.value(2).toString().toUtf8());
            out += ",\"at\":\"" + isoUtcBytes(q.value(3).toLongLong()) + '"';
            out += ",\"details\":";
            appendJsonString(out, q.value(4).toString().toUtf8());
        }
        out += '}';
    }
    out += ']';
    return page;
}

qint64 EventsRepository::maxId(EventKind kind, qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT COALESCE(MAX(id), 0) FROM "_s + eventTable(kind) + u" WHERE account=?"_s);
    q.addBindValue(account);
    if (m_db.exec(q) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 EventsRepository::count(EventKind kind, qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT COUNT(*) FROM "_s + eventTable(kind) + u" WHERE account=? AND restricted_until IS NULL"_s);
    q.addBindValue(account);
    return m_db.exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

std::optional<bool> EventsRepository::exists(EventKind kind, qint64 account, qint64 id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT 1 FROM "_s + eventTable(kind) + u" WHERE account=? AND id=? AND restricted_until IS NULL"_s);
    q.addBindValue(account);
    q.addBindValue(id);
    if (!m_db.exec(q))
        return std::nullopt;
    return q.next();
}

std::optional<qint64> EventsRepository::latestDomainOrderAt(qint64 account, const EventSelection &selection) const
{
    QVariantList binds{account};
    const QString filter = selectionFilter(selection, &binds);
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT MAX(at) FROM domain_events WHERE account=? AND kind IN "
              "('registration','purchase','renewal','transfer') AND restricted_until IS NULL"_s + filter);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (m_db.exec(q) && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> EventsRepository::latestDomainPurchaseAt(qint64 account, qint64 since,
                                                              const EventSelection &selection) const
{
    QVariantList binds{account, since};
    const QString filter = selectionFilter(selection, &binds);
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT MAX(at) FROM domain_events WHERE account=? AND kind='purchase' AND at >= ? "
              "AND restricted_until IS NULL"_s + filter);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (m_db.exec(q) && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> EventsRepository::newestLoginAt(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT login_at FROM server_events WHERE account=? AND restricted_until IS NULL ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(account);
    if (m_db.exec(q) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> EventsRepository::loginAt(qint64 account, qint64 id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT login_at FROM server_events WHERE account=? AND id=? AND restricted_until IS NULL"_s);
    q.addBindValue(account);
    q.addBindValue(id);
    if (m_db.exec(q) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace pd::provider
