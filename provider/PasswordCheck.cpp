// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordCheck.h"

#include "AccountsRepository.h"
#include "Crypto.h"
#include "TestClock.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

// Verified against when the username is unknown, so that a wrong username takes as long as a
// wrong password and does not reveal which accounts exist.
const QString &dummyHash()
{
    static const QString hash = Crypto::hashPassword(u"not a password"_s);
    return hash;
}

struct Verdict
{
    bool right = false;
    QString upgradedHash; ///< set when right and the stored hash was weaker than new ones
};

} // namespace

PasswordCheck::PasswordCheck(ProviderDb &db)
    : m_db(db)
{
}

HttpResponse PasswordCheck::check(const QString &username, const QString &password, const QString &peer,
                                  Finish finish)
{
    const QString accountKey = username.toCaseFolded();
    const qint64 now = TestClock::nowMs();
    Outcome throttled{Result::Throttled, std::nullopt, m_throttle.retryAfterS(accountKey, peer, now)};
    if (throttled.retryAfterS == 0 && m_throttle.full())
        throttled.retryAfterS = 1;
    if (throttled.retryAfterS > 0)
        return finish(throttled);

    const auto account = username.isEmpty() ? std::nullopt : m_db.accountByUsername(username);
    // Empty: no such account; the worker checks against the dummy hash (made there, once, not on this thread).
    const QString stored = account ? account->passwordHash : QString();
    m_throttle.attempt(accountKey, peer, now);
    m_throttle.checkStarted();

    HttpResponse r;
    r.later = [this, account, stored, password, accountKey, peer, finish](auto deliver) {
        QtConcurrent::run([stored, password] {
            Verdict v;
            v.right = Crypto::verifyPassword(password, stored.isEmpty() ? dummyHash() : stored) && !stored.isEmpty();
            if (v.right && Crypto::needsRehash(stored))
                v.upgradedHash = Crypto::hashPassword(password);
            Crypto::releaseThreadState();
            return v;
        }).then(QCoreApplication::instance(), [this, account, accountKey, peer, finish, deliver](const Verdict &v) {
            m_throttle.checkFinished();
            Outcome o;
            if (v.right && account) {
                m_throttle.succeeded(accountKey, peer);
                if (!v.upgradedHash.isEmpty() && !AccountsRepository(m_db).setPasswordHash(account->id, v.upgradedHash))
                    qWarning("sign-in: the stronger password hash could not be stored: %s",
                             qPrintable(m_db.lastError()));
                o.result = Result::Right;
                o.account = account;
            }
            deliver(finish(o));
        });
    };
    return r;
}

} // namespace pd::provider
