// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenStore.h"

namespace pd {

/// Tokens in the OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows. Never a plaintext fallback: when the keychain is locked or
/// missing, operations fail with ErrorCode::Keychain and the UI says what to do.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("HK Cloud Privacy Dashboard"), QObject *parent = nullptr);

    void save(const QString &account, const TokenPair &tokens, Done done) override;
    void load(const QString &account, Loaded done) override;
    void remove(const QString &account, Done done) override;

private:
    QString m_service;
};

} // namespace pd
