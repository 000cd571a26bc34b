// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestValidation.h"

#include "BodyValidation.h"
#include "Limits.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QJsonArray>

#include <utility>

namespace pd::provider {

using namespace Qt::StringLiterals;
using namespace pd::limits;

RequestValidation::RequestValidation(ProviderDb &db)
    : m_db(db)
    , m_attachments(db)
    , m_events(db)
    , m_policy(db)
{
}

const QStringList &RequestValidation::types()
{
    static const QStringList all{u"correction"_s, u"deletion"_s, u"complaint"_s, u"cancel_account"_s, u"export"_s,
                                 u"accept_policy"_s};
    return all;
}

std::optional<HttpResponse> RequestValidation::validate(const Account &account, const QJsonObject &body,
                                                        QJsonObject *summary) const
{
    QString type;
    if (auto refused = BodyValidation::stringMember(body, u"type"_s, true, &type))
        return refused;
    if (!types().contains(type))
        return invalidRequest(u"Unknown request type '"_s + type + u"'; use one of "_s + types().join(u", "_s) + u'.');
    *summary = QJsonObject{{u"type"_s, type}};
    if (type == u"correction")
        return correction(account, body, summary);
    if (type == u"deletion")
        return deletion(account, body, summary);
    if (type == u"complaint")
        return complaint(body, summary);
    if (type == u"cancel_account")
        return cancelAccount(body, summary);
    if (type == u"accept_policy")
        return acceptPolicy(body, summary);
    return exportFormat(body, summary);
}

RequestValidation::Refusal RequestValidation::correction(const Account &account, const QJsonObject &body,
                                                         QJsonObject *summary) const
{
    if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"field"_s, u"proposed_value"_s, u"reason"_s,
                                                    u"attachments"_s}))
        return r;
    QString field, proposed, reason;
    for (auto [k, out] : {std::pair{u"field"_s, &field}, {u"proposed_value"_s, &proposed}, {u"reason"_s, &reason}})
        if (auto r = BodyValidation::stringMember(body, k, true, out))
            return r;
    bool known = false;
    for (const QJsonValue &f : m_db.personalFields(account.id))
        known = known || f[u"key"_s].toString() == field;
    if (!known)
        return invalidValue(u"field"_s, u"There is no personal field '"_s + field + u"' to correct."_s);
    if (auto r = BodyValidation::lengthBetween(u"proposed_value"_s, proposed, 1, kProposedValueMax))
        return r;
    if (auto r = BodyValidation::lengthBetween(u"reason"_s, reason, 1, kReasonMax))
        return r;
    summary->insert(u"field"_s, field);
    summary->insert(u"proposed_value"_s, proposed.trimmed());
    summary->insert(u"reason"_s, reason.trimmed());
    if (body.contains(u"attachments"_s))
        return correctionAttachments(account, body.value(u"attachments"_s), summary);
    return std::nullopt;
}

RequestValidation::Refusal RequestValidation::correctionAttachments(const Account &account, const QJsonValue &value,
                                                                    QJsonObject *summary) const
{
    if (!value.isArray())
        return invalidRequest(u"'attachments' must be an array of attachment ids."_s);
    const QJsonArray ids = value.toArray();
    if (ids.size() > kAttachmentsMax)
        return invalidValue(u"attachments"_s, u"At most %1 attachments."_s.arg(kAttachmentsMax));
    QJsonArray checked;
    for (const QJsonValue &id : ids) {
        if (!id.isString())
            return invalidRequest(u"'attachments' must be an array of attachment ids."_s);
        const auto own = m_attachments.owns(account.id, id.toString());
        if (!own)
            return internalError();
        if (!*own)
            return invalidValue(u"attachments"_s, u"'"_s + id.toString() + u"' is not one of your attachments."_s);
        if (checked.contains(id))
            return invalidValue(u"attachments"_s, u"'"_s + id.toString() + u"' is listed twice."_s);
        checked.append(id);
    }
    summary->insert(u"attachments"_s, checked);
    return std::nullopt;
}

