// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "domain/Codecs.h"
#include "domain/NoticeCodecs.h"
#include "domain/StaffCodecs.h"
#include "store/AccessLogStore.h"
#include "store/CacheDb.h"
#include "store/NoticeStore.h"
#include "store/Outbox.h"
#include "store/UsageSummary.h"
#include "sync/PageGuard.h"
#include "sync/PageWriter.h"
#include "sync/SummaryRefresher.h"

#include <QUrlQuery>

namespace pd {

SyncEngine::SyncEngine(ApiClient *api, CacheDb *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_pages(std::make_unique<PageGuard>())
    , m_writer(std::make_unique<PageWriter>(cache))
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setMaxRowsPerCollection(qint64 n)
{
    m_pages = std::make_unique<PageGuard>(n);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_answered = false;
    stepAccount();
}

void SyncEngine::cancel()
{
    done(Error::make(ErrorCode::Cancelled));
}

void SyncEngine::done(const Error &e)
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    m_job = nullptr;
    // Pages not started are dropped; the one being stored ends its transaction first, so the cache
    // is at a page boundary when the sync says it is done.
    m_writer->abandon();
    m_writer->whenIdle([this, e] { finish(e); });
}

void SyncEngine::finish(const Error &e)
{
    // Notices already stored count as told only once they are announced: a sync that stops after
    // storing some still says what they were.
    if (!m_news.isEmpty())
        Q_EMIT noticesFetched(std::exchange(m_news, NoticeNews{}));
    Error result = e;
    if (e.code == ErrorCode::None)
        if (Status s = m_cache->setLastSyncedAt(QDateTime::currentDateTimeUtc()); !s)
            result = s.error(); // everything is stored, but the cache could not say when: tell the user
    const auto end = [this, result] {
        m_stopping = false;
        m_running = false;
        Q_EMIT finished(result);
    };
    awaitSummary(end);
}

void SyncEngine::awaitSummary(const Step &then)
{
    // Stored events (even from a sync that stopped half way) are summarised before the sync counts as
    // done: off this thread, and after the last write of the sync, so nothing here waits for its lock.
    // A refresh already under way may have started before this sync's last page: check again after it
    // (start() queues another run). A refresh that fails leaves the models counting rows: go on.
    if (!m_refresher || usage::summaryCurrent(m_cache->database())) {
        then();
        return;
    }
    connect(m_refresher, &SummaryRefresher::refreshed, this, [this, then](const QString &error) {
        if (error.isEmpty())
            awaitSummary(then);
        else
            then();
    }, Qt::SingleShotConnection);
    m_refresher->start();
}

void SyncEngine::fetch(const QString &pathAndQuery, const QByteArray &etag, std::function<Status(const ApiResponse &)> onBody,
                       Step next)
{
    const qsizetype qmark = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = qmark < 0 ? pathAndQuery : pathAndQuery.left(qmark);
    const QUrlQuery query(qmark < 0 ? QString() : pathAndQuery.mid(qmark + 1));
    await(m_api->get(path, query, etag), std::move(onBody), std::move(next));
}

void SyncEngine::await(ApiJob *job, std::function<Status(const ApiResponse &)> onBody, Step next)
{
    m_job = job;
    connect(m_job, &ApiJob::finished, this, [this, onBody = std::move(onBody), next = std::move(next)](const ApiResponse &r) {
        if (!answered(r))
            return;
        if (Status s = onBody(r); !s) {
            done(s.error());
            return;
        }
        next();
    });
}

bool SyncEngine::answered(const ApiResponse &r)
{
    m_job = nullptr;
    if (!m_running || m_stopping)
        return false;
    if (!r.ok()) {
        done(r.error);
        return false;
    }
    m_answered = true;
    return true;
}

void SyncEngine::stepAccount()
{
    Q_EMIT progress(Category::Registration, 0);
    fetch(QStringLiteral("/v1/me"), {}, [this](const ApiResponse &r) -> Status {
        auto a = codec::decodeAccount(r.body);
        if (!a)
            return a.error();
        auto cached = m_cache->account();
        // A cache belongs to one account; refuse to mix another account's data into it.
        if (cached && cached->accountId != a->accountId)
            return Error::make(ErrorCode::Forbidden, QStringLiteral("cache belongs to another account"));
        // The provider deleted usage events (a completed deletion): the cursors only go forward,
        // so start usage again from the beginning instead of keeping what is gone. The cache keeps
        // whole seconds.
        const auto secs = [](const QDateTime &t) { return t.isValid() ? t.toSecsSinceEpoch() : 0; };
        if (cached && secs(a->erasedAt) != secs(cached->erasedAt))
            if (Status s = m_cache->forgetEvents(); !s)
                return s;
        if (Status s = m_cache->storeAccount(*a); !s)
            return s;
        Q_EMIT accountFetched(*a);
        return okStatus();
    }, [this] { stepPersonal(); });
}

void SyncEngine::stepPersonal()
{
    fetch(QStringLiteral("/v1/me/personal"), m_cache->personalEtag().toUtf8(), [this](const ApiResponse &r) -> Status {
        if (r.status == 304)
            return okStatus();
        auto p = codec::decodePersonal(r.body);
        if (!p)
            return p.error();
        if (Status s = m_cache->replacePersonal(*p, QString::fromUtf8(r.etag)); !s)
            return s;
        Q_EMIT progress(Category::Registration, p->fields.size() + p->paymentMethods.size());
        return okStatus();
    }, [this] { stepInfo(); });
}

void SyncEngine::stepInfo()
{
    fetch(QStringLiteral("/v1/me/purposes"), {}, [this](const ApiResponse &r) { m_purposes = r.body; return okStatus(); }, [this] {
        fetch(QStringLiteral("/v1/me/sharing"), {}, [this](const ApiResponse &r) { m_sharing = r.body; return okStatus(); }, [this] {
            fetch(QStringLiteral("/v1/me/retention"), {}, [this](const ApiResponse &r) -> Status {
                // Decode all three before writing anything, so a bad document changes nothing.
                auto p = codec::decodePurposes(m_purposes);
                if (!p)
                    return p.error();
                auto s = codec::decodeSharing(m_sharing);
                if (!s)
                    return s.error();
                auto ret = codec::decodeRetention(r.body);
                if (!ret)
                    return ret.error();
                return m_cache->replaceCategoryInfo(*p, *s, *ret);
            }, [this] { stepDevices(); });
        });
    });
}

void SyncEngine::stepDevices()
{
    Q_EMIT progress(Category::Devices, 0);
    fetch(QStringLiteral("/v1/me/devices"), {}, [this](const ApiResponse &r) -> Status {
        auto d = codec::decodeDevices(r.body);
        if (!d)
            return d.error();
        Q_EMIT progress(Category::Devices, d->size());
        return m_cache->replaceDevices(*d);
    }, [this] { stepCookies(); });
}

void SyncEngine::stepCookies()
{
    Q_EMIT progress(Category::Cookies, 0);
    fetch(QStringLiteral("/v1/me/cookies"), {}, [this](const ApiResponse &r) -> Status {
        auto c = codec::decodeCookies(r.body);
        if (!c)
            return c.error();
        Q_EMIT progress(Category::Cookies, c->size());
        return m_cache->replaceCookies(*c);
    }, [this] {
        m_count = 0;
        Q_EMIT progress(Category::ServerUsage, 0);
        stepServers();
    });
}

template<typename Event>
void SyncEngine::stepEvents(const QString &path, Category category, const QString &cursor,
                            Result<ApiPage<Event>> (*decode)(const QByteArray &),
                            Status (CacheDb::*append)(const QList<Event> &, const QString &), Step after)
{
    // Each page's body goes to the writer's thread, which decodes and checks it, hands back its
    // cursor (so the next request leaves at once) and then stores it with that cursor. Pages arrive,
    // are announced and are stored in order; `walk` holds what the GUI thread knows of this walk.
    struct Walk
    {
        QList<qint64> announcedRows; ///< rows of pages announced and not yet stored, oldest first
        bool lastAnnounced = false;
    };
    auto walk = std::make_shared<Walk>();
    std::shared_ptr<std::function<void(const QString &)>> fetchPage = std::make_shared<std::function<void(const QString &)>>();
    std::weak_ptr<std::function<void(const QString &)>> weakFetch = fetchPage;
    *fetchPage = [this, path, category, decode, append, after, walk, weakFetch](const QString &from) {
        QString query = QStringLiteral("limit=%1").arg(m_pageSize);
        if (!from.isEmpty())
            query += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(from));
        m_job = m_api->get(path, QUrlQuery(query), {});
        auto self = weakFetch.lock();
        connect(m_job, &ApiJob::finished, this, [this, category, decode, append, after, walk, self](const ApiResponse &r) {
            if (!answered(r))
                return;
            PageGuard *guard = m_pages.get();
            m_writer->run(
                    [body = r.body, decode, append, guard](CacheDb &db, const PageWriter::Announce &announce) -> Status {
                        Result<ApiPage<Event>> page = decode(body);
                        if (!page)
                            return page.error();
                        QList<qint64> ids;
                        ids.reserve(page->items.size());
                        for (const Event &e : std::as_const(page->items))
                            ids << e.id;
                        if (Status s = guard->acceptOrdered(page->nextCursor, page->hasMore, ids); !s)
                            return s;
                        announce({page->nextCursor, page->hasMore && !page->items.isEmpty(), page->items.size()});
                        return (db.*append)(page->items, page->nextCursor);
                    },
                    [this, walk, self](const PageWriter::Page &page) {
                        if (!m_running || m_stopping)
                            return;
                        walk->announcedRows << page.rows;
                        if (page.hasMore)
                            (*self)(page.nextCursor);
                        else
                            walk->lastAnnounced = true;
                    },
                    [this, category, walk, after](const Status &s) {
                        if (!m_running || m_stopping)
                            return;
                        if (!s) {
                            done(s.error());
                            return;
                        }
                        m_count += walk->announcedRows.isEmpty() ? 0 : walk->announcedRows.takeFirst();
                        Q_EMIT progress(category, m_count);
                        // Announcements and outcomes come back in the writer's order: this page was
                        // the last when the last announcement came and no other page waits.
                        if (walk->lastAnnounced && walk->announcedRows.isEmpty())
                            after();
                    });
        });
    };
    (*fetchPage)(cursor);
}

