// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrantExpiry.h"

#include "Limits.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

GrantExpiry::GrantExpiry(ProviderDb &db)
    : m_db(db)
    , m_grants(db)
    , m_audit(db)
{
}

bool GrantExpiry::sweep(qint64 now)
{
    const auto due = m_grants.due(now, now - qint64(pd::limits::kPendingGrantHours) * 3600 * 1000);
    if (!due)
        return false;
    if (due->isEmpty())
        return true;
    if (!m_db.begin())
        return false;
    for (GrantRow grant : *due) {
        const QString was = grant.status;
        const qint64 at = was == u"active" ? grant.expiresAt
                                            : grant.requestedAt + qint64(pd::limits::kPendingGrantHours) * 3600 * 1000;
        grant.status = u"expired"_s;
        grant.endedAt = at;
        AuditEntry e = AuditEntry::bySystem(u"grant_expired"_s);
        e.at = now;
        e.accountId = grant.customer;
        e.staffPseudonym = grant.staffPseudonym;
        e.grantId = grant.id;
        e.reason = grant.reason;
        e.ticket = grant.ticket;
        e.categories = grant.categories;
        e.grantMinutes = grant.minutes;
        e.details = {{u"was"_s, was}, {u"expired_at"_s, isoUtc(at)}};
        if (!m_grants.save(grant) || !m_audit.append(e)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace pd::provider
