// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDesk.h"

#include "CustomerView.h"
#include "StaffApi.h"
#include "StaffQueueCache.h"
#include "api/ApiJob.h"
#include "domain/Problem.h"
#include "domain/StaffCodecs.h"
#include "models/StaffQueueModel.h"
#include "store/Outbox.h"
#include "store/SqliteFile.h"
#include "sync/OutboxSender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace pd {

namespace {
constexpr int kQueuePageSize = 500;
constexpr int kAuditPageSize = 1000;
constexpr int kPendingPollMs = 5000;

const QString kActionsSuffix = QStringLiteral("/actions");
const QString kRequestsPrefix = QStringLiteral("/v1/staff/requests/");

QString requestIdOfPath(const QString &path)
{
    if (!path.startsWith(kRequestsPrefix) || !path.endsWith(kActionsSuffix))
        return {};
    return QUrl::fromPercentEncoding(path.mid(kRequestsPrefix.size(), path.size() - kRequestsPrefix.size() - kActionsSuffix.size()).toLatin1());
}

StaffStep stepOfBody(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    StaffStep s;
    s.action = staffActionFromCode(o.value(QLatin1String("action")).toString()).value_or(StaffStep::Action::Assign);
    switch (s.action) {
    case StaffStep::Action::AskInfo: s.text = o.value(QLatin1String("question")).toString(); break;
    case StaffStep::Action::Complete: s.text = o.value(QLatin1String("answer")).toString(); break;
    case StaffStep::Action::Reject:
        s.text = o.value(QLatin1String("reason_text")).toString();
        s.reasonCode = o.value(QLatin1String("reason_code")).toString();
        break;
    case StaffStep::Action::Extend:
        s.text = o.value(QLatin1String("reason")).toString();
        s.months = o.value(QLatin1String("months")).toInt(1);
        break;
    case StaffStep::Action::Assign:
    case StaffStep::Action::StartReview: break;
    }
    return s;
}

StaffStepRecord recordOf(const OutboxItem &i)
{
    StaffStepRecord r;
    r.seq = i.seq;
    r.requestId = requestIdOfPath(i.path);
    r.step = stepOfBody(i.body);
    r.state = i.state;
    r.attempts = i.attempts;
    r.lastStatus = i.lastStatus;
    r.lastError = i.lastError;
    if (i.state == ActionState::Attention && !i.response.isEmpty()) {
        const Problem p = Problem::fromBody(i.response, i.lastStatus);
        r.problemTitle = p.title;
        r.problemDetail = p.detail;
    }
    r.createdAt = i.createdAt;
    r.sentAt = i.sentAt;
    return r;
}

bool isNetwork(const Error &e)
{
    return e.code == ErrorCode::Network || e.code == ErrorCode::Timeout;
}
} // namespace

StaffDesk::StaffDesk(ApiClient *api, const Account &staff, const QString &dataRoot, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_staff(staff)
    , m_dataRoot(dataRoot)
    , m_calls(std::make_unique<StaffApi>(api))
    , m_queue(std::make_unique<StaffQueueModel>())
{
    qRegisterMetaType<pd::Grant>();
    qRegisterMetaType<pd::StaffStepRecord>();
    qRegisterMetaType<pd::AuditVerdict>();
    m_pollTimer.setInterval(kPendingPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &StaffDesk::refreshGrant);
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (!m_grant)
            return;
        // The provider ends it at the same moment; close here without waiting to hear so.
        closeView();
        Grant g = *m_grant;
        if (g.status == GrantStatus::Active)
            g.status = GrantStatus::Expired;
        m_grant = g;
        Q_EMIT grantChanged(g);
    });
}

StaffDesk::~StaffDesk()
{
    closeView();
    if (m_sender)
        m_sender->disconnect(this);
}

QString StaffDesk::queueCachePathFor(const QString &dataRoot, const QString &accountId)
{
    return SqliteFile::accountFile(dataRoot, QStringLiteral("staff-queue"), accountId);
}

QString StaffDesk::outboxPathFor(const QString &dataRoot, const QString &accountId)
{
    return SqliteFile::accountFile(dataRoot, QStringLiteral("staff-outbox"), accountId);
}

QString StaffDesk::queueCachePath() const
{
    return m_queueCache ? m_queueCache->path() : queueCachePathFor(m_dataRoot, m_staff.accountId);
}

QString StaffDesk::outboxPath() const
{
    return m_outbox ? m_outbox->path() : outboxPathFor(m_dataRoot, m_staff.accountId);
}

