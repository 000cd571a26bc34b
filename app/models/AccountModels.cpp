// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountModels.h"

#include "models/PersonalModel.h"
#include "models/TableModels.h"

namespace pd {

AccountModels::AccountModels(CacheDb *cache)
    : m_personal(std::make_unique<PersonalModel>(cache))
    , m_servers(std::make_unique<ServerUsageModel>(cache))
    , m_domains(std::make_unique<DomainUsageModel>(cache))
    , m_devices(std::make_unique<DevicesModel>(cache))
    , m_cookies(std::make_unique<CookiesModel>(cache))
{
}

AccountModels::~AccountModels() = default;

void AccountModels::reload()
{
    m_personal->reload();
    m_servers->reload();
    m_domains->reload();
    m_devices->reload();
    m_cookies->reload();
}

void AccountModels::reloadPersonal()
{
    m_personal->reload();
}

} // namespace pd
