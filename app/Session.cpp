// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "AccessWatch.h"
#include "NoticeWatch.h"

#include "api/ApiClient.h"
#include "api/ExportDownload.h"
#include "auth/SignIn.h"
#include "auth/TokenStore.h"
#include "domain/Codecs.h"
#include "domain/Limits.h"
#include "domain/Origin.h"
#include "models/AccountModels.h"
#include "models/PersonalModel.h"
#include "models/RequestsModel.h"
#include "models/TableModels.h"
#include "staff/StaffDesk.h"
#include "store/CacheDb.h"
#include "store/Outbox.h"
#include "store/UsageSummary.h"
#include "sync/ActionQueue.h"
#include "sync/Connectivity.h"
#include "sync/OutboxSender.h"
#include "sync/SummaryRefresher.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEvent>
#include <QDir>
#include <QHostAddress>

namespace pd {

Session::Session(QNetworkAccessManager *nam, TokenStore *tokens, QString dataRoot, QObject *parent)
    : AccountView(parent)
    , m_tokens(tokens)
    , m_dataRoot(std::move(dataRoot))
    , m_autoSync(new QTimer(this))
    , m_api(std::make_unique<ApiClient>(nam))
    , m_signIn(std::make_unique<SignIn>(m_api.get()))
    , m_connectivity(new Connectivity(this))
{
    connect(m_connectivity, &Connectivity::networkReturned, this, [this] {
        // A hint only: try now, and let the answer decide.
        if (m_sender)
            m_sender->retryNow();
        if (m_staffDesk)
            m_staffDesk->retrySendingNow();
    });
    connect(m_autoSync, &QTimer::timeout, this, &Session::sync);
    qRegisterMetaType<pd::Error>();
    qRegisterMetaType<pd::Category>();
    qRegisterMetaType<pd::TokenPair>();
    qRegisterMetaType<pd::TrackedRequest>();
    qRegisterMetaType<pd::RequestStatus>();
    qRegisterMetaType<pd::AccessEntry>();
    qRegisterMetaType<pd::WitnessWarning>();
    qRegisterMetaType<QList<pd::AccessEntry>>();
    qRegisterMetaType<QList<pd::WitnessWarning>>();
    m_api->setBaseUrl(defaultProviderUrl());
    // The UI's language switch installs translators, and each install or removal sends
    // QEvent::LanguageChange to the application: that is our cue, with no widget code involved.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);

    connect(m_signIn.get(), &SignIn::browserUrlReady, this, &Session::browserUrlReady);
    connect(m_signIn.get(), &SignIn::failed, this, [this](const Error &e) {
        setState(State::SignedOut);
        Q_EMIT signInFailed(e);
    });
    connect(m_signIn.get(), &SignIn::succeeded, this, [this](const TokenPair &t) {
        m_api->setTokens(t);
        ApiJob *job = m_api->get(QStringLiteral("/v1/me"));
        connect(job, &ApiJob::finished, this, [this, t](const ApiResponse &r) {
            if (m_state != State::SigningIn)
                return;
            Result<Account> a = r.ok() ? codec::decodeAccount(r.body) : Result<Account>(r.error);
            if (!a) {
                setState(State::SignedOut);
                Q_EMIT signInFailed(a.error());
                return;
            }
            const Account account = *a;
            m_tokens->save(tokenKey(account.accountId), m_api->tokens(), [this, account](Status s) {
                if (!s) {
                    // No keychain, no session: never keep tokens anywhere else. Revoke what we got.
                    m_api->revoke();
                    m_api->clearTokens();
                    setState(State::SignedOut);
                    Q_EMIT signInFailed(s.error());
                    return;
                }
                if (Status o = openAccount(account); !o) {
                    setState(State::SignedOut);
                    Q_EMIT signInFailed(o.error());
                    return;
                }
                setState(State::SignedIn);
                m_sender->resume();
                sync();
            });
        });
    });
    connect(m_api.get(), &ApiClient::tokensRefreshed, this, [this](const TokenPair &t) {
        if (!m_account.accountId.isEmpty())
            m_tokens->save(tokenKey(m_account.accountId), t, [this](Status s) {
                // The refresh token just rotated: without it, the next start cannot sign in.
                if (!s)
                    Q_EMIT tokensNotSaved(s.error());
            });
    });
    connect(m_api.get(), &ApiClient::sessionExpired, this, [this](const Error &) {
        // The cache stays: signing in again as the same account shows it at once.
        if (m_sync)
            m_sync->cancel();
    });
}

Session::~Session()
{
    closeAccount();
}

bool Session::isSyncing() const
{
    return m_sync && m_sync->isRunning();
}

QDateTime Session::lastSyncedAt() const
{
    return m_cache ? m_cache->lastSyncedAt() : QDateTime();
}

qint64 Session::count(Category c) const
{
    return m_cache ? m_cache->count(c) : 0;
}

CategoryInfo Session::categoryInfo(Category c) const
{
    if (!m_cache) {
        CategoryInfo i;
        i.category = c;
        return i;
    }
    return m_cache->categoryInfo(c);
}

QList<QPair<QDate, qint64>> Session::dailyTraffic(int days) const
{
    return m_cache ? m_cache->dailyTraffic(days) : QList<QPair<QDate, qint64>>();
}

PersonalModel *Session::personalModel() const
{
    return m_models ? m_models->personal() : nullptr;
}

ServerUsageModel *Session::serverUsageModel() const
{
    return m_models ? m_models->servers() : nullptr;
}

DomainUsageModel *Session::domainUsageModel() const
{
    return m_models ? m_models->domains() : nullptr;
}

DevicesModel *Session::devicesModel() const
{
    return m_models ? m_models->devices() : nullptr;
}

CookiesModel *Session::cookiesModel() const
{
    return m_models ? m_models->cookies() : nullptr;
}

void Session::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

Status Session::openAccount(const Account &account, std::unique_ptr<CacheDb> opened)
{
    closeAccount();
    const bool given = opened != nullptr;
    if (opened) {
        m_cache = std::move(opened);
    } else {
        auto cache = CacheDb::open(CacheDb::pathFor(accountRoot(), account.accountId));
        if (!cache)
            return cache.error();
        m_cache = std::move(cache).value();
    }
    m_textsLanguage.clear(); // unknown for a cache opened from disk: any language change refetches
    // A fresh sign-in's account is stored; one read from this cache is there already (no write at
    // every start).
    const bool stored = given && m_cache->account();
    if (!stored)
        if (Status s = m_cache->storeAccount(account); !s)
            return s;
    m_account = account;
    m_models = std::make_unique<AccountModels>(m_cache.get());
    auto outbox = Outbox::open(Outbox::pathFor(accountRoot(), account.accountId));
    if (!outbox)
        return outbox.error();
    m_outbox = std::move(outbox).value();
    m_sender = std::make_unique<OutboxSender>(m_api.get(), m_outbox.get());
    m_actions = std::make_unique<ActionQueue>(m_outbox.get(), m_sender.get(),
                                              [this] { return m_cache ? m_cache->personalEtag() : QString(); });
    // The requests list is read again first: whoever hears outboxChanged (the toolbar's count, connected
    // when the window was built, long before this model existed) then reads it as it now is.
    connect(m_outbox.get(), &Outbox::changed, this, [this] {
        if (m_requests)
            m_requests->reload();
        Q_EMIT outboxChanged();
    });
    connect(m_sender.get(), &OutboxSender::sendingStateChanged, this, &Session::sendingStateChanged);
    connect(m_sender.get(), &OutboxSender::storageFailed, this, &Session::actionsStorageFailed);
    connect(m_sender.get(), &OutboxSender::onlineChanged, this, &Session::setOnline);
    connect(m_sender.get(), &OutboxSender::sessionExpired, this, &Session::sendingStopped);
    connect(m_sender.get(), &OutboxSender::personalUpdated, this, [this](const QByteArray &body, const QByteArray &etag) {
        if (auto p = codec::decodePersonal(body); p && m_cache) {
            // The provider has it; failing to keep the copy here only means the next sync brings it.
            if (Status s = m_cache->replacePersonal(*p, QString::fromUtf8(etag)); !s)
                qWarning("personal details could not be cached: %s", qPrintable(s.error().detail));
            if (m_models)
                m_models->reloadPersonal();
            Q_EMIT dataChanged();
        }
    });
    m_requests = std::make_unique<RequestsModel>(m_outbox.get());

    m_sync = std::make_unique<SyncEngine>(m_api.get(), m_cache.get());
    m_sync->setPageSize(m_pageSize);
    m_sync->setOutbox(m_outbox.get());
    m_refresher = std::make_unique<SummaryRefresher>(m_cache->path());
    m_sync->setSummaryRefresher(m_refresher.get());
    // A cache from before the summary, or one whose refresh a crash cut short: the tables count their
    // rows themselves until this ends. Or one whose sort indexes were still being built when the app
    // ended (they come after the summary's commit): built now, in the background.
    if (!usage::summaryCurrent(m_cache->database()) || !usage::sortIndexesComplete(m_cache->database()))
        m_refresher->start();
    connect(m_sync.get(), &SyncEngine::requestStatusChanged, this, &Session::requestStatusChanged);
    connect(m_sync.get(), &SyncEngine::progress, this, &Session::syncProgress);
    connect(m_sync.get(), &SyncEngine::accountFetched, this, [this](const Account &a) {
        m_account = a;
        openStaff();
    });
    connect(m_sync.get(), &SyncEngine::finished, this, &Session::onSyncFinished);
    openStaff();
    openAccess();
    return okStatus();
}

void Session::openStaff()
{
    if (m_staffDesk || !m_account.isStaff())
        return;
    auto desk = std::make_unique<StaffDesk>(m_api.get(), m_account, accountRoot());
    if (Status s = desk->open(); !s) {
        // The customer side still works; the staff side says why it is missing.
        qWarning("staff side could not open: %s", qPrintable(s.error().detail));
        return;
    }
    m_staffDesk = std::move(desk);
    Q_EMIT staffChanged();
}

void Session::openAccess()
{
    m_access = std::make_unique<AccessWatch>(m_cache.get(), m_sync.get(), m_sender.get(), m_actions.get());
    connect(m_access.get(), &AccessWatch::changed, this, &Session::accessChanged);
    connect(m_access.get(), &AccessWatch::newEntries, this, &Session::newAccessEntries);
    connect(m_access.get(), &AccessWatch::warningsFound, this, &Session::accessWarningsFound);
    m_notices = std::make_unique<NoticeWatch>(m_cache.get(), m_sync.get(), m_actions.get());
    connect(m_notices.get(), &NoticeWatch::changed, this, &Session::noticesChanged);
    connect(m_notices.get(), &NoticeWatch::news, this, &Session::noticesAnnounced);
}

AccessLogModel *Session::accessLogModel() const
{
    return m_access ? m_access->model() : nullptr;
}

QList<Grant> Session::accessGrants() const
{
    return m_access ? m_access->grants() : QList<Grant>();
}

QList<Grant> Session::pendingGrants() const
{
    return m_access ? m_access->pendingGrants() : QList<Grant>();
}

std::optional<bool> Session::askFirst() const
{
    return m_access ? m_access->askFirst() : std::nullopt;
}

std::optional<bool> Session::queuedGrantDecision(const QString &grantId) const
{
    return m_access ? m_access->queuedDecision(grantId) : std::nullopt;
}

QList<WitnessWarning> Session::accessWarnings() const
{
    return m_access ? m_access->warnings() : QList<WitnessWarning>();
}

Status Session::dismissAccessWarning(qint64 id)
{
    if (!m_access)
        return Error::make(ErrorCode::NotFound, QStringLiteral("signed out"));
    return m_access->dismissWarning(id);
}

void Session::closeAccount()
{
    ++m_restoreAttempt;
    m_api->dropHeld(Error::make(ErrorCode::Cancelled, QStringLiteral("closed before the keychain answered")));
    if (m_sync)
        m_sync->cancel();
    // The staff side first: its customer view is wiped with it.
    if (m_staffDesk) {
        m_staffDesk.reset();
        Q_EMIT staffChanged();
    }
    // Models first: they read the cache.
    m_access.reset();
    m_notices.reset();
    m_models.reset();
    m_requests.reset();
    m_sync.reset();
    m_refresher.reset(); // stops a refresh under way (after its current statement), which has the cache file open
    m_actions.reset();
    m_sender.reset();
    m_outbox.reset();
    m_cache.reset();
}

void Session::startSignIn()
{
    if (m_state == State::SigningIn)
        m_signIn->cancel();
    setState(State::SigningIn);
    m_signIn->start();
}

void Session::cancelSignIn()
{
    m_signIn->cancel();
    setState(State::SignedOut);
}

void Session::signOut(UnsentActions unsent)
{
    if (m_state != State::SignedIn)
        return;
    Q_EMIT signingOut();
    const QString accountId = m_account.accountId;
    const QString path = m_cache ? m_cache->path() : QString();
    const QString outboxPath = m_outbox ? m_outbox->path() : QString();
    const QString staffQueuePath = m_staffDesk ? m_staffDesk->queueCachePath() : QString();
    const QString staffOutboxPath = m_staffDesk ? m_staffDesk->outboxPath() : QString();
    // While the tokens still work: end the grant with the provider and wipe the customer view.
    if (m_staffDesk)
        m_staffDesk->shutdown();
    if (!m_api->tokens().refreshToken.isEmpty())
        m_api->revoke(); // best effort: offline sign-out still clears this computer
    m_api->clearTokens();
    if (m_sync)
        m_sync->disconnect(this); // a sync cut off by signing out is no news ("Sync stopped")
    closeAccount();
    // Signed out before the keychain answered (the copy opens first): that answer is dropped
    // (closeAccount), so the window must not go on saying the data is being opened.
    if (std::exchange(m_restoring, false))
        Q_EMIT restoringChanged();
    Error leftover;
    if (!path.isEmpty())
        if (Status s = CacheDb::remove(path); !s)
            leftover = s.error();
    if (!staffQueuePath.isEmpty())
        if (Status s = CacheDb::remove(staffQueuePath); !s && leftover.code == ErrorCode::None)
            leftover = s.error();
    if (unsent == UnsentActions::Discard && !outboxPath.isEmpty())
        if (Status s = Outbox::remove(outboxPath); !s && leftover.code == ErrorCode::None)
            leftover = s.error();
    if (unsent == UnsentActions::Discard && !staffOutboxPath.isEmpty())
        if (Status s = Outbox::remove(staffOutboxPath); !s && leftover.code == ErrorCode::None)
            leftover = s.error();
    m_account = {};
    m_tokens->remove(tokenKey(accountId), [this, leftover](Status s) {
        const bool removed = s || s.error().code == ErrorCode::KeychainNotFound;
        Q_EMIT signedOut(leftover.code != ErrorCode::None ? leftover : removed ? Error{} : s.error());
    });
    setState(State::SignedOut);
}

void Session::sync()
{
    if (!m_sync || m_sync->isRunning())
        return;
    m_syncLanguage = ApiJob::acceptLanguage();
    Q_EMIT syncStarted();
    m_sync->start();
}

void Session::setSignInTimeout(int ms)
{
    m_signIn->setTimeout(ms);
}

void Session::setSyncPageSize(int n)
{
    m_pageSize = qBound(1, n, 5000);
    if (m_sync)
        m_sync->setPageSize(m_pageSize);
}

void Session::setAutoSyncInterval(int ms)
{
    if (ms > 0)
        m_autoSync->start(ms);
    else
        m_autoSync->stop();
}

void Session::cancelSync()
{
    if (m_sync)
        m_sync->cancel();
}

void Session::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(m_online);
    if (online && m_sender)
        m_sender->kick();
}

