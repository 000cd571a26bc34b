// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace pd {

class CacheDb;
class CookiesModel;
class DevicesModel;
class DomainUsageModel;
class PersonalModel;
class ServerUsageModel;

/// The table models over one account's cache, made and reloaded together (the signed-in account's
/// Session and a staff member's CustomerView each own one).
class AccountModels
{
public:
    explicit AccountModels(CacheDb *cache);
    ~AccountModels();
    AccountModels(const AccountModels &) = delete;
    AccountModels &operator=(const AccountModels &) = delete;

    void reload();
    /// Only the personal details (after a field update was answered).
    void reloadPersonal();

    PersonalModel *personal() const { return m_personal.get(); }
    ServerUsageModel *servers() const { return m_servers.get(); }
    DomainUsageModel *domains() const { return m_domains.get(); }
    DevicesModel *devices() const { return m_devices.get(); }
    CookiesModel *cookies() const { return m_cookies.get(); }

private:
    std::unique_ptr<PersonalModel> m_personal;
    std::unique_ptr<ServerUsageModel> m_servers;
    std::unique_ptr<DomainUsageModel> m_domains;
    std::unique_ptr<DevicesModel> m_devices;
    std::unique_ptr<CookiesModel> m_cookies;
};

} // namespace pd
