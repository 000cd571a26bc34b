// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrantsApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;
using namespace pd::limits;

namespace {

HttpResponse notYours(const QString &id)
{
    return notFound(u"You have no grant "_s + id + u'.');
}

/// `status` as a list filter: one status, or every one for "all" (or nothing given).
std::optional<QStringList> statusFilter(const FormData &query, const QStringList &allowed)
{
    const QString status = query.value(u"status"_s);
    if (status.isEmpty() || status == u"all")
        return QStringList();
    if (!allowed.contains(status))
        return std::nullopt;
    return QStringList{status};
}

} // namespace

GrantsApi::GrantsApi(ProviderDb &db)
    : m_db(db)
    , m_grants(db)
    , m_audit(db)
{
}

const QStringList &GrantsApi::reasons()
{
    static const QStringList all{u"customer_request"_s, u"request_processing"_s, u"security_fraud"_s, u"legal_duty"_s};
    return all;
}

AuditEntry GrantsApi::entry(const Account &actor, const QString &action, const GrantRow &grant)
{
    AuditEntry e = AuditEntry::by(actor, action);
    e.accountId = grant.customer;
    e.staffPseudonym = grant.staffPseudonym; // the staff member the grant is for, whoever acts on it
    e.grantId = grant.id;
    e.reason = grant.reason;
    e.ticket = grant.ticket;
    e.categories = grant.categories;
    e.grantMinutes = grant.minutes;
    return e;
}

HttpResponse GrantsApi::create(const Account &staff, const HttpRequest &request)
{
    QJsonObject body;
    if (auto r = BodyValidation::object(request, &body))
        return *r;
    if (auto r = BodyValidation::onlyMembers(body, {u"account_id"_s, u"reason"_s, u"ticket"_s, u"justification"_s,
                                                    u"categories"_s, u"minutes"_s}))
        return *r;
    GrantRow g;
    QString accountId;
    for (auto [key, out] : {std::pair{u"account_id"_s, &accountId}, {u"reason"_s, &g.reason}, {u"ticket"_s, &g.ticket},
                            {u"justification"_s, &g.justification}})
        if (auto r = BodyValidation::stringMember(body, key, true, out))
            return *r;
    if (!reasons().contains(g.reason))
        return invalidValue(u"reason"_s, u"reason must be "_s + oneOf(reasons()) + u'.');
    if (auto r = BodyValidation::lengthBetween(u"ticket"_s, g.ticket, 1, kTicketMax))
        return *r;
    if (auto r = BodyValidation::lengthBetween(u"justification"_s, g.justification, kJustificationMin, kJustificationMax))
        return *r;
    g.ticket = g.ticket.trimmed();
    g.justification = g.justification.trimmed();
    const QJsonValue categories = body.value(u"categories"_s);
    if (!categories.isArray() || categories.toArray().isEmpty())
        return invalidValue(u"categories"_s, u"categories must list one or more of "_s
                                                 + oneOf(PolicyContent::categories()) + u'.');
    for (const QJsonValue &c : categories.toArray()) {
        if (!c.isString() || !PolicyContent::categories().contains(c.toString()) || g.categories.contains(c.toString()))
            return invalidValue(u"categories"_s, u"categories must list, once each, one or more of "_s
                                                     + oneOf(PolicyContent::categories()) + u'.');
        g.categories << c.toString();
    }
    g.minutes = kGrantMinutesDefault;
    if (body.contains(u"minutes"_s)) {
        const QJsonValue m = body.value(u"minutes"_s);
        if (!m.isDouble() || m.toDouble() != double(m.toInt()) || m.toInt() < 1 || m.toInt() > kGrantMinutesMax)
            return invalidValue(u"minutes"_s, u"minutes must be a whole number from 1 to %1."_s.arg(kGrantMinutesMax));
        g.minutes = m.toInt();
    }
    const auto customer = m_db.accountByAccountId(accountId);
    if (!customer || customer->role != u"customer")
        return invalidValue(u"account_id"_s, u"There is no customer "_s + accountId + u'.');

    const qint64 now = nowSeconds();
    g.id = Crypto::randomId(u"G-"_s, 6, true);
    g.account = customer->id;
    g.customer = customer->accountId;
    g.staff = staff.id;
    g.staffPseudonym = staff.staffPseudonym;
    g.requestedAt = now;
    // A customer who asks to be asked first decides; otherwise the grant is open at once.
    if (customer->askFirst) {
        g.status = u"pending"_s;
    } else {
        g.status = u"active"_s;
        g.decidedAt = now;
        g.expiresAt = now + qint64(g.minutes) * 60 * 1000;
    }
    AuditEntry e = entry(staff, customer->askFirst ? u"grant_requested"_s : u"grant_opened"_s, g);
    e.at = now;
    e.details = {{u"justification"_s, g.justification}, {u"status"_s, g.status}};
    if (!m_grants.insert(g) || !m_audit.append(e))
        return internalError();
    return jsonResponse(g.toJson(), 201).withHeader("Location", "/v1/staff/grants/" + g.id.toLatin1());
}