Status StaffDesk::open()
{
    auto cache = StaffQueueCache::open(queueCachePathFor(m_dataRoot, m_staff.accountId));
    if (!cache)
        return cache.error();
    m_queueCache = std::move(cache).value();
    m_queue->setRequests(m_queueCache->load());
    m_queueFetchedAt = m_queueCache->fetchedAt();

    auto outbox = Outbox::open(outboxPathFor(m_dataRoot, m_staff.accountId));
    if (!outbox)
        return outbox.error();
    m_outbox = std::move(outbox).value();
    m_sender = std::make_unique<OutboxSender>(m_api, m_outbox.get());
    connect(m_outbox.get(), &Outbox::changed, this, &StaffDesk::stepsChanged);
    connect(m_sender.get(), &OutboxSender::onlineChanged, this, &StaffDesk::onlineChanged);
    connect(m_sender.get(), &OutboxSender::itemRefused, this, [this](qint64 seq) {
        if (auto item = m_outbox->item(seq))
            Q_EMIT stepRefused(recordOf(*item));
    });
    connect(m_sender.get(), &OutboxSender::staffActionAnswered, this, [this](qint64, const QByteArray &body) {
        auto detail = codec::decodeStaffRequest(body);
        if (!detail)
            return; // the step is recorded as sent; the next refresh shows where the request stands
        m_queue->updateRequest(detail->meta);
        if (Status s = m_queueCache->upsert(detail->meta); !s)
            qWarning("staff queue: could not cache a request: %s", qPrintable(s.error().detail));
        Q_EMIT requestUpdated(*detail);
    });
    m_sender->kick();
    return okStatus();
}

// --- Queue ---

void StaffDesk::refreshQueue()
{
    if (m_queueJob)
        return;
    fetchQueuePage({}, std::make_shared<QList<StaffRequest>>());
}

void StaffDesk::fetchQueuePage(const QString &cursor, std::shared_ptr<QList<StaffRequest>> acc)
{
    StaffApi::QueueQuery q;
    q.cursor = cursor;
    q.limit = kQueuePageSize;
    if (m_includeClosed)
        q.status = QStringLiteral("all");
    m_queueJob = m_calls->queue(q, this, [this, acc](Result<ApiPage<StaffRequest>> page) {
        m_queueJob = nullptr;
        if (!page) {
            if (isNetwork(page.error()))
                Q_EMIT onlineChanged(false);
            Q_EMIT queueRefreshed(page.error());
            return;
        }
        acc->append(page->items);
        if (page->hasMore && !page->items.isEmpty() && !page->nextCursor.isEmpty()) {
            fetchQueuePage(page->nextCursor, acc);
            return;
        }
        m_queueFetchedAt = QDateTime::currentDateTimeUtc();
        m_queue->setRequests(*acc);
        Error e;
        if (m_queueCache)
            if (Status s = m_queueCache->replace(*acc, m_queueFetchedAt); !s)
                e = s.error(); // shown now, but not readable offline: say so
        Q_EMIT onlineChanged(true);
        Q_EMIT queueRefreshed(e);
    });
}

// --- One request ---

void StaffDesk::openRequest(const QString &id)
{
    m_calls->request(id, this, [this](Result<StaffRequestDetail> r) {
        if (r) {
            m_queue->updateRequest(r->meta);
            if (m_queueCache)
                if (Status s = m_queueCache->upsert(r->meta); !s)
                    qWarning("staff queue: could not cache a request: %s", qPrintable(s.error().detail));
        }
        Q_EMIT requestOpened(r);
    });
}

// --- Processing ---

Result<qint64> StaffDesk::process(const QString &requestId, const StaffStep &step)
{
    if (!m_outbox)
        return Error::make(ErrorCode::Storage, QStringLiteral("staff outbox not open"));
    if (requestId.trimmed().isEmpty())
        return Error::make(ErrorCode::WrongType, QStringLiteral("request id: required"));
    Result<QByteArray> body = StaffApi::stepBody(step);
    if (!body)
        return body.error();
    const QString path = kRequestsPrefix + QString::fromLatin1(QUrl::toPercentEncoding(requestId)) + kActionsSuffix;
    Result<qint64> seq = m_outbox->enqueue(OutboxItem::Kind::StaffAction, QStringLiteral("POST"), path,
                                           QJsonDocument::fromJson(*body).object(),
                                           requestId + QLatin1Char(' ') + staffActionCode(step.action));
    if (seq)
        m_sender->kick();
    return seq;
}

QList<StaffStepRecord> StaffDesk::steps() const
{
    QList<StaffStepRecord> out;
    if (!m_outbox)
        return out;
    for (const OutboxItem &i : m_outbox->items(true))
        if (i.kind == OutboxItem::Kind::StaffAction)
            out.append(recordOf(i));
    return out;
}

qint64 StaffDesk::pendingSteps() const
{
    return m_outbox ? m_outbox->pendingCount() : 0;
}

qint64 StaffDesk::refusedSteps() const
{
    return m_outbox ? m_outbox->attentionCount() : 0;
}