void SyncEngine::stepServers()
{
    if (m_cache->serverCursor().isEmpty())
        if (Status s = m_cache->prepareServerBulkLoad(); !s)
            qWarning("sync: %s", qPrintable(s.error().detail));
    m_pages->start(m_cache->serverCursor());
    stepEvents<ServerEvent>(QStringLiteral("/v1/me/usage/servers"), Category::ServerUsage, m_cache->serverCursor(),
                            &codec::decodeServerEvents, &CacheDb::appendServerEvents,
                            [this] {
                                m_count = 0;
                                Q_EMIT progress(Category::DomainUsage, 0);
                                stepDomains();
                            });
}

void SyncEngine::stepDomains()
{
    m_pages->start(m_cache->domainCursor());
    stepEvents<DomainEvent>(QStringLiteral("/v1/me/usage/domains"), Category::DomainUsage, m_cache->domainCursor(),
                            &codec::decodeDomainEvents, &CacheDb::appendDomainEvents,
                            [this] { stepConsents(); });
}

void SyncEngine::stepConsents()
{
    fetch(QStringLiteral("/v1/me/consents"), {}, [this](const ApiResponse &r) -> Status {
        auto c = codec::decodeConsents(r.body);
        if (!c)
            return c.error();
        return m_cache->replaceConsents(*c);
    }, [this] {
        m_policyDocs.clear();
        m_news = NoticeNews{};
        stepPolicy(0);
    });
}

