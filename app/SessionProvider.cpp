// SPDX-License-Identifier: GPL-3.0-or-later
// Session: which provider it talks to, and what belongs to that provider (issue 10): the address,
// its origin, the folder of the account's files, the keychain entry, what an older version kept
// without a provider, and reopening a remembered sign-in (restore). Sign-in, sync and the account's
// objects are in Session.cpp.
#include "Session.h"

#include "api/ApiClient.h"
#include "auth/TokenStore.h"
#include "domain/Origin.h"
#include "staff/StaffDesk.h"
#include "store/CacheDb.h"
#include "store/Outbox.h"
#include "sync/OutboxSender.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>

namespace pd {

Result<QUrl> Session::checkProviderUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error::make(ErrorCode::InsecureUrl, QStringLiteral("not a valid address"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return url;
    if (scheme == QLatin1String("http")) {
        // Only a loopback address itself: the name "localhost" is looked up like any other and
        // can be made to point elsewhere (RFC 8252 8.3), so plain http to it is refused.
        if (QHostAddress(url.host()).isLoopback())
            return url;
        if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            return Error::make(ErrorCode::InsecureUrl, QStringLiteral("localhost: use 127.0.0.1 or [::1]"));
        return Error::make(ErrorCode::InsecureUrl, QStringLiteral("plain http is allowed only for loopback"));
    }
    return Error::make(ErrorCode::InsecureUrl, QStringLiteral("unsupported scheme"));
}

QUrl Session::defaultProviderUrl()
{
    return QUrl(QStringLiteral("https://privacy.cn2.hk/"));
}

Status Session::setProviderUrl(const QUrl &url)
{
    Result<QUrl> checked = checkProviderUrl(url.toString());
    if (!checked)
        return checked.error();
    // Tokens and local files belong to one provider: another one needs signing out first.
    if (m_state != State::SignedOut && origin::of(*checked) != providerOrigin())
        return Error::make(ErrorCode::OtherProvider, QStringLiteral("signed in at %1").arg(providerOrigin()));
    m_api->setBaseUrl(*checked);
    return okStatus();
}

void Session::setCaCertificates(const QList<QSslCertificate> &extra)
{
    m_api->setCaCertificates(extra);
}

QList<QSslCertificate> Session::caCertificates() const
{
    return m_api->caCertificates();
}

QString Session::providerOrigin() const
{
    return origin::of(m_api->baseUrl());
}

QString Session::accountRoot() const
{
    return QDir(m_dataRoot).filePath(origin::folderName(providerOrigin()));
}

QString Session::tokenKeyFor(const QString &origin, const QString &accountId)
{
    return origin + QLatin1Char(' ') + accountId;
}

QUrl Session::providerUrl() const
{
    return m_api->baseUrl();
}

void Session::loadTokens(const QString &accountId, const std::function<void(Result<TokenPair>)> &done)
{
    m_tokens->load(tokenKey(accountId), [this, accountId, done](Result<TokenPair> t) {
        if (t || t.error().code != ErrorCode::KeychainNotFound) {
            done(t);
            return;
        }
        // Saved by a version that kept tokens under the account alone (restore() checked that this
        // is the provider they came from): moved under the provider's key, then used.
        const quint64 attempt = m_restoreAttempt;
        m_tokens->load(accountId, [this, accountId, done, attempt](Result<TokenPair> legacy) {
            if (!legacy || attempt != m_restoreAttempt) {
                // Signed out meanwhile: nothing is moved (it would put back what sign-out removed).
                done(legacy);
                return;
            }
            const TokenPair pair = *legacy;
            m_tokens->save(tokenKey(accountId), pair, [this, accountId, pair, done](Status s) {
                if (s)
                    m_tokens->remove(accountId, [](Status) {});
                done(pair);
            });
        });
    });
}

void Session::adoptUnboundFiles(const QString &accountId)
{
    // Files a version before provider binding kept in the data folder itself: they are this
    // provider's (restore() checked), so they move into its folder unless it already has its own.
    const QStringList paths = {CacheDb::pathFor(m_dataRoot, accountId), Outbox::pathFor(m_dataRoot, accountId),
                               StaffDesk::queueCachePathFor(m_dataRoot, accountId),
                               StaffDesk::outboxPathFor(m_dataRoot, accountId)};
    const QDir root(accountRoot());
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        if (!QFileInfo::exists(path) || QFileInfo::exists(root.filePath(name)))
            continue;
        if (!root.exists() && (!QDir().mkpath(root.path())
                               || !QFile::setPermissions(root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)))
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            if (QFileInfo::exists(path + suffix))
                QFile::rename(path + suffix, root.filePath(name + suffix));
    }
}

void Session::restore(const QString &accountId, const QString &issuer)
{
    if (accountId.isEmpty() || m_state != State::SignedOut)
        return;
    if (issuer != providerOrigin()) {
        // Signed in at another provider address: its tokens, copy and unsent actions stay with it,
        // untouched; this address needs a sign-in of its own.
        m_otherIssuer = issuer;
        Q_EMIT restoreFailed(Error::make(ErrorCode::OtherProvider, QStringLiteral("signed in at ") + issuer));
        return;
    }
    adoptUnboundFiles(accountId);
    m_restoring = true;
    Q_EMIT restoringChanged();
    // A customer's copy opens now, before the keychain answers (over D-Bus, or after a prompt to
    // unlock it): the window shows the data at once, and every call that needs the tokens waits
    // unsent until they come (ApiClient::holdForTokens).
    const bool opened = openCachedAccount(accountId);
    const quint64 attempt = m_restoreAttempt;
    loadTokens(accountId, [this, accountId, issuer, opened, attempt](Result<TokenPair> t) {
        if (attempt != m_restoreAttempt)
            return; // closed meanwhile (signed out): these tokens are not wanted any more
        // Told before anything else is: a failure below is said on a page that offers to sign in.
        m_restoring = false;
        Q_EMIT restoringChanged();
        if (opened) {
            if (t && t->accessToken.isEmpty() && t->refreshToken.isEmpty()) // entries there, but empty
                t = Error::make(ErrorCode::KeychainNotFound, QStringLiteral("empty tokens"));
            if (!t) {
                if (m_sync)
                    m_sync->disconnect(this); // its end is no news: the copy closes, and the page says why
                closeAccount(); // drops the calls that waited for the tokens
                setState(State::SignedOut);
                Q_EMIT restoreFailed(t.error());
                return;
            }
            m_api->setTokens(*t, issuer); // and the waiting calls go out
            return;
        }
        if (!t) {
            Q_EMIT restoreFailed(t.error());
            return;
        }
        // The address may have changed while the keychain answered: the tokens stay unused then.
        if (m_state != State::SignedOut || issuer != providerOrigin())
            return;
        const QString path = CacheDb::pathFor(accountRoot(), accountId);
        auto cache = CacheDb::open(path);
        if (!cache) {
            Q_EMIT restoreFailed(cache.error());
            return;
        }
        Result<Account> a = (*cache)->account();
        if (!a) {
            Account bare;
            bare.accountId = accountId;
            a = bare;
        }
        m_api->setTokens(*t, issuer);
        if (Status s = openAccount(*a, std::move(cache).value()); !s) {
            Q_EMIT restoreFailed(s.error());
            return;
        }
        setState(State::SignedIn);
        Q_EMIT dataChanged();
        m_sender->kick();
    });
}

bool Session::openCachedAccount(const QString &accountId)
{
    // Only a copy that is there already, of a customer: a staff member's workspace opens with the
    // tokens in hand (restore()), and no copy means nothing to show before them.
    const QString path = CacheDb::pathFor(accountRoot(), accountId);
    if (!QFileInfo::exists(path))
        return false;
    auto cache = CacheDb::open(path);
    if (!cache)
        return false; // restore() opens it again and says why it cannot
    const Result<Account> a = (*cache)->account();
    if (!a || a->accountId != accountId || a->isStaff())
        return false;
    if (Status s = openAccount(*a, std::move(cache).value()); !s) {
        closeAccount();
        return false;
    }
    m_api->holdForTokens();
    setState(State::SignedIn); // what shows the data reads it on this (no dataChanged as well: read once)
    m_sender->kick();
    return true;
}

} // namespace pd
