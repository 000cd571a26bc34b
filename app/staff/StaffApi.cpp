// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffApi.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "domain/StaffCodecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QString enc(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

/// Runs `done` with the decoded answer once the job finishes, unless `context` is gone.
template<typename T, typename Decode>
ApiJob *wire(ApiJob *job, QObject *context, std::function<void(Result<T>)> done, Decode decode)
{
    QObject::connect(job, &ApiJob::finished, context, [done = std::move(done), decode](const ApiResponse &r) {
        if (!r.ok()) {
            done(Result<T>(r.error));
            return;
        }
        done(decode(r.body));
    });
    return job;
}

Error invalid(const char *member, const QString &why)
{
    return Error::make(ErrorCode::WrongType, QLatin1String(member) + QStringLiteral(": ") + why);
}

QList<QPair<QByteArray, QByteArray>> idempotent(const QString &key)
{
    return {{QByteArrayLiteral("Idempotency-Key"), key.toLatin1()}};
}

} // namespace

StaffApi::StaffApi(ApiClient *api)
    : m_api(api)
{
}

ApiJob *StaffApi::queue(const QueueQuery &q, QObject *context, Done<ApiPage<StaffRequest>> done)
{
    QUrlQuery query;
    if (!q.status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), q.status);
    if (!q.type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), q.type);
    if (!q.assignee.isEmpty())
        query.addQueryItem(QStringLiteral("assignee"), q.assignee);
    if (q.overdue)
        query.addQueryItem(QStringLiteral("overdue"), *q.overdue ? QStringLiteral("true") : QStringLiteral("false"));
    if (!q.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(q.cursor)));
    if (q.limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    return wire<ApiPage<StaffRequest>>(m_api->get(QStringLiteral("/v1/staff/requests"), query), context, std::move(done),
                                       &codec::decodeStaffQueue);
}

ApiJob *StaffApi::request(const QString &id, QObject *context, Done<StaffRequestDetail> done)
{
    return wire<StaffRequestDetail>(m_api->get(QStringLiteral("/v1/staff/requests/") + enc(id)), context, std::move(done),
                                    &codec::decodeStaffRequest);
}

Result<QByteArray> StaffApi::stepBody(const StaffStep &step)
{
    QJsonObject o{{QStringLiteral("action"), staffActionCode(step.action)}};
    const QString text = step.text.trimmed();
    switch (step.action) {
    case StaffStep::Action::Assign:
    case StaffStep::Action::StartReview:
        break;
    case StaffStep::Action::AskInfo:
        if (text.isEmpty() || text.size() > limits::kQuestionMax)
            return invalid("question", QStringLiteral("1..%1 characters").arg(limits::kQuestionMax));
        o.insert(QStringLiteral("question"), text);
        break;
    case StaffStep::Action::Complete:
        if (text.size() > limits::kAnswerMax)
            return invalid("answer", QStringLiteral("at most %1 characters").arg(limits::kAnswerMax));
        if (!text.isEmpty())
            o.insert(QStringLiteral("answer"), text);
        break;
    case StaffStep::Action::Reject: {
        bool known = false;
        for (const char *c : kRejectionCodes)
            known = known || step.reasonCode == QLatin1String(c);
        if (!known)
            return invalid("reason_code", QStringLiteral("not one of the rejection codes"));
        if (text.isEmpty() || text.size() > limits::kQuestionMax)
            return invalid("reason_text", QStringLiteral("1..%1 characters").arg(limits::kQuestionMax));
        o.insert(QStringLiteral("reason_code"), step.reasonCode);
        o.insert(QStringLiteral("reason_text"), text);
        break;
    }
    case StaffStep::Action::Extend:
        if (step.months < 1 || step.months > limits::kExtensionMonthsMax)
            return invalid("months", QStringLiteral("1..%1").arg(limits::kExtensionMonthsMax));
        if (text.isEmpty() || text.size() > limits::kQuestionMax)
            return invalid("reason", QStringLiteral("1..%1 characters").arg(limits::kQuestionMax));
        o.insert(QStringLiteral("months"), step.months);
        o.insert(QStringLiteral("reason"), text);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiJob *StaffApi::act(const QString &requestId, const StaffStep &step, const QString &idempotencyKey, QObject *context,
                      Done<StaffRequestDetail> done)
{
    Result<QByteArray> body = stepBody(step);
    if (!body) {
        const Error e = body.error();
        QMetaObject::invokeMethod(context, [done, e] { done(e); }, Qt::QueuedConnection);
        return nullptr;
    }
    ApiJob *job = m_api->send(QByteArrayLiteral("POST"), QStringLiteral("/v1/staff/requests/") + enc(requestId) + QStringLiteral("/actions"),
                              *body, kJson, idempotent(idempotencyKey));
    return wire<StaffRequestDetail>(job, context, std::move(done), &codec::decodeStaffRequest);
}

ApiJob *StaffApi::searchCustomers(const QString &text, QObject *context, Done<QList<CustomerHit>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())));
    return wire<QList<CustomerHit>>(m_api->get(QStringLiteral("/v1/staff/customers"), query), context, std::move(done),
                                    &codec::decodeCustomerHits);
}

