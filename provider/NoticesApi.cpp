// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticesApi.h"

#include "Calendar.h"
#include "JsonResponse.h"
#include "NullableJson.h"
#include "Problem.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

NoticesApi::NoticesApi(ProviderDb &db)
    : m_notices(db)
{
}

const QStringList &NoticesApi::adviceCodes()
{
    static const QStringList all{u"change_password"_s, u"watch_phishing"_s, u"review_devices"_s, u"check_payments"_s};
    return all;
}

QJsonObject NoticesApi::incidentJson(const IncidentRow &i, Lang lang)
{
    QJsonArray updates;
    for (const IncidentUpdateRow &u : i.updates)
        updates.append(QJsonObject{{u"at"_s, isoUtc(u.at)}, {u"text"_s, u.text.in(lang)}});
    return {{u"id"_s, i.id},
            {u"title"_s, i.title.in(lang)},
            {u"what_happened"_s, i.whatHappened.in(lang)},
            {u"occurred_at"_s, isoUtc(i.occurredAt)},
            {u"detected_at"_s, isoUtc(i.detectedAt)},
            {u"notified_at"_s, isoUtc(i.notifiedAt)},
            {u"categories"_s, QJsonArray::fromStringList(i.categories)},
            {u"what_we_did"_s, i.whatWeDid.in(lang)},
            {u"advice"_s, QJsonArray::fromStringList(i.advice)},
            {u"updates"_s, updates},
            {u"updated_at"_s, isoUtc(i.updatedAt)}};
}

QJsonObject NoticesApi::disclosureJson(const DisclosureRow &d, Lang lang)
{
    const bool delayed = d.notifyAfter > 0;
    return {{u"id"_s, d.id},
            {u"authority"_s, d.authority.in(lang)},
            {u"legal_basis"_s, d.legalBasis.in(lang)},
            {u"categories"_s, QJsonArray::fromStringList(d.categories)},
            {u"disclosed_at"_s, isoUtc(d.disclosedAt)},
            {u"reference"_s, d.reference},
            {u"notice_delayed"_s, delayed},
            {u"delay_ended_at"_s, delayed ? timeOrNull(d.notifyAfter) : QJsonValue(QJsonValue::Null)},
            // Told when it was recorded, or when the delay ended if that was later.
            {u"notified_at"_s, isoUtc(qMax(d.createdAt, d.notifyAfter))}};
}

namespace {

/// `{items}` of the rows as `toJson` writes them in `lang`, or 500 when the database failed.
template<typename Row, typename ToJson>
HttpResponse itemsIn(const std::optional<QList<Row>> &rows, ToJson toJson, Lang lang)
{
    if (!rows)
        return internalError();
    QJsonArray items;
    for (const Row &row : *rows)
        items.append(toJson(row, lang));
    return Language::negotiated(jsonResponse(QJsonObject{{u"items"_s, items}}), lang);
}

} // namespace

HttpResponse NoticesApi::incidents(qint64 account, Lang lang) const
{
    return itemsIn(m_notices.incidentsFor(account), &incidentJson, lang);
}

HttpResponse NoticesApi::disclosures(qint64 account, Lang lang) const
{
    return itemsIn(m_notices.disclosuresFor(account, nowSeconds()), &disclosureJson, lang);
}

} // namespace pd::provider
