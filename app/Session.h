// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountView.h"
#include "domain/AccessWitness.h"
#include "domain/Staff.h"
#include "domain/CategoryInfo.h"
#include "domain/Notices.h"
#include "domain/Records.h"
#include "domain/Requests.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSslCertificate;

namespace pd {

class AccessLogModel;
class AccessWatch;
class NoticeWatch;
class AccountModels;
class ActionQueue;
class ApiClient;
class Connectivity;
class ExportDownload;
class Outbox;
class OutboxSender;
class CacheDb;
class SummaryRefresher;
class CookiesModel;
class DevicesModel;
class DomainUsageModel;
class PersonalModel;
class RequestsModel;
class ServerUsageModel;
class SignIn;
class StaffDesk;
class SyncEngine;
class TokenStore;

/// The core's front door for the UI: sign-in state, the signed-in account's models, its actions
/// (ActionQueue) and sync. It owns no widgets and writes no user-facing text; the UI turns its
/// codes into words. The objects behind it (cache, outbox, sender, API client) stay inside the
/// core; tests and benchmarks reach them through SessionInternals.
class Session : public AccountView
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    /// `dataRoot` holds one cache file per account (the platform's app-data location in the app,
    /// a temporary directory in tests).
    Session(QNetworkAccessManager *nam, TokenStore *tokens, QString dataRoot, QObject *parent = nullptr);
    ~Session() override;

    /// Accepts https:// URLs, and http:// only for loopback addresses (127.0.0.0/8, ::1), not the
    /// name localhost, which a hosts file or resolver could send elsewhere.
    static Result<QUrl> checkProviderUrl(const QString &text);
    static QUrl defaultProviderUrl();

    /// Where to talk to. While signed in (or signing in) only an address at the same origin is
    /// accepted (ErrorCode::OtherProvider otherwise): tokens and files belong to one provider.
    Status setProviderUrl(const QUrl &url);
    QUrl providerUrl() const;
    /// The provider's origin (origin::of): what the tokens, the local copy and the outbox belong to.
    QString providerOrigin() const;
    /// The name a sign-in is kept under in the keychain: the provider's origin and the account.
    static QString tokenKeyFor(const QString &origin, const QString &accountId);
    /// Certificate authorities trusted besides the system's (the CA file chosen in Settings, see
    /// CaFile), for every call to the provider: API, sign-in token, refresh and revoke. Empty: the
    /// system's alone. A certificate error always fails closed (ErrorCode::Tls, Error::tls says why).
    void setCaCertificates(const QList<QSslCertificate> &extra);
    QList<QSslCertificate> caCertificates() const;
    /// After restoreFailed with ErrorCode::OtherProvider: the origin the remembered sign-in belongs to.
    QString otherIssuer() const { return m_otherIssuer; }

    State state() const { return m_state; }
    Account account() const override { return m_account; }
    bool isOnline() const { return m_online; }
    bool isSyncing() const;
    QDateTime lastSyncedAt() const override;
    qint64 count(Category c) const override;
    CategoryInfo categoryInfo(Category c) const override;
    QList<QPair<QDate, qint64>> dailyTraffic(int days = 90) const override;

    PersonalModel *personalModel() const override;
    ServerUsageModel *serverUsageModel() const override;
    DomainUsageModel *domainUsageModel() const override;
    DevicesModel *devicesModel() const override;
    CookiesModel *cookiesModel() const override;
    RequestsModel *requestsModel() const { return m_requests.get(); }
    /// The signed-in account's actions: queue new ones, read, discard, send again, resolve
    /// conflicts (null when signed out).
    ActionQueue *actions() const { return m_actions.get(); }
    /// The staff side (queue, processing, grants, audit) when the account is staff or supervisor
    /// (Account::isStaff()); null for customers and when signed out. staffChanged() announces it.
    StaffDesk *staff() const { return m_staffDesk.get(); }
    ConsentState consents() const override;
    /// Consent receipts: the user's own record of every consent change, newest first.
    QList<ConsentReceipt> consentReceipts() const;
    /// A request as the provider last reported it.
    std::optional<TrackedRequest> trackedRequest(const QString &id) const;
    /// Requests and actions waiting to be sent (queued) and needing the user (refused/conflict);
    /// for staff, their processing steps too (StaffDesk::pendingSteps, refusedSteps).
    qint64 pendingActions() const;
    qint64 actionsNeedingAttention() const;

