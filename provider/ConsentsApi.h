// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsentsRepository.h"
#include "HttpTypes.h"
#include "Language.h"
#include "PolicyRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::provider {

struct Account;

/// Consents to the optional purposes and the receipts of every change: GET /v1/me/consents,
/// GET /v1/me/consents/receipts, PUT /v1/me/consents/{purpose}.
class ConsentsApi
{
public:
    explicit ConsentsApi(ProviderDb &db);

    HttpResponse list(const Account &account, Lang lang) const;
    HttpResponse receipts(const Account &account) const;
    /// State-changing: runs inside ActionsApi's effect transaction.
    HttpResponse put(const Account &account, const HttpRequest &request, const QString &purpose);

    /// The consents document (what `list` answers, and the export holds), `affects` in `lang`.
    QJsonObject state(const Account &account, Lang lang) const;
    /// The policy version in force (the latest published), which purposes, sharing and retention follow.
    QString policyVersion() const { return m_policy.current(); }
    /// The receipts, oldest first.
    QJsonArray receiptItems(qint64 account) const;

private:
    bool ensureStartingState(const Account &account);

    ConsentsRepository m_consents;
    PolicyRepository m_policy;
};

} // namespace pd::provider
