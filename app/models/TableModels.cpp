// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableModels.h"

#include "Labels.h"
#include "domain/Codecs.h"
#include "store/CacheDb.h"
#include "store/UsageSummary.h"

#include <QTimeZone>

namespace pd {
namespace {

QDateTime epoch(const QVariant &v)
{
    const qint64 s = v.toLongLong();
    return s > 0 ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

QVariant header(const QStringList &names, int section, Qt::Orientation o, int role)
{
    if (o != Qt::Horizontal || section < 0 || section >= names.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
        return names.at(section);
    return {};
}

bool isText(int role) { return role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole; }

} // namespace

// ---- Servers ----------------------------------------------------------------------------------

ServerUsageModel::ServerUsageModel(CacheDb *db, QObject *parent)
    : WindowedTableModel(db,
                         Spec{QStringLiteral("server_events"),
                              {QStringLiteral("id"), QStringLiteral("server_name"), QStringLiteral("server_id"),
                               QStringLiteral("login_at"), QStringLiteral("duration_s"), QStringLiteral("traffic_bytes"),
                               QStringLiteral("cpu_pct"), QStringLiteral("memory_bytes"), QStringLiteral("disk_bytes")},
                              {QStringLiteral("server_name"), QStringLiteral("login_at"), QStringLiteral("duration_s"),
                               QStringLiteral("traffic_bytes"), QStringLiteral("cpu_pct"), QStringLiteral("memory_bytes"),
                               QStringLiteral("disk_bytes")},
                              {QStringLiteral("server_name"), QStringLiteral("server_id")},
                              QStringLiteral("login_at"), QString(), LoginAt, Qt::DescendingOrder,
                              [](const CacheDb &cache, const QString &text, const QString &, std::optional<qint64> from,
                                 std::optional<qint64> to) {
                                  return usage::countServerEvents(cache.database(), {text, from, to});
                              }},
                         parent)
{
}

QVariant ServerUsageModel::headerData(int section, Qt::Orientation o, int role) const
{
    return header({tr("Server"), tr("Signed in at"), tr("Session length"), tr("Traffic"), tr("CPU use"),
                   tr("Memory"), tr("Disk space")},
                  section, o, role);
}

QVariant ServerUsageModel::cell(const QVariantList &r, int column, int role) const
{
    // r: id, server_name, server_id, login_at, duration_s, traffic_bytes, cpu_pct, memory_bytes, disk_bytes
    if (role == SortValueRole) {
        static const int src[] = {1, 3, 4, 5, 6, 7, 8};
        return r.at(src[column]);
    }
    if (role == Qt::TextAlignmentRole)
        return column == Server ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (!isText(role))
        return {};
    switch (column) {
    case Server:
        if (role == Qt::AccessibleTextRole)
            return tr("Server %1, signed in %2").arg(r.at(1).toString(), Labels::dateTime(epoch(r.at(3))));
        return r.at(1).toString();
    case LoginAt: return Labels::dateTime(epoch(r.at(3)));
    case Duration: return Labels::duration(r.at(4).toLongLong());
    case Traffic: return Labels::bytes(r.at(5).toLongLong());
    case Cpu: return Labels::percent(r.at(6).toDouble());
    case Memory: return Labels::bytes(r.at(7).toLongLong());
    case Disk: return Labels::bytes(r.at(8).toLongLong());
    }
    return {};
}

// ---- Domains ----------------------------------------------------------------------------------

DomainUsageModel::DomainUsageModel(CacheDb *db, QObject *parent)
    : WindowedTableModel(db,
                         Spec{QStringLiteral("domain_events"),
                              {QStringLiteral("id"), QStringLiteral("domain"), QStringLiteral("kind"), QStringLiteral("at"),
                               QStringLiteral("details")},
                              {QStringLiteral("domain"), QStringLiteral("kind"), QStringLiteral("at"), QStringLiteral("details")},
                              {QStringLiteral("domain"), QStringLiteral("details")},
                              QStringLiteral("at"), QStringLiteral("kind"), At, Qt::DescendingOrder},
                         parent)
{
}

QVariant DomainUsageModel::headerData(int section, Qt::Orientation o, int role) const
{
    return header({tr("Domain"), tr("What happened"), tr("When"), tr("Details")}, section, o, role);
}

QVariant DomainUsageModel::cell(const QVariantList &r, int column, int role) const
{
    if (role == SortValueRole)
        return r.at(column + 1);
    if (!isText(role))
        return {};
    switch (column) {
    case Domain:
        if (role == Qt::AccessibleTextRole)
            return tr("%1: %2").arg(r.at(1).toString(), Labels::domainEventKind(r.at(2).toString()));
        return r.at(1).toString();
    case Kind: return Labels::domainEventKind(r.at(2).toString());
    case At: return Labels::dateTime(epoch(r.at(3)));
    case Details: return r.at(4).toString();
    }
    return {};
}

// ---- Devices ----------------------------------------------------------------------------------

DevicesModel::DevicesModel(CacheDb *db, QObject *parent)
    : WindowedTableModel(db,
                         Spec{QStringLiteral("devices"),
                              {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("model"), QStringLiteral("os"),
                               QStringLiteral("os_version"), QStringLiteral("browser"), QStringLiteral("browser_version"),
                               QStringLiteral("identifiers"), QStringLiteral("ip"), QStringLiteral("operator"),
                               QStringLiteral("connection"), QStringLiteral("first_seen"), QStringLiteral("last_seen")},
                              {QStringLiteral("type"), QStringLiteral("model"), QStringLiteral("os"), QStringLiteral("browser"),
                               QStringLiteral("identifiers"), QStringLiteral("ip"), QStringLiteral("operator"),
                               QStringLiteral("connection"), QStringLiteral("first_seen"), QStringLiteral("last_seen")},
                              {QStringLiteral("model"), QStringLiteral("os"), QStringLiteral("browser"), QStringLiteral("ip"),
                               QStringLiteral("operator")},
                              QStringLiteral("last_seen"), QStringLiteral("type"), LastSeen, Qt::DescendingOrder},
                         parent)
{
}

QVariant DevicesModel::headerData(int section, Qt::Orientation o, int role) const
{
    return header({tr("Device type"), tr("Model"), tr("Operating system"), tr("Browser"), tr("Identifiers"),
                   tr("IP address"), tr("Network operator"), tr("Connection"), tr("First seen"), tr("Last seen")},
                  section, o, role);
}

QVariant DevicesModel::cell(const QVariantList &r, int column, int role) const
{
    // r: id, type, model, os, os_version, browser, browser_version, identifiers, ip, operator, connection, first, last
    if (role == SortValueRole) {
        static const int src[] = {1, 2, 3, 5, 7, 8, 9, 10, 11, 12};
        return r.at(src[column]);
    }
    if (!isText(role))
        return {};
    auto join = [](const QString &a, const QString &b) { return b.isEmpty() ? a : a + QLatin1Char(' ') + b; };
    switch (column) {
    case Type: return Labels::deviceType(r.at(1).toString());
    case Model: return r.at(2).toString();
    case System: return join(r.at(3).toString(), r.at(4).toString());
    case Browser: return join(r.at(5).toString(), r.at(6).toString());
    case Identifiers: {
        QStringList parts;
        for (const DeviceIdentifier &id : codec::decodeIdentifiers(r.at(7).toString().toUtf8())) {
            // %1 is the kind of identifier ("MAC address"), %2 its value as held.
            parts << (id.masked ? tr("%1 %2 (partly hidden)").arg(Labels::identifierKind(id.kind), id.value)
                                : tr("%1 %2").arg(Labels::identifierKind(id.kind), id.value));
        }
        return Labels::list(parts);
    }
    case Ip: return r.at(8).toString();
    case Operator: return r.at(9).toString();
    case Connection: return Labels::connection(r.at(10).toString());
    case FirstSeen: return Labels::dateTime(epoch(r.at(11)));
    case LastSeen: return Labels::dateTime(epoch(r.at(12)));
    }
    return {};
}

// ---- Cookies ----------------------------------------------------------------------------------

CookiesModel::CookiesModel(CacheDb *db, QObject *parent)
    : WindowedTableModel(db,
                         Spec{QStringLiteral("cookies"),
                              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("purpose"),
                               QStringLiteral("domain"), QStringLiteral("lifetime_s"), QStringLiteral("consent_required")},
                              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("purpose"), QStringLiteral("domain"),
                               QStringLiteral("lifetime_s"), QStringLiteral("consent_required")},
                              {QStringLiteral("name"), QStringLiteral("domain")},
                              QString(), QStringLiteral("kind"), Name, Qt::AscendingOrder},
                         parent)
{
}

QVariant CookiesModel::headerData(int section, Qt::Orientation o, int role) const
{
    return header({tr("Name"), tr("Kind"), tr("Purpose"), tr("Set by"), tr("Kept for"), tr("Needs your consent")},
                  section, o, role);
}

QVariant CookiesModel::cell(const QVariantList &r, int column, int role) const
{
    if (role == SortValueRole)
        return r.at(column + 1);
    if (!isText(role))
        return {};
    switch (column) {
    case Name: return r.at(1).toString();
    case Kind: return Labels::cookieKind(r.at(2).toString());
    case Purpose: return Labels::cookiePurpose(r.at(3).toString());
    case Domain: return r.at(4).toString();
    case Lifetime:
        return Labels::lifetime(r.at(5).isNull() ? std::optional<qint64>() : std::optional<qint64>(r.at(5).toLongLong()));
    case Consent: return Labels::yesNo(r.at(6).toBool());
    }
    return {};
}

} // namespace pd
