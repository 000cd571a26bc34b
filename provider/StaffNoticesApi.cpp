// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffNoticesApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "NoticesApi.h"
#include "NullableJson.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;
using namespace pd::limits;

namespace {

/// How many accounts one incident may name in one call.
constexpr int kIncidentAccountsMax = 10000;

/// The body as a JSON object with no member outside `members`.
std::optional<HttpResponse> readBody(const HttpRequest &request, const QStringList &members, QJsonObject *body)
{
    if (auto refused = BodyValidation::object(request, body))
        return refused;
    return BodyValidation::onlyMembers(*body, members);
}

} // namespace

StaffNoticesApi::StaffNoticesApi(ProviderDb &db)
    : m_db(db)
    , m_notices(db)
    , m_audit(db)
{
}

std::optional<HttpResponse> StaffNoticesApi::customer(const QString &field, const QString &name, Account *out) const
{
    auto account = m_db.accountByUsername(name);
    if (!account)
        account = m_db.accountByAccountId(name);
    if (!account || account->role != u"customer")
        return invalidValue(field, u"'"_s + name + u"' is not a customer's username or account id."_s);
    *out = *account;
    return std::nullopt;
}

bool StaffNoticesApi::audit(const Account &supervisor, const QString &action, const QStringList &categories,
                            const QJsonObject &details)
{
    AuditEntry entry = AuditEntry::by(supervisor, action);
    entry.at = nowSeconds();
    entry.reason = u"legal_duty"_s;
    entry.categories = categories;
    entry.details = details;
    return m_audit.append(entry);
}

HttpResponse StaffNoticesApi::incidentAnswer(const QString &id, const HttpRequest &request, int status) const
{
    const auto row = m_notices.incident(id);
    if (!row)
        return internalError();
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    QJsonObject o = NoticesApi::incidentJson(*row, lang);
    o.insert(u"accounts"_s, QJsonArray::fromStringList(m_notices.incidentAccounts(id)));
    return Language::negotiated(jsonResponse(o, status), lang);
}

HttpResponse StaffNoticesApi::addIncident(const Account &supervisor, const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = readBody(request, {u"accounts"_s, u"title"_s, u"what_happened"_s, u"occurred_at"_s,
                                          u"detected_at"_s, u"categories"_s, u"what_we_did"_s, u"advice"_s}, &body))
        return *refused;
    const QJsonValue names = body.value(u"accounts"_s);
    if (!names.isArray())
        return invalidRequest(u"The member 'accounts' is required: an array of usernames or account ids."_s);
    if (names.toArray().isEmpty() || names.toArray().size() > kIncidentAccountsMax)
        return invalidValue(u"accounts"_s, u"Name 1 to %1 accounts."_s.arg(kIncidentAccountsMax));
    QList<qint64> accounts;
    QStringList accountIds;
    for (const QJsonValue &name : names.toArray()) {
        if (!name.isString())
            return invalidRequest(u"The member 'accounts' must be an array of strings."_s);
        Account a;
        if (auto refused = customer(u"accounts"_s, name.toString(), &a))
            return *refused;
        if (accounts.contains(a.id))
            return invalidValue(u"accounts"_s, u"'"_s + name.toString() + u"' is named twice."_s);
        accounts.append(a.id);
        accountIds.append(a.accountId);
    }
    IncidentRow row;
    QString title, happened, did;
    if (auto refused = BodyValidation::text(body, u"title"_s, true, 1, kSubjectMax, &title))
        return *refused;
    if (auto refused = BodyValidation::text(body, u"what_happened"_s, true, 1, kMessageMax, &happened))
        return *refused;
    if (auto refused = BodyValidation::text(body, u"what_we_did"_s, true, 1, kMessageMax, &did))
        return *refused;
    if (auto refused = BodyValidation::time(body, u"occurred_at"_s, true, &row.occurredAt))
        return *refused;
    if (auto refused = BodyValidation::time(body, u"detected_at"_s, true, &row.detectedAt))
        return *refused;
    if (auto refused = BodyValidation::codes(body, u"categories"_s, PolicyContent::categories(), false, &row.categories))
        return *refused;
    if (auto refused = BodyValidation::codes(body, u"advice"_s, NoticesApi::adviceCodes(), true, &row.advice))
        return *refused;
    const qint64 now = nowSeconds();
    if (row.detectedAt < row.occurredAt)
        return invalidValue(u"detected_at"_s, u"An incident is detected after it occurs, not before."_s);
    if (row.detectedAt > now)
        return invalidValue(u"detected_at"_s, u"An incident is told once it has been detected, not before."_s);
    row.id = Crypto::randomId(u"INC-"_s, 6, true);
    row.title = StoredText::asWritten(title);
    row.whatHappened = StoredText::asWritten(happened);
    row.whatWeDid = StoredText::asWritten(did);
    row.notifiedAt = row.updatedAt = now;
    if (!m_notices.insertIncident(row, accounts)
        || !audit(supervisor, u"incident_added"_s, row.categories,
                  {{u"incident_id"_s, row.id}, {u"accounts"_s, QJsonArray::fromStringList(accountIds)}}))
        return internalError();
    return incidentAnswer(row.id, request, 201);
}

