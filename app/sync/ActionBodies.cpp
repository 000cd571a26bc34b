// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace pd::actionbodies {
namespace {

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }
QString encoded(const QString &segment) { return QString::fromLatin1(QUrl::toPercentEncoding(segment)); }
QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

const QString kRequests = QStringLiteral("/v1/me/requests");

Call request(const QJsonObject &body, const QString &title)
{
    return {OutboxItem::Kind::Request, QStringLiteral("POST"), kRequests, body, title};
}

QJsonObject deletionBody(const DeletionScope &scope, QString *title)
{
    QJsonObject body{{QStringLiteral("type"), requestTypeCode(RequestType::Deletion)},
                     {QStringLiteral("confirmation"), QStringLiteral("DELETE")}};
    *title = QStringLiteral("account");
    switch (scope.kind) {
    case DeletionScope::Account:
        body.insert(QStringLiteral("scope"), QStringLiteral("account"));
        break;
    case DeletionScope::WholeCategory:
        body.insert(QStringLiteral("scope"), QStringLiteral("category"));
        body.insert(QStringLiteral("category"), categoryCode(scope.category));
        *title = categoryCode(scope.category);
        break;
    case DeletionScope::Records: {
        QJsonArray records;
        for (const QString &id : scope.recordIds)
            records.append(QJsonObject{{QStringLiteral("category"), categoryCode(scope.category)}, {QStringLiteral("id"), id}});
        body.insert(QStringLiteral("scope"), QStringLiteral("records"));
        body.insert(QStringLiteral("records"), records);
        *title = categoryCode(scope.category);
        break;
    }
    case DeletionScope::UsageRange:
        body.insert(QStringLiteral("scope"), QStringLiteral("records"));
        body.insert(QStringLiteral("range"), QJsonObject{{QStringLiteral("category"), categoryCode(scope.category)},
                                                          {QStringLiteral("from"), iso(scope.from)},
                                                          {QStringLiteral("to"), iso(scope.to)}});
        *title = categoryCode(scope.category);
        break;
    }
    return body;
}

DeletionScope deletionScope(const QJsonObject &body)
{
    DeletionScope s;
    const QString scope = text(body, "scope");
    const QJsonObject range = body.value(QLatin1String("range")).toObject();
    const QJsonArray records = body.value(QLatin1String("records")).toArray();
    QString category = text(body, "category");
    if (scope == QLatin1String("category")) {
        s.kind = DeletionScope::WholeCategory;
    } else if (!range.isEmpty()) {
        s.kind = DeletionScope::UsageRange;
        category = text(range, "category");
        s.from = QDateTime::fromString(text(range, "from"), Qt::ISODate);
        s.to = QDateTime::fromString(text(range, "to"), Qt::ISODate);
    } else if (scope == QLatin1String("records")) {
        s.kind = DeletionScope::Records;
        for (const QJsonValue &r : records) {
            s.recordIds << text(r.toObject(), "id");
            if (category.isEmpty())
                category = text(r.toObject(), "category");
        }
    }
    s.category = categoryFromCode(category).value_or(Category::Registration);
    return s;
}

} // namespace

Call encode(const ActionPayload &payload)
{
    struct Visitor
    {
        Call operator()(std::monostate) const { return {}; }
        Call operator()(const FieldUpdatePayload &p) const
        {
            return {OutboxItem::Kind::FieldUpdate, QStringLiteral("PATCH"), QStringLiteral("/v1/me/personal/") + encoded(p.key),
                    QJsonObject{{QStringLiteral("value"), p.value}}, p.key};
        }
        Call operator()(const CorrectionPayload &p) const
        {
            return request({{QStringLiteral("type"), requestTypeCode(RequestType::Correction)},
                            {QStringLiteral("field"), p.field},
                            {QStringLiteral("proposed_value"), p.proposedValue},
                            {QStringLiteral("reason"), p.reason}},
                           p.field);
        }
        Call operator()(const DeletionPayload &p) const
        {
            QString title;
            const QJsonObject body = deletionBody(p.scope, &title);
            return request(body, title);
        }
        Call operator()(const ComplaintPayload &p) const
        {
            return request({{QStringLiteral("type"), requestTypeCode(RequestType::Complaint)},
                            {QStringLiteral("kind"), p.suggestion ? QStringLiteral("suggestion") : QStringLiteral("complaint")},
                            {QStringLiteral("subject"), p.subject},
                            {QStringLiteral("message"), p.message}},
                           p.subject);
        }
        Call operator()(const CancelAccountPayload &p) const
        {
            return request({{QStringLiteral("type"), requestTypeCode(RequestType::CancelAccount)},
                            {QStringLiteral("reason"), p.reason},
                            {QStringLiteral("confirmation"), QStringLiteral("CANCEL")}},
                           QStringLiteral("account"));
        }
        Call operator()(const ExportPayload &) const
        {
            return request({{QStringLiteral("type"), requestTypeCode(RequestType::Export)}, {QStringLiteral("format"), QStringLiteral("json")}},
                           QStringLiteral("export"));
        }
        Call operator()(const ConsentPayload &p) const
        {
            return {OutboxItem::Kind::Consent, QStringLiteral("PUT"), QStringLiteral("/v1/me/consents/") + encoded(p.purpose),
                    QJsonObject{{QStringLiteral("granted"), p.granted}, {QStringLiteral("policy_version"), p.policyVersion}},
                    p.purpose};
        }
        Call operator()(const CancelRequestPayload &p) const
        {
            return {OutboxItem::Kind::CancelRequest, QStringLiteral("POST"),
                    kRequests + QLatin1Char('/') + encoded(p.requestId) + QStringLiteral("/cancel"), QJsonObject{}, p.requestId};
        }
        Call operator()(const AccessSettingsPayload &p) const
        {
            return {OutboxItem::Kind::AccessSettings, QStringLiteral("PUT"), QStringLiteral("/v1/me/access-settings"),
                    QJsonObject{{QStringLiteral("ask_first"), p.askFirst}}, QStringLiteral("ask_first")};
        }
        Call operator()(const GrantDecisionPayload &p) const
        {
            return {OutboxItem::Kind::GrantDecision, QStringLiteral("POST"),
                    QStringLiteral("/v1/me/access-grants/") + encoded(p.grantId)
                        + (p.approve ? QStringLiteral("/approve") : QStringLiteral("/decline")),
                    QJsonObject{}, p.grantId};
        }
        Call operator()(const AcceptPolicyPayload &p) const
        {
            return request({{QStringLiteral("type"), requestTypeCode(RequestType::AcceptPolicy)},
                            {QStringLiteral("policy_version"), p.policyVersion}},
                           p.policyVersion);
        }
        Call operator()(const ReplyPayload &p) const
        {
            return {OutboxItem::Kind::Reply, QStringLiteral("POST"),
                    kRequests + QLatin1Char('/') + encoded(p.requestId) + QStringLiteral("/replies"),
                    QJsonObject{{QStringLiteral("message"), p.message}}, p.requestId};
        }
    };
    return std::visit(Visitor{}, payload);
}

