// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessWitness.h"
#include "domain/Result.h"
#include "domain/Staff.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pd {

class AccessLogModel;
class ActionQueue;
class CacheDb;
class OutboxSender;
class SyncEngine;

/// The customer's side of staff access for one open account: the access log as this app keeps
/// it (and what its witness found wrong), the grants staff asked for, and "Ask me first". Session
/// owns one while an account is open and passes its signals on.
class AccessWatch : public QObject
{
    Q_OBJECT
public:
    AccessWatch(CacheDb *cache, SyncEngine *sync, OutboxSender *sender, ActionQueue *actions, QObject *parent = nullptr);
    ~AccessWatch() override;

    AccessLogModel *model() const { return m_model.get(); }
    QList<Grant> grants() const;
    QList<Grant> pendingGrants() const;
    std::optional<bool> askFirst() const;
    std::optional<bool> queuedDecision(const QString &grantId) const;
    QList<WitnessWarning> warnings() const;
    Status dismissWarning(qint64 id);
    /// After a sync: reloads the log and says what is new (newEntries, warningsFound).
    void announce();

Q_SIGNALS:
    void changed();
    void newEntries(const QList<pd::AccessEntry> &entries);
    void warningsFound(const QList<pd::WitnessWarning> &warnings);

private:
    CacheDb *m_cache;
    ActionQueue *m_actions;
    std::unique_ptr<AccessLogModel> m_model;
    QList<AccessEntry> m_newEntries;       ///< found by the sync under way, announced when it ends
    QList<WitnessWarning> m_newWarnings;   ///< likewise
};

} // namespace pd