    /// Sending of queued actions (false/no-ops when signed out).
    bool canSend() const { return m_sender != nullptr; }
    bool isSendingPaused() const;
    void pauseSending();
    void resumeSending();
    /// Sends what is waiting now, without waiting for the next automatic try.
    void retrySendingNow();

    /// Who looked at the user's data: the access log as this app kept it (null when signed out).
    AccessLogModel *accessLogModel() const;
    /// Staff access grants as last fetched (all statuses), and those waiting for the user's answer
    /// (pending and not yet past the 24 hours they wait).
    QList<Grant> accessGrants() const;
    QList<Grant> pendingGrants() const;
    /// "Ask me first": the value waiting to be sent if the user just changed it, else the one last
    /// fetched; empty until known.
    std::optional<bool> askFirst() const;
    /// The user's answer to grant `grantId` waiting to be sent (true: approve), if any.
    std::optional<bool> queuedGrantDecision(const QString &grantId) const;
    /// What the witness found wrong with the access log and the user has not dismissed.
    QList<WitnessWarning> accessWarnings() const;
    Status dismissAccessWarning(qint64 id);

    /// The policy, its versions and the customer's answer, incidents and disclosures (null when
    /// signed out).
    NoticeWatch *notices() const { return m_notices.get(); }
    /// Downloads the copy of the user's data an export request produced; null when signed out.
    /// The job emits finished() once and deletes itself.
    ExportDownload *downloadExport(const QString &requestId);

    /// Opens the account's cache and reads its tokens from the keychain; emits stateChanged
    /// (SignedIn) on success, restoreFailed otherwise. Works offline: cached data shows at once.
    /// A customer's copy opens before this returns, with calls to the provider waiting for the
    /// tokens; if the keychain then has none, it closes again (SignedOut) and restoreFailed says why.
    /// `issuer` is the origin the account signed in at: when it is not providerOrigin(), nothing is
    /// opened or sent and restoreFailed says ErrorCode::OtherProvider with `issuer` as its detail.
    void restore(const QString &accountId, const QString &issuer);
    /// A remembered sign-in is being opened (the keychain has not answered yet): the window says so
    /// instead of offering to sign in. restoringChanged() when this changes.
    bool isRestoring() const { return m_restoring; }
    /// Starts RFC 8252 sign-in: emits browserUrlReady with the URL the UI opens in the browser.
    void startSignIn();
    void cancelSignIn();
    enum class UnsentActions { Keep, Discard };
    /// Revokes the tokens (best effort), removes them from the keychain and deletes the cache.
    /// Unsent actions are kept (sent after the next sign-in as the same account) or discarded,
    /// as the user chose; the UI asks when pendingActions() + actionsNeedingAttention() > 0.
    void signOut(UnsentActions unsent = UnsentActions::Keep);
    void sync();
    void cancelSync();
    /// How long sign-in waits for the browser's redirect (default 5 minutes).
    void setSignInTimeout(int ms);
    /// Events per page when syncing usage (1..5000; default 5000).
    void setSyncPageSize(int n);
    /// Starts a sync every `ms` milliseconds while signed in (0 turns it off).
    void setAutoSyncInterval(int ms);

