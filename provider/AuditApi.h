// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditCheckpoints.h"
#include "AuditLog.h"
#include "HttpTypes.h"
#include "RefusalLogRepository.h"

namespace pd::provider {

struct Account;
class AuditSigner;
class ProviderDb;
class ResourceApi;

/// The audit side for supervisors and everyone who checks it (docs/api/staff.md): the audit log
/// (GET /v1/staff/audit), the refusal log (GET /v1/staff/refusals), the latest signed global
/// checkpoint (GET /v1/audit/checkpoint) and the public key (GET /v1/audit/public-key, no token).
/// Each supervisor read is itself audited before it is answered.
class AuditApi
{
public:
    AuditApi(ProviderDb &db, ResourceApi &resources, const AuditSigner &signer);

    HttpResponse list(const Account &supervisor, const FormData &query);
    HttpResponse refusals(const Account &supervisor, const FormData &query);
    HttpResponse checkpoint(const Account &supervisor);
    HttpResponse publicKey() const;

private:
    ResourceApi &m_resources;
    const AuditSigner &m_signer;
    AuditLog m_audit;
    AuditCheckpoints m_checkpoints;
    RefusalLogRepository m_refusals;
};

} // namespace pd::provider
