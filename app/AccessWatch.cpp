// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessWatch.h"

#include "domain/Limits.h"
#include "models/AccessLogModel.h"
#include "store/AccessLogStore.h"
#include "store/CacheDb.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"
#include "sync/SyncEngine.h"

#include <QDateTime>

namespace pd {

AccessWatch::AccessWatch(CacheDb *cache, SyncEngine *sync, OutboxSender *sender, ActionQueue *actions, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_actions(actions)
    , m_model(std::make_unique<AccessLogModel>(cache))
{
    connect(sync, &SyncEngine::accessLogWitnessed, this,
            [this](const QList<AccessEntry> &added, const QList<WitnessWarning> &) {
                m_newEntries += added;
                // Those recorded and not dismissed: a warning stays until the user has read it.
                m_newWarnings = warnings();
            });
    connect(sender, &OutboxSender::accessSettingsUpdated, this, [this](bool askFirst) {
        if (Status s = AccessLogStore(m_cache).setAskFirst(askFirst); !s)
            qWarning("access setting could not be cached: %s", qPrintable(s.error().detail));
        Q_EMIT changed();
    });
    connect(sender, &OutboxSender::grantUpdated, this, [this](const Grant &g) {
        if (Status s = AccessLogStore(m_cache).upsertGrant(g); !s)
            qWarning("grant could not be cached: %s", qPrintable(s.error().detail));
        Q_EMIT changed();
    });
}

AccessWatch::~AccessWatch() = default;

void AccessWatch::announce()
{
    m_model->reload();
    Q_EMIT changed();
    const QList<AccessEntry> added = std::exchange(m_newEntries, {});
    const QList<WitnessWarning> found = std::exchange(m_newWarnings, {});
    if (!added.isEmpty())
        Q_EMIT newEntries(added);
    if (!found.isEmpty())
        Q_EMIT warningsFound(found);
}

QList<Grant> AccessWatch::grants() const
{
    return AccessLogStore(m_cache).grants();
}

QList<Grant> AccessWatch::pendingGrants() const
{
    QList<Grant> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Grant &g : grants())
        if (g.status == GrantStatus::Pending && g.requestedAt.addSecs(qint64(limits::kPendingGrantHours) * 3600) > now)
            out << g;
    return out;
}

std::optional<bool> AccessWatch::askFirst() const
{
    if (auto queued = m_actions->queuedAskFirst())
        return queued;
    return AccessLogStore(m_cache).askFirst();
}

std::optional<bool> AccessWatch::queuedDecision(const QString &grantId) const
{
    return m_actions->queuedDecision(grantId);
}

QList<WitnessWarning> AccessWatch::warnings() const
{
    return AccessLogStore(m_cache).warnings();
}

Status AccessWatch::dismissWarning(qint64 id)
{
    Status s = AccessLogStore(m_cache).dismissWarning(id);
    if (s) {
        m_model->reload();
        Q_EMIT changed();
    }
    return s;
}

} // namespace pd
