// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrantViewsApi.h"

#include "Calendar.h"
#include "EventsRepository.h"
#include "JsonResponse.h"
#include "Language.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "ResourceApi.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

struct View
{
    const char16_t *name;
    const char16_t *category; ///< empty: any live grant
};

constexpr View views[] = {
    {u"personal", u"registration"}, {u"usage/servers", u"server_usage"}, {u"usage/domains", u"domain_usage"},
    {u"devices", u"devices"},       {u"cookies", u"cookies"},            {u"purposes", u""},
    {u"sharing", u""},              {u"retention", u""},                 {u"consents", u""},
};

} // namespace

GrantViewsApi::GrantViewsApi(ProviderDb &db, ResourceApi &resources)
    : m_db(db)
    , m_resources(resources)
    , m_consents(db)
    , m_grants(db)
    , m_audit(db)
{
}

bool GrantViewsApi::isView(const QString &view)
{
    for (const View &v : views)
        if (view == QStringView(v.name))
            return true;
    return false;
}

QString GrantViewsApi::categoryOf(const QString &view)
{
    for (const View &v : views)
        if (view == QStringView(v.name))
            return QString::fromUtf16(v.category);
    return {};
}

HttpResponse GrantViewsApi::read(const Account &staff, const QString &grantId, const QString &view,
                                 const HttpRequest &request, const FormData &query)
{
    const qint64 now = nowSeconds();
    const auto grant = m_grants.load(grantId);
    const QString category = categoryOf(view);
    if (!grant || grant->staff != staff.id || !grant->isLive(now)
        || (!category.isEmpty() && !grant->categories.contains(category)))
        return problem(403, u"grant-required"_s, u"Grant required"_s,
                       category.isEmpty()
                           ? u"Reading this needs a live grant of yours for the customer."_s
                           : u"Reading this needs a live grant of yours for the customer that covers "_s + category + u'.');
    const auto customer = m_db.accountById(grant->account);
    if (!customer)
        return internalError();
    const HttpResponse answer = document(*customer, view, request, query);
    if (answer.status != 200)
        return answer;
    AuditEntry e = AuditEntry::by(staff, u"viewed"_s);
    e.accountId = grant->customer;
    e.grantId = grant->id;
    e.reason = grant->reason;
    e.ticket = grant->ticket;
    if (!category.isEmpty())
        e.categories = {category};
    e.grantMinutes = grant->minutes;
    e.details = {{u"view"_s, view}};
    if (!m_audit.appendAlone(e))
        return internalError();
    return answer;
}

HttpResponse GrantViewsApi::document(const Account &customer, const QString &view, const HttpRequest &request,
                                     const FormData &query) const
{
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    if (view == u"personal")
        return m_resources.personal(customer.id);
    if (view == u"usage/servers")
        return m_resources.events(EventKind::Server, customer.id, query);
    if (view == u"usage/domains")
        return m_resources.events(EventKind::Domain, customer.id, query);
    if (view == u"devices" || view == u"cookies")
        return m_resources.documents(customer.id, view);
    if (view == u"purposes")
        return jsonResponse(PolicyContent::purposes(m_consents.policyVersion()));
    if (view == u"sharing")
        return Language::negotiated(jsonResponse(PolicyContent::sharing(m_consents.policyVersion(), lang)), lang);
    if (view == u"retention")
        return jsonResponse(PolicyContent::retention(m_consents.policyVersion()));
    return Language::negotiated(jsonResponse(m_consents.state(customer, lang)), lang);
}

} // namespace pd::provider
