// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentsRepository.h"
#include "EventsRepository.h"
#include "HttpTypes.h"
#include "PolicyRepository.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pd::provider {

struct Account;
class ProviderDb;

/// The body of POST /v1/me/requests, checked by the rules of its type (docs/api) and turned into
/// the summary the request stores. What it refers to (a field, attachments, records) must be the
/// caller's own.
class RequestValidation
{
public:
    explicit RequestValidation(ProviderDb &db);

    static const QStringList &types();

    /// The refusal to answer, or nothing with `summary` filled in (texts trimmed, times in UTC).
    std::optional<HttpResponse> validate(const Account &account, const QJsonObject &body, QJsonObject *summary) const;

    /// `value` as a list of at most kAttachmentsMax of the account's own attachments, each once;
    /// stored as summary["attachments"] (a reply's attachments are checked the same way).
    std::optional<HttpResponse> correctionAttachments(const Account &account, const QJsonValue &value,
                                                      QJsonObject *summary) const;

private:
    using Refusal = std::optional<HttpResponse>;
    Refusal correction(const Account &account, const QJsonObject &body, QJsonObject *summary) const;
    Refusal deletion(const Account &account, const QJsonObject &body, QJsonObject *summary) const;
    Refusal deletionRecords(const Account &account, const QJsonValue &value, QJsonObject *summary) const;
    static Refusal deletionRange(const QJsonValue &value, QJsonObject *summary);
    static Refusal complaint(const QJsonObject &body, QJsonObject *summary);
    static Refusal cancelAccount(const QJsonObject &body, QJsonObject *summary);
    Refusal acceptPolicy(const QJsonObject &body, QJsonObject *summary) const;
    static Refusal exportFormat(const QJsonObject &body, QJsonObject *summary);
    /// Whether the account has the record `id` of `category`; nothing when the database fails.
    std::optional<bool> hasRecord(const Account &account, const QString &category, const QString &id) const;

    ProviderDb &m_db;
    AttachmentsRepository m_attachments;
    EventsRepository m_events;
    PolicyRepository m_policy;
};

} // namespace pd::provider
