// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeletionEffect.h"

#include "Calendar.h"
#include "PolicyContent.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QHash>

#include <limits>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

/// The `until` of the retained item for (category, reason), or 0.
qint64 untilOf(const QJsonArray &retained, const QString &category, const QString &reason)
{
    for (const QJsonValue &v : retained)
        if (v[u"category"_s].toString() == category && v[u"reason"_s].toString() == reason)
            return parseRfc3339(v[u"until"_s].toString()).value_or(0);
    return 0;
}

bool isBilling(const QString &id)
{
    return id == u"name" || id == u"address" || id.startsWith(u"pm-");
}

} // namespace

DeletionEffect::DeletionEffect(ProviderDb &db)
    : m_db(db)
    , m_deletion(db)
    , m_retention(db)
{
}

std::optional<QJsonArray> DeletionEffect::apply(const Account &account, const QJsonObject &deletion, qint64 now)
{
    // What is kept is worked out as of now, before anything is deleted (the rules look at the records).
    const QJsonArray retained = m_retention.retainedFor(account, deletion, now);
    const QString scope = deletion[u"scope"_s].toString();
    const bool everything = scope == u"account";
    const QString category = deletion[u"category"_s].toString();
    const auto touches = [&](const QString &c) { return everything || (scope == u"category" && category == c); };

    QHash<QString, QStringList> records; // category -> ids (records scope)
    for (const QJsonValue &r : deletion[u"records"_s].toArray())
        records[r[u"category"_s].toString()] << r[u"id"_s].toString();
    const QJsonObject range = deletion[u"range"_s].toObject();
    const QString rangeCategory = range[u"category"_s].toString();

    if ((touches(u"registration"_s) || records.contains(u"registration"_s)) && !registration(account, deletion, retained))
        return std::nullopt;
    for (const QString &collection : {u"devices"_s, u"cookies"_s}) {
        if (touches(collection) && !m_deletion.deleteDocuments(account.id, collection, {}))
            return std::nullopt;
        if (records.contains(collection) && !m_deletion.deleteDocuments(account.id, collection, records[collection]))
            return std::nullopt;
    }
    for (const QString &usage : {u"server_usage"_s, u"domain_usage"_s}) {
        EventSelection selection;
        if (records.contains(usage)) {
            selection.byId = true;
            for (const QString &id : records[usage])
                selection.ids << id.toLongLong();
        } else if (rangeCategory == usage) {
            selection.from = parseRfc3339(range[u"from"_s].toString()).value_or(0);
            selection.to = parseRfc3339(range[u"to"_s].toString()).value_or(std::numeric_limits<qint64>::max());
        } else if (!touches(usage)) {
            continue;
        }
        // This month's server usage is kept only when the rules said so (then `retained` has its date).
        const qint64 billedAt = untilOf(retained, usage, u"open_order"_s);
        const qint64 keepFrom = billedAt > 0 ? startOfMonth(now) : std::numeric_limits<qint64>::max();
        const bool ok = usage == u"server_usage" ? m_deletion.deleteServerEvents(account.id, selection, keepFrom, billedAt)
                                                 : m_deletion.deleteDomainEvents(account.id, selection);
        if (!ok)
            return std::nullopt;
    }
    return retained;
}

bool DeletionEffect::registration(const Account &account, const QJsonObject &deletion, const QJsonArray &retained)
{
    QStringList ids;
    if (deletion[u"scope"_s].toString() != u"records") {
        for (const QJsonValue &f : m_db.personalFields(account.id))
            ids << f[u"key"_s].toString();
        for (const QJsonValue &pm : m_db.documents(account.id, u"payment_methods"_s))
            ids << pm[u"id"_s].toString();
    } else {
        for (const QJsonValue &r : deletion[u"records"_s].toArray())
            if (r[u"category"_s].toString() == u"registration")
                ids << r[u"id"_s].toString();
    }
    const qint64 billing = untilOf(retained, u"registration"_s, u"legal_obligation"_s);
    const qint64 dispute = untilOf(retained, u"registration"_s, u"dispute"_s);
    for (const QString &id : ids) {
        const qint64 until = qMax(isBilling(id) ? billing : 0, dispute);
        const bool payment = id.startsWith(u"pm-");
        bool ok = false;
        if (until > 0)
            ok = payment ? m_deletion.restrictDocuments(account.id, u"payment_methods"_s, {id}, until)
                         : m_deletion.restrictFields(account.id, {id}, until);
        else
            ok = payment ? m_deletion.deleteDocuments(account.id, u"payment_methods"_s, {id})
                         : m_deletion.deleteFields(account.id, {id});
        if (!ok)
            return false;
    }
    return true;
}

} // namespace pd::provider
