// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeWatch.h"

#include "api/ApiJob.h"
#include "domain/ConsentRecords.h"
#include "store/CacheDb.h"
#include "store/NoticeStore.h"
#include "sync/ActionQueue.h"
#include "sync/SyncEngine.h"

#include <algorithm>

namespace pd {

namespace {

/// Keeps one entry per id, the later one winning (an incident updated twice in one sync).
template<typename T>
void mergeById(QList<T> &into, const QList<T> &more)
{
    for (const T &item : more) {
        auto same = std::find_if(into.begin(), into.end(), [&](const T &x) { return x.id == item.id; });
        if (same != into.end())
            *same = item;
        else
            into << item;
    }
}

} // namespace

NoticeWatch::NoticeWatch(CacheDb *cache, SyncEngine *sync, ActionQueue *actions, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_actions(actions)
{
    connect(sync, &SyncEngine::noticesFetched, this, [this](const NoticeNews &news) {
        if (!news.newPolicyVersion.isEmpty())
            m_pending.newPolicyVersion = news.newPolicyVersion;
        mergeById(m_pending.newIncidents, news.newIncidents);
        mergeById(m_pending.newDisclosures, news.newDisclosures);
    });
}

NoticeWatch::~NoticeWatch() = default;

void NoticeWatch::announce()
{
    Q_EMIT changed();
    const NoticeNews found = std::exchange(m_pending, {});
    if (!found.newPolicyVersion.isEmpty() || !found.newIncidents.isEmpty() || !found.newDisclosures.isEmpty())
        Q_EMIT news(found);
}

QString NoticeWatch::policyLanguage(const QLocale &ui)
{
    // The first tag of what every request asks for: "en", "zh-HK" or "zh-CN".
    return QString::fromLatin1(ApiJob::acceptLanguage(ui).split(',').first().trimmed());
}

QString NoticeWatch::currentPolicyVersion() const
{
    return NoticeStore(m_cache).currentPolicyVersion();
}

std::optional<PolicyDocument> NoticeWatch::policyDocument(const QString &language) const
{
    return NoticeStore(m_cache).policyDocument(language);
}

bool NoticeWatch::policyAnswerNeeded(const Account &account) const
{
    const QString current = currentPolicyVersion();
    // Versions are ISO dates, so a newer one sorts after; an account that accepted a newer version
    // than the cache knows (synced elsewhere) needs nothing.
    // No accepted version on record needs an answer as much as an older one does.
    if (current.isEmpty() || (!account.policyVersionAccepted.isEmpty() && current <= account.policyVersionAccepted))
        return false;
    return !m_actions->policyAcceptancePending(current);
}

Status NoticeWatch::acceptPolicy(const QString &version)
{
    Result<qint64> queued = m_actions->acceptPolicy(version);
    if (!queued)
        return queued.error();
    Q_EMIT changed();
    return okStatus();
}

QList<Incident> NoticeWatch::incidents() const
{
    return NoticeStore(m_cache).incidents();
}

QList<Disclosure> NoticeWatch::disclosures() const
{
    return NoticeStore(m_cache).disclosures();
}

int NoticeWatch::unreadCount() const
{
    return NoticeStore(m_cache).unreadCount();
}

Status NoticeWatch::markIncidentRead(const QString &id)
{
    Status s = NoticeStore(m_cache).markIncidentRead(id);
    if (s)
        Q_EMIT changed();
    return s;
}

Status NoticeWatch::markDisclosureRead(const QString &id)
{
    Status s = NoticeStore(m_cache).markDisclosureRead(id);
    if (s)
        Q_EMIT changed();
    return s;
}

QList<PolicyAcceptance> NoticeWatch::policyAcceptances() const
{
    return withLocalAcceptances(NoticeStore(m_cache).policyAcceptances(), m_actions->localAcceptances());
}

} // namespace pd