RequestValidation::Refusal RequestValidation::deletion(const Account &account, const QJsonObject &body,
                                                       QJsonObject *summary) const
{
    if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"scope"_s, u"category"_s, u"records"_s, u"range"_s,
                                                    u"confirmation"_s}))
        return r;
    QString scope, confirmation;
    if (auto r = BodyValidation::stringMember(body, u"scope"_s, true, &scope))
        return r;
    if (auto r = BodyValidation::stringMember(body, u"confirmation"_s, true, &confirmation))
        return r;
    if (scope != u"account" && scope != u"category" && scope != u"records")
        return invalidValue(u"scope"_s, u"scope must be account, category or records."_s);
    if (confirmation != u"DELETE")
        return invalidValue(u"confirmation"_s, u"Type DELETE to confirm the deletion."_s);
    summary->insert(u"scope"_s, scope);
    const bool hasCategory = body.contains(u"category"_s), hasRecords = body.contains(u"records"_s),
               hasRange = body.contains(u"range"_s);
    if (scope == u"account") {
        if (hasCategory || hasRecords || hasRange)
            return invalidRequest(u"A whole-account deletion takes no category, records or range."_s);
    } else if (scope == u"category") {
        if (hasRecords || hasRange)
            return invalidRequest(u"A category deletion takes no records or range."_s);
        QString category;
        if (auto r = BodyValidation::stringMember(body, u"category"_s, true, &category))
            return r;
        if (!PolicyContent::categories().contains(category))
            return invalidValue(u"category"_s, u"Unknown category '"_s + category + u"'."_s);
        summary->insert(u"category"_s, category);
    } else {
        if (hasCategory || hasRecords == hasRange)
            return invalidRequest(u"A records deletion takes either 'records' or 'range' (and no 'category')."_s);
        if (auto r = hasRecords ? deletionRecords(account, body.value(u"records"_s), summary)
                                : deletionRange(body.value(u"range"_s), summary))
            return r;
    }
    summary->insert(u"confirmation"_s, confirmation);
    return std::nullopt;
}

RequestValidation::Refusal RequestValidation::deletionRecords(const Account &account, const QJsonValue &value,
                                                              QJsonObject *summary) const
{
    if (!value.isArray())
        return invalidRequest(u"'records' must be an array of {category, id}."_s);
    const QJsonArray records = value.toArray();
    if (records.isEmpty() || records.size() > kDeletionRecordsMax)
        return invalidValue(u"records"_s, u"List 1 to %1 records."_s.arg(kDeletionRecordsMax));
    QJsonArray checked;
    for (const QJsonValue &rv : records) {
        if (!rv.isObject())
            return invalidRequest(u"'records' must be an array of {category, id}."_s);
        const QJsonObject rec = rv.toObject();
        if (auto r = BodyValidation::onlyMembers(rec, {u"category"_s, u"id"_s}))
            return r;
        QString category, id;
        if (auto r = BodyValidation::stringMember(rec, u"category"_s, true, &category))
            return r;
        if (auto r = BodyValidation::stringMember(rec, u"id"_s, true, &id))
            return r;
        if (!PolicyContent::categories().contains(category))
            return invalidValue(u"records"_s, u"Unknown category '"_s + category + u"'."_s);
        const auto exists = hasRecord(account, category, id);
        if (!exists)
            return internalError();
        if (!*exists)
            return invalidValue(u"records"_s, u"You have no "_s + category + u" record '"_s + id + u"'."_s);
        checked.append(QJsonObject{{u"category"_s, category}, {u"id"_s, id}});
    }
    summary->insert(u"records"_s, checked);
    return std::nullopt;
}

RequestValidation::Refusal RequestValidation::deletionRange(const QJsonValue &value, QJsonObject *summary)
{
    if (!value.isObject())
        return invalidRequest(u"'range' must be an object {category, from, to}."_s);
    const QJsonObject range = value.toObject();
    if (auto r = BodyValidation::onlyMembers(range, {u"category"_s, u"from"_s, u"to"_s}))
        return r;
    QString category, from, to;
    for (auto [k, out] : {std::pair{u"category"_s, &category}, {u"from"_s, &from}, {u"to"_s, &to}})
        if (auto r = BodyValidation::stringMember(range, k, true, out))
            return r;
    if (category != u"server_usage" && category != u"domain_usage")
        return invalidValue(u"range"_s, u"A range deletes server_usage or domain_usage events."_s);
    const auto fromMs = parseRfc3339(from), toMs = parseRfc3339(to);
    if (!fromMs || !toMs || *fromMs > *toMs)
        return invalidValue(u"range"_s, u"'from' and 'to' must be RFC 3339 times with from <= to."_s);
    summary->insert(u"range"_s, QJsonObject{{u"category"_s, category}, {u"from"_s, isoUtc(*fromMs)},
                                            {u"to"_s, isoUtc(*toMs)}});
    return std::nullopt;
}

