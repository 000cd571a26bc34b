// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentsApi.h"
#include "ConsentsApi.h"
#include "ExportBuilder.h"
#include "FieldUpdateApi.h"
#include "HttpTypes.h"
#include "RequestsApi.h"
#include "StateChangingPath.h"
#include "TestHooks.h"

namespace pd::provider {

struct Account;
class OAuth;
class ProviderDb;
class ResourceApi;

/// "Act on your data": routes attachments, field updates (If-Match), requests (correction,
/// deletion, complaint, cancel_account, export; replies to a question), consents and receipts, and
/// their test hooks, to
/// the handler classes that do the work.
///
/// Every state-changing call goes through one path (StateChangingPath, shared with the staff
/// side): Idempotency-Key check, fault injection, idempotency lookup, then the handler's effect and
/// the stored outcome committed in one transaction. Handlers therefore only write when they succeed
/// and never open transactions.
class ActionsApi
{
public:
    ActionsApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, StateChangingPath &path, bool testHooks);

    /// Whether the path is one of this API's (checked before the shared router, because attachments
    /// may be larger than JSON bodies).
    bool handles(const QString &path) const;
    HttpResponse dispatch(const HttpRequest &request);

private:
    enum class Route {
        None, Attachments, PersonalField, Requests, Request, RequestCancel, RequestReplies, RequestExport, Consents,
        ConsentReceipts, Consent, TestEffects, TestRequestStatus, TestIncident
    };
    struct Match
    {
        Route route = Route::None;
        QString param;       ///< the {key}, {id} or {purpose} segment
        const char *methods = "";
    };
    Match match(const QString &path) const;

    HttpResponse runStateChanging(const Account &account, const HttpRequest &request,
                                  const StateChangingPath::Effect &effect);

    ProviderDb &m_db;
    OAuth &m_oauth;
    StateChangingPath &m_path;
    bool m_testHooks;
    AttachmentsApi m_attachments;
    FieldUpdateApi m_fieldUpdate;
    ConsentsApi m_consents;
    RequestsApi m_requests;
    ExportBuilder m_export;
    TestHooks m_hooks;
};

} // namespace pd::provider