QueuedAction decode(const OutboxItem &item)
{
    QueuedAction a;
    a.seq = item.seq;
    a.state = item.state;
    a.title = item.title;
    a.createdAt = item.createdAt;
    a.attempts = item.attempts;
    const QJsonObject body = QJsonDocument::fromJson(item.body).object();
    switch (item.kind) {
    case OutboxItem::Kind::Attachment:
        a.kind = ActionKind::Attachment;
        break;
    case OutboxItem::Kind::StaffAction:
        // Only in a staff outbox (StaffDesk), which no ActionQueue reads.
        a.kind = ActionKind::Unknown;
        break;
    case OutboxItem::Kind::FieldUpdate:
        a.kind = ActionKind::FieldUpdate;
        a.payload = FieldUpdatePayload{item.title, text(body, "value")};
        break;
    case OutboxItem::Kind::Consent:
        a.kind = ActionKind::Consent;
        a.payload = ConsentPayload{item.path.section(QLatin1Char('/'), -1), body.value(QLatin1String("granted")).toBool(),
                                   text(body, "policy_version")};
        break;
    case OutboxItem::Kind::CancelRequest:
        a.kind = ActionKind::CancelRequest;
        a.payload = CancelRequestPayload{item.title};
        break;
    case OutboxItem::Kind::AccessSettings:
        a.kind = ActionKind::AccessSettings;
        a.payload = AccessSettingsPayload{body.value(QLatin1String("ask_first")).toBool()};
        break;
    case OutboxItem::Kind::GrantDecision:
        a.kind = ActionKind::GrantDecision;
        a.payload = GrantDecisionPayload{item.title, item.path.endsWith(QLatin1String("/approve"))};
        break;
    case OutboxItem::Kind::Reply:
        a.kind = ActionKind::Reply;
        a.payload = ReplyPayload{item.title, text(body, "message")};
        break;
    case OutboxItem::Kind::Request:
        a.kind = actionKindOf(requestTypeFromCode(text(body, "type")));
        switch (a.kind) {
        case ActionKind::Correction:
            a.payload = CorrectionPayload{text(body, "field"), text(body, "proposed_value"), text(body, "reason")};
            break;
        case ActionKind::Deletion: a.payload = DeletionPayload{deletionScope(body)}; break;
        case ActionKind::Complaint:
            a.payload = ComplaintPayload{text(body, "kind") == QLatin1String("suggestion"), text(body, "subject"), text(body, "message")};
            break;
        case ActionKind::CancelAccount: a.payload = CancelAccountPayload{text(body, "reason")}; break;
        case ActionKind::Export: a.payload = ExportPayload{}; break;
        case ActionKind::AcceptPolicy: a.payload = AcceptPolicyPayload{text(body, "policy_version")}; break;
        default: break;
        }
        break;
    }
    if (a.needsAttention()) {
        a.refusal = Refusal{Refusal::reasonOf(item.lastError, item.lastStatus), item.lastStatus, item.lastError,
                            problemDetail(item.response)};
        if (item.state == ActionState::Conflict) {
            const QJsonObject problem = QJsonDocument::fromJson(item.response).object();
            const QJsonObject current = problem.value(QLatin1String("current")).toObject();
            Conflict c;
            c.field = item.title;
            c.mine = text(body, "value");
            c.current = text(current, "value");
            c.currentChangedAt = QDateTime::fromString(text(current, "updated_at"), Qt::ISODate);
            c.etag = item.conflictEtag;
            a.conflict = c;
        }
    }
    return a;
}

QString problemDetail(const QByteArray &problem)
{
    return text(QJsonDocument::fromJson(problem).object(), "detail");
}

} // namespace pd::actionbodies
