// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerView.h"

#include "StaffApi.h"
#include "api/ApiJob.h"
#include "domain/Codecs.h"
#include "models/AccountModels.h"
#include "models/PersonalModel.h"
#include "models/TableModels.h"
#include "store/CacheDb.h"

#include <QUrlQuery>

namespace pd {

namespace {
constexpr int kPageSize = 5000;
}

CustomerView::CustomerView(ApiClient *api, const Grant &grant, const Account &customer, QObject *parent)
    : AccountView(parent)
    , m_api(std::make_unique<StaffApi>(api))
    , m_grant(grant)
    , m_customer(customer)
{
    if (m_customer.accountId.isEmpty())
        m_customer.accountId = grant.accountId;
    m_customer.role = QStringLiteral("customer");
    auto cache = CacheDb::openInMemory();
    if (cache) {
        m_cache = std::move(cache).value();
        m_models = std::make_unique<AccountModels>(m_cache.get());
    } else {
        qWarning("customer view: no in-memory database: %s", qPrintable(cache.error().detail));
    }
}

CustomerView::~CustomerView()
{
    close();
}

void CustomerView::close()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
    }
    const bool wasOpen = m_cache != nullptr;
    // Models first: they read the database. Closing the in-memory database frees every page of it.
    m_models.reset();
    m_cache.reset();
    m_purposes.clear();
    m_sharing.clear();
    m_customer = Account{m_grant.accountId, {}, {}, QStringLiteral("customer"), {}, {}};
    if (wasOpen)
        Q_EMIT dataChanged();
}

void CustomerView::load()
{
    if (!m_cache) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT loaded(Error::make(ErrorCode::Storage, QStringLiteral("view closed"))); },
                                  Qt::QueuedConnection);
        return;
    }
    if (m_job)
        return;
    stepPersonal();
}

void CustomerView::finish(const Error &e)
{
    m_job = nullptr;
    if (e.code == ErrorCode::None)
        m_loadedAt = QDateTime::currentDateTimeUtc();
    if (m_models)
        m_models->reload();
    Q_EMIT dataChanged();
    Q_EMIT loaded(e);
}

void CustomerView::fetch(const QString &view, const QUrlQuery &query, std::function<Status(const QByteArray &)> onBody, Step next)
{
    m_job = m_api->grantView(m_grant.id, view, query, this, [this, onBody = std::move(onBody), next = std::move(next)](Result<QByteArray> r) {
        m_job = nullptr;
        if (!m_cache)
            return; // closed meanwhile
        if (!r) {
            finish(r.error());
            return;
        }
        if (Status s = onBody(*r); !s) {
            finish(s.error());
            return;
        }
        next();
    });
}

void CustomerView::stepPersonal()
{
    if (!covers(Category::Registration)) {
        stepInfo();
        return;
    }
    fetch(QStringLiteral("personal"), {}, [this](const QByteArray &body) -> Status {
        auto p = codec::decodePersonal(body);
        if (!p)
            return p.error();
        return m_cache->replacePersonal(*p, {});
    }, [this] { stepInfo(); });
}

void CustomerView::stepInfo()
{
    fetch(QStringLiteral("purposes"), {}, [this](const QByteArray &b) { m_purposes = b; return okStatus(); }, [this] {
        fetch(QStringLiteral("sharing"), {}, [this](const QByteArray &b) { m_sharing = b; return okStatus(); }, [this] {
            fetch(QStringLiteral("retention"), {}, [this](const QByteArray &body) -> Status {
                auto p = codec::decodePurposes(m_purposes);
                if (!p)
                    return p.error();
                auto s = codec::decodeSharing(m_sharing);
                if (!s)
                    return s.error();
                auto ret = codec::decodeRetention(body);
                if (!ret)
                    return ret.error();
                return m_cache->replaceCategoryInfo(*p, *s, *ret);
            }, [this] { stepDevices(); });
        });
    });
}

