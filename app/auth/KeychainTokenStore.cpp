// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainTokenStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

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

struct KeychainTokenStore::Link
{
    QMutex mutex;
    KeychainTokenStore *store = nullptr;

    /// Calls `answer` on the store's thread, unless the store is gone (or going) by then.
    void answer(std::function<void()> answer)
    {
        const QMutexLocker lock(&mutex);
        if (store) // queued: dropped with the store if it is deleted before it runs
            QMetaObject::invokeMethod(store, std::move(answer), Qt::QueuedConnection);
    }
};

namespace {

/// The program's keychain thread and the object its jobs report to. It is stopped while Qt is still
/// there (a QCoreApplication post routine, run as the application object goes away), not among the
/// static destructors.
class KeychainThread
{
public:
    static QObject *context()
    {
        static KeychainThread instance;
        return instance.m_context;
    }
    ~KeychainThread() { stop(); }

private:
    KeychainThread()
        : m_thread(new QThread)
    {
        m_thread->setObjectName(QStringLiteral("pd-keychain"));
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start();
        s_self = this;
        qAddPostRoutine(&KeychainThread::stopAtExit);
    }
    static void stopAtExit()
    {
        if (s_self)
            s_self->stop();
    }
    void stop()
    {
        if (!m_thread)
            return;
        QMetaObject::invokeMethod(m_context, &QObject::deleteLater);
        m_thread->quit();
        // A keychain that blocks (a backend's synchronous D-Bus call waiting for a service that
        // never answers) must not hold up the exit: after a moment the thread is left to end with
        // the process.
        if (m_thread->wait(QDeadlineTimer(2000)))
            delete m_thread;
        m_thread = nullptr;
    }
    static inline KeychainThread *s_self = nullptr;
    QThread *m_thread;
    QObject *m_context = nullptr;
};

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent)
    , m_service(std::move(service))
    , m_link(std::make_shared<Link>())
{
    m_link->store = this;
}

KeychainTokenStore::~KeychainTokenStore()
{
    // Answers still on their way are dropped; the jobs themselves finish on the keychain thread.
    const QMutexLocker lock(&m_link->mutex);
    m_link->store = nullptr;
}

void KeychainTokenStore::onKeychainThread(std::function<void(const std::shared_ptr<Link> &, QObject *)> work)
{
    QObject *context = KeychainThread::context();
    QMetaObject::invokeMethod(
        context, [link = m_link, context, work = std::move(work)] { work(link, context); }, Qt::QueuedConnection);
}

void KeychainTokenStore::save(const QString &account, const TokenPair &tokens, Done done)
{
    onKeychainThread([service = m_service, account, tokens, done](const std::shared_ptr<Link> &link, QObject *context) {
        // Refresh token first: if the access token write then fails, the next load fails cleanly
        // rather than leaving a session that cannot renew itself.
        auto *w1 = makeJob<QKeychain::WritePasswordJob>(service, refreshKey(account));
        w1->setTextData(tokens.refreshToken);
        connect(w1, &QKeychain::Job::finished, context, [service, account, tokens, done, link, context](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                link->answer([done, e = keychainError(j)] { done(e); });
                return;
            }
            auto *w2 = makeJob<QKeychain::WritePasswordJob>(service, accessKey(account));
            w2->setTextData(tokens.accessToken);
            connect(w2, &QKeychain::Job::finished, context, [done, link](QKeychain::Job *j2) {
                const Status s = j2->error() == QKeychain::NoError ? okStatus() : Status(keychainError(j2));
                link->answer([done, s] { done(s); });
            });
            w2->start();
        });
        w1->start();
    });
}

void KeychainTokenStore::load(const QString &account, Loaded done)
{
    onKeychainThread([service = m_service, account, done](const std::shared_ptr<Link> &link, QObject *context) {
        auto *r1 = makeJob<QKeychain::ReadPasswordJob>(service, refreshKey(account));
        connect(r1, &QKeychain::Job::finished, context, [service, account, done, link, context](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                link->answer([done, e = keychainError(j)] { done(e); });
                return;
            }
            TokenPair t;
            t.refreshToken = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            auto *r2 = makeJob<QKeychain::ReadPasswordJob>(service, accessKey(account));
            connect(r2, &QKeychain::Job::finished, context, [t, done, link](QKeychain::Job *j2) mutable {
                if (j2->error() != QKeychain::NoError) {
                    link->answer([done, e = keychainError(j2)] { done(e); });
                    return;
                }
                t.accessToken = static_cast<QKeychain::ReadPasswordJob *>(j2)->textData();
                link->answer([done, t] { done(t); });
            });
            r2->start();
        });
        r1->start();
    });
}

void KeychainTokenStore::remove(const QString &account, Done done)
{
    onKeychainThread([service = m_service, account, done](const std::shared_ptr<Link> &link, QObject *context) {
        auto *d1 = makeJob<QKeychain::DeletePasswordJob>(service, accessKey(account));
        connect(d1, &QKeychain::Job::finished, context, [service, account, done, link, context](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                link->answer([done, e = keychainError(j)] { done(e); });
                return;
            }
            auto *d2 = makeJob<QKeychain::DeletePasswordJob>(service, refreshKey(account));
            connect(d2, &QKeychain::Job::finished, context, [done, link](QKeychain::Job *j2) {
                const bool ok = j2->error() == QKeychain::NoError || j2->error() == QKeychain::EntryNotFound;
                const Status s = ok ? okStatus() : Status(keychainError(j2));
                link->answer([done, s] { done(s); });
            });
            d2->start();
        });
        d1->start();
    });
}

} // namespace pd
