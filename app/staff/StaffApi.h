// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffTypes.h"
#include "domain/Records.h"
#include "domain/Result.h"
#include "domain/Staff.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace pd {

class ApiClient;
class ApiJob;

/// Typed calls for the staff routes of docs/api/staff.md, on the session's ApiClient. Each call
/// decodes the answer with the staff codecs and hands back a Result; the callback runs once, in
/// `context`'s thread, and not at all when `context` is gone first. Nothing here stores anything.
class StaffApi
{
public:
    explicit StaffApi(ApiClient *api);

    template<typename T>
    using Done = std::function<void(Result<T>)>;

    /// The queue's filters (`GET /v1/staff/requests`); empty members filter nothing.
    struct QueueQuery
    {
        QString status;   ///< a status code, "all" for closed ones too; empty: every open request
        QString type;     ///< a request type code
        QString assignee; ///< "me", "none" or "any"
        std::optional<bool> overdue;
        QString cursor;
        int limit = 0;
    };

    ApiJob *queue(const QueueQuery &q, QObject *context, Done<ApiPage<StaffRequest>> done);
    /// The full request (customer's words included): keep it in memory only.
    ApiJob *request(const QString &id, QObject *context, Done<StaffRequestDetail> done);
    /// A step sent directly (StaffDesk sends through its outbox instead); `idempotencyKey` is required.
    ApiJob *act(const QString &requestId, const StaffStep &step, const QString &idempotencyKey, QObject *context,
                Done<StaffRequestDetail> done);
    ApiJob *searchCustomers(const QString &text, QObject *context, Done<QList<CustomerHit>> done);

    ApiJob *requestGrant(const GrantRequest &g, const QString &idempotencyKey, QObject *context, Done<Grant> done);
    /// The caller's own grants; `status` empty for all.
    ApiJob *grants(const QString &status, QObject *context, Done<QList<Grant>> done);
    ApiJob *grant(const QString &id, QObject *context, Done<Grant> done);
    ApiJob *endGrant(const QString &id, QObject *context, Done<Grant> done);
    /// A raw customer document through a grant (`view`: personal, usage/servers, devices, ...),
    /// for CustomerView to decode with the customer codecs.
    ApiJob *grantView(const QString &grantId, const QString &view, const QUrlQuery &query, QObject *context,
                      Done<QByteArray> done);

    ApiJob *audit(const AuditFilter &f, QObject *context, Done<ApiPage<AuditEntry>> done);
    ApiJob *refusals(const QString &cursor, QObject *context, Done<ApiPage<RefusalEntry>> done);
    ApiJob *checkpoint(QObject *context, Done<Checkpoint> done);
    /// `{"key_id", "algorithm", "public_key"}` as sent (no token needed).
    ApiJob *publicKey(QObject *context, Done<QByteArray> done);

    /// The JSON body of a processing step (`{"action": ..., ...}`), checked against the limits.
    static Result<QByteArray> stepBody(const StaffStep &step);
    /// The JSON body of a grant request, checked against the limits.
    static Result<QByteArray> grantBody(const GrantRequest &g);

private:
    ApiClient *m_api;
};

} // namespace pd
