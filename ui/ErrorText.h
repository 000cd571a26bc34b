// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/CaFile.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pd::ui {

/// Turns the core's error codes into sentences a customer understands: what went wrong, why if
/// known, and what to do next. The core never writes user-facing text, so this is the only place
/// where an ErrorCode becomes words; never show Error::detail on its own.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    /// Why sign-in did not complete.
    static QString signIn(const Error &error);
    /// Why a sync did not complete (cached data stays on screen).
    static QString sync(const Error &error);
    /// Why restoring the saved sign-in did not work.
    static QString restore(const Error &error);
    /// A remembered sign-in belongs to `issuer`, not to `providerNow` (ErrorCode::OtherProvider).
    static QString otherProvider(const QString &issuer, const QString &providerNow);
    /// Why the typed provider address was refused; `typed` is what the user entered.
    static QString providerAddress(const QString &typed);
    /// The keychain sentence, which names the tool to use on each OS.
    static QString keychain();
    /// Why the certificate authority file `file` cannot be used (file.problem), naming the file.
    static QString caFile(const CaFile &file);
    /// At start: the certificate authority file chosen in Settings cannot be used (caFile's words
    /// and what follows from it).
    static QString caFileAtStart(const CaFile &file);
    /// True for errors that mean "cannot reach the provider" (shown as offline, not as a failure).
    static bool isOffline(const Error &error);

private:
    static QString common(const Error &error);
    static QString tls(const Error &error);
};

} // namespace pd::ui