void CustomerView::stepDevices()
{
    if (!covers(Category::Devices)) {
        stepCookies();
        return;
    }
    fetch(QStringLiteral("devices"), {}, [this](const QByteArray &body) -> Status {
        auto d = codec::decodeDevices(body);
        if (!d)
            return d.error();
        return m_cache->replaceDevices(*d);
    }, [this] { stepCookies(); });
}

void CustomerView::stepCookies()
{
    if (!covers(Category::Cookies)) {
        stepServers({});
        return;
    }
    fetch(QStringLiteral("cookies"), {}, [this](const QByteArray &body) -> Status {
        auto c = codec::decodeCookies(body);
        if (!c)
            return c.error();
        return m_cache->replaceCookies(*c);
    }, [this] { stepServers({}); });
}

void CustomerView::stepServers(const QString &cursor)
{
    if (!covers(Category::ServerUsage)) {
        stepDomains({});
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    auto next = std::make_shared<QString>();
    fetch(QStringLiteral("usage/servers"), q, [this, next](const QByteArray &body) -> Status {
        auto page = codec::decodeServerEvents(body);
        if (!page)
            return page.error();
        if (page->hasMore && !page->items.isEmpty())
            *next = page->nextCursor;
        return m_cache->appendServerEvents(page->items, page->nextCursor);
    }, [this, next] {
        if (!next->isEmpty())
            stepServers(*next);
        else
            stepDomains({});
    });
}

void CustomerView::stepDomains(const QString &cursor)
{
    if (!covers(Category::DomainUsage)) {
        stepConsents();
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    auto next = std::make_shared<QString>();
    fetch(QStringLiteral("usage/domains"), q, [this, next](const QByteArray &body) -> Status {
        auto page = codec::decodeDomainEvents(body);
        if (!page)
            return page.error();
        if (page->hasMore && !page->items.isEmpty())
            *next = page->nextCursor;
        return m_cache->appendDomainEvents(page->items, page->nextCursor);
    }, [this, next] {
        if (!next->isEmpty())
            stepDomains(*next);
        else
            stepConsents();
    });
}

void CustomerView::stepConsents()
{
    fetch(QStringLiteral("consents"), {}, [this](const QByteArray &body) -> Status {
        auto c = codec::decodeConsents(body);
        if (!c)
            return c.error();
        return m_cache->replaceConsents(*c);
    }, [this] { finish(Error{}); });
}

QDateTime CustomerView::lastSyncedAt() const
{
    return m_cache ? m_loadedAt : QDateTime();
}

qint64 CustomerView::count(Category c) const
{
    return m_cache && covers(c) ? m_cache->count(c) : 0;
}

CategoryInfo CustomerView::categoryInfo(Category c) const
{
    if (!m_cache) {
        CategoryInfo i;
        i.category = c;
        return i;
    }
    return m_cache->categoryInfo(c);
}

QList<QPair<QDate, qint64>> CustomerView::dailyTraffic(int days) const
{
    return m_cache && covers(Category::ServerUsage) ? m_cache->dailyTraffic(days) : QList<QPair<QDate, qint64>>();
}

PersonalModel *CustomerView::personalModel() const
{
    return m_models && covers(Category::Registration) ? m_models->personal() : nullptr;
}

ServerUsageModel *CustomerView::serverUsageModel() const
{
    return m_models && covers(Category::ServerUsage) ? m_models->servers() : nullptr;
}

DomainUsageModel *CustomerView::domainUsageModel() const
{
    return m_models && covers(Category::DomainUsage) ? m_models->domains() : nullptr;
}

DevicesModel *CustomerView::devicesModel() const
{
    return m_models && covers(Category::Devices) ? m_models->devices() : nullptr;
}

CookiesModel *CustomerView::cookiesModel() const
{
    return m_models && covers(Category::Cookies) ? m_models->cookies() : nullptr;
}

ConsentState CustomerView::consents() const
{
    return m_cache ? m_cache->consents() : ConsentState{};
}

} // namespace pd
