// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxSender.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "domain/Codecs.h"
#include "domain/Problem.h"
#include "domain/StaffCodecs.h"
#include "store/Outbox.h"
#include "store/SqliteFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

namespace pd {

struct OutboxSender::Answer
{
    OutboxItem item;
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QString serverId;
    std::optional<TrackedRequest> tracked;
    std::optional<ConsentReceipt> receipt;
};

OutboxSender::OutboxSender(ApiClient *api, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::kick);
    if (!m_outbox)
        return; // only the backoff arithmetic is used
    if (m_outbox->path() != SqliteFile::memoryPath())
        m_acks = std::make_unique<ConnectionThread<Outbox>>(m_outbox->path(), QStringLiteral("pd-outbox-acks"));
    connect(m_outbox, &Outbox::changed, this, [this] {
        if (!m_noting)
            m_ahead.clear();
    });
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::setBackoff(int baseMs, int capMs)
{
    m_baseMs = qMax(1, baseMs);
    m_capMs = qMax(m_baseMs, capMs);
}

qint64 OutboxSender::backoffDelay(int attempt) const
{
    const int shift = qBound(0, attempt, 30);
    const qint64 ceiling = qMin<qint64>(m_capMs, qint64(m_baseMs) << shift);
    return qint64(QRandomGenerator::global()->bounded(double(ceiling) + 1.0));
}

qint64 OutboxSender::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = h.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(h), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid())
        return -1;
    t.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(t));
}

void OutboxSender::pause()
{
    m_paused = true;
    m_timer.stop();
    Q_EMIT sendingStateChanged();
}

void OutboxSender::resume()
{
    m_paused = false;
    kick();
    Q_EMIT sendingStateChanged();
}

void OutboxSender::retryNow()
{
    if (auto head = m_outbox->head(m_recording)) {
        // markRetry counts an attempt; that is fine: the count only feeds the backoff ceiling.
        if (!recorded(m_outbox->markRetry(head->seq, head->lastStatus, head->lastError, QDateTime())))
            return;
    }
    const bool wasPaused = std::exchange(m_paused, false);
    kick();
    if (wasPaused)
        Q_EMIT sendingStateChanged();
}

bool OutboxSender::recorded(const Status &s)
{
    if (s)
        return true;
    // What the provider said (or that we will try later) could not be written: sending on would
    // send this item again and again, so stop until the user has seen the error. The item is still
    // queued in the file and comes first again: forget what was read ahead of it.
    m_ahead.clear();
    m_paused = true;
    m_timer.stop();
    Q_EMIT storageFailed(s.error());
    Q_EMIT sendingStateChanged();
    return false;
}

void OutboxSender::refuse(const OutboxItem &item, ActionState state, int status, const QString &why,
                          const QByteArray &problem, const QString &etag)
{
    if (!recorded(m_outbox->markRefused(item.seq, state, status, why, problem, etag)))
        return;
    Q_EMIT itemRefused(item.seq);
    kick();
}

void OutboxSender::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void OutboxSender::kick()
{
    if (m_paused || m_job)
        return;
    // A few at a time: the next answer is followed by the next call without a read in between.
    constexpr int kAhead = 8;
    if (m_ahead.isEmpty())
        m_ahead = m_outbox->upcoming(m_recording, kAhead);
    if (m_ahead.isEmpty()) {
        if (m_recording.isEmpty())
            Q_EMIT drained();
        return;
    }
    const OutboxItem *head = &m_ahead.first();
    // It needs the provider's id of an attachment whose answer is still being recorded: once that
    // is written, acknowledged() looks again.
    for (qint64 dep : head->dependsOn)
        if (m_recording.contains(dep))
            return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (head->nextAttemptAt.isValid() && head->nextAttemptAt > now) {
        m_timer.start(int(qMin<qint64>(now.msecsTo(head->nextAttemptAt), std::numeric_limits<int>::max())));
        return;
    }
    sendHead(m_ahead.takeFirst());
}

