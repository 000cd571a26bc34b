// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace pd::provider {

/// What Hong Kong Cloud's privacy policy (version 2025-05-14) says, as data: the processing purposes
/// per category, who data is shared with, how long it is kept, and the policy text itself in plain
/// words. The same for every account, so it is code, not database rows.
class PolicyContent
{
public:
    static constexpr const char *Version = "2025-05-14";

    static QJsonObject purposes();
    static QJsonObject sharing();
    static QJsonObject retention();
    static QJsonObject policy();
};

} // namespace pd::provider
