// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "domain/Codecs.h"
#include "store/SqliteFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace pd {
namespace {

const char *const kSchemaV1[] = {
    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, idem_key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
    " state TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, body BLOB, content_type TEXT NOT NULL,"
    " if_match TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL DEFAULT 0, sent_at INTEGER NOT NULL DEFAULT 0,"
    " last_status INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', response BLOB,"
    " server_id TEXT NOT NULL DEFAULT '', depends_on TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX outbox_state ON outbox(state, seq)",
    "CREATE TABLE attachments (seq INTEGER PRIMARY KEY REFERENCES outbox(seq) ON DELETE CASCADE,"
    " filename TEXT NOT NULL, content_type TEXT NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE requests (id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL, received_at INTEGER NOT NULL,"
    " due_at INTEGER NOT NULL, extended_due_at INTEGER NOT NULL DEFAULT 0, extension_reason TEXT NOT NULL DEFAULT '',"
    " status_reason TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '{}', retained TEXT NOT NULL DEFAULT '[]',"
    " history TEXT NOT NULL DEFAULT '[]', export_ready INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL,"
    " outbox_seq INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE consent_receipts (local_id TEXT PRIMARY KEY, server_id TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL,"
    " granted INTEGER NOT NULL, at INTEGER NOT NULL, policy_version TEXT NOT NULL, confirmed INTEGER NOT NULL DEFAULT 0)",
    nullptr,
};
// v2: a conflict's ETag in its own column (it travelled inside the stored problem JSON before).
const char *const kSchemaV2[] = {
    "ALTER TABLE outbox ADD COLUMN conflict_etag TEXT NOT NULL DEFAULT ''",
    "UPDATE outbox SET conflict_etag = COALESCE(json_extract(CAST(response AS TEXT), '$.etag'), '')"
    " WHERE state = 'conflict' AND json_valid(CAST(response AS TEXT))",
    nullptr,
};
// v3: a request's messages (questions, replies, answers) and why it was refused.
const char *const kSchemaV3[] = {
    "ALTER TABLE requests ADD COLUMN messages TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE requests ADD COLUMN rejection_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE requests ADD COLUMN rejection_text TEXT NOT NULL DEFAULT ''",
    nullptr,
};
const SqliteFile::Migration kMigrations[] = {kSchemaV1, kSchemaV2, kSchemaV3};
static_assert(std::size(kMigrations) == Outbox::kSchemaVersion);

qint64 toEpoch(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
QDateTime fromEpoch(qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime(); }

const char *stateCode(OutboxItem::State s)
{
    switch (s) {
    case OutboxItem::State::Queued: return "queued";
    case OutboxItem::State::Sent: return "sent";
    case OutboxItem::State::Attention: return "attention";
    case OutboxItem::State::Conflict: return "conflict";
    case OutboxItem::State::Discarded: return "discarded";
    }
    return "queued";
}

OutboxItem::State stateFrom(const QString &s)
{
    for (auto st : {OutboxItem::State::Queued, OutboxItem::State::Sent, OutboxItem::State::Attention,
                    OutboxItem::State::Conflict, OutboxItem::State::Discarded})
        if (s == QLatin1String(stateCode(st)))
            return st;
    return OutboxItem::State::Queued;
}

const char *kindCode(OutboxItem::Kind k)
{
    switch (k) {
    case OutboxItem::Kind::Attachment: return "attachment";
    case OutboxItem::Kind::FieldUpdate: return "field_update";
    case OutboxItem::Kind::Request: return "request";
    case OutboxItem::Kind::CancelRequest: return "cancel_request";
    case OutboxItem::Kind::Consent: return "consent";
    case OutboxItem::Kind::StaffAction: return "staff_action";
    case OutboxItem::Kind::AccessSettings: return "access_settings";
    case OutboxItem::Kind::GrantDecision: return "grant_decision";
    case OutboxItem::Kind::Reply: return "reply";
    }
    return "request";
}

OutboxItem::Kind kindFrom(const QString &s)
{
    for (auto k : {OutboxItem::Kind::Attachment, OutboxItem::Kind::FieldUpdate, OutboxItem::Kind::Request,
                   OutboxItem::Kind::CancelRequest, OutboxItem::Kind::Consent, OutboxItem::Kind::StaffAction,
                   OutboxItem::Kind::AccessSettings, OutboxItem::Kind::GrantDecision, OutboxItem::Kind::Reply})
        if (s == QLatin1String(kindCode(k)))
            return k;
    return OutboxItem::Kind::Request;
}

const QString kItemColumns = QStringLiteral(
    "seq, idem_key, kind, state, method, path, body, content_type, if_match, title, attempts, created_at,"
    " next_attempt_at, sent_at, last_status, last_error, response, server_id, depends_on, conflict_etag");

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem i;
    i.seq = q.value(0).toLongLong();
    i.idempotencyKey = q.value(1).toString();
    i.kind = kindFrom(q.value(2).toString());
    i.state = stateFrom(q.value(3).toString());
    i.method = q.value(4).toString();
    i.path = q.value(5).toString();
    i.body = q.value(6).toByteArray();
    i.contentType = q.value(7).toString();
    i.ifMatch = q.value(8).toString();
    i.title = q.value(9).toString();
    i.attempts = q.value(10).toInt();
    i.createdAt = fromEpoch(q.value(11).toLongLong());
    i.nextAttemptAt = fromEpoch(q.value(12).toLongLong());
    i.sentAt = fromEpoch(q.value(13).toLongLong());
    i.lastStatus = q.value(14).toInt();
    i.lastError = q.value(15).toString();
    i.response = q.value(16).toByteArray();
    i.serverId = q.value(17).toString();
    for (const QString &d : q.value(18).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        i.dependsOn << d.toLongLong();
    i.conflictEtag = q.value(19).toString();
    return i;
}

Status run(QSqlQuery &q, const QString &what)
{
    return SqliteFile::execPrepared(q, what);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Outbox::Outbox(std::unique_ptr<SqliteFile> file)
    : m_file(std::move(file))
{
}

template<typename F>
Status Outbox::write(F &&work)
{
    Status s = m_file->transaction(std::forward<F>(work));
    if (s)
        Q_EMIT changed();
    return s;
}

Outbox::~Outbox() = default;

QString Outbox::pathFor(const QString &root, const QString &accountId)
{
    return SqliteFile::accountFile(root, QStringLiteral("outbox"), accountId);
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    auto file = SqliteFile::open(path, SqliteFile::Durability::Full, kMigrations, int(std::size(kMigrations)));
    if (!file)
        return file.error();
    return std::unique_ptr<Outbox>(new Outbox(std::move(file).value()));
}

Status Outbox::remove(const QString &path)
{
    return SqliteFile::remove(path);
}

QSqlDatabase Outbox::database() const
{
    return m_file->database();
}

QString Outbox::path() const
{
    return m_file->path();
}

Result<qint64> Outbox::enqueue(OutboxItem::Kind kind, const QString &method, const QString &path, QJsonObject body,
                               const QString &title, const QString &ifMatch, const QList<NewAttachment> &attachments)
{
    for (const NewAttachment &a : attachments)
        if (a.data.size() > kMaxAttachmentBytes)
            return Error::make(ErrorCode::TooLarge, a.fileName);
    qint64 seq = 0;
    Status s = write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        const qint64 now = toEpoch(QDateTime::currentDateTimeUtc());
        QStringList deps;
        QJsonArray localIds;
        for (const NewAttachment &a : attachments) {
            q.prepare(QStringLiteral("INSERT INTO outbox(idem_key, kind, state, method, path, body, content_type, title, created_at)"
                                     " VALUES(?, 'attachment', 'queued', 'PUT', '/v1/me/attachments', NULL, ?, ?, ?)"));
            q.addBindValue(newKey());
            q.addBindValue(a.contentType);
            q.addBindValue(a.fileName);
            q.addBindValue(now);
            if (Status r = run(q, QStringLiteral("enqueue attachment")); !r)
                return r;
            const qint64 attSeq = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral("INSERT INTO attachments(seq, filename, content_type, data) VALUES(?,?,?,?)"));
            q.addBindValue(attSeq);
            q.addBindValue(a.fileName);
            q.addBindValue(a.contentType);
            q.addBindValue(a.data);
            if (Status r = run(q, QStringLiteral("attachment data")); !r)
                return r;
            deps << QString::number(attSeq);
            localIds.append(QStringLiteral("local:%1").arg(attSeq));
        }
        if (!attachments.isEmpty())
            body.insert(QStringLiteral("attachments"), localIds);
        q.prepare(QStringLiteral("INSERT INTO outbox(idem_key, kind, state, method, path, body, content_type, if_match, title,"
                                 " created_at, depends_on) VALUES(?, ?, 'queued', ?, ?, ?, 'application/json', ?, ?, ?, ?)"));
        q.addBindValue(newKey());
        q.addBindValue(QLatin1String(kindCode(kind)));
        q.addBindValue(method);
        q.addBindValue(path);
        q.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
        q.addBindValue(ifMatch.isNull() ? QStringLiteral("") : ifMatch);
        q.addBindValue(title.isNull() ? QStringLiteral("") : title);
        q.addBindValue(now);
        q.addBindValue(deps.isEmpty() ? QStringLiteral("") : deps.join(QLatin1Char(',')));
        if (Status r = run(q, QStringLiteral("enqueue")); !r)
            return r;
        seq = q.lastInsertId().toLongLong();
        if (kind == OutboxItem::Kind::Consent) {
            // The receipt is the user's record from the moment they decided, confirmed later.
            QSqlQuery r(db);
            r.prepare(QStringLiteral("INSERT INTO consent_receipts(local_id, purpose, granted, at, policy_version) VALUES(?,?,?,?,?)"));
            r.addBindValue(QStringLiteral("local:%1").arg(seq));
            r.addBindValue(path.section(QLatin1Char('/'), -1));
            r.addBindValue(body.value(QLatin1String("granted")).toBool() ? 1 : 0);
            r.addBindValue(now);
            r.addBindValue(body.value(QLatin1String("policy_version")).toString());
            return run(r, QStringLiteral("receipt"));
        }
        return okStatus();
    });
    if (!s)
        return s.error();
    return seq;
}