std::optional<bool> RequestValidation::hasRecord(const Account &account, const QString &category,
                                                 const QString &id) const
{
    bool exists = false;
    if (category == u"devices" || category == u"cookies") {
        for (const QJsonValue &d : m_db.documents(account.id, category))
            exists = exists || d[u"id"_s].toString() == id;
    } else if (category == u"registration") {
        for (const QJsonValue &f : m_db.personalFields(account.id))
            exists = exists || f[u"key"_s].toString() == id;
        for (const QJsonValue &d : m_db.documents(account.id, u"payment_methods"_s))
            exists = exists || d[u"id"_s].toString() == id;
    } else {
        bool ok = false;
        const qint64 eventId = id.toLongLong(&ok);
        if (ok && eventId > 0)
            return m_events.exists(category == u"server_usage" ? EventKind::Server : EventKind::Domain, account.id,
                                   eventId);
    }
    return exists;
}

RequestValidation::Refusal RequestValidation::complaint(const QJsonObject &body, QJsonObject *summary)
{
    if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"kind"_s, u"subject"_s, u"message"_s}))
        return r;
    QString kind, subject, message;
    for (auto [k, out] : {std::pair{u"kind"_s, &kind}, {u"subject"_s, &subject}, {u"message"_s, &message}})
        if (auto r = BodyValidation::stringMember(body, k, true, out))
            return r;
    if (kind != u"complaint" && kind != u"suggestion")
        return invalidValue(u"kind"_s, u"kind must be complaint or suggestion."_s);
    if (auto r = BodyValidation::lengthBetween(u"subject"_s, subject, 1, kSubjectMax))
        return r;
    if (auto r = BodyValidation::lengthBetween(u"message"_s, message, 1, kMessageMax))
        return r;
    summary->insert(u"kind"_s, kind);
    summary->insert(u"subject"_s, subject.trimmed());
    summary->insert(u"message"_s, message.trimmed());
    return std::nullopt;
}

RequestValidation::Refusal RequestValidation::cancelAccount(const QJsonObject &body, QJsonObject *summary)
{
    if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"reason"_s, u"confirmation"_s}))
        return r;
    QString reason, confirmation;
    if (auto r = BodyValidation::stringMember(body, u"reason"_s, false, &reason))
        return r;
    if (auto r = BodyValidation::stringMember(body, u"confirmation"_s, true, &confirmation))
        return r;
    if (auto r = BodyValidation::lengthBetween(u"reason"_s, reason, 0, kReasonMax))
        return r;
    if (confirmation != u"CANCEL")
        return invalidValue(u"confirmation"_s, u"Type CANCEL to confirm that you want to close your account."_s);
    summary->insert(u"reason"_s, reason.trimmed());
    summary->insert(u"confirmation"_s, confirmation);
    return std::nullopt;
}

RequestValidation::Refusal RequestValidation::acceptPolicy(const QJsonObject &body, QJsonObject *summary) const
{
    if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"policy_version"_s}))
        return r;
    QString version;
    if (auto r = BodyValidation::stringMember(body, u"policy_version"_s, true, &version))
        return r;
    // Only the version in force can be accepted: an older one is no longer the policy, a newer one
    // is not published yet.
    const QString current = m_policy.current();
    if (version != current)
        return withMembers(invalidValue(u"policy_version"_s, u"The policy in force is version "_s + current
                                                                 + u"; read it and accept that one."_s),
                           {{u"current"_s, current}});
    summary->insert(u"policy_version"_s, version);
    return std::nullopt;
}

RequestValidation::Refusal RequestValidation::exportFormat(const QJsonObject &body, QJsonObject *summary)
{
    if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"format"_s}))
        return r;
    QString format;
    if (auto r = BodyValidation::stringMember(body, u"format"_s, true, &format))
        return r;
    if (format != u"json")
        return invalidValue(u"format"_s, u"The only export format is json."_s);
    summary->insert(u"format"_s, format);
    return std::nullopt;
}

} // namespace pd::provider