Status StaffDesk::discardStep(qint64 seq)
{
    if (!m_outbox)
        return Error::make(ErrorCode::Storage, QStringLiteral("staff outbox not open"));
    return m_outbox->discard(seq);
}

void StaffDesk::retrySendingNow()
{
    if (m_sender)
        m_sender->retryNow();
}

void StaffDesk::setSendBackoff(int baseMs, int capMs)
{
    if (m_sender)
        m_sender->setBackoff(baseMs, capMs);
}

// --- Customers and grants ---

void StaffDesk::searchCustomers(const QString &text)
{
    if (text.trimmed().size() < limits::kCustomerSearchMin) {
        const Error e = Error::make(ErrorCode::WrongType, QStringLiteral("q: at least %1 characters").arg(limits::kCustomerSearchMin));
        QMetaObject::invokeMethod(this, [this, e] { Q_EMIT customersFound(e); }, Qt::QueuedConnection);
        return;
    }
    m_calls->searchCustomers(text, this, [this](Result<QList<CustomerHit>> r) {
        if (r)
            m_lastHits = *r;
        Q_EMIT customersFound(r);
    });
}

void StaffDesk::requestGrant(const GrantRequest &request)
{
    if (m_grant && (m_grant->status == GrantStatus::Active || m_grant->status == GrantStatus::Pending))
        endGrant();
    if (m_grantJob) {
        m_grantJob->disconnect(this);
        m_grantJob->abort();
    }
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_grantJob = m_calls->requestGrant(request, key, this, [this](Result<Grant> g) {
        m_grantJob = nullptr;
        if (!g) {
            Q_EMIT grantFailed(g.error());
            return;
        }
        setGrant(*g);
    });
}

void StaffDesk::refreshGrant()
{
    if (!m_grant || m_grantJob)
        return;
    const QString id = m_grant->id;
    m_grantJob = m_calls->grant(id, this, [this, id](Result<Grant> g) {
        m_grantJob = nullptr;
        if (!m_grant || m_grant->id != id)
            return; // ended or replaced meanwhile
        if (!g) {
            // Offline or a passing failure: keep polling a pending grant; the expiry timer still
            // closes an active one on time.
            if (!isNetwork(g.error()) && g.error().code != ErrorCode::Timeout)
                Q_EMIT grantFailed(g.error());
            return;
        }
        setGrant(*g);
    });
}

void StaffDesk::setGrant(const Grant &g)
{
    const bool sameGrant = m_grant && m_grant->id == g.id;
    // Declined, expired and ended are final. An answer that left the provider before the grant
    // ended here (a refresh crossing the end call) must not open the customer's data again.
    const auto final = [](GrantStatus s) {
        return s == GrantStatus::Declined || s == GrantStatus::Expired || s == GrantStatus::Ended;
    };
    if (sameGrant && final(m_grant->status) && !final(g.status))
        return;
    m_grant = g;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (g.status == GrantStatus::Pending) {
        if (!m_pollTimer.isActive())
            m_pollTimer.start();
    } else {
        m_pollTimer.stop();
    }
    if (g.isLive(now)) {
        m_expiryTimer.start(int(qBound<qint64>(qint64(0), now.msecsTo(g.expiresAt), qint64(std::numeric_limits<int>::max()))));
        if (!m_view || !sameGrant)
            openView();
    } else {
        m_expiryTimer.stop();
        closeView();
    }
    Q_EMIT grantChanged(g);
}

void StaffDesk::openView()
{
    closeView();
    Account customer;
    customer.accountId = m_grant->accountId;
    for (const CustomerHit &h : std::as_const(m_lastHits))
        if (h.accountId == customer.accountId) {
            customer.username = h.username;
            customer.displayName = h.displayName;
        }
    m_view = std::make_unique<CustomerView>(m_api, *m_grant, customer);
    connect(m_view.get(), &CustomerView::loaded, this, [this](const Error &e) {
        if (e.code == ErrorCode::Forbidden) {
            // The grant ended while loading (expired, or ended elsewhere): ask where it stands.
            closeView();
            refreshGrant();
            return;
        }
        Q_EMIT customerViewChanged();
    });
    m_view->load();
    Q_EMIT customerViewChanged();
}

void StaffDesk::closeView()
{
    if (!m_view)
        return;
    std::unique_ptr<CustomerView> view = std::move(m_view);
    view->disconnect(this);
    view->close();
    view.reset();
    Q_EMIT customerViewChanged();
}

