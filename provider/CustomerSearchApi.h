// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountsRepository.h"
#include "AuditLog.h"
#include "HttpTypes.h"

namespace pd::provider {

struct Account;
class ProviderDb;

/// GET /v1/staff/customers?q= (docs/api/staff.md): customers by account id, username, e-mail or
/// mobile, at most kCustomerSearchResultsMax, names only. Audited: the search itself
/// (customers_searched, with the query), and a `searched` entry in each found customer's own log.
class CustomerSearchApi
{
public:
    explicit CustomerSearchApi(ProviderDb &db);

    HttpResponse search(const Account &staff, const FormData &query);

private:
    ProviderDb &m_db;
    AccountsRepository m_accounts;
    AuditLog m_audit;
};

} // namespace pd::provider
