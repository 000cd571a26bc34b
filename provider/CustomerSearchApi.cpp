// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerSearchApi.h"

#include "Calendar.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "Problem.h"
#include "ProviderDb.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

CustomerSearchApi::CustomerSearchApi(ProviderDb &db)
    : m_db(db)
    , m_accounts(db)
    , m_audit(db)
{
}

HttpResponse CustomerSearchApi::search(const Account &staff, const FormData &query)
{
    const QString q = query.value(u"q"_s).trimmed();
    if (q.size() < pd::limits::kCustomerSearchMin || q.size() > 254)
        return invalidRequest(u"q must be %1 to 254 characters: an account id, username, e-mail or phone number."_s
                                  .arg(pd::limits::kCustomerSearchMin));
    QList<qint64> ids;
    const auto found = m_accounts.searchCustomers(q, pd::limits::kCustomerSearchResultsMax, &ids);
    if (!found)
        return internalError();
    // The search and every customer it found, in one transaction before the answer.
    const qint64 now = nowSeconds();
    if (!m_db.begin())
        return internalError();
    QJsonArray accountIds;
    bool ok = true;
    for (const QJsonValue &item : *found) {
        accountIds.append(item[u"account_id"_s]);
        AuditEntry seen = AuditEntry::by(staff, u"searched"_s);
        seen.at = now;
        seen.accountId = item[u"account_id"_s].toString();
        ok = ok && m_audit.append(seen);
    }
    AuditEntry entry = AuditEntry::by(staff, u"customers_searched"_s);
    entry.at = now;
    entry.details = {{u"query"_s, q}, {u"results"_s, accountIds}};
    if (!ok || !m_audit.append(entry) || !m_db.commit()) {
        m_db.rollback();
        return internalError();
    }
    return jsonResponse(QJsonObject{{u"items"_s, *found}});
}

} // namespace pd::provider