void StaffDesk::endGrant()
{
    m_pollTimer.stop();
    m_expiryTimer.stop();
    if (m_grantJob) { // a refresh under way answers for the grant as it was
        m_grantJob->disconnect(this);
        m_grantJob->abort();
        m_grantJob = nullptr;
    }
    closeView();
    if (!m_grant)
        return;
    Grant g = *m_grant;
    if (g.status != GrantStatus::Active && g.status != GrantStatus::Pending)
        return;
    const QString id = g.id;
    g.status = GrantStatus::Ended;
    m_grant = g;
    m_calls->endGrant(id, this, [this, id](Result<Grant> r) {
        if (r && m_grant && m_grant->id == id) {
            m_grant = *r;
            Q_EMIT grantChanged(*r);
        }
    });
    Q_EMIT grantChanged(g);
}

void StaffDesk::setPendingPollInterval(int ms)
{
    m_pollTimer.setInterval(qMax(1, ms));
}

void StaffDesk::shutdown()
{
    endGrant();
    m_grant.reset();
    m_lastHits.clear();
}

// --- Supervisors ---

void StaffDesk::fetchAudit(const AuditFilter &filter)
{
    m_calls->audit(filter, this, [this](Result<ApiPage<AuditEntry>> r) { Q_EMIT auditFetched(r); });
}

void StaffDesk::verifyAudit()
{
    if (m_verifying)
        return;
    m_verifying = true;
    // The checkpoint first: the chain read afterwards must contain the entry it signed.
    m_calls->checkpoint(this, [this](Result<Checkpoint> c) {
        if (!c) {
            m_verifying = false;
            AuditVerdict v;
            v.outcome = AuditVerdict::Outcome::CouldNotCheck;
            v.error = c.error();
            Q_EMIT auditVerified(v);
            return;
        }
        m_verifyCheckpoint = *c;
        verifyPage({}, std::make_shared<QList<QJsonObject>>());
    });
}

void StaffDesk::verifyPage(const QString &cursor, std::shared_ptr<QList<QJsonObject>> acc)
{
    AuditFilter f;
    f.cursor = cursor;
    f.limit = kAuditPageSize;
    m_calls->audit(f, this, [this, acc](Result<ApiPage<AuditEntry>> page) {
        AuditVerdict v;
        v.checkpoint = m_verifyCheckpoint;
        if (!page) {
            m_verifying = false;
            v.outcome = AuditVerdict::Outcome::CouldNotCheck;
            v.error = page.error();
            Q_EMIT auditVerified(v);
            return;
        }
        for (const AuditEntry &e : page->items)
            acc->append(e.raw);
        if (page->hasMore && !page->items.isEmpty() && !page->nextCursor.isEmpty()) {
            verifyPage(page->nextCursor, acc);
            return;
        }
        m_verifying = false;
        v.entriesChecked = acc->size();
        if (const auto brk = hashchain::verify(*acc)) {
            v.outcome = AuditVerdict::Outcome::Broken;
            v.cause = AuditVerdict::Cause::Chain;
            v.kind = brk->kind;
            v.seq = brk->seq;
            Q_EMIT auditVerified(v);
            return;
        }
        // The chain holds together; now it must contain what the provider signed.
        const qint64 cpSeq = m_verifyCheckpoint.seq;
        const QJsonObject *signedEntry = nullptr;
        for (const QJsonObject &e : std::as_const(*acc))
            if (e.value(QLatin1String("seq")).toInteger() == cpSeq)
                signedEntry = &e;
        if (cpSeq > 0 && !signedEntry) {
            v.outcome = AuditVerdict::Outcome::Broken;
            v.cause = AuditVerdict::Cause::CheckpointMissing;
            v.seq = cpSeq;
        } else if (signedEntry && signedEntry->value(QLatin1String("hash")).toString() != m_verifyCheckpoint.head) {
            v.outcome = AuditVerdict::Outcome::Broken;
            v.cause = AuditVerdict::Cause::CheckpointMismatch;
            v.seq = cpSeq;
        } else {
            v.outcome = AuditVerdict::Outcome::Intact;
        }
        Q_EMIT auditVerified(v);
    });
}

void StaffDesk::fetchRefusals()
{
    refusalsPage({}, std::make_shared<QList<RefusalEntry>>());
}

void StaffDesk::refusalsPage(const QString &cursor, std::shared_ptr<QList<RefusalEntry>> acc)
{
    m_calls->refusals(cursor, this, [this, acc](Result<ApiPage<RefusalEntry>> page) {
        if (!page) {
            Q_EMIT refusalsFetched(page.error());
            return;
        }
        acc->append(page->items);
        if (page->hasMore && !page->items.isEmpty() && !page->nextCursor.isEmpty()) {
            refusalsPage(page->nextCursor, acc);
            return;
        }
        m_refusals = *acc;
        Q_EMIT refusalsFetched(*acc);
    });
}

Status StaffDesk::exportRefusalsCsv(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Storage, f.errorString());
    const QByteArray csv = refusalsCsv(m_refusals);
    if (f.write(csv) != csv.size() || !f.commit())
        return Error::make(ErrorCode::Storage, f.errorString());
    return okStatus();
}

} // namespace pd
