// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QObject>

#include <functional>

namespace pd {

/// Where tokens live: the OS keychain, nowhere else (never SQLite, settings or logs). The
/// interface exists so unit tests can use an in-memory store; features are proven on the keychain.
/// Access and refresh tokens are kept under separate keys per account.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Status)>;
    using Loaded = std::function<void(Result<TokenPair>)>;

    using QObject::QObject;
    ~TokenStore() override = default;

    virtual void save(const QString &account, const TokenPair &tokens, Done done) = 0;
    /// Fails with ErrorCode::KeychainNotFound when nothing is stored for the account.
    virtual void load(const QString &account, Loaded done) = 0;
    /// Removes both tokens; succeeds when nothing was stored.
    virtual void remove(const QString &account, Done done) = 0;
};

} // namespace pd
