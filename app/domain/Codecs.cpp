// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codecs.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace pd {

QString categoryCode(Category c)
{
    switch (c) {
    case Category::Registration: return QStringLiteral("registration");
    case Category::ServerUsage: return QStringLiteral("server_usage");
    case Category::DomainUsage: return QStringLiteral("domain_usage");
    case Category::Devices: return QStringLiteral("devices");
    case Category::Cookies: return QStringLiteral("cookies");
    }
    return {};
}

std::optional<Category> categoryFromCode(const QString &code)
{
    for (Category c : kAllCategories)
        if (categoryCode(c) == code)
            return c;
    return std::nullopt;
}

namespace codec {
namespace {

using namespace detail;


DataMeta readMeta(Reader &r)
{
    DataMeta m;
    m.purposes = r.stringList("purpose");
    m.legalBasis = r.code("legal_basis");
    m.source = r.code("source");
    m.retention = r.code("retention");
    m.updatedAt = r.time("updated_at");
    return m;
}

Category readCategory(Reader &r, const char *key)
{
    const QString s = r.code(key);
    const auto c = categoryFromCode(s);
    if (!c && !r.failed())
        r.fail(ErrorCode::WrongType, key);
    return c.value_or(Category::Registration);
}

} // namespace

Result<Account> decodeAccount(const QByteArray &body)
{
    return decodeWith<Account>(body, [](Reader &r) {
        Account a;
        a.accountId = r.str("account_id", true, 64);
        a.username = r.str("username", true, 128);
        a.displayName = r.str("display_name", true, 256);
        a.role = r.code("role");
        a.policyVersionAccepted = r.str("policy_version_accepted", false, 64);
        a.staffPseudonym = r.str("staff_pseudonym", false, 128);
        a.closesAt = r.time("closes_at", false);
        a.erasedAt = r.time("erased_at", false);
        if (!r.failed() && a.role != QLatin1String("customer") && a.role != QLatin1String("staff")
            && a.role != QLatin1String("supervisor"))
            r.fail(ErrorCode::WrongType, "role");
        if (!r.failed() && a.accountId.isEmpty())
            r.fail(ErrorCode::MissingField, "account_id");
        return a;
    });
}

Result<PersonalData> decodePersonal(const QByteArray &body)
{
    return decodeWith<PersonalData>(body, [](Reader &r) {
        PersonalData p;
        p.fields = readItems<PersonalField>(r, "fields", [](Reader &c) {
            PersonalField f;
            f.key = c.code("key");
            f.value = c.str("value");
            f.editable = c.boolean("editable");
            f.meta = readMeta(c);
            return f;
        }, 256);
        p.passwordChangedAt = r.time("password_changed_at", false);
        p.paymentMethods = readItems<PaymentMethod>(r, "payment_methods", [](Reader &c) {
            PaymentMethod m;
            m.id = c.str("id", true, 64);
            m.kind = c.code("kind");
            if (m.kind == QLatin1String("card")) {
                m.brand = c.str("brand", true, 64);
                m.last4 = c.str("last4", true, 4);
                m.expiry = c.str("expiry", false, 7);
                // A full card number must never reach the cache: refuse anything but four digits.
                bool digits = m.last4.size() == 4;
                for (QChar ch : std::as_const(m.last4))
                    digits = digits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
                if (!c.failed() && !digits)
                    c.fail(ErrorCode::WrongType, "last4");
            } else {
                m.platform = c.str("platform", true, 64);
                m.accountMasked = c.str("account_masked", true, 128);
            }
            m.meta = readMeta(c);
            return m;
        }, 64);
        return p;
    });
}

Result<ApiPage<ServerEvent>> decodeServerEvents(const QByteArray &body)
{
    return decodeWith<ApiPage<ServerEvent>>(body, [](Reader &r) {
        ApiPage<ServerEvent> p;
        p.items = readItems<ServerEvent>(r, "items", [](Reader &c) {
            ServerEvent e;
            e.id = c.integer("id", 1);
            e.serverId = c.str("server_id", true, 64);
            e.serverName = c.str("server_name", true, 256);
            e.loginAt = c.time("login_at");
            e.durationS = c.integer("duration_s");
            e.trafficBytes = c.integer("traffic_bytes");
            e.cpuPct = c.real("cpu_pct", 0, 100);
            e.memoryBytes = c.integer("memory_bytes");
            e.diskBytes = c.integer("disk_bytes");
            return e;
        });
        p.nextCursor = r.str("next_cursor", true, 1024);
        p.hasMore = r.boolean("has_more");
        return p;
    });
}

Result<ApiPage<DomainEvent>> decodeDomainEvents(const QByteArray &body)
{
    return decodeWith<ApiPage<DomainEvent>>(body, [](Reader &r) {
        ApiPage<DomainEvent> p;
        p.items = readItems<DomainEvent>(r, "items", [](Reader &c) {
            DomainEvent e;
            e.id = c.integer("id", 1);
            e.domain = c.str("domain", true, 253);
            e.kind = c.code("kind");
            e.at = c.time("at");
            e.details = c.str("details", false);
            return e;
        });
        p.nextCursor = r.str("next_cursor", true, 1024);
        p.hasMore = r.boolean("has_more");
        return p;
    });
}

Result<QList<Device>> decodeDevices(const QByteArray &body)
{
    return decodeWith<QList<Device>>(body, [](Reader &r) {
        return readItems<Device>(r, "items", [](Reader &c) {
            Device d;
            d.id = c.str("id", true, 64);
            d.type = c.code("type");
            d.model = c.str("model", false, 256);
            d.os = c.str("os", false, 128);
            d.osVersion = c.str("os_version", false, 64);
            d.browser = c.str("browser", false, 128);
            d.browserVersion = c.str("browser_version", false, 64);
            d.identifiers = readItems<DeviceIdentifier>(c, "identifiers", [](Reader &i) {
                DeviceIdentifier id;
                id.kind = i.code("kind");
                id.value = i.str("value", true, 128);
                id.masked = i.boolean("masked");
                return id;
            }, 32);
            d.ip = c.str("ip", false, 64);
            d.networkOperator = c.str("operator", false, 128);
            d.connection = c.code("connection", false);
            d.firstSeen = c.time("first_seen");
            d.lastSeen = c.time("last_seen");
            return d;
        }, 1000);
    });
}

Result<QList<CookieItem>> decodeCookies(const QByteArray &body)
{
    return decodeWith<QList<CookieItem>>(body, [](Reader &r) {
        return readItems<CookieItem>(r, "items", [](Reader &c) {
            CookieItem k;
            k.id = c.str("id", true, 64);
            k.name = c.str("name", true, 256);
            k.kind = c.code("kind");
            k.purpose = c.code("purpose");
            k.domain = c.str("domain", true, 253);
            k.lifetimeS = c.optionalInteger("lifetime_s", 0, qint64(100) * 366 * 86400);
            k.consentRequired = c.boolean("consent_required");
            return k;
        }, 1000);
    });
}

Result<QList<CategoryPurposes>> decodePurposes(const QByteArray &body)
{
    return decodeWith<QList<CategoryPurposes>>(body, [](Reader &r) {
        return readItems<CategoryPurposes>(r, "items", [](Reader &c) {
            CategoryPurposes cp;
            cp.category = readCategory(c, "category");
            cp.purposes = readItems<PurposeUse>(c, "purposes", [](Reader &p) {
                PurposeUse u;
                u.code = p.code("code");
                u.legalBasis = p.code("legal_basis");
                u.consentRequired = p.boolean("consent_required");
                return u;
            }, 64);
            return cp;
        }, 64);
    });
}

Result<QList<SharingEntry>> decodeSharing(const QByteArray &body)
{
    return decodeWith<QList<SharingEntry>>(body, [](Reader &r) {
        return readItems<SharingEntry>(r, "items", [](Reader &c) {
            SharingEntry s;
            s.recipient = c.code("recipient");
            s.name = c.str("name", true, 256);
            const QStringList cats = c.stringList("categories");
            for (const QString &code : cats) {
                const auto cat = categoryFromCode(code);
                if (!cat) { c.fail(ErrorCode::WrongType, "categories"); break; }
                s.categories << *cat;
            }
            s.data = c.str("data", false);
            s.why = c.str("why", false);
            return s;
        }, 64);
    });
}

Result<QList<RetentionEntry>> decodeRetention(const QByteArray &body)
{
    return decodeWith<QList<RetentionEntry>>(body, [](Reader &r) {
        return readItems<RetentionEntry>(r, "items", [](Reader &c) {
            RetentionEntry e;
            e.category = readCategory(c, "category");
            e.period = c.code("period");
            e.starts = c.code("starts");
            e.basis = c.code("basis");
            return e;
        }, 64);
    });
}

Result<Policy> decodePolicy(const QByteArray &body)
{
    return decodeWith<Policy>(body, [](Reader &r) {
        Policy p;
        p.version = r.str("version", true, 64);
        p.effective = r.str("effective", true, 64);
        p.sections = readItems<PolicySection>(r, "sections", [](Reader &c) {
            PolicySection s;
            s.id = c.str("id", true, 16);
            s.title = c.str("title", true, 256);
            s.body = c.str("body", true, 64 * 1024);
            return s;
        }, 64);
        return p;
    });
}

Result<TokenPair> decodeTokens(const QByteArray &body)
{
    return decodeWith<TokenPair>(body, [](Reader &r) {
        TokenPair t;
        t.accessToken = r.str("access_token", true, 2048);
        t.refreshToken = r.str("refresh_token", false, 2048);
        t.expiresIn = r.integer("expires_in", 1, qint64(366) * 86400);
        const QString type = r.str("token_type", true, 32);
        if (!r.failed() && type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
            r.fail(ErrorCode::WrongType, "token_type");
        if (!r.failed() && t.accessToken.isEmpty())
            r.fail(ErrorCode::MissingField, "access_token");
        return t;
    });
}

namespace detail {
TrackedRequest readRequestObject(Reader &r);
}

namespace {
RequestMessage readMessage(Reader &r)
{
    RequestMessage m;
    m.at = r.time("at");
    m.fromStaff = r.code("from") == QLatin1String("staff");
    m.staff = r.str("staff", false, 128);
    m.kind = r.code("kind");
    m.text = r.str("text", true, 8000);
    m.attachments = r.stringList("attachments", false);
    return m;
}

QList<RequestMessage> readMessages(Reader &r)
{
    if (!r.has("messages"))
        return {};
    return readItems<RequestMessage>(r, "messages", [](Reader &c) { return readMessage(c); }, 500);
}

TrackedRequest readRequest(Reader &r)
{
    return detail::readRequestObject(r);
}
} // namespace

TrackedRequest detail::readRequestObject(Reader &r)
{
    TrackedRequest t;
    t.id = r.str("id", true, 64);
    t.setType(r.code("type"));
    t.setStatus(r.code("status"));
    t.receivedAt = r.time("received_at");
    t.dueAt = r.time("due_at");
    t.extendedDueAt = r.time("extended_due_at", false);
    t.extensionReason = r.str("extension_reason", false);
    t.statusReason = r.str("status_reason", false);
    t.summary = r.object("summary", false);
    t.retained = QJsonDocument(r.array("retained", 64, false)).toJson(QJsonDocument::Compact);
    t.history = QJsonDocument(r.array("history", 256, false)).toJson(QJsonDocument::Compact);
    t.messages = readMessages(r);
    if (r.has("rejection")) {
        Reader rj = r.member("rejection");
        t.rejectionCode = rj.code("code");
        t.rejectionText = rj.str("text", false);
    }
    t.exportReady = r.optionalBoolean("export_ready");
    // A type or status this version does not know is kept as sent (Unknown), not refused: a newer
    // provider may add some, and the request must still be listed.
    return t;
}

namespace {

ConsentReceipt readReceipt(Reader &r)
{
    ConsentReceipt c;
    c.id = r.str("id", true, 64);
    c.purpose = r.code("purpose");
    c.granted = r.boolean("granted");
    c.at = r.time("at");
    c.policyVersion = r.str("policy_version", true, 64);
    c.confirmed = true;
    return c;
}
} // namespace

Result<TrackedRequest> decodeRequest(const QByteArray &body)
{
    return decodeWith<TrackedRequest>(body, [](Reader &r) { return readRequest(r); });
}

Result<ApiPage<TrackedRequest>> decodeRequests(const QByteArray &body)
{
    return decodeWith<ApiPage<TrackedRequest>>(body, [](Reader &r) {
        ApiPage<TrackedRequest> p;
        p.items = readItems<TrackedRequest>(r, "items", [](Reader &c) { return readRequest(c); });
        p.nextCursor = r.str("next_cursor", false, 1024);
        p.hasMore = r.optionalBoolean("has_more");
        return p;
    });
}

Result<ConsentReceipt> decodeReceipt(const QByteArray &body)
{
    return decodeWith<ConsentReceipt>(body, [](Reader &r) { return readReceipt(r); });
}

Result<QList<ConsentReceipt>> decodeReceipts(const QByteArray &body)
{
    return decodeWith<QList<ConsentReceipt>>(body, [](Reader &r) {
        return readItems<ConsentReceipt>(r, "items", [](Reader &c) { return readReceipt(c); });
    });
}

Result<ConsentState> decodeConsents(const QByteArray &body)
{
    return decodeWith<ConsentState>(body, [](Reader &r) {
        ConsentState s;
        s.policyVersion = r.str("policy_version", true, 64);
        s.items = readItems<ConsentPurpose>(r, "items", [](Reader &c) {
            ConsentPurpose p;
            p.purpose = c.code("purpose");
            p.granted = c.boolean("granted");
            p.changedAt = c.time("changed_at", false);
            p.affects = c.str("affects", false);
            return p;
        }, 64);
        return s;
    });
}

QByteArray encodeIdentifiers(const QList<DeviceIdentifier> &ids)
{
    QJsonArray a;
    for (const auto &i : ids)
        a.append(QJsonObject{{QStringLiteral("kind"), i.kind}, {QStringLiteral("value"), i.value}, {QStringLiteral("masked"), i.masked}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<DeviceIdentifier> decodeIdentifiers(const QByteArray &json)
{
    QList<DeviceIdentifier> out;
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("value")).toString(),
                       o.value(QLatin1String("masked")).toBool()});
    }
    return out;
}

QByteArray encodeMessages(const QList<RequestMessage> &messages)
{
    QJsonArray a;
    for (const RequestMessage &m : messages)
        a.append(QJsonObject{{QStringLiteral("at"), m.at.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("from"), m.fromStaff ? QStringLiteral("staff") : QStringLiteral("customer")},
                             {QStringLiteral("staff"), m.staff},
                             {QStringLiteral("kind"), m.kind},
                             {QStringLiteral("text"), m.text},
                             {QStringLiteral("attachments"), QJsonArray::fromStringList(m.attachments)}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<RequestMessage> decodeMessages(const QByteArray &json)
{
    QList<RequestMessage> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        RequestMessage m;
        m.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate);
        m.fromStaff = o.value(QLatin1String("from")).toString() == QLatin1String("staff");
        m.staff = o.value(QLatin1String("staff")).toString();
        m.kind = o.value(QLatin1String("kind")).toString();
        m.text = o.value(QLatin1String("text")).toString();
        for (const QJsonValue &a : o.value(QLatin1String("attachments")).toArray())
            m.attachments << a.toString();
        out << m;
    }
    return out;
}

} // namespace codec
} // namespace pd
