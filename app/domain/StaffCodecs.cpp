// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffCodecs.h"

#include "JsonReader.h"

namespace pd::codec {
namespace {

using namespace detail;

StaffRequest readStaffRequest(Reader &r)
{
    StaffRequest s;
    s.id = r.str("id", true, 64);
    s.accountId = r.str("account_id", true, 64);
    const QString type = r.code("type");
    s.typeCode = type;
    s.type = requestTypeFromCode(type);
    const QString status = r.code("status");
    s.statusCode = status;
    s.status = requestStatusFromCode(status);
    s.receivedAt = r.time("received_at");
    s.dueAt = r.time("due_at");
    s.extendedDueAt = r.time("extended_due_at", false);
    s.extended = r.optionalBoolean("extended");
    s.assignee = r.str("assignee", false, 128);
    s.assignedToMe = r.optionalBoolean("assigned_to_me");
    s.daysLeft = int(r.integer("days_left", -100000, 100000));
    s.overdue = r.optionalBoolean("overdue");
    s.updatedAt = r.time("updated_at", false);
    return s;
}

Grant readGrant(Reader &r)
{
    Grant g;
    g.id = r.str("id", true, 64);
    g.accountId = r.str("account_id", true, 64);
    g.staff = r.str("staff", true, 128);
    g.reasonCode = r.code("reason");
    g.reason = accessReasonFromCode(g.reasonCode);
    g.ticket = r.str("ticket", true, 128);
    g.justification = r.str("justification", false, 2000);
    g.categories = readCategories(r, "categories", true);
    g.minutes = int(r.integer("minutes", 0, 100000));
    g.status = grantStatusFromCode(r.code("status"));
    g.requestedAt = r.time("requested_at");
    g.decidedAt = r.time("decided_at", false);
    g.expiresAt = r.time("expires_at", false);
    return g;
}

QStringList optionalCodes(Reader &r, const char *key)
{
    return r.has(key) ? r.stringList(key, false) : QStringList();
}

AccessEntry readAccessEntry(Reader &r)
{
    AccessEntry e;
    e.raw = r.raw();
    e.seq = r.integer("seq", 1);
    e.at = r.time("at");
    e.staff = r.str("staff", true, 128);
    e.action = r.code("action");
    e.reasonCode = r.code("reason", false);
    e.reason = accessReasonFromCode(e.reasonCode);
    e.ticket = r.str("ticket", false, 128);
    e.categories = optionalCodes(r, "categories");
    e.grantId = r.str("grant_id", false, 64);
    e.grantMinutes = int(r.optionalInteger("grant_minutes", 0, 100000).value_or(0));
    e.details = r.object("details", false);
    e.prevHash = r.str("prev_hash", true, 64);
    e.hash = r.str("hash", true, 64);
    return e;
}

Checkpoint readCheckpoint(Reader &r)
{
    Checkpoint c;
    c.raw = r.raw();
    c.accountId = r.str("account_id", false, 64);
    c.seq = r.integer("seq");
    c.head = r.str("head", true, 64);
    c.at = r.time("at");
    c.keyId = r.str("key_id", true, 128);
    c.signature = r.str("signature", true, 256);
    return c;
}

AuditEntry readAuditEntry(Reader &r)
{
    AuditEntry e;
    e.raw = r.raw();
    e.seq = r.integer("seq", 1);
    e.at = r.time("at");
    e.actor = r.str("actor", true, 128);
    e.actorPseudonym = r.str("actor_pseudonym", false, 128);
    e.actorRole = r.code("actor_role", false);
    e.action = r.code("action");
    e.accountId = r.str("account_id", false, 64);
    e.grantId = r.str("grant_id", false, 64);
    e.reasonCode = r.code("reason", false);
    e.ticket = r.str("ticket", false, 128);
    e.categories = optionalCodes(r, "categories");
    e.details = r.object("details", false);
    e.prevHash = r.str("prev_hash", true, 64);
    e.hash = r.str("hash", true, 64);
    return e;
}

template<typename T, typename F>
Result<ApiPage<T>> decodePage(const QByteArray &body, F &&one)
{
    return decodeWith<ApiPage<T>>(body, [&one](Reader &r) {
        ApiPage<T> p;
        p.items = readItems<T>(r, "items", one);
        p.nextCursor = r.str("next_cursor", false, 1024);
        p.hasMore = r.optionalBoolean("has_more");
        return p;
    });
}

} // namespace

Result<ApiPage<StaffRequest>> decodeStaffQueue(const QByteArray &body)
{
    return decodePage<StaffRequest>(body, [](Reader &c) { return readStaffRequest(c); });
}

Result<StaffRequestDetail> decodeStaffRequest(const QByteArray &body)
{
    return decodeWith<StaffRequestDetail>(body, [](Reader &r) {
        StaffRequestDetail d;
        d.meta = readStaffRequest(r);
        d.request = readRequestObject(r);
        return d;
    });
}

Result<Grant> decodeGrant(const QByteArray &body)
{
    return decodeWith<Grant>(body, [](Reader &r) { return readGrant(r); });
}

Result<QList<Grant>> decodeGrants(const QByteArray &body)
{
    return decodeWith<QList<Grant>>(body, [](Reader &r) { return readItems<Grant>(r, "items", [](Reader &c) { return readGrant(c); }); });
}

Result<AccessLogPage> decodeAccessLog(const QByteArray &body)
{
    return decodeWith<AccessLogPage>(body, [](Reader &r) {
        AccessLogPage p;
        p.items = readItems<AccessEntry>(r, "items", [](Reader &c) { return readAccessEntry(c); });
        p.nextCursor = r.str("next_cursor", false, 1024);
        p.hasMore = r.optionalBoolean("has_more");
        if (r.has("checkpoint")) {
            Reader c = r.member("checkpoint");
            p.checkpoint = readCheckpoint(c);
        }
        return p;
    });
}

Result<Checkpoint> decodeCheckpoint(const QByteArray &body)
{
    return decodeWith<Checkpoint>(body, [](Reader &r) { return readCheckpoint(r); });
}

Result<ApiPage<AuditEntry>> decodeAuditLog(const QByteArray &body)
{
    return decodePage<AuditEntry>(body, [](Reader &c) { return readAuditEntry(c); });
}

Result<ApiPage<RefusalEntry>> decodeRefusals(const QByteArray &body)
{
    return decodePage<RefusalEntry>(body, [](Reader &r) {
        RefusalEntry e;
        e.requestId = r.str("request_id", true, 64);
        e.accountId = r.str("account_id", true, 64);
        e.typeCode = r.code("type");
        e.receivedAt = r.time("received_at");
        e.rejectedAt = r.time("rejected_at");
        e.staff = r.str("staff", true, 128);
        e.reasonCode = r.code("reason_code");
        e.reasonText = r.str("reason_text", true, 4000);
        return e;
    });
}

Result<QList<CustomerHit>> decodeCustomerHits(const QByteArray &body)
{
    return decodeWith<QList<CustomerHit>>(body, [](Reader &r) {
        return readItems<CustomerHit>(r, "items", [](Reader &c) {
            return CustomerHit{c.str("account_id", true, 64), c.str("username", true, 128), c.str("display_name", true, 256)};
        }, 100);
    });
}

Result<bool> decodeAccessSettings(const QByteArray &body)
{
    return decodeWith<bool>(body, [](Reader &r) { return r.boolean("ask_first"); });
}

AccessEntry accessEntryFromJson(const QJsonObject &raw)
{
    Error err;
    Reader r(raw, QStringLiteral("$"), &err);
    return readAccessEntry(r);
}

} // namespace pd::codec
