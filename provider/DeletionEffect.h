// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeletionRepository.h"
#include "RetentionRules.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace pd::provider {

struct Account;
class ProviderDb;

/// What completing a deletion request does (docs/api/staff.md): the chosen records are deleted, and
/// what the law keeps is restricted instead (hidden from normal use, deleted when its time comes),
/// by the rules RetentionRules states to the customer:
/// - registration: name, address and payment methods appear on invoices, kept 3 years; an open
///   complaint keeps every registration record it reaches until it is settled; the rest is deleted;
/// - domain usage: orders (registration, purchase, renewal, transfer) kept 7 years after each;
///   searches and DNS changes deleted;
/// - server usage: this month's events kept until the month is billed; older ones deleted;
/// - devices and cookies: deleted.
class DeletionEffect
{
public:
    explicit DeletionEffect(ProviderDb &db);

    /// Inside the completing transaction. Returns what was restricted, as the Request's `retained`
    /// lists it ({category, reason, until, detail}); nothing when the database fails.
    std::optional<QJsonArray> apply(const Account &account, const QJsonObject &deletion, qint64 now);

private:
    bool registration(const Account &account, const QJsonObject &deletion, const QJsonArray &retained);

    ProviderDb &m_db;
    DeletionRepository m_deletion;
    RetentionRules m_retention;
};

} // namespace pd::provider