    /// The provider writes some texts itself (who data is shared with and why, what a consent
    /// affects, request notes); they are asked for in the app's language (ApiJob::acceptLanguage).
    /// When that language is not the one the cached texts were last fetched in, this syncs again
    /// (now, or after the sync under way). Offline the old texts stay until a sync succeeds.
    /// Called by itself on QEvent::LanguageChange (a translator installed or removed, as the
    /// UI's language switch does after QLocale::setDefault); calling it directly is harmless.
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void stateChanged(pd::Session::State state);
    void browserUrlReady(const QUrl &url);
    void signInFailed(const pd::Error &error);
    void restoreFailed(const pd::Error &error);
    void restoringChanged();
    /// Sign-out has begun: forget the remembered account now, whatever the keychain does next.
    void signingOut();
    /// `leftover` says what could not be removed from this computer (code None when everything was).
    void signedOut(const pd::Error &leftover);
    /// Refreshed tokens could not be saved in the keychain: the next start will need a new sign-in.
    void tokensNotSaved(const pd::Error &error);
    void syncStarted();
    /// `category` is being fetched; `records` counts what this sync has stored so far for it.
    void syncProgress(pd::Category category, qint64 records);
    /// `error.code == ErrorCode::None` on success.
    void syncFinished(const pd::Error &error);
    void onlineChanged(bool online);
    /// The outbox changed (queued, sent, refused, conflict, discarded): Outbox announces it.
    void outboxChanged();
    /// Sending was paused or resumed.
    void sendingStateChanged();
    /// What the provider answered could not be recorded on this computer; sending is paused so
    /// nothing is sent twice.
    void actionsStorageFailed(const pd::Error &error);
    /// A request the provider is handling changed status (not caused by the user just now).
    void requestStatusChanged(const pd::TrackedRequest &request, pd::RequestStatus previousStatus);
    /// Sending was stopped because the sign-in expired.
    void sendingStopped();
    /// staff() appeared (a staff account signed in or restored, or /v1/me said the role) or went.
    void staffChanged();
    /// The access log, grants or "Ask me first" changed (a sync, or an answer the provider accepted).
    void accessChanged();
    /// After a sync: entries in the access log this app had not seen (emitted after syncFinished).
    void newAccessEntries(const QList<pd::AccessEntry> &entries);
    /// After a sync: the witness found something wrong with the access log (those not dismissed).
    void accessWarningsFound(const QList<pd::WitnessWarning> &warnings);
    /// The policy, incidents, disclosures or their read marks changed.
    void noticesChanged();
    /// After a sync: a newer policy to answer, incidents and disclosures not seen before.
    void noticesAnnounced(const pd::NoticeNews &news);

private:
    friend struct SessionInternals;
    void setState(State s);
    /// This provider's folder under the data root: the account's cache, outbox and staff files.
    QString accountRoot() const;
    QString tokenKey(const QString &accountId) const { return tokenKeyFor(providerOrigin(), accountId); }
    /// The tokens under tokenKey, or those an older version kept under the account alone (moved).
    void loadTokens(const QString &accountId, const std::function<void(Result<TokenPair>)> &done);
    void adoptUnboundFiles(const QString &accountId);
    /// Opens the account's cache (or `opened`, that cache already open), outbox, models and sync.
    Status openAccount(const Account &account, std::unique_ptr<CacheDb> opened = {});
    /// restore()'s first step: opens a customer's cached copy before the tokens are known, held
    /// calls and all; false (nothing opened) when there is no such copy.
    bool openCachedAccount(const QString &accountId);
    void closeAccount();
    void onSyncFinished(const Error &e);
    /// Wires the access log, grants and "Ask me first" for the account just opened.
    void openAccess();
    void setOnline(bool online);
    /// Opens the staff side when the account is staff and it is not open yet.
    void openStaff();

    TokenStore *m_tokens;
    QString m_dataRoot;
    QString m_otherIssuer;
    bool m_restoring = false;
    quint64 m_restoreAttempt = 0; ///< counts closeAccount(): a keychain answer for a closed account is dropped
    State m_state = State::SignedOut;
    Account m_account;
    bool m_online = true;
    int m_pageSize = 5000;
    QByteArray m_syncLanguage;   ///< Accept-Language when the current (or last) sync started
    QByteArray m_textsLanguage;  ///< ... when the last successful sync started: the cache's texts
    bool m_languageCheckQueued = false;
    QTimer *m_autoSync;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SignIn> m_signIn;
    std::unique_ptr<CacheDb> m_cache;
    std::unique_ptr<SummaryRefresher> m_refresher; ///< on m_cache's file; gone before m_cache
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<ActionQueue> m_actions;
    Connectivity *m_connectivity;
    std::unique_ptr<AccountModels> m_models;
    std::unique_ptr<RequestsModel> m_requests;
    std::unique_ptr<StaffDesk> m_staffDesk;
    std::unique_ptr<AccessWatch> m_access;
    std::unique_ptr<NoticeWatch> m_notices;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::Error)
