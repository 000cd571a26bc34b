// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::provider {

class ProviderDb;

/// The provider's schema as numbered steps, counted by `PRAGMA user_version`. Each step runs in
/// one transaction together with the version it reaches, so a failure leaves the database at the
/// last whole step. A released step is never edited: a change of schema is a new step.
class ProviderMigrations
{
public:
    /// Runs the steps above the database's version, in order.
    [[nodiscard]] static bool run(ProviderDb &db, QString *error);
    /// The version a database has after run().
    static int latestVersion();
};

} // namespace pd::provider
