// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountsRepository.h"
#include "DeletionEffect.h"
#include "FieldUpdatesRepository.h"
#include "HttpTypes.h"
#include "RequestRow.h"

#include <optional>

namespace pd::provider {

class ProviderDb;

/// What completing a request does to the customer's data, by type (docs/api/staff.md):
/// - correction: the field takes the proposed value; the old one stays in the field's history
///   (field_updates, which the export lists);
/// - deletion: DeletionEffect (deleted, or restricted and listed in `retained`);
/// - export: becomes downloadable (RequestLifecycle::moveTo);
/// - cancel_account: the account closes kAccountClosingGraceDays later (sign-in, tokens and refresh
///   are refused from then on);
/// - complaint: the answer is the request's message (StaffActions writes it).
class CompletionEffects
{
public:
    explicit CompletionEffects(ProviderDb &db);

    /// Inside the completing transaction, before the request moves to `completed`. The refusal to
    /// answer (nothing was changed), or nothing with `row` updated where the effect shows in it.
    std::optional<HttpResponse> apply(RequestRow &row, qint64 now);

private:
    std::optional<HttpResponse> correction(const RequestRow &row, qint64 now);

    ProviderDb &m_db;
    AccountsRepository m_accounts;
    DeletionEffect m_deletion;
    FieldUpdatesRepository m_fieldUpdates;
};

} // namespace pd::provider