QList<OutboxItem> Outbox::upcoming(const QList<qint64> &skip, int count) const
{
    QList<OutboxItem> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + kItemColumns + QStringLiteral(" FROM outbox WHERE state = 'queued' ORDER BY seq LIMIT ?"));
    q.addBindValue(skip.size() + count);
    if (!q.exec())
        return out;
    while (q.next() && out.size() < count) {
        OutboxItem item = readItem(q);
        if (!skip.contains(item.seq))
            out << item;
    }
    return out;
}

std::optional<OutboxItem> Outbox::item(qint64 seq) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + kItemColumns + QStringLiteral(" FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return readItem(q);
    return std::nullopt;
}

QList<OutboxItem> Outbox::items(bool includeFinished) const
{
    QList<OutboxItem> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT ") + kItemColumns + QStringLiteral(" FROM outbox")
           + (includeFinished ? QString() : QStringLiteral(" WHERE state IN ('queued','attention','conflict')"))
           + QStringLiteral(" ORDER BY seq"));
    while (q.next())
        out << readItem(q);
    return out;
}

qint64 Outbox::pendingCount() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'queued'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 Outbox::attentionCount() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state IN ('attention','conflict')")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QByteArray Outbox::attachmentData(qint64 seq) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE seq = ?"));
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return {};
}

