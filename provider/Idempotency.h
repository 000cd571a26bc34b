// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

namespace pd::provider {

class ProviderDb;

/// Idempotency keys for state-changing calls (table `idempotency`, keyed by account and key).
///
/// First sight: a row `in_progress` is committed on its own. The handler's effect and the outcome
/// (status, content type, body, headers) are then committed together in ONE transaction by the
/// caller (storeOutcome inside it). So a row still `in_progress` without an outcome means nothing
/// happened: after a restart, or once it is older than StaleMs, it is processed again instead of
/// answering 409 forever.
class Idempotency
{
public:
    enum class Decision {
        Process,      ///< new (or recoverable) key: go ahead, then storeOutcome in the effect transaction
        Replay,       ///< `response` is the stored outcome, marked Idempotent-Replayed
        Refused,      ///< `response` is 422 idempotency-key-reused or 409 request-in-progress
        Failed,       ///< database error: `response` is a 500
    };

    Idempotency(ProviderDb &db, qint64 processStartedMs);

    /// A UUID in its canonical 8-4-4-4-12 hex form (either case).
    static bool isValidKey(const QByteArray &key);
    /// SHA-256 over method, path, If-Match, Content-Type, X-Filename and body: a retry must send all of
    /// them unchanged.
    static QString fingerprint(const HttpRequest &request);

    Decision begin(qint64 account, const QString &key, const HttpRequest &request, HttpResponse *response);
    /// Records the outcome; call inside the transaction that commits the effect.
    bool storeOutcome(qint64 account, const QString &key, const HttpResponse &response);
    /// Removes an in_progress row (the call failed without effect and without a deterministic answer).
    bool forget(qint64 account, const QString &key);

    static constexpr qint64 StaleMs = 30 * 1000;

private:
    ProviderDb &m_db;
    qint64 m_startedMs;
};

} // namespace pd::provider
