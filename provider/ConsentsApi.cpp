// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentsApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "NullableJson.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

bool defaultConsent(const QString &username, const QString &purpose)
{
    // Demo state: alice allowed personalisation and analytics but not marketing or research;
    // bob only agreed to product research; everyone else starts with nothing granted.
    if (username == u"alice")
        return purpose == u"personalisation" || purpose == u"analytics_cookies";
    if (username == u"bob")
        return purpose == u"product_research";
    return false;
}

QJsonObject receiptJson(const ConsentReceipt &r)
{
    return {{u"id"_s, r.id}, {u"purpose"_s, r.purpose}, {u"granted"_s, r.granted}, {u"at"_s, isoUtc(r.at)},
            {u"policy_version"_s, r.policyVersion}};
}

} // namespace

ConsentsApi::ConsentsApi(ProviderDb &db)
    : m_consents(db)
    , m_policy(db)
{
}

bool ConsentsApi::ensureStartingState(const Account &account)
{
    for (const QString &purpose : PolicyContent::consentPurposes(m_policy.current()))
        if (!m_consents.ensure(account.id, purpose, defaultConsent(account.username, purpose)))
            return false;
    return true;
}

QJsonObject ConsentsApi::state(const Account &account, Lang lang) const
{
    const QString version = m_policy.current();
    QJsonArray items;
    for (const QString &purpose : PolicyContent::consentPurposes(version)) {
        const Consent c = m_consents.consent(account.id, purpose).value_or(
            Consent{defaultConsent(account.username, purpose), 0});
        items.append(QJsonObject{{u"purpose"_s, purpose}, {u"granted"_s, c.granted},
                                 {u"changed_at"_s, timeOrNull(c.changedAt)},
                                 {u"affects"_s, PolicyContent::consentAffects(purpose, lang)}});
    }
    return {{u"policy_version"_s, version}, {u"items"_s, items}};
}

QJsonArray ConsentsApi::receiptItems(qint64 account) const
{
    QJsonArray items;
    for (const ConsentReceipt &r : m_consents.receipts(account))
        items.append(receiptJson(r));
    return items;
}

HttpResponse ConsentsApi::list(const Account &account, Lang lang) const
{
    return Language::negotiated(jsonResponse(state(account, lang)), lang);
}

HttpResponse ConsentsApi::receipts(const Account &account) const
{
    return jsonResponse(QJsonObject{{u"items"_s, receiptItems(account.id)}});
}

HttpResponse ConsentsApi::put(const Account &account, const HttpRequest &request, const QString &purpose)
{
    const QString current = m_policy.current();
    if (!PolicyContent::consentPurposes(current).contains(purpose))
        return notFound(u"There is no consent purpose '"_s + purpose + u"'."_s);
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    if (auto refused = BodyValidation::onlyMembers(body, {u"granted"_s, u"policy_version"_s}))
        return *refused;
    if (!body.value(u"granted"_s).isBool())
        return invalidRequest(u"The member 'granted' is required and must be true or false."_s);
    QString version;
    if (auto refused = BodyValidation::stringMember(body, u"policy_version"_s, true, &version))
        return *refused;
    // The current version, or the one the customer last accepted: a consent changed offline just
    // before a new version was published is not refused. A purpose that a later version brought in
    // needs that version (or a later one): it is not in the text the customer would be confirming.
    if ((version != current && version != account.policyVersionAccepted)
        || !PolicyContent::consentPurposes(version).contains(purpose))
        return invalidValue(u"policy_version"_s, u"Consent is given under the current policy, version "_s + current
                                                     + u"; read it again and confirm."_s);
    const ConsentReceipt receipt{Crypto::randomId(u"CR-"_s, 6, true), purpose, body.value(u"granted"_s).toBool(),
                                 nowSeconds(), version};
    if (!ensureStartingState(account) || !m_consents.set(account.id, purpose, receipt.granted, receipt.at)
        || !m_consents.insertReceipt(account.id, receipt))
        return internalError();
    return jsonResponse(receiptJson(receipt));
}

} // namespace pd::provider