HttpResponse GrantsApi::end(const Account &staff, const QString &id)
{
    auto g = m_grants.load(id);
    if (!g || g->staff != staff.id)
        return notYours(id);
    const qint64 now = nowSeconds();
    if (g->status != u"pending" && !g->isLive(now))
        return withMembers(problem(409, u"grant-not-live"_s, u"Grant not live"_s,
                                   u"This grant is already over ("_s + g->status + u")."_s),
                           {{u"grant"_s, g->toJson()}});
    const QString was = g->status;
    g->status = u"ended"_s;
    g->endedAt = now;
    AuditEntry e = entry(staff, u"grant_ended"_s, *g);
    e.at = now;
    e.details = {{u"was"_s, was}};
    if (!m_grants.save(*g) || !m_audit.append(e))
        return internalError();
    return jsonResponse(g->toJson());
}

HttpResponse GrantsApi::decide(const Account &customer, const QString &id, bool approve)
{
    auto g = m_grants.load(id);
    if (!g || g->account != customer.id)
        return notFound(u"You have no grant "_s + id + u'.');
    if (g->status != u"pending")
        return withMembers(problem(409, u"grant-not-pending"_s, u"Grant not pending"_s,
                                   u"Only a pending grant can be approved or declined; this one is "_s + g->status
                                       + u'.'),
                           {{u"grant"_s, g->toJson()}});
    const qint64 now = nowSeconds();
    g->decidedAt = now;
    if (approve) {
        g->status = u"active"_s;
        g->expiresAt = now + qint64(g->minutes) * 60 * 1000;
    } else {
        g->status = u"declined"_s;
    }
    AuditEntry e = entry(customer, approve ? u"grant_approved"_s : u"grant_declined"_s, *g);
    e.at = now;
    if (!m_grants.save(*g) || !m_audit.append(e))
        return internalError();
    return jsonResponse(g->toJson());
}

HttpResponse GrantsApi::list(const Account &staff, const FormData &query)
{
    const auto statuses = statusFilter(query, {u"pending"_s, u"active"_s, u"declined"_s, u"expired"_s, u"ended"_s});
    if (!statuses)
        return invalidRequest(u"status must be all, pending, active, declined, expired or ended."_s);
    const auto grants = m_grants.list(staff.id, false, *statuses);
    if (!grants)
        return internalError();
    QJsonArray items;
    for (const GrantRow &g : *grants)
        items.append(g.toJson());
    AuditEntry read = AuditEntry::by(staff, u"grants_listed"_s);
    read.details = {{u"status"_s, query.value(u"status"_s)}, {u"items"_s, items.size()}};
    if (!m_audit.appendAlone(read))
        return internalError();
    return jsonResponse(QJsonObject{{u"items"_s, items}});
}

HttpResponse GrantsApi::get(const Account &staff, const QString &id)
{
    const auto g = m_grants.load(id);
    if (!g || g->staff != staff.id)
        return notYours(id);
    AuditEntry read = AuditEntry::by(staff, u"grant_read"_s);
    read.grantId = g->id;
    if (!m_audit.appendAlone(read))
        return internalError();
    return jsonResponse(g->toJson());
}

HttpResponse GrantsApi::customerList(const Account &customer, const FormData &query) const
{
    const auto statuses = statusFilter(query, {u"pending"_s, u"active"_s});
    if (!statuses)
        return invalidRequest(u"status must be pending, active or all."_s);
    const auto grants = m_grants.list(customer.id, true, *statuses);
    if (!grants)
        return internalError();
    QJsonArray items;
    for (const GrantRow &g : *grants)
        items.append(g.toJson());
    return jsonResponse(QJsonObject{{u"items"_s, items}});
}

QString GrantsApi::customerOf(const QString &id) const
{
    const auto g = m_grants.load(id);
    return g ? g->customer : QString();
}

} // namespace pd::provider
