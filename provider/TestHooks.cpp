// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHooks.h"

#include "Calendar.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RequestDocument.h"
#include "RequestLifecycle.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

TestHooks::TestHooks(ProviderDb &db)
    : m_db(db)
    , m_attachments(db)
    , m_consents(db)
    , m_fieldUpdates(db)
    , m_requests(db)
    , m_notices(db)
{
}

HttpResponse TestHooks::effects(const FormData &query) const
{
    if (!query.has(u"account"_s))
        return invalidRequest(u"account is required."_s);
    const auto account = m_db.accountByUsername(query.value(u"account"_s));
    if (!account)
        return notFound(u"No such account."_s);
    return jsonResponse(QJsonObject{{u"requests"_s, m_requests.count(account->id)},
                                    {u"field_updates"_s, m_fieldUpdates.count(account->id)},
                                    {u"consent_changes"_s, m_consents.receiptCount(account->id)},
                                    {u"attachments"_s, m_attachments.count(account->id)},
                                    {u"replays"_s, m_replays.value(account->id)}});
}

HttpResponse TestHooks::requestStatus(const QString &id, const FormData &query)
{
    auto row = m_requests.load(id, std::nullopt);
    if (!row)
        return notFound(u"No such request."_s);
    const bool hasStatus = query.has(u"status"_s), hasExtension = query.has(u"extend_reason"_s);
    if (!hasStatus && !hasExtension && !query.has(u"status_reason"_s))
        return invalidRequest(u"Give status (and optionally note, status_reason), or extend_reason."_s);
    const qint64 now = nowSeconds();
    if (hasStatus) {
        // Any status, from any status: the hook stands in for staff moves that are not built yet.
        const QString status = query.value(u"status"_s);
        if (!RequestLifecycle::statuses().contains(status))
            return invalidRequest(u"status must be one of "_s + RequestLifecycle::statuses().join(u", "_s) + u'.');
        const QString note = query.value(u"note"_s);
        RequestLifecycle::moveTo(*row, status, now, note.isEmpty() ? QJsonValue() : QJsonValue(note));
    }
    if (query.has(u"status_reason"_s)) {
        const QString reason = query.value(u"status_reason"_s);
        row->statusReason = reason.isEmpty() ? QString() : reason;
    }
    if (hasExtension) {
        // The contract allows extending the deadline by up to kExtensionMonthsMax further months, with a reason.
        int months = pd::limits::kExtensionMonthsMax;
        if (query.has(u"extend_months"_s)) {
            QStringList allowed;
            for (int m = 1; m <= pd::limits::kExtensionMonthsMax; ++m)
                allowed << QString::number(m);
            months = int(allowed.indexOf(query.value(u"extend_months"_s))) + 1;
            if (months == 0)
                return invalidRequest(u"extend_months must be "_s + oneOf(allowed) + u'.');
        }
        const QString reason = query.value(u"extend_reason"_s);
        if (reason.trimmed().isEmpty())
            return invalidRequest(u"extend_reason must say why the deadline is extended."_s);
        RequestLifecycle::extend(*row, months, reason);
    }
    row->updatedAt = now;
    if (!m_db.begin())
        return internalError();
    if (!m_requests.saveState(*row) || !m_db.commit()) {
        m_db.rollback();
        return internalError();
    }
    return jsonResponse(RequestDocument::toJson(*row, Lang::En));
}

HttpResponse TestHooks::addIncident(const FormData &query)
{
    const QString title = query.value(u"title"_s).trimmed();
    if (!query.has(u"account"_s) || title.isEmpty() || title.size() > 512)
        return invalidRequest(u"account and title (1 to 512 characters) are required."_s);
    const auto account = m_db.accountByUsername(query.value(u"account"_s));
    if (!account)
        return notFound(u"No such account."_s);
    const qint64 now = nowSeconds();
    IncidentRow row;
    row.id = Crypto::randomId(u"INC-"_s, 6, true);
    row.title = StoredText::asWritten(title);
    row.whatHappened = StoredText::asWritten(u"An incident added through the provider's test hooks."_s);
    row.whatWeDid = StoredText::asWritten(u"Nothing: it is a test."_s);
    row.occurredAt = row.detectedAt = row.notifiedAt = row.updatedAt = now;
    row.categories = {u"registration"_s};
    row.advice = {u"watch_phishing"_s};
    if (!m_db.begin())
        return internalError();
    if (!m_notices.insertIncident(row, {account->id}) || !m_db.commit()) {
        m_db.rollback();
        return internalError();
    }
    return jsonResponse(QJsonObject{{u"id"_s, row.id}}, 201);
}

} // namespace pd::provider