void OutboxSender::sendHead(const OutboxItem &item)
{
    QList<QPair<QByteArray, QByteArray>> headers = {{QByteArrayLiteral("Idempotency-Key"), item.idempotencyKey.toLatin1()}};
    if (!item.ifMatch.isEmpty())
        headers.append({QByteArrayLiteral("If-Match"), item.ifMatch.toLatin1()});
    QByteArray body = item.body;
    QByteArray contentType = item.contentType.toLatin1();
    if (item.kind == OutboxItem::Kind::Attachment) {
        body = m_outbox->attachmentData(item.seq);
        headers.append({QByteArrayLiteral("X-Filename"), QUrl::toPercentEncoding(item.title)});
    } else {
        // Attachments were queued before this item, so they were sent before it (strict order);
        // put their provider ids where the body says "local:<seq>".
        for (qint64 dep : item.dependsOn) {
            const QString id = m_outbox->serverIdOf(dep);
            if (id.isEmpty()) {
                if (!recorded(m_outbox->markRefused(item.seq, OutboxItem::State::Attention, 0,
                                                    QStringLiteral("attachment-not-sent"), {})))
                    return;
                Q_EMIT itemRefused(item.seq);
                QMetaObject::invokeMethod(this, &OutboxSender::kick, Qt::QueuedConnection);
                return;
            }
            body.replace(QByteArray("\"local:" + QByteArray::number(dep) + '"'), QByteArray('"' + id.toUtf8() + '"'));
        }
    }
    m_job = m_api->send(item.method.toLatin1(), item.path, body, contentType, headers);
    connect(m_job, &ApiJob::finished, this, [this, item](const ApiResponse &r) {
        m_job = nullptr;
        onReply(item, r);
    });
}

void OutboxSender::retryLater(const OutboxItem &item, int status, const QString &why, qint64 delayMs)
{
    const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    // Without the recorded time of the next attempt, kick() would send it again at once.
    if (!recorded(m_outbox->markRetry(item.seq, status, why, next)))
        return;
    Q_EMIT itemRetrying(item.seq, delayMs);
    kick();
}

namespace {

/// What the answer says about the request it made or changed, or the consent receipt it issued.
/// Pure (no state): runs on the acknowledgement writer's thread.
void decodeAnswer(OutboxSender::Answer &answer)
{
    switch (answer.item.kind) {
    case OutboxItem::Kind::Request:
    case OutboxItem::Kind::CancelRequest:
    case OutboxItem::Kind::Reply:
        if (auto req = codec::decodeRequest(answer.body)) {
            answer.tracked = *req;
            // A cancel's or a reply's answer describes the original request: keep that request's own link.
            answer.tracked->outboxSeq = answer.item.kind == OutboxItem::Kind::Request ? answer.item.seq : 0;
        }
        break;
    case OutboxItem::Kind::Consent:
        if (auto rc = codec::decodeReceipt(answer.body))
            answer.receipt = *rc;
        break;
    case OutboxItem::Kind::AccessSettings:
    case OutboxItem::Kind::GrantDecision:
    case OutboxItem::Kind::FieldUpdate:
    case OutboxItem::Kind::Attachment:
    case OutboxItem::Kind::StaffAction:
        break;
    }
}

/// Decodes the answer and records it, in one transaction (one fsync'd commit).
Status record(Outbox &outbox, OutboxSender::Answer &answer)
{
    decodeAnswer(answer);
    // A staff step's answer holds the customer's words: handed over, never stored.
    const bool staff = answer.item.kind == OutboxItem::Kind::StaffAction;
    return outbox.markSent(answer.item.seq, answer.status, staff ? QByteArray() : answer.body, answer.serverId,
                           answer.tracked, answer.receipt);
}

} // namespace

void OutboxSender::acknowledge(Answer answer)
{
    if (!m_acks) {
        const Status s = record(*m_outbox, answer);
        acknowledged(answer, s, false);
        return;
    }
    m_recording.append(answer.item.seq);
    QPointer<OutboxSender> self(this);
    m_acks->post([self, answer = std::move(answer)](Result<Outbox *> outbox) mutable {
        const Status s = outbox ? record(**outbox, answer) : Status(outbox.error());
        ConnectionThread<Outbox>::callBack(self, [self, answer, s] { self->acknowledged(answer, s, true); });
    });
    kick(); // the next item leaves while this answer is decoded and written
}

