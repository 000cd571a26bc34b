// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionRules.h"

#include "Calendar.h"
#include "PolicyContent.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QSet>

#include <limits>

namespace pd::provider {

using namespace Qt::StringLiterals;

RetentionRules::RetentionRules(ProviderDb &db)
    : m_events(db)
    , m_requests(db)
{
}

QJsonArray RetentionRules::retainedFor(const Account &account, const QJsonObject &deletion, qint64 now) const
{
    const QString scope = deletion[u"scope"_s].toString();
    QSet<QString> touched; // categories the deletion reaches
    qint64 rangeFrom = 0, rangeTo = std::numeric_limits<qint64>::max();
    QStringList registrationIds, domainIds, serverIds;
    if (scope == u"account") {
        const QStringList &all = PolicyContent::categories();
        touched = QSet<QString>(all.begin(), all.end());
    } else if (scope == u"category") {
        touched.insert(deletion[u"category"_s].toString());
    } else if (deletion.contains(u"range"_s)) {
        const QJsonObject range = deletion[u"range"_s].toObject();
        touched.insert(range[u"category"_s].toString());
        rangeFrom = parseRfc3339(range[u"from"_s].toString()).value_or(0);
        rangeTo = parseRfc3339(range[u"to"_s].toString()).value_or(rangeTo);
    } else {
        for (const QJsonValue &r : deletion[u"records"_s].toArray()) {
            const QString c = r[u"category"_s].toString(), id = r[u"id"_s].toString();
            if (c == u"registration")
                registrationIds << id;
            else if (c == u"domain_usage")
                domainIds << id;
            else if (c == u"server_usage")
                serverIds << id;
        }
        if (!registrationIds.isEmpty())
            touched.insert(u"registration"_s);
        if (!domainIds.isEmpty())
            touched.insert(u"domain_usage"_s);
        if (!serverIds.isEmpty())
            touched.insert(u"server_usage"_s);
    }
    const bool wholeCategories = scope != u"records" || deletion.contains(u"range"_s);
    QJsonArray out;
    const auto keep = [&out](const QString &category, const QString &reason, qint64 until) {
        out.append(QJsonObject{{u"category"_s, category}, {u"reason"_s, reason}, {u"until"_s, isoUtc(until)},
                               {u"detail"_s, PolicyContent::retainedDetail(category, reason, Lang::En)}});
    };

    if (touched.contains(u"registration"_s)) {
        // Name, postal address and payment methods appear on invoices: business and tax records are
        // kept for three years after the account closes (retention: registration P3Y, legal obligation).
        bool billing = wholeCategories;
        for (const QString &id : registrationIds)
            billing = billing || id == u"name" || id == u"address" || id.startsWith(u"pm-");
        if (billing)
            keep(u"registration"_s, u"legal_obligation"_s, addYears(now, 3));
        // An open complaint is a dispute we still have to settle (policy VI (III)).
        if (const auto due = m_requests.latestOpenComplaintDue(account.id))
            keep(u"registration"_s, u"dispute"_s, *due);
    }
    if (touched.contains(u"domain_usage"_s)) {
        // Registrations, purchases, renewals and transfers are orders: kept 7 years after completion
        // (retention: domain_usage P7Y from order_completed). Searches and DNS changes are deleted.
        EventSelection selection;
        selection.byId = !wholeCategories;
        for (const QString &id : domainIds)
            selection.ids << id.toLongLong();
        selection.from = rangeFrom;
        selection.to = rangeTo;
        if (const auto order = m_events.latestDomainOrderAt(account.id, selection))
            keep(u"domain_usage"_s, u"legal_obligation"_s, addYears(*order, 7));
        if (const auto purchase = m_events.latestDomainPurchaseAt(account.id, now - 30 * DayMs, selection))
            keep(u"domain_usage"_s, u"open_order"_s, *purchase + 30 * DayMs);
    }
    if (touched.contains(u"server_usage"_s)) {
        // Usage of the current month is what this month's bill is made from: kept until it is billed.
        const qint64 monthStart = startOfMonth(now);
        bool current = false;
        if (wholeCategories) {
            const auto newest = m_events.newestLoginAt(account.id);
            current = newest && *newest >= monthStart && rangeTo >= monthStart;
        } else {
            for (const QString &id : serverIds) {
                const auto login = m_events.loginAt(account.id, id.toLongLong());
                current = current || (login && *login >= monthStart);
            }
        }
        if (current)
            keep(u"server_usage"_s, u"open_order"_s, addMonths(monthStart, 1) + 14 * DayMs);
    }
    return out;
}

} // namespace pd::provider
