// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessWitness.h"
#include "domain/Notices.h"
#include "domain/Records.h"
#include "domain/Requests.h"
#include "domain/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace pd {

class ApiClient;
class ApiJob;
class CacheDb;
class NoticeStore;
class Outbox;
class SummaryRefresher;
class PageWriter;
class PageGuard;
struct ApiResponse;

/// Pulls everything the provider holds into the cache: account, personal data (ETag), purposes,
/// sharing and retention, devices, cookies, then server and domain events page by page from the
/// stored cursors (incremental after the first sync). Each page and its cursor are written in one
/// transaction, so a crash or a lost connection leaves the last good state and the next sync
/// resumes where this one stopped. A provider that pages without moving forward (the same cursor,
/// a repeated page, endless rows) ends the sync with ErrorCode::Paging before that page is stored.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(ApiClient *api, CacheDb *cache, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// Events per page (the provider allows 1..5000).
    void setPageSize(int n) { m_pageSize = n; }
    /// The most rows one sync takes from one paged collection before it stops with
    /// ErrorCode::Paging (PageGuard::kDefaultMaxRows unless set; tests set it low).
    void setMaxRowsPerCollection(qint64 n);
    /// Where requests' statuses and consent receipts are kept (the account's outbox file).
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }
    /// When set, a sync that stored usage events ends only once `refresher` has brought the usage
    /// summary up to date, so the counts read at finished() come from the summary.
    void setSummaryRefresher(SummaryRefresher *refresher) { m_refresher = refresher; }

    /// The provider answered at least one call of the last (or current) sync: only then can it
    /// have stored anything. A sync that failed at its first call (offline) changed nothing.
    bool gotAnswer() const { return m_answered; }

Q_SIGNALS:
    void progress(pd::Category category, qint64 records);
    void accountFetched(const pd::Account &account);
    /// A tracked request changed status since the last sync (not emitted for ones seen first).
    void requestStatusChanged(const pd::TrackedRequest &request, pd::RequestStatus previousStatus);
    void finished(const pd::Error &error);
    /// The access log was fetched and witnessed: `added` are entries not seen before (empty on the
    /// very first fetch, which is no news), `warnings` what the witness found wrong this time
    /// (including problems recorded earlier that still hold).
    void accessLogWitnessed(const QList<pd::AccessEntry> &added, const QList<pd::WitnessWarning> &warnings);
    /// Grants or "Ask me first" were stored.
    void accessGrantsFetched();
    /// The policy (in every language), incidents, disclosures and acceptance receipts were stored;
    /// `news` is what this device has not been told yet (empty when nothing is new).
    void noticesFetched(const pd::NoticeNews &news);

private:
    using Step = std::function<void()>;
    void fetch(const QString &path, const QByteArray &etag, std::function<Status(const ApiResponse &)> onBody, Step next);
    /// `job`'s answer goes to `onBody`, then `next` runs; an error ends the sync.
    void await(ApiJob *job, std::function<Status(const ApiResponse &)> onBody, Step next);
    /// The request in m_job has answered: true when its answer is to be used; false when the sync
    /// has stopped meanwhile, or (after ending the sync with it) when the answer is an error.
    bool answered(const ApiResponse &r);
    void stepAccount();
    void stepPersonal();
    void stepInfo();
    void stepDevices();
    void stepCookies();
    /// Pages through one event collection from `cursor`, storing each page with its cursor.
    /// Decoding and storing run on the PageWriter's thread, the next request leaving as soon as a
    /// page's cursor is known.
    template<typename Event>
    void stepEvents(const QString &path, Category category, const QString &cursor,
                    Result<ApiPage<Event>> (*decode)(const QByteArray &),
                    Status (CacheDb::*append)(const QList<Event> &, const QString &), Step after);
    void stepServers();
    void stepDomains();
    void stepConsents();
    void stepRequests(const QString &cursor);
    void stepReceipts();
    /// The whole access log, page by page (a customer's log is short; fetching it whole lets the
    /// witness see a changed or missing entry), then "Ask me first" and the grants.
    void stepAccessLog(const QString &cursor);
    void stepAccessSettings();
    void stepAccessGrants();
    /// The current policy in each of NoticeStore::policyLanguages() (Accept-Language per call), from
    /// `index` on, then the list of versions; then incidents, disclosures and acceptances.
    void stepPolicy(int index);
    void stepPolicyVersions();
    /// One list of notices (incidents or disclosures): decoded, stored, and what is new kept in m_news.
    template<typename T>
    void stepNoticeList(const QString &path, Result<QList<T>> (*decode)(const QByteArray &),
                        Result<QList<T>> (NoticeStore::*replace)(const QList<T> &), QList<T> NoticeNews::*news, Step next);
    void stepIncidents();
    void stepDisclosures();
    void stepAcceptances();
    /// After the notices: requests and the access log when there is an outbox, else the end.
    void afterNotices();
    /// Ends the sync: stops the request under way, lets the writer finish its page, then finish().
    void done(const Error &e);
    void finish(const Error &e);
    /// Calls `then` once the usage summary is current (SummaryRefresher), at once without a refresher.
    void awaitSummary(const Step &then);

    ApiClient *m_api;
    CacheDb *m_cache;
    Outbox *m_outbox = nullptr;
    SummaryRefresher *m_refresher = nullptr;
    QPointer<ApiJob> m_job;
    bool m_running = false;
    bool m_stopping = false; ///< done() ran; waiting for the writer and the refresher
    bool m_answered = false; ///< gotAnswer()
    int m_pageSize = 5000;
    /// Checks every page of the collection being walked (a hostile provider could page for ever).
    std::unique_ptr<PageGuard> m_pages;
    std::unique_ptr<PageWriter> m_writer;
    qint64 m_count = 0;
    // Category info arrives in three documents and is stored together.
    QByteArray m_purposes, m_sharing;
    QList<AccessEntry> m_accessEntries;
    std::optional<Checkpoint> m_accessCheckpoint;
    QList<PolicyDocument> m_policyDocs;
    NoticeNews m_news;
};

} // namespace pd