void SyncEngine::afterNotices()
{
    if (m_outbox) {
        m_pages->start({});
        stepRequests({});
    } else {
        done(Error{});
    }
}

void SyncEngine::stepRequests(const QString &cursor)
{
    QString path = QStringLiteral("/v1/me/requests?limit=500");
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    auto next = std::make_shared<QString>();
    fetch(path, {}, [this, next](const ApiResponse &r) -> Status {
        auto page = codec::decodeRequests(r.body);
        if (!page)
            return page.error();
        QStringList ids;
        for (const TrackedRequest &t : std::as_const(page->items))
            ids << t.id;
        if (Status s = m_pages->acceptIds(page->nextCursor, page->hasMore, ids); !s)
            return s;
        QList<QPair<TrackedRequest, TrackedRequest>> moved;
        if (Status s = m_outbox->upsertRequests(page->items, &moved); !s)
            return s;
        for (const auto &change : std::as_const(moved))
            Q_EMIT requestStatusChanged(change.second, change.first.status);
        if (page->hasMore && !page->items.isEmpty())
            *next = page->nextCursor;
        return okStatus();
    }, [this, next] {
        if (!next->isEmpty())
            stepRequests(*next);
        else
            stepReceipts();
    });
}

void SyncEngine::stepReceipts()
{
    fetch(QStringLiteral("/v1/me/consents/receipts"), {}, [this](const ApiResponse &r) -> Status {
        auto list = codec::decodeReceipts(r.body);
        if (!list)
            return list.error();
        return m_outbox->addReceipts(*list);
    }, [this] {
        m_accessEntries.clear();
        m_accessCheckpoint.reset();
        m_pages->start({});
        stepAccessLog({});
    });
}

