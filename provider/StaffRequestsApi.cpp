// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffRequestsApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "JsonResponse.h"
#include "Language.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RequestLifecycle.h"
#include "RequestValidation.h"
#include "ResourceApi.h"
#include "StaffRequestView.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

StaffRequestsApi::StaffRequestsApi(ProviderDb &db, ResourceApi &resources)
    : m_db(db)
    , m_resources(resources)
    , m_requests(db)
    , m_attachments(db)
    , m_actions(db)
    , m_audit(db)
{
}

HttpResponse StaffRequestsApi::queue(const Account &staff, const FormData &query)
{
    QueueQuery q;
    q.now = nowSeconds();
    q.me = staff.id;
    const QString status = query.value(u"status"_s);
    if (status.isEmpty())
        q.statuses = RequestLifecycle::openStatuses();
    else if (status != u"all") {
        if (!RequestLifecycle::statuses().contains(status))
            return invalidRequest(u"status must be all or "_s + oneOf(RequestLifecycle::statuses()) + u'.');
        q.statuses = {status};
    }
    q.type = query.value(u"type"_s);
    if (!q.type.isEmpty() && !RequestValidation::types().contains(q.type))
        return invalidRequest(u"type must be "_s + oneOf(RequestValidation::types()) + u'.');
    const QString assignee = query.value(u"assignee"_s);
    if (assignee == u"me")
        q.assignee = QueueQuery::Assignee::Me;
    else if (assignee == u"none")
        q.assignee = QueueQuery::Assignee::Nobody;
    else if (!assignee.isEmpty() && assignee != u"any")
        return invalidRequest(u"assignee must be me, none or any."_s);
    const QString overdue = query.value(u"overdue"_s);
    if (overdue == u"true" || overdue == u"false")
        q.overdue = overdue == u"true";
    else if (!overdue.isEmpty())
        return invalidRequest(u"overdue must be true or false."_s);
    // A cursor belongs to one set of filters (and to the staff member it was given to).
    const QString collection = u"staff-requests|"_s + status + u'|' + q.type + u'|' + assignee + u'|' + overdue;
    if (auto refused = m_resources.readPaging(query, staff.accountId, collection, &q.limit, &q.afterSeq))
        return *refused;
    const auto page = m_requests.queuePage(q);
    if (!page)
        return internalError();
    QJsonArray items;
    qint64 last = q.afterSeq;
    for (const RequestRow &row : page->rows) {
        items.append(StaffRequestView::item(row, staff.id, q.now));
        last = row.seq;
    }
    AuditEntry entry = AuditEntry::by(staff, u"queue_viewed"_s);
    entry.details = {{u"status"_s, status}, {u"type"_s, q.type}, {u"assignee"_s, assignee}, {u"overdue"_s, overdue},
                     {u"items"_s, items.size()}};
    if (!m_audit.appendAlone(entry))
        return internalError();
    return jsonResponse(QJsonObject{{u"items"_s, items},
                                    {u"next_cursor"_s, m_resources.makeCursor(staff.accountId, collection, last)},
                                    {u"has_more"_s, page->hasMore}});
}

HttpResponse StaffRequestsApi::document(const Account &staff, const RequestRow &row, const HttpRequest &request,
                                        int status) const
{
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    const QJsonArray attachments = m_attachments.describe(row.account, StaffRequestView::attachmentIds(row));
    return Language::negotiated(
        jsonResponse(StaffRequestView::detail(row, staff.id, nowSeconds(), lang, attachments), status), lang);
}

HttpResponse StaffRequestsApi::get(const Account &staff, const QString &id, const HttpRequest &request)
{
    const auto row = m_requests.load(id, std::nullopt);
    if (!row)
        return notFound(u"There is no request "_s + id + u'.');
    const HttpResponse answer = document(staff, *row, request, 200);
    AuditEntry entry = AuditEntry::by(staff, u"request_viewed"_s);
    entry.accountId = row->customer;
    entry.reason = u"request_processing"_s;
    entry.ticket = row->id;
    entry.details = {{u"request_id"_s, row->id}};
    if (!m_audit.appendAlone(entry))
        return internalError();
    return answer;
}

HttpResponse StaffRequestsApi::act(const Account &staff, const QString &id, const HttpRequest &request)
{
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    auto row = m_requests.load(id, std::nullopt);
    if (!row)
        return notFound(u"There is no request "_s + id + u'.');
    if (auto refused = m_actions.apply(staff, *row, body, nowSeconds()))
        return *refused;
    return document(staff, *row, request, 200);
}

QString StaffRequestsApi::customerOf(const QString &id) const
{
    const auto row = m_requests.load(id, std::nullopt);
    return row ? row->customer : QString();
}

} // namespace pd::provider