void OutboxSender::acknowledged(const Answer &answer, const Status &s, bool elsewhere)
{
    const OutboxItem &item = answer.item;
    m_recording.removeOne(item.seq);
    // The provider acted but we could not record it: stop rather than resend in a loop.
    // The next start sends the same key again and gets the stored outcome.
    if (!recorded(s))
        return;
    if (elsewhere) {
        m_noting = true; // our own acknowledgement: what is ahead is still ahead
        m_outbox->noteWrittenElsewhere();
        m_noting = false;
    }
    if (item.kind == OutboxItem::Kind::StaffAction)
        Q_EMIT staffActionAnswered(item.seq, answer.body);
    if (answer.tracked)
        Q_EMIT requestUpdated(*answer.tracked);
    if (item.kind == OutboxItem::Kind::FieldUpdate)
        Q_EMIT personalUpdated(answer.body, answer.etag);
    if (item.kind == OutboxItem::Kind::AccessSettings)
        if (auto askFirst = codec::decodeAccessSettings(answer.body))
            Q_EMIT accessSettingsUpdated(*askFirst);
    if (item.kind == OutboxItem::Kind::GrantDecision)
        if (auto grant = codec::decodeGrant(answer.body))
            Q_EMIT grantUpdated(*grant);
    Q_EMIT itemSent(item.seq);
    kick();
}

void OutboxSender::onReply(const OutboxItem &item, const ApiResponse &r)
{
    if (r.error.code == ErrorCode::Cancelled) {
        m_ahead.clear(); // the item stays queued and comes first again
        return;
    }
    if (r.status == 0) {
        // No answer: offline, refused, reset, or the answer was lost after the provider committed.
        // The same key makes the retry safe either way.
        setOnline(false);
        retryLater(item, 0, r.error.code == ErrorCode::Timeout ? QStringLiteral("timeout") : QStringLiteral("network"),
                   backoffDelay(item.attempts + 1));
        return;
    }
    setOnline(true);
    if (r.status >= 200 && r.status < 300) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            // A garbled answer: the provider may have acted. Ask again with the same key and get
            // its stored outcome.
            retryLater(item, r.status, QStringLiteral("malformed-response"), backoffDelay(item.attempts + 1));
            return;
        }
        const QString serverId = doc.object().value(QLatin1String("id")).toString();
        acknowledge({item, r.status, r.body, r.etag, serverId, {}, {}});
        return;
    }
    const Problem problem = Problem::fromBody(r.body, r.status);
    if (r.status == 401) {
        // ApiClient already tried one refresh; the session is over until the user signs in.
        if (!recorded(m_outbox->markRetry(item.seq, r.status, QStringLiteral("unauthorized"), QDateTime())))
            return;
        m_paused = true;
        Q_EMIT sessionExpired();
        Q_EMIT sendingStateChanged();
        return;
    }
    if (r.status == 429 || r.status == 503) {
        qint64 delay = retryAfterMs(r.retryAfter, QDateTime::currentDateTimeUtc());
        if (delay < 0)
            delay = backoffDelay(item.attempts + 1);
        retryLater(item, r.status, problem.slug().isEmpty() ? QString::number(r.status) : problem.slug(), delay);
        return;
    }
    if (r.status == 409 && problem.slug() == QLatin1String("request-in-progress")) {
        retryLater(item, r.status, problem.slug(), backoffDelay(item.attempts + 1));
        return;
    }
    if (r.status == 412) {
        // Keep the ETag of the current data: resolving the conflict sends the change against it.
        refuse(item, OutboxItem::State::Conflict, r.status, problem.slug(), r.body, QString::fromLatin1(r.etag));
        return;
    }
    if (r.status >= 400 && r.status < 500) {
        // The provider will refuse this however often we ask: the user must look at it.
        refuse(item, OutboxItem::State::Attention, r.status, problem.slug().isEmpty() ? QString::number(r.status) : problem.slug(),
               r.body);
        return;
    }
    retryLater(item, r.status, problem.slug().isEmpty() ? QString::number(r.status) : problem.slug(),
               backoffDelay(item.attempts + 1));
}

} // namespace pd