void SyncEngine::stepAccessLog(const QString &cursor)
{
    QString path = QStringLiteral("/v1/me/access-log?limit=500");
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    auto next = std::make_shared<QString>();
    fetch(path, {}, [this, next](const ApiResponse &r) -> Status {
        auto page = codec::decodeAccessLog(r.body);
        if (!page)
            return page.error();
        QList<qint64> seqs;
        for (const AccessEntry &e : std::as_const(page->items))
            seqs << e.seq;
        if (Status s = m_pages->acceptOrdered(page->nextCursor, page->hasMore, seqs); !s)
            return s;
        m_accessEntries += page->items;
        if (page->checkpoint)
            m_accessCheckpoint = page->checkpoint;
        if (page->hasMore && !page->items.isEmpty())
            *next = page->nextCursor;
        return okStatus();
    }, [this, next] {
        if (!next->isEmpty()) {
            stepAccessLog(*next);
            return;
        }
        AccessLogStore store(m_cache);
        const bool seenBefore = store.hasWitnessed();
        auto result = store.witness(m_accessEntries, m_accessCheckpoint);
        m_accessEntries.clear();
        if (!result) {
            done(result.error());
            return;
        }
        Q_EMIT accessLogWitnessed(seenBefore ? result->added : QList<AccessEntry>(), result->warnings);
        stepAccessSettings();
    });
}

void SyncEngine::stepAccessSettings()
{
    fetch(QStringLiteral("/v1/me/access-settings"), {}, [this](const ApiResponse &r) -> Status {
        auto askFirst = codec::decodeAccessSettings(r.body);
        if (!askFirst)
            return askFirst.error();
        return AccessLogStore(m_cache).setAskFirst(*askFirst);
    }, [this] { stepAccessGrants(); });
}