Result<QByteArray> StaffApi::grantBody(const GrantRequest &g)
{
    if (g.accountId.trimmed().isEmpty())
        return invalid("account_id", QStringLiteral("required"));
    if (g.reason == AccessReason::Unknown)
        return invalid("reason", QStringLiteral("required"));
    const QString ticket = g.ticket.trimmed();
    if (ticket.isEmpty() || ticket.size() > limits::kTicketMax)
        return invalid("ticket", QStringLiteral("1..%1 characters").arg(limits::kTicketMax));
    const QString why = g.justification.trimmed();
    if (why.size() < limits::kJustificationMin || why.size() > limits::kJustificationMax)
        return invalid("justification",
                       QStringLiteral("%1..%2 characters").arg(limits::kJustificationMin).arg(limits::kJustificationMax));
    if (g.categories.isEmpty())
        return invalid("categories", QStringLiteral("at least one"));
    if (g.minutes < 1 || g.minutes > limits::kGrantMinutesMax)
        return invalid("minutes", QStringLiteral("1..%1").arg(limits::kGrantMinutesMax));
    QJsonArray cats;
    for (Category c : g.categories)
        if (!cats.contains(categoryCode(c)))
            cats.append(categoryCode(c));
    const QJsonObject o{{QStringLiteral("account_id"), g.accountId.trimmed()},
                        {QStringLiteral("reason"), accessReasonCode(g.reason)},
                        {QStringLiteral("ticket"), ticket},
                        {QStringLiteral("justification"), why},
                        {QStringLiteral("categories"), cats},
                        {QStringLiteral("minutes"), g.minutes}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiJob *StaffApi::requestGrant(const GrantRequest &g, const QString &idempotencyKey, QObject *context, Done<Grant> done)
{
    Result<QByteArray> body = grantBody(g);
    if (!body) {
        const Error e = body.error();
        QMetaObject::invokeMethod(context, [done, e] { done(e); }, Qt::QueuedConnection);
        return nullptr;
    }
    ApiJob *job = m_api->send(QByteArrayLiteral("POST"), QStringLiteral("/v1/staff/grants"), *body, kJson, idempotent(idempotencyKey));
    return wire<Grant>(job, context, std::move(done), &codec::decodeGrant);
}

ApiJob *StaffApi::grants(const QString &status, QObject *context, Done<QList<Grant>> done)
{
    QUrlQuery query;
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    return wire<QList<Grant>>(m_api->get(QStringLiteral("/v1/staff/grants"), query), context, std::move(done), &codec::decodeGrants);
}

ApiJob *StaffApi::grant(const QString &id, QObject *context, Done<Grant> done)
{
    return wire<Grant>(m_api->get(QStringLiteral("/v1/staff/grants/") + enc(id)), context, std::move(done), &codec::decodeGrant);
}

ApiJob *StaffApi::endGrant(const QString &id, QObject *context, Done<Grant> done)
{
    ApiJob *job = m_api->send(QByteArrayLiteral("POST"), QStringLiteral("/v1/staff/grants/") + enc(id) + QStringLiteral("/end"),
                              QByteArrayLiteral("{}"), kJson);
    return wire<Grant>(job, context, std::move(done), &codec::decodeGrant);
}

ApiJob *StaffApi::grantView(const QString &grantId, const QString &view, const QUrlQuery &query, QObject *context,
                            Done<QByteArray> done)
{
    // `view` is one of our own fixed names (personal, usage/servers, ...): its slash stays.
    return wire<QByteArray>(m_api->get(QStringLiteral("/v1/staff/grants/") + enc(grantId) + QLatin1Char('/') + view, query),
                            context, std::move(done), [](const QByteArray &b) { return Result<QByteArray>(b); });
}

ApiJob *StaffApi::audit(const AuditFilter &f, QObject *context, Done<ApiPage<AuditEntry>> done)
{
    QUrlQuery query;
    auto add = [&query](const char *k, const QString &v) {
        if (!v.isEmpty())
            query.addQueryItem(QLatin1String(k), QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add("staff", f.staff);
    add("account_id", f.accountId);
    add("reason", f.reasonCode);
    add("action", f.action);
    if (f.from.isValid())
        add("from", f.from.toUTC().toString(Qt::ISODate));
    if (f.to.isValid())
        add("to", f.to.toUTC().toString(Qt::ISODate));
    add("cursor", f.cursor);
    if (f.limit > 0)
        add("limit", QString::number(f.limit));
    return wire<ApiPage<AuditEntry>>(m_api->get(QStringLiteral("/v1/staff/audit"), query), context, std::move(done),
                                     &codec::decodeAuditLog);
}

ApiJob *StaffApi::refusals(const QString &cursor, QObject *context, Done<ApiPage<RefusalEntry>> done)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    return wire<ApiPage<RefusalEntry>>(m_api->get(QStringLiteral("/v1/staff/refusals"), query), context, std::move(done),
                                       &codec::decodeRefusals);
}

ApiJob *StaffApi::checkpoint(QObject *context, Done<Checkpoint> done)
{
    return wire<Checkpoint>(m_api->get(QStringLiteral("/v1/audit/checkpoint")), context, std::move(done), &codec::decodeCheckpoint);
}

ApiJob *StaffApi::publicKey(QObject *context, Done<QByteArray> done)
{
    return wire<QByteArray>(m_api->get(QStringLiteral("/v1/audit/public-key")), context, std::move(done),
                            [](const QByteArray &b) { return Result<QByteArray>(b); });
}

} // namespace pd
