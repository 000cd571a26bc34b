// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StaffTypes.h"
#include "api/ApiJob.h" // QPointer<ApiJob> is read inline (isRefreshingQueue)
#include "domain/Records.h"
#include "domain/Result.h"
#include "domain/Staff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace pd {

class ApiClient;
class ApiJob;
class CustomerView;
class Outbox;
class OutboxSender;
class StaffApi;
class StaffQueueCache;
class StaffQueueModel;

/// The staff side's front door (Session::staff(), for a staff or supervisor account): the request
/// queue (cached on disk as metadata only, readable offline), opening and processing requests
/// through a staff outbox (each step committed first, sent exactly once with its Idempotency-Key),
/// customer search, access grants and the read-only CustomerView they open, and, for supervisors,
/// the audit log, its verification and the refusal log. It writes nothing of a customer's to disk.
class StaffDesk : public QObject
{
    Q_OBJECT
public:
    /// `dataRoot` is the Session's; the queue cache and the staff outbox are files of `staff` there.
    StaffDesk(ApiClient *api, const Account &staff, const QString &dataRoot, QObject *parent = nullptr);
    /// Closes and wipes the customer view (without telling the provider: the grant expires by itself).
    ~StaffDesk() override;

    /// Opens the queue cache and the staff outbox; Session calls it once after construction.
    Status open();

    Account staffAccount() const { return m_staff; }
    bool isSupervisor() const { return m_staff.isSupervisor(); }

    // --- Queue ---
    /// The queue as last fetched (or cached), overdue first; filter it with StaffQueueFilter.
    StaffQueueModel *queue() const { return m_queue.get(); }
    /// When the queue was last fetched from the provider (invalid before the first time).
    QDateTime queueFetchedAt() const { return m_queueFetchedAt; }
    /// Fetches every open request (all pages) and stores their metadata; emits queueRefreshed.
    void refreshQueue();
    bool isRefreshingQueue() const { return m_queueJob != nullptr; }
    /// Whether refreshQueue() also fetches closed requests (completed, rejected, cancelled); off by default.
    void setIncludeClosed(bool on) { m_includeClosed = on; }
    bool includesClosed() const { return m_includeClosed; }

    // --- One request ---
    /// Fetches the full request (kept in memory only); emits requestOpened.
    void openRequest(const QString &id);

    // --- Processing (staff outbox) ---
    /// Checks `step`, commits it to the staff outbox and sends it when it can. Returns the outbox
    /// seq, or the reason it was not accepted (a required text missing, a limit passed: WrongType
    /// with the member's name in `detail`; Storage).
    Result<qint64> process(const QString &requestId, const StaffStep &step);
    /// Every step of this staff member on this computer, oldest first (sent ones too).
    QList<StaffStepRecord> steps() const;
    /// Steps waiting to be sent, and steps the provider refused (left for the staff member to see).
    qint64 pendingSteps() const;
    qint64 refusedSteps() const;
    /// Gives up a refused step (it disappears from refusedSteps()).
    Status discardStep(qint64 seq);
    /// Sends waiting steps now (when the network returns).
    void retrySendingNow();
    /// Shortens the retry backoff (tests).
    void setSendBackoff(int baseMs, int capMs);

    // --- Customers and grants ---
    /// Searches customers (limits::kCustomerSearchMin characters at least); emits customersFound.
    void searchCustomers(const QString &text);
    /// Asks for a grant; emits grantChanged (active or pending) or grantFailed. An active grant
    /// opens the customer view; a pending one is checked every pendingPollInterval() until the
    /// customer answers or it expires. One grant at a time: asking again ends the one before.
    void requestGrant(const GrantRequest &request);
    /// The grant asked for last (pending, active or finished); empty when none.
    std::optional<Grant> currentGrant() const { return m_grant; }
    /// Asks the provider about the current grant now (rather than waiting for the next poll).
    void refreshGrant();
    /// Ends the current grant (the provider is told; a pending one is withdrawn) and wipes the view.
    void endGrant();
    /// The customer's data under the current grant; null unless the grant is active.
    CustomerView *customerView() const { return m_view.get(); }
    void setPendingPollInterval(int ms);
    int pendingPollInterval() const { return m_pollTimer.interval(); }

    // --- Supervisors ---
    void fetchAudit(const AuditFilter &filter);
    /// Reads the whole global chain page by page and the signed checkpoint, and checks them; emits auditVerified.
    void verifyAudit();
    bool isVerifyingAudit() const { return m_verifying; }
    /// The refusal log book, all pages; emits refusalsFetched.
    void fetchRefusals();
    /// Writes the refusals last fetched to `path` as CSV (refusalsCsv()).
    Status exportRefusalsCsv(const QString &path) const;

    /// Closes the customer view and forgets the grant, telling the provider (Session's sign-out).
    void shutdown();
    /// The staff outbox file (Session's sign-out may remove it).
    QString outboxPath() const;
    /// The queue cache file (removed on sign-out).
    QString queueCachePath() const;
    static QString queueCachePathFor(const QString &dataRoot, const QString &accountId);
    static QString outboxPathFor(const QString &dataRoot, const QString &accountId);

Q_SIGNALS:
    /// `error.code == None` when the queue was fetched; otherwise the cached copy stays.
    void queueRefreshed(const pd::Error &error);
    void requestOpened(const pd::Result<pd::StaffRequestDetail> &result);
    /// The provider answered a step: the request as it now stands (in memory only).
    void requestUpdated(const pd::StaffRequestDetail &detail);
    /// The staff outbox changed (queued, sent, refused, discarded).
    void stepsChanged();
    /// The provider refused a step: `record` holds its problem.
    void stepRefused(const pd::StaffStepRecord &record);
    void onlineChanged(bool online);
    void customersFound(const pd::Result<QList<pd::CustomerHit>> &result);
    void grantChanged(const pd::Grant &grant);
    void grantFailed(const pd::Error &error);
    /// The customer view opened, closed or finished loading.
    void customerViewChanged();
    void auditFetched(const pd::Result<pd::ApiPage<pd::AuditEntry>> &result);
    void auditVerified(const pd::AuditVerdict &verdict);
    void refusalsFetched(const pd::Result<QList<pd::RefusalEntry>> &result);

private:
    void fetchQueuePage(const QString &cursor, std::shared_ptr<QList<StaffRequest>> acc);
    void setGrant(const Grant &g);
    void openView();
    void closeView();
    void verifyPage(const QString &cursor, std::shared_ptr<QList<QJsonObject>> acc);
    void refusalsPage(const QString &cursor, std::shared_ptr<QList<RefusalEntry>> acc);

    ApiClient *m_api;
    Account m_staff;
    QString m_dataRoot;
    std::unique_ptr<StaffApi> m_calls;
    std::unique_ptr<StaffQueueModel> m_queue;
    std::unique_ptr<StaffQueueCache> m_queueCache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<CustomerView> m_view;
    std::optional<Grant> m_grant;
    QPointer<ApiJob> m_queueJob;
    QPointer<ApiJob> m_grantJob;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    QDateTime m_queueFetchedAt;
    bool m_verifying = false;
    bool m_includeClosed = false;
    QList<CustomerHit> m_lastHits;
    Checkpoint m_verifyCheckpoint;
    QList<RefusalEntry> m_refusals;
};

} // namespace pd