void SyncEngine::stepAccessGrants()
{
    fetch(QStringLiteral("/v1/me/access-grants?status=all"), {}, [this](const ApiResponse &r) -> Status {
        auto grants = codec::decodeGrants(r.body);
        if (!grants)
            return grants.error();
        return AccessLogStore(m_cache).replaceGrants(*grants);
    }, [this] {
        Q_EMIT accessGrantsFetched();
        done(Error{});
    });
}

void SyncEngine::stepPolicy(int index)
{
    const QStringList languages = NoticeStore::policyLanguages();
    if (index >= languages.size()) {
        stepPolicyVersions();
        return;
    }
    // One language per call, so the policy reads offline in each (the provider negotiates it as
    // it does its other texts; the English text governs).
    ApiJob *job = m_api->send(QByteArrayLiteral("GET"), QStringLiteral("/v1/policy"), {}, {},
                              {{QByteArrayLiteral("Accept-Language"), languages.at(index).toLatin1()}});
    await(job, [this](const ApiResponse &r) -> Status {
        auto doc = codec::decodePolicyDocument(r.body);
        if (!doc)
            return doc.error();
        m_policyDocs << *doc;
        return okStatus();
    }, [this, index] { stepPolicy(index + 1); });
}

void SyncEngine::stepPolicyVersions()
{
    fetch(QStringLiteral("/v1/policy/versions"), {}, [this](const ApiResponse &r) -> Status {
        auto versions = codec::decodePolicyVersions(r.body);
        if (!versions)
            return versions.error();
        // A version published between these calls: only the documents of the current version are
        // kept (replacePolicy), and the next sync brings the rest.
        NoticeStore store(m_cache);
        if (Status s = store.replacePolicy(m_policyDocs, *versions); !s)
            return s;
        m_policyDocs.clear();
        auto account = m_cache->account();
        const QString accepted = account ? account->policyVersionAccepted : QString();
        const QString current = versions->current;
        // Versions are dates (YYYY-MM-DD), so newer sorts later. Told once per version and device.
        if (current > accepted && current != store.announcedPolicyVersion()) {
            if (Status s = store.setAnnouncedPolicyVersion(current); !s)
                return s;
            m_news.newPolicyVersion = current;
        }
        return okStatus();
    }, [this] { stepIncidents(); });
}

template<typename T>
void SyncEngine::stepNoticeList(const QString &path, Result<QList<T>> (*decode)(const QByteArray &),
                                Result<QList<T>> (NoticeStore::*replace)(const QList<T> &), QList<T> NoticeNews::*news, Step next)
{
    fetch(path, {}, [this, decode, replace, news](const ApiResponse &r) -> Status {
        auto list = decode(r.body);
        if (!list)
            return list.error();
        NoticeStore store(m_cache);
        auto fresh = (store.*replace)(*list);
        if (!fresh)
            return fresh.error();
        m_news.*news = *fresh;
        return okStatus();
    }, std::move(next));
}

void SyncEngine::stepIncidents()
{
    stepNoticeList<Incident>(QStringLiteral("/v1/me/incidents"), &codec::decodeIncidents, &NoticeStore::replaceIncidents,
                             &NoticeNews::newIncidents, [this] { stepDisclosures(); });
}

void SyncEngine::stepDisclosures()
{
    stepNoticeList<Disclosure>(QStringLiteral("/v1/me/disclosures"), &codec::decodeDisclosures, &NoticeStore::replaceDisclosures,
                               &NoticeNews::newDisclosures, [this] { stepAcceptances(); });
}

void SyncEngine::stepAcceptances()
{
    fetch(QStringLiteral("/v1/me/policy/acceptances"), {}, [this](const ApiResponse &r) -> Status {
        auto list = codec::decodeAcceptances(r.body);
        if (!list)
            return list.error();
        return NoticeStore(m_cache).replaceAcceptances(*list);
    }, [this] {
        const NoticeNews news = std::exchange(m_news, NoticeNews{});
        Q_EMIT noticesFetched(news);
        afterNotices();
    });
}

} // namespace pd
