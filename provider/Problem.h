// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QString>

namespace pd::provider {

/// RFC 9457 problem+json. `slug` becomes type "/problems/<slug>"; `oauthError` adds the RFC 6749
/// `error` member that OAuth clients look for.
HttpResponse problem(int status, const QString &slug, const QString &title, const QString &detail = {},
                     const QString &oauthError = {});

} // namespace pd::provider
