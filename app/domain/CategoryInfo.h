// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <optional>

namespace pd {

/// "Why we hold this, who we share it with, how long we keep it" for one category, from the cache.
struct CategoryInfo
{
    Category category = Category::Registration;
    QList<PurposeUse> purposes;
    QList<SharingEntry> sharing;
    std::optional<RetentionEntry> retention;
};

} // namespace pd
