// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CategoryInfo.h"
#include "domain/Records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>

namespace pd {

class CookiesModel;
class DevicesModel;
class DomainUsageModel;
class PersonalModel;
class ServerUsageModel;

/// One account's data as the browsing pages read it: who it is, when it was fetched, counts, "why
/// we hold it", the table models and consents. The signed-in customer's Session is one; a staff
/// member's read-only view of a customer under an access grant (staff/CustomerView) is another, so
/// the same pages show both.
class AccountView : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Account account() const = 0;
    virtual QDateTime lastSyncedAt() const = 0;
    /// Records held per category.
    virtual qint64 count(Category c) const = 0;
    virtual CategoryInfo categoryInfo(Category c) const = 0;
    /// Total traffic per local day (for the usage chart), oldest first, at most `days` days.
    virtual QList<QPair<QDate, qint64>> dailyTraffic(int days = 90) const = 0;
    virtual PersonalModel *personalModel() const = 0;
    virtual ServerUsageModel *serverUsageModel() const = 0;
    virtual DomainUsageModel *domainUsageModel() const = 0;
    virtual DevicesModel *devicesModel() const = 0;
    virtual CookiesModel *cookiesModel() const = 0;
    /// Consent switches as last fetched, with the policy version they refer to.
    virtual ConsentState consents() const = 0;
    /// Someone else's data (a staff view): nothing can be changed from here.
    virtual bool isReadOnly() const { return false; }
    /// Whether this view may show `c` (a staff grant covers only the categories chosen).
    virtual bool covers(Category) const { return true; }

Q_SIGNALS:
    /// The data changed: models were reloaded.
    void dataChanged();
};

} // namespace pd
