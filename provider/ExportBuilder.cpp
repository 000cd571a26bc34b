// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportBuilder.h"

#include "Calendar.h"
#include "ConsentsApi.h"
#include "JsonResponse.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RequestDocument.h"
#include "ResourceApi.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

/// The `items` of a list the API would answer, as they would be sent.
QJsonValue items(const HttpResponse &list)
{
    return QJsonDocument::fromJson(list.body).object().value(u"items"_s);
}

} // namespace

ExportBuilder::ExportBuilder(ProviderDb &db, ResourceApi &resources, const ConsentsApi &consents)
    : m_db(db)
    , m_resources(resources)
    , m_consents(consents)
    , m_attachments(db)
    , m_events(db)
    , m_fieldUpdates(db)
    , m_requests(db)
    , m_notices(db)
    , m_policy(db)
{
}

HttpResponse ExportBuilder::response(const Account &account, const QString &requestId, Lang lang) const
{
    const auto row = m_requests.load(requestId, account.id);
    if (!row || row->type != u"export")
        return notFound(u"You have no export request "_s + requestId + u'.');
    if (!row->exportReady)
        return problem(409, u"export-not-ready"_s, u"Export not ready"_s,
                       u"The export is still being prepared; it is ready when the request shows export_ready."_s);
    return Language::negotiated(jsonResponse(document(account, *row, lang)), lang)
        .withHeader("Content-Disposition", "attachment; filename=\"privacy-export-" + row->id.toLatin1() + ".json\"");
}

QJsonObject ExportBuilder::document(const Account &account, const RequestRow &request, Lang lang) const
{
    QJsonArray requests;
    for (const RequestRow &r : m_requests.all(account.id))
        requests.append(RequestDocument::toJson(r, lang));
    const QString version = m_consents.policyVersion();
    return {
        {u"format"_s, u"json"_s},
        {u"request_id"_s, request.id},
        {u"generated_at"_s, isoUtc(nowSeconds())},
        {u"about"_s, PolicyContent::exportAbout(lang)},
        {u"account"_s, QJsonDocument::fromJson(m_resources.me(account.id).body).object()},
        {u"personal"_s, QJsonDocument::fromJson(m_resources.personal(account.id).body).object()},
        {u"devices"_s, m_db.documents(account.id, u"devices"_s)},
        {u"cookies"_s, m_db.documents(account.id, u"cookies"_s)},
        {u"consents"_s, m_consents.state(account, lang)},
        {u"consent_receipts"_s, m_consents.receiptItems(account.id)},
        {u"policy_acceptances"_s, items(m_policy.acceptances(account.id))},
        {u"incidents"_s, items(m_notices.incidents(account.id, lang))},
        {u"disclosures"_s, items(m_notices.disclosures(account.id, lang))},
        {u"requests"_s, requests},
        {u"attachments"_s, m_attachments.listJson(account.id)},
        {u"field_updates"_s, m_fieldUpdates.listJson(account.id)},
        {u"usage"_s, usage(account.id)},
        {u"purposes"_s, PolicyContent::purposes(version).value(u"items"_s)},
        {u"sharing"_s, PolicyContent::sharing(version, lang).value(u"items"_s)},
        {u"retention"_s, PolicyContent::retention(version).value(u"items"_s)},
    };
}

QJsonObject ExportBuilder::usage(qint64 account) const
{
    QJsonObject usage;
    for (const EventKind kind : {EventKind::Server, EventKind::Domain}) {
        const qint64 total = m_events.count(kind, account);
        const qint64 maxId = m_events.maxId(kind, account);
        const bool complete = total <= FullLogLimit;
        const int limit = int(complete ? qMax<qint64>(1, total) : RecentEvents);
        const qint64 after = complete ? 0 : qMax<qint64>(0, maxId - RecentEvents);
        const EventPage page = m_events.page(kind, account, after, limit);
        const QJsonArray items = QJsonDocument::fromJson(page.itemsJson).array();
        usage.insert(kind == EventKind::Server ? u"servers"_s : u"domains"_s,
                     QJsonObject{{u"total"_s, total},
                                 {u"included"_s, items.size()},
                                 {u"complete"_s, complete},
                                 {u"items"_s, items}});
    }
    return usage;
}

} // namespace pd::provider
