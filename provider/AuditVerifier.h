// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pd::provider {

/// Checks a data directory's audit log from the outside (`privacy-provider audit verify`): reads
/// `DIR/provider.sqlite` through a read-only connection of its own (it never migrates or writes),
/// recomputes the global chain and every customer's chain entry by entry, and checks every stored
/// checkpoint against the chain and its Ed25519 signature (public key from `DIR/audit-signing.key`).
/// The first problem found is reported in plain words.
class AuditVerifier
{
public:
    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };

    struct Result
    {
        bool readable = false;     ///< false: the directory could not be checked at all (`message` says why)
        bool intact = false;
        QString message;           ///< what is wrong, or a summary of what was checked
        Head head;                 ///< the last entry read
        qint64 entries = 0;
        int checkpoints = 0;
    };

    /// `expectHead`: a head seen earlier (e.g. printed by `audit head`); the log must still reach it
    /// unchanged, so truncation and rollback past it are found even without a later checkpoint.
    static Result verify(const QString &dataDir, const std::optional<Head> &expectHead);
    /// The head as `audit head` prints it; nothing (with `error`) when it cannot be read.
    static std::optional<Head> head(const QString &dataDir, QString *error);
};

} // namespace pd::provider
