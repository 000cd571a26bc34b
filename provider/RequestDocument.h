// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"
#include "RequestRow.h"

#include <QJsonObject>

namespace pd::provider {

/// The API's `Request` document (docs/api) for a stored request.
class RequestDocument
{
public:
    /// The provider's own prose (retained details, its history notes) in `lang`; what staff
    /// typed as it was written.
    static QJsonObject toJson(const RequestRow &row, Lang lang);
};

} // namespace pd::provider