QString Outbox::serverIdOf(qint64 seq) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT server_id FROM outbox WHERE seq = ? AND state = 'sent'"));
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

namespace {
Status writeRequest(SqliteFile &file, const TrackedRequest &r)
{
    QSqlQuery &q = file.statement(
        QStringLiteral(
            "INSERT INTO requests(id, type, status, received_at, due_at, extended_due_at, extension_reason, status_reason,"
            " summary, retained, history, export_ready, updated_at, outbox_seq, messages, rejection_code, rejection_text)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET type = excluded.type, status = excluded.status, received_at = excluded.received_at,"
            " due_at = excluded.due_at, extended_due_at = excluded.extended_due_at, extension_reason = excluded.extension_reason,"
            " status_reason = excluded.status_reason, summary = excluded.summary, retained = excluded.retained,"
            " history = excluded.history, export_ready = excluded.export_ready, updated_at = excluded.updated_at,"
            " messages = excluded.messages, rejection_code = excluded.rejection_code, rejection_text = excluded.rejection_text,"
            " outbox_seq = CASE WHEN excluded.outbox_seq <> 0 THEN excluded.outbox_seq ELSE requests.outbox_seq END"),
        {r.id, r.typeCode.isEmpty() ? requestTypeCode(r.type) : r.typeCode,
         r.statusCode.isEmpty() ? requestStatusCode(r.status) : r.statusCode, toEpoch(r.receivedAt), toEpoch(r.dueAt),
         toEpoch(r.extendedDueAt), r.extensionReason, r.statusReason,
         QJsonDocument(r.summary).toJson(QJsonDocument::Compact), r.retained.isEmpty() ? QByteArrayLiteral("[]") : r.retained,
         r.history.isEmpty() ? QByteArrayLiteral("[]") : r.history, r.exportReady ? 1 : 0,
         toEpoch(r.updatedAt.isValid() ? r.updatedAt : QDateTime::currentDateTimeUtc()), r.outboxSeq,
         codec::encodeMessages(r.messages), r.rejectionCode, r.rejectionText});
    return run(q, QStringLiteral("upsert request"));
}

Status writeConfirm(SqliteFile &file, qint64 seq, const ConsentReceipt &server)
{
    QSqlQuery &q = file.statement(QStringLiteral("UPDATE consent_receipts SET server_id = ?, at = ?, policy_version = ?,"
                                                 " granted = ?, confirmed = 1 WHERE local_id = ?"),
                                  {server.id, toEpoch(server.at), server.policyVersion, server.granted ? 1 : 0,
                                   QStringLiteral("local:%1").arg(seq)});
    return run(q, QStringLiteral("confirm receipt"));
}
} // namespace

