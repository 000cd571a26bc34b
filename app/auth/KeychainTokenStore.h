// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenStore.h"

#include <functional>
#include <memory>

namespace pd {

/// Tokens in the OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows. Never a plaintext fallback: when the keychain is locked or
/// missing, operations fail with ErrorCode::Keychain and the UI says what to do.
///
/// The keychain is asked on a thread of its own, one for the whole program (its event loop runs the
/// QtKeychain jobs and, on Linux, libsecret, whose connection to the Secret Service stays with the
/// thread that made it), so a start's token read goes on while the window is built. `done` is
/// called on the store's own thread, and never once the store is gone.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("HK Cloud Privacy Dashboard"), QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    void save(const QString &account, const TokenPair &tokens, Done done) override;
    void load(const QString &account, Loaded done) override;
    void remove(const QString &account, Done done) override;

    /// This store, for answers from the keychain thread: null once the store is being destroyed.
    struct Link;

private:
    /// Runs `work` on the keychain thread, with this store's link and its own job context.
    void onKeychainThread(std::function<void(const std::shared_ptr<Link> &link, QObject *context)> work);

    QString m_service;
    std::shared_ptr<Link> m_link;
};

} // namespace pd
