// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::provider {

class ProviderDb;

/// Tables of the "act on your data" API, next to ProviderDb's: idempotency outcomes, attachments,
/// requests, field update log, consents and consent receipts. Created if missing (a data directory
/// made by an older provider gains them on the next start). PRAGMA user_version stays ProviderDb's.
class ActionsDb
{
public:
    static bool ensureSchema(ProviderDb &db, QString *error);
};

} // namespace pd::provider