Status Outbox::markSent(qint64 seq, int status, const QByteArray &response, const QString &serverId,
                        const std::optional<TrackedRequest> &request, const std::optional<ConsentReceipt> &receipt)
{
    // One transaction (one fsync) for the acknowledgement and what it tells us.
    return write([&](QSqlDatabase &) -> Status {
        if (request)
            if (Status s = writeRequest(*m_file, *request); !s)
                return s;
        if (receipt)
            if (Status s = writeConfirm(*m_file, seq, *receipt); !s)
                return s;
        if (Status s = run(m_file->statement(QStringLiteral("UPDATE outbox SET state = 'sent', attempts = attempts + 1,"
                                                            " last_status = ?, last_error = '', response = ?, server_id = ?,"
                                                            " sent_at = ? WHERE seq = ?"),
                                             {status, response, serverId, toEpoch(QDateTime::currentDateTimeUtc()), seq}),
                           QStringLiteral("mark sent"));
            !s)
            return s;
        // The attachment's bytes are on the provider now; keep the row, drop the copy.
        return run(m_file->statement(QStringLiteral("UPDATE attachments SET data = x'' WHERE seq = ?"), {seq}),
                   QStringLiteral("drop attachment copy"));
    });
}

Status Outbox::markRetry(qint64 seq, int status, const QString &error, const QDateTime &nextAttempt)
{
    return write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_status = ?, last_error = ?, next_attempt_at = ?"
                                 " WHERE seq = ?"));
        q.addBindValue(status);
        q.addBindValue(error);
        q.addBindValue(toEpoch(nextAttempt));
        q.addBindValue(seq);
        return run(q, QStringLiteral("mark retry"));
    });
}

Status Outbox::markRefused(qint64 seq, OutboxItem::State state, int status, const QString &error, const QByteArray &problem,
                           const QString &etag)
{
    return write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, last_status = ?, last_error = ?,"
                                 " response = ?, conflict_etag = ? WHERE seq = ?"));
        q.addBindValue(QLatin1String(stateCode(state)));
        q.addBindValue(status);
        q.addBindValue(error);
        q.addBindValue(problem);
        q.addBindValue(etag.isNull() ? QStringLiteral("") : etag);
        q.addBindValue(seq);
        return run(q, QStringLiteral("mark refused"));
    });
}

Status Outbox::discard(qint64 seq)
{
    return write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'discarded' WHERE seq = ? AND state <> 'sent'"));
        q.addBindValue(seq);
        if (Status s = run(q, QStringLiteral("discard")); !s)
            return s;
        // A sent action stays as it was, and so does its receipt (confirmed or not yet).
        if (q.numRowsAffected() == 0)
            return okStatus();
        q.prepare(QStringLiteral("DELETE FROM consent_receipts WHERE local_id = ? AND confirmed = 0"));
        q.addBindValue(QStringLiteral("local:%1").arg(seq));
        return run(q, QStringLiteral("discard receipt"));
    });
}

Status Outbox::requeue(qint64 seq, const std::optional<QJsonObject> &newBody, const QString &ifMatch)
{
    return write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        // A refused call had no effect on the provider, so a fresh key cannot double one; and the
        // provider may have stored the refusal under the old key.
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', idem_key = ?, body = COALESCE(?, body),"
                                 " if_match = CASE WHEN ? THEN ? ELSE if_match END, next_attempt_at = 0, last_error = '', conflict_etag = ''"
                                 " WHERE seq = ? AND state IN ('attention','conflict')"));
        q.addBindValue(newKey());
        q.addBindValue(newBody ? QVariant(QJsonDocument(*newBody).toJson(QJsonDocument::Compact)) : QVariant(QMetaType::fromType<QByteArray>()));
        q.addBindValue(newBody ? 1 : 0);
        q.addBindValue(ifMatch.isNull() ? QStringLiteral("") : ifMatch);
        q.addBindValue(seq);
        return run(q, QStringLiteral("requeue"));
    });
}

