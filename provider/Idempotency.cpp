// SPDX-License-Identifier: GPL-3.0-or-later
#include "Idempotency.h"

#include "Crypto.h"
#include "Problem.h"
#include "ProviderDb.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

Idempotency::Idempotency(ProviderDb &db, qint64 processStartedMs)
    : m_db(db)
    , m_startedMs(processStartedMs)
{
}

bool Idempotency::isValidKey(const QByteArray &key)
{
    static const QRegularExpression uuid(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    return key.size() == 36 && uuid.match(QString::fromLatin1(key)).hasMatch();
}

QString Idempotency::fingerprint(const HttpRequest &request)
{
    // Everything that changes the outcome: an attachment's Content-Type and X-Filename as much as its
    // bytes. Each header is length-prefixed so no two different requests give the same material.
    QByteArray material = request.method + '\n' + request.path.toUtf8() + '\n';
    for (const char *name : {"if-match", "content-type", "x-filename"}) {
        const QByteArray value = request.header(name).trimmed();
        material += QByteArray::number(request.headers.contains(name) ? value.size() : -1) + ':' + value + '\n';
    }
    material += request.body;
    return Crypto::sha256Hex(material);
}

Idempotency::Decision Idempotency::begin(qint64 account, const QString &key, const HttpRequest &request,
                                         HttpResponse *response)
{
    const auto failed = [&] {
        *response = internalError();
        return Decision::Failed;
    };
    const QString print = fingerprint(request);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT fingerprint, state, created_at, status, content_type, body, headers FROM idempotency "
              "WHERE account=? AND key=?"_s);
    q.addBindValue(account);
    q.addBindValue(key);
    if (!q.exec())
        return failed();
    if (q.next()) {
        if (q.value(0).toString() != print) {
            *response = problem(422, u"idempotency-key-reused"_s, u"Idempotency key reused"_s,
                                u"This Idempotency-Key was already used for a different request (method, path, "
                                "If-Match, Content-Type, X-Filename or body). Use a new key for a new action."_s);
            return Decision::Refused;
        }
        if (q.value(1).toString() == u"done") {
            HttpResponse r;
            r.status = q.value(3).toInt();
            r.contentType = q.value(4).toByteArray();
            r.body = q.value(5).toByteArray();
            for (const QJsonValue &h : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
                r.headers.append({h[0].toString().toUtf8(), h[1].toString().toUtf8()});
            r.withHeader("Idempotent-Replayed", "true");
            *response = r;
            return Decision::Replay;
        }
        const qint64 created = q.value(2).toLongLong();
        q.finish();
        if (created >= m_startedMs && now - created < StaleMs) {
            *response = problem(409, u"request-in-progress"_s, u"Request in progress"_s,
                                u"The first request with this Idempotency-Key is still being processed; "
                                "retry later."_s)
                            .withHeader("Retry-After", "1");
            return Decision::Refused;
        }
        // Left behind by a crash (or stuck): the effect and the outcome commit together, so no
        // outcome means no effect. Claim it again and process.
        QSqlQuery u(m_db.database());
        u.prepare(u"UPDATE idempotency SET created_at=? WHERE account=? AND key=? AND state='in_progress'"_s);
        u.addBindValue(now);
        u.addBindValue(account);
        u.addBindValue(key);
        return u.exec() ? Decision::Process : failed();
    }
    q.finish();
    QSqlQuery ins(m_db.database());
    ins.prepare(u"INSERT INTO idempotency(account, key, method, path, fingerprint, state, created_at) "
                "VALUES(?, ?, ?, ?, ?, 'in_progress', ?)"_s);
    ins.addBindValue(account);
    ins.addBindValue(key);
    ins.addBindValue(QString::fromLatin1(request.method));
    ins.addBindValue(request.path);
    ins.addBindValue(print);
    ins.addBindValue(now);
    return ins.exec() ? Decision::Process : failed();
}

bool Idempotency::storeOutcome(qint64 account, const QString &key, const HttpResponse &response)
{
    QJsonArray headers;
    for (const auto &h : response.headers)
        headers.append(QJsonArray{QString::fromUtf8(h.first), QString::fromUtf8(h.second)});
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE idempotency SET state='done', status=?, content_type=?, body=?, headers=?, completed_at=? "
              "WHERE account=? AND key=?"_s);
    q.addBindValue(response.status);
    q.addBindValue(response.contentType);
    q.addBindValue(response.body);
    q.addBindValue(QJsonDocument(headers).toJson(QJsonDocument::Compact));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(account);
    q.addBindValue(key);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Idempotency::forget(qint64 account, const QString &key)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"DELETE FROM idempotency WHERE account=? AND key=? AND state='in_progress'"_s);
    q.addBindValue(account);
    q.addBindValue(key);
    return q.exec();
}

} // namespace pd::provider
