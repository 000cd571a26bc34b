// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/TokenStore.h"

#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>
#include <utility>

namespace pd::test {

/// In-memory TokenStore for unit and GUI tests that are not about the keychain. The keychain
/// itself is proven in tst_keychain against a real gnome-keyring. Answers asynchronously, as the
/// keychain does, so callers cannot depend on synchronous completion.
// No Q_OBJECT: header-only, it adds no signals, and tests include it without moc.
class MemoryTokenStore : public TokenStore
{
public:
    using TokenStore::TokenStore;

    void save(const QString &account, const TokenPair &tokens, Done done) override
    {
        m_tokens.insert(account, tokens);
        QTimer::singleShot(0, this, [done] { done(okStatus()); });
    }
    void load(const QString &account, Loaded done) override
    {
        if (m_holdLoads) { // answered, as they are then, by releaseLoads()
            m_heldLoads.append([this, account, done] { load(account, done); });
            return;
        }
        const auto it = m_tokens.constFind(account);
        Result<TokenPair> r = it == m_tokens.cend() ? Result<TokenPair>(Error::make(ErrorCode::KeychainNotFound))
                                                     : Result<TokenPair>(*it);
        QTimer::singleShot(0, this, [done, r] { done(r); });
    }
    /// Loads wait until releaseLoads(), as a real keychain does while it asks to be unlocked.
    void holdLoads() { m_holdLoads = true; }
    void releaseLoads()
    {
        m_holdLoads = false;
        const auto held = std::exchange(m_heldLoads, {});
        for (const auto &answer : held)
            answer();
    }
    qsizetype heldLoads() const { return m_heldLoads.size(); }
    void remove(const QString &account, Done done) override
    {
        m_tokens.remove(account);
        QTimer::singleShot(0, this, [done] { done(okStatus()); });
    }
    bool has(const QString &account) const { return m_tokens.contains(account); }
    TokenPair tokens(const QString &account) const { return m_tokens.value(account); }

private:
    QHash<QString, TokenPair> m_tokens;
    bool m_holdLoads = false;
    QList<std::function<void()>> m_heldLoads;
};

} // namespace pd::test