Status Outbox::upsertRequest(const TrackedRequest &r)
{
    return write([&](QSqlDatabase &) { return writeRequest(*m_file, r); });
}

namespace {
TrackedRequest readRequest(const QSqlQuery &q)
{
    TrackedRequest r;
    r.id = q.value(0).toString();
    r.setType(q.value(1).toString());
    r.setStatus(q.value(2).toString());
    r.receivedAt = fromEpoch(q.value(3).toLongLong());
    r.dueAt = fromEpoch(q.value(4).toLongLong());
    r.extendedDueAt = fromEpoch(q.value(5).toLongLong());
    r.extensionReason = q.value(6).toString();
    r.statusReason = q.value(7).toString();
    r.summary = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    r.retained = q.value(9).toByteArray();
    r.history = q.value(10).toByteArray();
    r.exportReady = q.value(11).toBool();
    r.updatedAt = fromEpoch(q.value(12).toLongLong());
    r.outboxSeq = q.value(13).toLongLong();
    r.messages = codec::decodeMessages(q.value(14).toByteArray());
    r.rejectionCode = q.value(15).toString();
    r.rejectionText = q.value(16).toString();
    return r;
}
const QString kRequestColumns = QStringLiteral(
    "id, type, status, received_at, due_at, extended_due_at, extension_reason, status_reason, summary, retained, history,"
    " export_ready, updated_at, outbox_seq, messages, rejection_code, rejection_text");
} // namespace

QList<TrackedRequest> Outbox::requests() const
{
    QList<TrackedRequest> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT ") + kRequestColumns + QStringLiteral(" FROM requests ORDER BY received_at DESC, id DESC"));
    while (q.next())
        out << readRequest(q);
    return out;
}

std::optional<TrackedRequest> Outbox::request(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT ") + kRequestColumns + QStringLiteral(" FROM requests WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readRequest(q);
    return std::nullopt;
}

Status Outbox::upsertRequests(const QList<TrackedRequest> &list, QList<QPair<TrackedRequest, TrackedRequest>> *changed)
{
    if (list.isEmpty())
        return okStatus();
    QList<QPair<TrackedRequest, TrackedRequest>> moved;
    Status s = write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT ") + kRequestColumns + QStringLiteral(" FROM requests WHERE id = ?"));
        for (const TrackedRequest &r : list) {
            q.addBindValue(r.id);
            if (Status st = run(q, QStringLiteral("read request")); !st)
                return st;
            if (q.next()) {
                const TrackedRequest before = readRequest(q);
                if (before.statusCode != r.statusCode)
                    moved.append({before, r});
            }
            q.finish();
            if (Status st = writeRequest(*m_file, r); !st)
                return st;
        }
        return okStatus();
    });
    if (s && changed)
        *changed = moved;
    return s;
}

Status Outbox::addReceipts(const QList<ConsentReceipt> &list)
{
    if (list.isEmpty())
        return okStatus();
    return write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        // Receipts fetched from the provider: skip those we already hold as confirmed local ones.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO consent_receipts(local_id, server_id, purpose, granted, at, policy_version, confirmed)"
                                 " SELECT ?, ?, ?, ?, ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM consent_receipts WHERE server_id = ?)"));
        for (const ConsentReceipt &r : list) {
            q.addBindValue(r.id);
            q.addBindValue(r.id);
            q.addBindValue(r.purpose);
            q.addBindValue(r.granted ? 1 : 0);
            q.addBindValue(toEpoch(r.at));
            q.addBindValue(r.policyVersion);
            q.addBindValue(r.id);
            if (Status st = run(q, QStringLiteral("receipt")); !st)
                return st;
        }
        return okStatus();
    });
}

Status Outbox::confirmReceipt(qint64 seq, const ConsentReceipt &server)
{
    return write([&](QSqlDatabase &) { return writeConfirm(*m_file, seq, server); });
}

QList<ConsentReceipt> Outbox::receipts() const
{
    QList<ConsentReceipt> out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT local_id, server_id, purpose, granted, at, policy_version, confirmed FROM consent_receipts"
                          " ORDER BY at DESC, rowid DESC"));
    while (q.next()) {
        ConsentReceipt r;
        r.id = q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString();
        r.purpose = q.value(2).toString();
        r.granted = q.value(3).toBool();
        r.at = fromEpoch(q.value(4).toLongLong());
        r.policyVersion = q.value(5).toString();
        r.confirmed = q.value(6).toBool();
        out << r;
    }
    return out;
}

} // namespace pd