ConsentState Session::consents() const
{
    return m_cache ? m_cache->consents() : ConsentState{};
}

QList<ConsentReceipt> Session::consentReceipts() const
{
    return m_outbox ? m_outbox->receipts() : QList<ConsentReceipt>();
}

std::optional<TrackedRequest> Session::trackedRequest(const QString &id) const
{
    return m_outbox ? m_outbox->request(id) : std::nullopt;
}

bool Session::isSendingPaused() const
{
    return m_sender && m_sender->isPaused();
}

void Session::pauseSending()
{
    if (m_sender)
        m_sender->pause();
}

void Session::resumeSending()
{
    if (m_sender)
        m_sender->resume();
}

void Session::retrySendingNow()
{
    if (m_sender)
        m_sender->retryNow();
}

ExportDownload *Session::downloadExport(const QString &requestId)
{
    if (m_state != State::SignedIn)
        return nullptr;
    return new ExportDownload(m_api.get(), requestId, this);
}

qint64 Session::pendingActions() const
{
    return (m_outbox ? m_outbox->pendingCount() : 0) + (m_staffDesk ? m_staffDesk->pendingSteps() : 0);
}

qint64 Session::actionsNeedingAttention() const
{
    return (m_outbox ? m_outbox->attentionCount() : 0) + (m_staffDesk ? m_staffDesk->refusedSteps() : 0);
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    // A switch sends several of these (one per translator removed and installed): check once,
    // from the event loop, after all of them.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() && !m_languageCheckQueued) {
        m_languageCheckQueued = true;
        QMetaObject::invokeMethod(this, &Session::languageChanged, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void Session::languageChanged()
{
    m_languageCheckQueued = false;
    if (m_state != State::SignedIn || !m_sync || ApiJob::acceptLanguage() == m_textsLanguage)
        return;
    // While a sync runs, onSyncFinished starts the next one if the language moved under it.
    sync();
}

void Session::onSyncFinished(const Error &e)
{
    if (e.code == ErrorCode::None)
        m_textsLanguage = m_syncLanguage;
    const bool offline = e.code == ErrorCode::Network || e.code == ErrorCode::Timeout;
    setOnline(!offline);
    if (!offline && m_sender && e.code == ErrorCode::None)
        m_sender->kick();
    // A sync that got no answer at all (offline at once) stored nothing: the models and pages
    // stay as they are (a million-row table is not read again for nothing).
    if (!m_sync || m_sync->gotAnswer()) {
        if (m_models)
            m_models->reload();
        if (m_requests)
            m_requests->reload();
        Q_EMIT dataChanged();
    }
    Q_EMIT syncFinished(e);
    if (m_access)
        m_access->announce();
    if (m_notices)
        m_notices->announce();
    if (e.code == ErrorCode::Unauthorized) {
        // Refresh was refused: the session is over; the cache stays for the next sign-in.
        closeAccount();
        setState(State::SignedOut);
        Q_EMIT signInFailed(e);
        return;
    }
    // The language changed during this sync: some texts may be in the old one. A failed sync
    // leaves it to the next one (every sync asks in the current language).
    if (e.code == ErrorCode::None && ApiJob::acceptLanguage() != m_textsLanguage)
        QMetaObject::invokeMethod(this, &Session::languageChanged, Qt::QueuedConnection);
}

} // namespace pd
