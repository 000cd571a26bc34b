// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

#include <memory>

namespace pd {
namespace {

QString accessKey(const QString &account) { return account + QStringLiteral("/access"); }
QString refreshKey(const QString &account) { return account + QStringLiteral("/refresh"); }

Error keychainError(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::EntryNotFound)
        return Error::make(ErrorCode::KeychainNotFound, job->errorString());
    return Error::make(ErrorCode::Keychain, job->errorString());
}

template<typename JobT>
JobT *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never store secrets in plain text
    job->setKey(key);
    return job;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent)
    , m_service(std::move(service))
{
}

void KeychainTokenStore::save(const QString &account, const TokenPair &tokens, Done done)
{
    // Refresh token first: if the access token write then fails, the next load fails cleanly
    // rather than leaving a session that cannot renew itself.
    auto *w1 = makeJob<QKeychain::WritePasswordJob>(m_service, refreshKey(account));
    w1->setTextData(tokens.refreshToken);
    connect(w1, &QKeychain::Job::finished, this, [this, account, tokens, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j));
            return;
        }
        auto *w2 = makeJob<QKeychain::WritePasswordJob>(m_service, accessKey(account));
        w2->setTextData(tokens.accessToken);
        connect(w2, &QKeychain::Job::finished, this, [done](QKeychain::Job *j2) {
            done(j2->error() == QKeychain::NoError ? okStatus() : Status(keychainError(j2)));
        });
        w2->start();
    });
    w1->start();
}

void KeychainTokenStore::load(const QString &account, Loaded done)
{
    auto *r1 = makeJob<QKeychain::ReadPasswordJob>(m_service, refreshKey(account));
    connect(r1, &QKeychain::Job::finished, this, [this, account, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j));
            return;
        }
        TokenPair t;
        t.refreshToken = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        auto *r2 = makeJob<QKeychain::ReadPasswordJob>(m_service, accessKey(account));
        connect(r2, &QKeychain::Job::finished, this, [t, done](QKeychain::Job *j2) mutable {
            if (j2->error() != QKeychain::NoError) {
                done(keychainError(j2));
                return;
            }
            t.accessToken = static_cast<QKeychain::ReadPasswordJob *>(j2)->textData();
            done(t);
        });
        r2->start();
    });
    r1->start();
}

void KeychainTokenStore::remove(const QString &account, Done done)
{
    auto *d1 = makeJob<QKeychain::DeletePasswordJob>(m_service, accessKey(account));
    connect(d1, &QKeychain::Job::finished, this, [this, account, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(keychainError(j));
            return;
        }
        auto *d2 = makeJob<QKeychain::DeletePasswordJob>(m_service, refreshKey(account));
        connect(d2, &QKeychain::Job::finished, this, [done](QKeychain::Job *j2) {
            const bool ok = j2->error() == QKeychain::NoError || j2->error() == QKeychain::EntryNotFound;
            done(ok ? okStatus() : Status(keychainError(j2)));
        });
        d2->start();
    });
    d1->start();
}

} // namespace pd
