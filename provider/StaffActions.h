// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "CompletionEffects.h"
#include "HttpTypes.h"
#include "RefusalLogRepository.h"
#include "RequestsRepository.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pd::provider {

struct Account;
class ProviderDb;

/// A staff member's action on a request (POST /v1/staff/requests/{id}/actions, docs/api/staff.md):
/// assign, start_review, ask_info, complete, reject, extend. Validates the body, checks the move with
/// RequestLifecycle, writes the effect (CompletionEffects), the message a customer sees, the refusal
/// log and the audit entry, all in the caller's transaction. The action is recorded as the staff
/// member's: the audit entry's actor, the message's `staff`.
class StaffActions
{
public:
    explicit StaffActions(ProviderDb &db);

    static const QStringList &actions();
    static const QStringList &rejectionCodes();

    /// The refusal to answer (nothing changed), or nothing with `row` moved and stored.
    std::optional<HttpResponse> apply(const Account &staff, RequestRow &row, const QJsonObject &body, qint64 now);

private:
    /// The body's rules for `action`; fills `args` with the checked, trimmed values.
    static std::optional<HttpResponse> validate(const QString &action, const QJsonObject &body, const RequestRow &row,
                                                QJsonObject *args);
    static QJsonObject message(const Account &staff, const QString &kind, const QString &text, qint64 now);

    RequestsRepository m_requests;
    RefusalLogRepository m_refusals;
    CompletionEffects m_effects;
    AuditLog m_audit;
};

} // namespace pd::provider
