// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditCheckpoints.h"
#include "DeletionRepository.h"
#include "ExpiredRows.h"
#include "GrantExpiry.h"

#include <QTimer>

namespace pd::provider {

class AuditSigner;
class ProviderDb;

/// The provider's own periodic work: grants whose time is up expire (GrantExpiry), restricted data
/// whose time has come is deleted, expired codes and tokens and old idempotency records are purged
/// (ExpiredRows), and the global
/// audit chain gets a signed checkpoint whenever it has grown. Runs at start, every minute, and when
/// tests move the clock (POST /test/clock). What a handler must see at once (an expired token, a
/// closed account) is checked where it is used, never left to this.
class Maintenance
{
public:
    Maintenance(ProviderDb &db, const AuditSigner &signer);

    void start();
    /// Every job once; failures are logged and tried again next time.
    void run();

private:
    ProviderDb &m_db;
    DeletionRepository m_deletion;
    GrantExpiry m_expiry;
    ExpiredRows m_expired;
    AuditCheckpoints m_checkpoints;
    QTimer m_timer;
};

} // namespace pd::provider