HttpResponse StaffNoticesApi::addIncidentUpdate(const Account &supervisor, const QString &id, const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = readBody(request, {u"text"_s}, &body))
        return *refused;
    QString text;
    if (auto refused = BodyValidation::text(body, u"text"_s, true, 1, kMessageMax, &text))
        return *refused;
    const auto incident = m_notices.incident(id);
    if (!incident)
        return notFound(u"There is no incident "_s + id + u'.');
    // A client takes at most this many updates of one incident (app/domain/NoticeCodecs.cpp): one
    // more would make every concerned customer's sync fail.
    constexpr qsizetype kMaxUpdates = 256;
    if (incident->updates.size() >= kMaxUpdates)
        return problem(409, u"too-many-updates"_s, u"Too many updates"_s,
                       u"This incident has "_s + QString::number(kMaxUpdates)
                           + u" updates already: open a new incident that refers to it."_s);
    if (!m_notices.insertIncidentUpdate(id, {nowSeconds(), StoredText::asWritten(text)})
        || !audit(supervisor, u"incident_updated"_s, incident->categories,
                  {{u"incident_id"_s, id}, {u"accounts"_s, QJsonArray::fromStringList(m_notices.incidentAccounts(id))}}))
        return internalError();
    return incidentAnswer(id, request, 201);
}

HttpResponse StaffNoticesApi::addDisclosure(const Account &supervisor, const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = readBody(request, {u"account"_s, u"authority"_s, u"legal_basis"_s, u"categories"_s,
                                          u"disclosed_at"_s, u"reference"_s, u"notify_after"_s}, &body))
        return *refused;
    QString name, authority, basis;
    DisclosureRow row;
    if (auto refused = BodyValidation::stringMember(body, u"account"_s, true, &name))
        return *refused;
    Account a;
    if (auto refused = customer(u"account"_s, name, &a))
        return *refused;
    if (auto refused = BodyValidation::text(body, u"authority"_s, true, 1, kSubjectMax, &authority))
        return *refused;
    if (auto refused = BodyValidation::text(body, u"legal_basis"_s, true, 1, kReasonMax, &basis))
        return *refused;
    if (auto refused = BodyValidation::text(body, u"reference"_s, true, 1, kSubjectMax, &row.reference))
        return *refused;
    if (auto refused = BodyValidation::codes(body, u"categories"_s, PolicyContent::categories(), false, &row.categories))
        return *refused;
    if (auto refused = BodyValidation::time(body, u"disclosed_at"_s, true, &row.disclosedAt))
        return *refused;
    if (auto refused = BodyValidation::time(body, u"notify_after"_s, false, &row.notifyAfter))
        return *refused;
    const qint64 now = nowSeconds();
    if (row.disclosedAt > now)
        return invalidValue(u"disclosed_at"_s, u"A disclosure is recorded once it has been made, not before."_s);
    if (row.notifyAfter > 0 && row.notifyAfter <= row.disclosedAt)
        return invalidValue(u"notify_after"_s, u"A notice delayed by law ends after the disclosure."_s);
    row.id = Crypto::randomId(u"DSC-"_s, 6, true);
    row.account = a.id;
    row.authority = StoredText::asWritten(authority);
    row.legalBasis = StoredText::asWritten(basis);
    row.createdAt = now;
    if (!m_notices.insertDisclosure(row)
        || !audit(supervisor, u"disclosure_added"_s, row.categories,
                  {{u"disclosure_id"_s, row.id}, {u"customer"_s, a.accountId},
                   {u"notify_after"_s, timeOrNull(row.notifyAfter)}}))
        return internalError();
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    QJsonObject o = NoticesApi::disclosureJson(row, lang);
    o.insert(u"account_id"_s, a.accountId);
    o.insert(u"notify_after"_s, timeOrNull(row.notifyAfter));
    o.insert(u"visible_to_customer"_s, row.notifyAfter <= now);
    return Language::negotiated(jsonResponse(o, 201), lang);
}

} // namespace pd::provider
