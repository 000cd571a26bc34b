// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codecs.h"

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

/// Reads members of one JSON object, remembering the first problem with its path, so a decoder
/// can read everything in sequence and check once at the end.
class Reader
{
public:
    Reader(QJsonObject o, QString path, Error *err) : m_o(std::move(o)), m_path(std::move(path)), m_err(err) {}

    bool failed() const { return m_err->code != ErrorCode::None; }

    QString str(const char *key, bool required = true, qsizetype maxLen = kMaxStringChars)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return {};
        }
        if (!v.isString()) { fail(ErrorCode::WrongType, key); return {}; }
        QString s = v.toString();
        if (s.size() > maxLen) { fail(ErrorCode::TooLarge, key); return {}; }
        return s;
    }

    /// A string that must be one of `allowed`, or any string when `allowed` is empty and the caller
    /// wants unknown codes kept (forward compatibility: a newer provider may add codes).
    QString code(const char *key, bool required = true)
    {
        QString s = str(key, required, 64);
        return s;
    }

    qint64 integer(const char *key, qint64 min = 0, qint64 max = std::numeric_limits<qint64>::max() / 2, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return 0;
        }
        if (!v.isDouble()) { fail(ErrorCode::WrongType, key); return 0; }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(ErrorCode::WrongType, key);
            return 0;
        }
        return qint64(d);
    }

    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return integer(key, min, max);
    }

    double real(const char *key, double min, double max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) { fail(ErrorCode::MissingField, key); return 0; }
        if (!v.isDouble()) { fail(ErrorCode::WrongType, key); return 0; }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) { fail(ErrorCode::WrongType, key); return 0; }
        return d;
    }

    bool optionalBoolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        return boolean(key);
    }

    QJsonObject object(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return {};
        }
        if (!v.isObject()) { fail(ErrorCode::WrongType, key); return {}; }
        return v.toObject();
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) { fail(ErrorCode::MissingField, key); return false; }
        if (!v.isBool()) { fail(ErrorCode::WrongType, key); return false; }
        return v.toBool();
    }

    /// RFC 3339 with a zone designator ("Z" or an offset), as the contract requires: a bare
    /// local time would be read in this computer's zone and shift every event.
    QDateTime time(const char *key, bool required = true)
    {
        const QString s = str(key, required, 64);
        if (s.isEmpty()) {
            if (required && !failed()) fail(ErrorCode::MissingField, key);
            return {};
        }
        static const QRegularExpression zoned(QStringLiteral("T\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)$"));
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid() || !zoned.match(s).hasMatch()) { fail(ErrorCode::WrongType, key); return {}; }
        return t.toUTC();
    }

    QJsonArray array(const char *key, qsizetype maxItems = kMaxPageItems, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return {};
        }
        if (!v.isArray()) { fail(ErrorCode::WrongType, key); return {}; }
        QJsonArray a = v.toArray();
        if (a.size() > maxItems) { fail(ErrorCode::TooLarge, key); return {}; }
        return a;
    }

    QStringList stringList(const char *key, bool required = true)
    {
        QStringList out;
        const QJsonArray a = array(key, 64, required);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().size() > 64) {
                fail(ErrorCode::WrongType, key);
                return {};
            }
            out << a.at(i).toString();
        }
        return out;
    }

    /// Reader for the object at `array[index]`, or a failure when it is not an object.
    Reader child(const QJsonArray &a, qsizetype index, const char *arrayKey)
    {
        const QString p = m_path + QLatin1Char('.') + QLatin1String(arrayKey) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        if (!a.at(index).isObject())
            setError(ErrorCode::WrongType, p);
        return Reader(a.at(index).toObject(), p, m_err);
    }

    void fail(ErrorCode c, const char *key) { setError(c, m_path + QLatin1Char('.') + QLatin1String(key)); }

private:
    void setError(ErrorCode c, const QString &where)
    {
        if (m_err->code == ErrorCode::None)
            *m_err = Error::make(c, where);
    }

    QJsonObject m_o;
    QString m_path;
    Error *m_err;
};

/// Parses the body as one JSON object, refusing oversized bodies and non-objects.
Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes)
        return Error::make(ErrorCode::TooLarge, QStringLiteral("body"));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::InvalidJson, pe.errorString());
    if (!doc.isObject())
        return Error::make(ErrorCode::InvalidJson, QStringLiteral("not an object"));
    return doc.object();
}

template<typename T, typename F>
Result<T> decodeWith(const QByteArray &body, F &&f)
{
    auto obj = parseObject(body);
    if (!obj)
        return obj.error();
    Error err;
    Reader r(*obj, QStringLiteral("$"), &err);
    T out = f(r);
    if (err.code != ErrorCode::None)
        return err;
    return out;
}

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

template<typename T, typename F>
QList<T> readItems(Reader &r, const char *key, F &&one, qsizetype maxItems = kMaxPageItems)
{
    QList<T> out;
    const QJsonArray a = r.array(key, maxItems);
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
        Reader c = r.child(a, i, key);
        out.push_back(one(c));
    }
    return out;
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
        if (!r.failed() && a.role != QLatin1String("customer") && a.role != QLatin1String("staff"))
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

namespace {
TrackedRequest readRequest(Reader &r)
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
    t.exportReady = r.optionalBoolean("export_ready");
    // A type or status this version does not know is kept as sent (Unknown), not refused: a newer
    // provider may add some, and the request must still be listed.
    return t;
}

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

} // namespace codec
} // namespace pd
