// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventsRepository.h"
#include "FaultInjector.h"
#include "HttpTypes.h"
#include "Idempotency.h"
#include "Language.h"
#include "ProviderDb.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pd::provider {

class OAuth;
class ResourceApi;

/// "Act on your data": attachments, field updates (If-Match), requests (correction, deletion,
/// complaint, cancel_account, export), consents and receipts, plus their test hooks.
///
/// Every state-changing call goes through one path (runStateChanging): Idempotency-Key check,
/// fault injection, idempotency lookup, then the handler's effect and the stored outcome committed
/// in one transaction. Handlers therefore only write when they succeed and never open transactions.
class ActionsApi
{
public:
    ActionsApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, bool testHooks);

    /// Fault mode (tests only); a default-constructed injector injects nothing.
    void setFaults(const FaultInjector &faults) { m_faults = faults; }

    /// Whether the path is one of this API's (checked before the shared router, because attachments
    /// may be larger than the shared 64 KiB limit).
    bool handles(const QString &path) const;
    HttpResponse dispatch(const HttpRequest &request);

    static constexpr qsizetype MaxAttachmentBytes = 5 * 1024 * 1024;
    static constexpr qsizetype MaxJsonBodyBytes = 64 * 1024;

private:
    enum class Route {
        None, Attachments, PersonalField, Requests, Request, RequestCancel, RequestExport, Consents,
        ConsentReceipts, Consent, TestEffects, TestRequestStatus
    };
    struct Match
    {
        Route route = Route::None;
        QString param;       ///< the {key}, {id} or {purpose} segment
        const char *methods = "";
    };
    Match match(const QString &path) const;

    using Handler = HttpResponse (ActionsApi::*)(const Account &, const HttpRequest &, const QString &);
    HttpResponse runStateChanging(const Account &account, const HttpRequest &request, const QString &param,
                                  Handler handler);

    // State-changing handlers: called inside the effect transaction.
    HttpResponse putAttachment(const Account &account, const HttpRequest &request, const QString &);
    HttpResponse patchField(const Account &account, const HttpRequest &request, const QString &key);
    HttpResponse postRequest(const Account &account, const HttpRequest &request, const QString &);
    HttpResponse cancelRequest(const Account &account, const HttpRequest &request, const QString &id);
    HttpResponse putConsent(const Account &account, const HttpRequest &request, const QString &purpose);

    // Reads. Those with prose answer in `lang` (Accept-Language) and say so (Language::negotiated).
    HttpResponse listRequests(const Account &account, const FormData &query, Lang lang);
    HttpResponse getRequest(const Account &account, const QString &id, Lang lang);
    HttpResponse exportDocument(const Account &account, const QString &id, Lang lang);
    HttpResponse consents(const Account &account, Lang lang);
    HttpResponse receipts(const Account &account);

    // Test hooks.
    HttpResponse testEffects(const FormData &query);
    HttpResponse testRequestStatus(const QString &id, const FormData &query);

    // Helpers.
    struct RequestRow
    {
        qint64 seq = 0;
        qint64 account = 0;
        QString id, type, status;
        qint64 receivedAt = 0, dueAt = 0, extendedDueAt = 0, updatedAt = 0;
        QString extensionReason, statusReason;
        QJsonObject summary;
        QJsonArray retained, history;
        bool retainedSet = false;
        bool exportReady = false;
    };
    std::optional<RequestRow> loadRequest(const QString &id, std::optional<qint64> account) const;
    bool saveRequestState(const RequestRow &row);
    /// The Request document; the provider's own prose (retained details, its history notes) in `lang`.
    static QJsonObject requestJson(const RequestRow &row, Lang lang);
    QJsonArray retainedFor(const Account &account, const QJsonObject &deletion, qint64 now) const;
    bool ensureConsents(const Account &account);
    QJsonObject consentState(const Account &account, Lang lang) const;
    QJsonArray receiptItems(qint64 account) const;

    ProviderDb &m_db;
    OAuth &m_oauth;
    ResourceApi &m_resources;
    bool m_testHooks;
    FaultInjector m_faults;
    QHash<qint64, int> m_replays; ///< idempotent replays per account since start (test hook only)
    Idempotency m_idempotency;
    EventsRepository m_events;
};

} // namespace pd::provider
