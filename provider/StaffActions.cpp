// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffActions.h"

#include "BodyValidation.h"
#include "Limits.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "RequestLifecycle.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;
using namespace pd::limits;

namespace {

/// The status each action moves to; assign and extend leave it as it is.
QString targetOf(const QString &action)
{
    if (action == u"start_review")
        return u"in_review"_s;
    if (action == u"ask_info")
        return u"needs_info"_s;
    if (action == u"complete")
        return u"completed"_s;
    if (action == u"reject")
        return u"rejected"_s;
    return {};
}

HttpResponse invalidTransition(const RequestRow &row, const QString &action)
{
    return withMembers(problem(409, u"invalid-transition"_s, u"Invalid transition"_s,
                               u"A request that is "_s + row.status + u" cannot take the action "_s + action + u'.'),
                       {{u"status"_s, row.status}});
}

} // namespace

StaffActions::StaffActions(ProviderDb &db)
    : m_requests(db)
    , m_refusals(db)
    , m_effects(db)
    , m_audit(db)
{
}

const QStringList &StaffActions::actions()
{
    static const QStringList all{u"assign"_s, u"start_review"_s, u"ask_info"_s, u"complete"_s, u"reject"_s, u"extend"_s};
    return all;
}

const QStringList &StaffActions::rejectionCodes()
{
    static const QStringList all{u"manifestly_unfounded"_s, u"repetitive"_s, u"identity_not_verified"_s,
                                 u"legal_exemption"_s, u"not_our_data"_s, u"other"_s};
    return all;
}

std::optional<HttpResponse> StaffActions::validate(const QString &action, const QJsonObject &body,
                                                   const RequestRow &row, QJsonObject *args)
{
    static const QHash<QString, QStringList> members{
        {u"assign"_s, {}},
        {u"start_review"_s, {}},
        {u"ask_info"_s, {u"question"_s}},
        {u"complete"_s, {u"answer"_s}},
        {u"reject"_s, {u"reason_code"_s, u"reason_text"_s}},
        {u"extend"_s, {u"months"_s, u"reason"_s}},
    };
    if (auto r = BodyValidation::onlyMembers(body, QStringList{u"action"_s} + members.value(action)))
        return r;
    const auto text = [&](const QString &key, bool required, int min, int max) -> std::optional<HttpResponse> {
        QString value;
        if (auto r = BodyValidation::stringMember(body, key, required, &value))
            return r;
        if (auto r = BodyValidation::lengthBetween(key, value, min, max))
            return r;
        args->insert(key, value.trimmed());
        return std::nullopt;
    };
    if (action == u"ask_info")
        return text(u"question"_s, true, 1, kQuestionMax);
    if (action == u"complete")
        // A complaint is answered in writing; other requests may carry a note.
        return text(u"answer"_s, row.type == u"complaint", row.type == u"complaint" ? 1 : 0, kAnswerMax);
    if (action == u"reject") {
        QString code;
        if (auto r = BodyValidation::stringMember(body, u"reason_code"_s, true, &code))
            return r;
        if (!rejectionCodes().contains(code))
            return invalidValue(u"reason_code"_s, u"reason_code must be "_s + oneOf(rejectionCodes()) + u'.');
        args->insert(u"reason_code"_s, code);
        return text(u"reason_text"_s, true, 1, kQuestionMax);
    }
    if (action == u"extend") {
        const QJsonValue months = body.value(u"months"_s);
        if (!months.isDouble() || months.toDouble() != double(months.toInt()) || months.toInt() < 1
            || months.toInt() > kExtensionMonthsMax)
            return invalidValue(u"months"_s, u"months must be a whole number from 1 to %1."_s.arg(kExtensionMonthsMax));
        args->insert(u"months"_s, months.toInt());
        return text(u"reason"_s, true, 1, kReasonMax);
    }
    return std::nullopt;
}

QJsonObject StaffActions::message(const Account &staff, const QString &kind, const QString &text, qint64 now)
{
    return {{u"at"_s, isoUtc(now)}, {u"from"_s, u"staff"_s}, {u"staff"_s, staff.staffPseudonym}, {u"kind"_s, kind},
            {u"text"_s, text}, {u"attachments"_s, QJsonArray()}};
}

std::optional<HttpResponse> StaffActions::apply(const Account &staff, RequestRow &row, const QJsonObject &body,
                                                qint64 now)
{
    QString action;
    if (auto r = BodyValidation::stringMember(body, u"action"_s, true, &action))
        return r;
    if (!actions().contains(action))
        return invalidValue(u"action"_s, u"action must be "_s + oneOf(actions()) + u'.');
    QJsonObject args;
    if (auto r = validate(action, body, row, &args))
        return r;

    const QString from = row.status;
    const QString to = targetOf(action);
    const bool open = RequestLifecycle::openStatuses().contains(from);
    if (to.isEmpty() ? !open : !RequestLifecycle::canMove(from, to, RequestLifecycle::Actor::Staff))
        return invalidTransition(row, action);

    QJsonObject details{{u"action"_s, action}, {u"request_id"_s, row.id}, {u"from"_s, from}, {u"to"_s, to.isEmpty() ? from : to}};
    if (action == u"assign") {
        row.assignee = staff.id;
        row.assigneePseudonym = staff.staffPseudonym;
        row.updatedAt = now;
    } else if (action == u"extend") {
        if (row.extendedDueAt > 0)
            return withMembers(problem(409, u"already-extended"_s, u"Already extended"_s,
                                       u"A due date can be extended once; this one already was."_s),
                               {{u"extended_due_at"_s, isoUtc(row.extendedDueAt)}});
        RequestLifecycle::extend(row, args[u"months"_s].toInt(), args[u"reason"_s].toString());
        row.updatedAt = now;
        details.insert(u"months"_s, args[u"months"_s].toInt());
    } else if (action == u"ask_info") {
        const QString question = args[u"question"_s].toString();
        RequestLifecycle::moveTo(row, to, now, QJsonValue());
        row.statusReason = question;
        row.messages.append(message(staff, u"question"_s, question, now));
    } else if (action == u"complete") {
        if (auto refused = m_effects.apply(row, now))
            return refused;
        const bool closing = row.type == u"cancel_account";
        RequestLifecycle::moveTo(row, to, now, QJsonValue(), closing ? u"account_closing"_s : QString());
        const QString answer = args[u"answer"_s].toString();
        if (!answer.isEmpty())
            row.messages.append(message(staff, u"answer"_s, answer, now));
    } else if (action == u"reject") {
        const QString code = args[u"reason_code"_s].toString(), text = args[u"reason_text"_s].toString();
        RequestLifecycle::moveTo(row, to, now, QJsonValue());
        row.statusReason = text;
        row.rejection = QJsonObject{{u"code"_s, code}, {u"text"_s, text}};
        details.insert(u"reason_code"_s, code);
        if (!m_refusals.record(row, now, staff.staffPseudonym, code, text))
            return internalError();
    } else {
        RequestLifecycle::moveTo(row, to, now, QJsonValue());
    }
    if (!m_requests.saveState(row))
        return internalError();

    AuditEntry entry = AuditEntry::by(staff, u"request_action"_s);
    entry.at = now;
    entry.accountId = row.customer;
    entry.reason = u"request_processing"_s;
    entry.ticket = row.id;
    entry.details = details;
    if (!m_audit.append(entry))
        return internalError();
    return std::nullopt;
}

} // namespace pd::provider
