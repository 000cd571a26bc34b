// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateChangingPath.h"

#include "Problem.h"
#include "ProviderDb.h"

#include <QDateTime>

namespace pd::provider {

using namespace Qt::StringLiterals;

StateChangingPath::StateChangingPath(ProviderDb &db)
    : m_db(db)
    , m_idempotency(db, QDateTime::currentMSecsSinceEpoch())
{
}

HttpResponse StateChangingPath::run(const Account &account, const HttpRequest &request, const Effect &effect,
                                    bool faults, const OnRefusal &onRefusal)
{
    const QByteArray key = request.header("idempotency-key").trimmed();
    if (!Idempotency::isValidKey(key))
        return invalidRequest(key.isEmpty() ? u"State-changing calls need an Idempotency-Key header (a UUID)."_s
                                            : u"The Idempotency-Key header must be a UUID."_s);

    const FaultInjector::Fault fault = faults ? m_faults.next() : FaultInjector::Fault{};
    switch (fault.kind) {
    case FaultInjector::Kind::DropBefore: {
        HttpResponse dropped;
        dropped.dropConnection = true;
        return dropped;
    }
    case FaultInjector::Kind::TooManyRequests:
        return problem(429, u"too-many-requests"_s, u"Too many requests"_s, u"Slow down (fault mode)."_s)
            .withHeader("Retry-After", QByteArray::number(fault.arg));
    case FaultInjector::Kind::Unavailable:
        return problem(503, u"unavailable"_s, u"Service unavailable"_s, u"Try again later (fault mode)."_s)
            .withHeader("Retry-After", QByteArray::number(fault.arg));
    default:
        break;
    }

    const QString keyText = QString::fromLatin1(key).toLower();
    HttpResponse response;
    switch (m_idempotency.begin(account.id, keyText, request, &response)) {
    case Idempotency::Decision::Replay:
        // Counted for the test hook, so tests can see that a lost answer was asked for again.
        if (m_onReplay)
            m_onReplay(account.id);
        break;
    case Idempotency::Decision::Refused:
    case Idempotency::Decision::Failed:
        return response;
    case Idempotency::Decision::Process: {
        if (!m_db.begin()) {
            m_idempotency.forget(account.id, keyText);
            return internalError();
        }
        response = effect();
        if (response.status >= 500) {
            m_db.rollback();
            m_idempotency.forget(account.id, keyText);
            return response;
        }
        if (response.status >= 400) {
            // A refusal changes nothing; only its outcome is kept (and, for staff, audited), so a
            // retry gets the same answer.
            m_db.rollback();
            if (!m_db.begin())
                return internalError();
            if (onRefusal && !onRefusal(response)) {
                m_db.rollback();
                m_idempotency.forget(account.id, keyText);
                return internalError();
            }
        }
        if (!m_idempotency.storeOutcome(account.id, keyText, response) || !m_db.commit()) {
            m_db.rollback();
            m_idempotency.forget(account.id, keyText);
            return internalError();
        }
        break;
    }
    }

    // Effect and outcome are committed: the faults that hit the answer, not the action.
    switch (fault.kind) {
    case FaultInjector::Kind::DropAfter:
        response.dropConnection = true;
        break;
    case FaultInjector::Kind::Malformed:
        if (response.status >= 200 && response.status < 300 && !response.body.isEmpty())
            response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
        break;
    case FaultInjector::Kind::Delay:
        response.delayMs = fault.arg;
        break;
    default:
        break;
    }
    return response;
}

} // namespace pd::provider
