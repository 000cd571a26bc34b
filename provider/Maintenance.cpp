// SPDX-License-Identifier: GPL-3.0-or-later
#include "Maintenance.h"

#include "Calendar.h"
#include "ProviderDb.h"
#include "TestClock.h"

namespace pd::provider {

Maintenance::Maintenance(ProviderDb &db, const AuditSigner &signer)
    : m_db(db)
    , m_deletion(db)
    , m_expiry(db)
    , m_expired(db)
    , m_checkpoints(db, signer)
{
    m_timer.setInterval(60 * 1000);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { run(); });
}

void Maintenance::start()
{
    run();
    m_timer.start();
}

void Maintenance::run()
{
    const qint64 now = nowSeconds();
    if (!m_expiry.sweep(now))
        qWarning("maintenance: grants could not be expired: %s", qPrintable(m_db.lastError()));
    if (m_db.begin()) {
        if (m_deletion.purgeExpired(now) < 0 || !m_db.commit()) {
            m_db.rollback();
            qWarning("maintenance: restricted data could not be purged: %s", qPrintable(m_db.lastError()));
        }
    }
    if (m_expired.purge(TestClock::nowMs()) < 0)
        qWarning("maintenance: expired codes, tokens and idempotency records could not be purged: %s",
                 qPrintable(m_db.lastError()));
    if (!m_checkpoints.global())
        qWarning("maintenance: the audit log's checkpoint could not be signed");
}

} // namespace pd::provider
