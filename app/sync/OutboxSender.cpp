// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxSender.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "domain/Codecs.h"
#include "domain/Problem.h"
#include "store/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

namespace pd {

OutboxSender::OutboxSender(ApiClient *api, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::kick);
}

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
    if (auto head = m_outbox->head()) {
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
    // send this item again and again, so stop until the user has seen the error.
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
    const std::optional<OutboxItem> head = m_outbox->head();
    if (!head) {
        Q_EMIT drained();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (head->nextAttemptAt.isValid() && head->nextAttemptAt > now) {
        m_timer.start(int(qMin<qint64>(now.msecsTo(head->nextAttemptAt), std::numeric_limits<int>::max())));
        return;
    }
    sendHead(*head);
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

void OutboxSender::onReply(const OutboxItem &item, const ApiResponse &r)
{
    if (r.error.code == ErrorCode::Cancelled)
        return;
    if (r.status == 0) {
        // No answer: offline, refused, reset, or the answer was lost after the provider committed.
        // The same key makes the retry safe either way.
        setOnline(false);
        retryLater(item, 0, r.error.code == ErrorCode::Timeout ? QStringLiteral("timeout") : QStringLiteral("network"),
                   backoffDelay(item.attempts + 1));
        return;
    }
    setOnline(true);
    const Problem problem = Problem::fromBody(r.body, r.status);
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
        std::optional<TrackedRequest> tracked;
        std::optional<ConsentReceipt> receipt;
        switch (item.kind) {
        case OutboxItem::Kind::Request:
        case OutboxItem::Kind::CancelRequest:
            if (auto req = codec::decodeRequest(r.body)) {
                tracked = *req;
                // A cancel's answer describes the original request: keep that request's own link.
                tracked->outboxSeq = item.kind == OutboxItem::Kind::Request ? item.seq : 0;
            }
            break;
        case OutboxItem::Kind::Consent:
            if (auto rc = codec::decodeReceipt(r.body))
                receipt = *rc;
            break;
        case OutboxItem::Kind::FieldUpdate:
        case OutboxItem::Kind::Attachment:
        case OutboxItem::Kind::StaffAction:
            break;
        }
        const bool staff = item.kind == OutboxItem::Kind::StaffAction;
        // The provider acted but we could not record it: stop rather than resend in a loop.
        // The next start sends the same key again and gets the stored outcome.
        if (!recorded(m_outbox->markSent(item.seq, r.status, staff ? QByteArray() : r.body, serverId, tracked, receipt)))
            return;
        if (staff)
            Q_EMIT staffActionAnswered(item.seq, r.body);
        if (tracked)
            Q_EMIT requestUpdated(*tracked);
        if (item.kind == OutboxItem::Kind::FieldUpdate)
            Q_EMIT personalUpdated(r.body, r.etag);
        Q_EMIT itemSent(item.seq);
        kick();
        return;
    }
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
