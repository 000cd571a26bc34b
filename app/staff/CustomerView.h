// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountView.h"
#include "domain/Result.h"
#include "domain/Staff.h"

#include <QPointer>

#include <memory>

namespace pd {

class AccountModels;
class ApiClient;
class ApiJob;
class CacheDb;
class StaffApi;

/// A customer's data as a staff member sees it through a live access grant: read-only, only the
/// categories the grant covers, held in an in-memory CacheDb (`:memory:`) and never on disk. It is
/// filled from `/v1/staff/grants/{id}/...` with the customer codecs, so the customer pages show it
/// as they show the customer's own data. close() (or the destructor) wipes it.
class CustomerView : public AccountView
{
    Q_OBJECT
public:
    /// `customer` may carry only the account id (or what a search said of it).
    CustomerView(ApiClient *api, const Grant &grant, const Account &customer, QObject *parent = nullptr);
    ~CustomerView() override;

    Grant grant() const { return m_grant; }
    /// Fetches everything the grant covers into memory; emits loaded() once done.
    void load();
    bool isLoading() const { return m_job != nullptr; }
    bool isOpen() const { return m_cache != nullptr; }
    /// Drops the models and the in-memory database; the view shows nothing afterwards.
    void close();

    Account account() const override { return m_customer; }
    QDateTime lastSyncedAt() const override;
    qint64 count(Category c) const override;
    CategoryInfo categoryInfo(Category c) const override;
    QList<QPair<QDate, qint64>> dailyTraffic(int days = 90) const override;
    PersonalModel *personalModel() const override;
    ServerUsageModel *serverUsageModel() const override;
    DomainUsageModel *domainUsageModel() const override;
    DevicesModel *devicesModel() const override;
    CookiesModel *cookiesModel() const override;
    ConsentState consents() const override;
    bool isReadOnly() const override { return true; }
    bool covers(Category c) const override { return m_grant.covers(c); }

Q_SIGNALS:
    /// Loading ended (`error.code == None` on success; 403 grant-required when the grant ended meanwhile).
    void loaded(const pd::Error &error);

private:
    using Step = std::function<void()>;
    void fetch(const QString &view, const QUrlQuery &query, std::function<Status(const QByteArray &)> onBody, Step next);
    void stepPersonal();
    void stepInfo();
    void stepDevices();
    void stepCookies();
    void stepServers(const QString &cursor);
    void stepDomains(const QString &cursor);
    void stepConsents();
    void finish(const Error &e);

    std::unique_ptr<StaffApi> m_api;
    Grant m_grant;
    Account m_customer;
    std::unique_ptr<CacheDb> m_cache;
    std::unique_ptr<AccountModels> m_models;
    QPointer<ApiJob> m_job;
    QByteArray m_purposes, m_sharing;
    QDateTime m_loadedAt;
};

} // namespace pd
