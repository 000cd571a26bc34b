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
#include "sync/PageGuard.h"

#include <QUrlQuery>

namespace pd {

SyncEngine::SyncEngine(ApiClient *api, CacheDb *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_pages(std::make_unique<PageGuard>())
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
    stepAccount();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    done(Error::make(ErrorCode::Cancelled));
}

void SyncEngine::done(const Error &e)
{
    if (!m_running)
        return;
    m_running = false;
    m_job = nullptr;
    // Notices already stored count as told only once they are announced: a sync that stops after
    // storing some still says what they were.
    if (!m_news.isEmpty())
        Q_EMIT noticesFetched(std::exchange(m_news, NoticeNews{}));
    Error result = e;
    if (e.code == ErrorCode::None)
        if (Status s = m_cache->setLastSyncedAt(QDateTime::currentDateTimeUtc()); !s)
            result = s.error(); // everything is stored, but the cache could not say when: tell the user
    Q_EMIT finished(result);
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
        m_job = nullptr;
        if (!m_running)
            return;
        if (!r.ok()) {
            done(r.error);
            return;
        }
        if (Status s = onBody(r); !s) {
            done(s.error());
            return;
        }
        next();
    });
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

template<typename Event, typename Decode, typename Append>
void SyncEngine::stepEvents(const QString &path, Category category, const QString &cursor, Decode decode, Append append,
                            Step after)
{
    QString pathAndQuery = path + QStringLiteral("?limit=%1").arg(m_pageSize);
    if (!cursor.isEmpty())
        pathAndQuery += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    auto more = std::make_shared<bool>(false);
    auto nextCursor = std::make_shared<QString>();
    fetch(pathAndQuery, {}, [this, more, nextCursor, category, decode, append](const ApiResponse &r) -> Status {
        Result<ApiPage<Event>> page = decode(r.body);
        if (!page)
            return page.error();
        QList<qint64> ids;
        ids.reserve(page->items.size());
        for (const Event &e : std::as_const(page->items))
            ids << e.id;
        if (Status s = m_pages->acceptOrdered(page->nextCursor, page->hasMore, ids); !s)
            return s;
        if (Status s = append(page->items, page->nextCursor); !s)
            return s;
        m_count += page->items.size();
        *more = page->hasMore && !page->items.isEmpty();
        *nextCursor = page->nextCursor;
        Q_EMIT progress(category, m_count);
        return okStatus();
    }, [this, path, category, more, nextCursor, decode, append, after] {
        if (*more)
            stepEvents<Event>(path, category, *nextCursor, decode, append, after);
        else
            after();
    });
}

void SyncEngine::stepServers()
{
    m_pages->start(m_cache->serverCursor());
    stepEvents<ServerEvent>(QStringLiteral("/v1/me/usage/servers"), Category::ServerUsage, m_cache->serverCursor(),
                            &codec::decodeServerEvents,
                            [this](const QList<ServerEvent> &e, const QString &c) { return m_cache->appendServerEvents(e, c); },
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
                            &codec::decodeDomainEvents,
                            [this](const QList<DomainEvent> &e, const QString &c) { return m_cache->appendDomainEvents(e, c); },
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
