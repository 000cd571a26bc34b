// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "MediaType.h"
#include "NullableJson.h"
#include "OAuth.h"
#include "PolicyContent.h"
#include "Problem.h"
#include "ResourceApi.h"
#include "Rfc3339.h"
#include "UrlEncoded.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

#include <limits>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

const QStringList requestTypes{u"correction"_s, u"deletion"_s, u"complaint"_s, u"cancel_account"_s, u"export"_s};
const QStringList requestStatuses{u"received"_s, u"in_review"_s, u"needs_info"_s,
                                  u"completed"_s, u"rejected"_s, u"cancelled"_s};
const QStringList categories{u"registration"_s, u"server_usage"_s, u"domain_usage"_s, u"devices"_s, u"cookies"_s};
const QStringList consentPurposes{u"personalisation"_s, u"analytics_cookies"_s, u"marketing"_s, u"product_research"_s};

bool defaultConsent(const QString &username, const QString &purpose)
{
    // Demo state: alice allowed personalisation and analytics but not marketing or research;
    // bob only agreed to product research; everyone else starts with nothing granted.
    if (username == u"alice")
        return purpose == u"personalisation" || purpose == u"analytics_cookies";
    if (username == u"bob")
        return purpose == u"product_research";
    return false;
}

QString magicType(const QByteArray &data)
{
    if (data.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    return {};
}

qint64 countRows(QSqlDatabase db, const QString &table, qint64 account)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM "_s + table + u" WHERE account=?"_s);
    q.addBindValue(account);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

ActionsApi::ActionsApi(ProviderDb &db, OAuth &oauth, ResourceApi &resources, bool testHooks)
    : m_db(db)
    , m_oauth(oauth)
    , m_resources(resources)
    , m_testHooks(testHooks)
    , m_idempotency(db, QDateTime::currentMSecsSinceEpoch())
    , m_events(db)
{
}

ActionsApi::Match ActionsApi::match(const QString &path) const
{
    const QStringList s = path.split(u'/');
    // s[0] is the empty string before the leading '/'.
    if (s.size() < 3 || !s[0].isEmpty())
        return {};
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s[i].isEmpty())
            return {};
    if (s[1] == u"test") {
        if (!m_testHooks)
            return {};
        if (s.size() == 3 && s[2] == u"effects")
            return {Route::TestEffects, {}, "GET"};
        if (s.size() == 5 && s[2] == u"requests" && s[4] == u"status")
            return {Route::TestRequestStatus, s[3], "POST"};
        return {};
    }
    if (s.size() < 4 || s[1] != u"v1" || s[2] != u"me")
        return {};
    const QString &r = s[3];
    if (r == u"attachments" && s.size() == 4)
        return {Route::Attachments, {}, "PUT"};
    if (r == u"personal" && s.size() == 5)
        return {Route::PersonalField, s[4], "PATCH"};
    if (r == u"requests") {
        if (s.size() == 4)
            return {Route::Requests, {}, "GET, POST"};
        if (s.size() == 5)
            return {Route::Request, s[4], "GET"};
        if (s.size() == 6 && s[5] == u"cancel")
            return {Route::RequestCancel, s[4], "POST"};
        if (s.size() == 6 && s[5] == u"export")
            return {Route::RequestExport, s[4], "GET"};
        return {};
    }
    if (r == u"consents") {
        if (s.size() == 4)
            return {Route::Consents, {}, "GET"};
        if (s.size() == 5 && s[4] == u"receipts")
            return {Route::ConsentReceipts, {}, "GET"};
        if (s.size() == 5)
            return {Route::Consent, s[4], "PUT"};
    }
    return {};
}

bool ActionsApi::handles(const QString &path) const
{
    return match(path).route != Route::None;
}

HttpResponse ActionsApi::dispatch(const HttpRequest &request)
{
    const Match m = match(request.path);
    if (m.route == Route::None)
        return notFound();
    bool methodOk = false;
    for (const QByteArray &name : QByteArray(m.methods).split(','))
        methodOk = methodOk || name.trimmed() == request.method;
    if (!methodOk)
        return methodNotAllowed(request.method, m.methods);
    const bool attachment = m.route == Route::Attachments;
    const qsizetype limit = attachment ? MaxAttachmentBytes : MaxJsonBodyBytes;
    if (request.body.size() > limit)
        return payloadTooLarge(attachment ? u"Attachments"_s : u"Request bodies"_s, limit);
    const FormData query = parseUrlEncoded(request.rawQuery);

    if (m.route == Route::TestEffects) {
        if (auto refused = checkQuery(query, {u"account"}))
            return *refused;
        return testEffects(query);
    }
    if (m.route == Route::TestRequestStatus) {
        if (auto refused =
                checkQuery(query, {u"status", u"note", u"status_reason", u"extend_reason", u"extend_months"}))
            return *refused;
        return testRequestStatus(m.param, query);
    }

    const auto accountId = m_oauth.authenticate(request);
    if (!accountId)
        return invalidToken();
    const auto account = m_db.accountById(*accountId);
    if (!account)
        return internalError();

    // Reads answer in the client's language; state-changing handlers negotiate it themselves.
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    const bool listing = m.route == Route::Requests && request.method == "GET";
    if (auto refused = listing ? checkQuery(query, {u"cursor", u"limit", u"updated_since"}) : checkQuery(query, {}))
        return *refused;

    switch (m.route) {
    case Route::Attachments:
        return runStateChanging(*account, request, m.param, &ActionsApi::putAttachment);
    case Route::PersonalField:
        return runStateChanging(*account, request, m.param, &ActionsApi::patchField);
    case Route::Requests:
        if (listing)
            return listRequests(*account, query, lang);
        return runStateChanging(*account, request, m.param, &ActionsApi::postRequest);
    case Route::Request:
        return getRequest(*account, m.param, lang);
    case Route::RequestCancel:
        return runStateChanging(*account, request, m.param, &ActionsApi::cancelRequest);
    case Route::RequestExport:
        return exportDocument(*account, m.param, lang);
    case Route::Consents:
        return consents(*account, lang);
    case Route::ConsentReceipts:
        return receipts(*account);
    case Route::Consent:
        return runStateChanging(*account, request, m.param, &ActionsApi::putConsent);
    default:
        return notFound();
    }
}

HttpResponse ActionsApi::runStateChanging(const Account &account, const HttpRequest &request, const QString &param,
                                          Handler handler)
{
    const QByteArray key = request.header("idempotency-key").trimmed();
    if (!Idempotency::isValidKey(key))
        return invalidRequest(key.isEmpty() ? u"State-changing calls need an Idempotency-Key header (a UUID)."_s
                                            : u"The Idempotency-Key header must be a UUID."_s);

    const FaultInjector::Fault fault = m_faults.next();
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
        ++m_replays[account.id];
        break;
    case Idempotency::Decision::Refused:
    case Idempotency::Decision::Failed:
        return response;
    case Idempotency::Decision::Process: {
        if (!m_db.begin()) {
            m_idempotency.forget(account.id, keyText);
            return internalError();
        }
        response = (this->*handler)(account, request, param);
        if (response.status >= 500) {
            m_db.rollback();
            m_idempotency.forget(account.id, keyText);
            return response;
        }
        if (response.status >= 400) {
            // A refusal changes nothing; only its outcome is kept, so a retry gets the same answer.
            m_db.rollback();
            if (!m_db.begin())
                return internalError();
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

// ---------------------------------------------------------------------------------------------
// Attachments

HttpResponse ActionsApi::putAttachment(const Account &account, const HttpRequest &request, const QString &)
{
    const QByteArray mime = mediaType(request.header("content-type"));
    if (mime != "application/pdf" && mime != "image/png" && mime != "image/jpeg")
        return problem(415, u"unsupported-media-type"_s, u"Unsupported media type"_s,
                       u"Attachments must be application/pdf, image/png or image/jpeg."_s);
    if (request.body.isEmpty() || magicType(request.body) != QString::fromLatin1(mime))
        return problem(400, u"invalid-attachment"_s, u"Invalid attachment"_s,
                       u"The content is not a "_s + QString::fromLatin1(mime) + u" file."_s);
    QString filename;
    if (request.headers.contains("x-filename")) {
        const QByteArray raw = QByteArray::fromPercentEncoding(request.header("x-filename"));
        auto toUtf16 = QStringDecoder(QStringDecoder::Utf8);
        filename = toUtf16(raw);
        bool bad = toUtf16.hasError() || filename.trimmed().isEmpty() || filename.size() > 255;
        for (const QChar c : filename)
            bad = bad || c.category() == QChar::Other_Control || c == u'/' || c == u'\\';
        if (bad)
            return invalidRequest(u"X-Filename must be a percent-encoded UTF-8 file name of 1 to 255 characters, "
                                  "without path separators or control characters."_s);
    } else {
        filename = u"attachment"_s
            + (mime == "application/pdf" ? u".pdf"_s : mime == "image/png" ? u".png"_s : u".jpg"_s);
    }
    const QString id = Crypto::randomId(u"att-"_s, 8, false);
    const QString sha = Crypto::sha256Hex(request.body);
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO attachments(id, account, content_type, size, sha256, filename, data, created_at) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(account.id);
    q.addBindValue(QString::fromLatin1(mime));
    q.addBindValue(qint64(request.body.size()));
    q.addBindValue(sha);
    q.addBindValue(filename);
    q.addBindValue(request.body);
    q.addBindValue(nowSeconds());
    if (!q.exec())
        return internalError();
    return jsonResponse(QJsonObject{{u"id"_s, id},
                                    {u"content_type"_s, QString::fromLatin1(mime)},
                                    {u"size"_s, qint64(request.body.size())},
                                    {u"sha256"_s, sha},
                                    {u"filename"_s, filename}},
                        201);
}

// ---------------------------------------------------------------------------------------------
// Field updates

HttpResponse ActionsApi::patchField(const Account &account, const HttpRequest &request, const QString &key)
{
    QJsonObject field;
    for (const QJsonValue &f : m_db.personalFields(account.id))
        if (f[u"key"_s].toString() == key)
            field = f.toObject();
    if (field.isEmpty())
        return notFound(u"There is no personal field '"_s + key + u"'."_s);
    if (!field[u"editable"_s].toBool())
        return problem(403, u"not-editable"_s, u"Not editable"_s,
                       u"You cannot change '"_s + key + u"' yourself; send a correction request instead."_s);
    if (mediaType(request.header("content-type")) != "application/json")
        return problem(415, u"unsupported-media-type"_s, u"Unsupported media type"_s,
                       u"Send the body as application/json."_s);
    const QByteArray ifMatch = request.header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return problem(428, u"precondition-required"_s, u"Precondition required"_s,
                       u"Send If-Match with the ETag of /v1/me/personal you based the change on."_s);
    HttpRequest plain;
    plain.method = "GET";
    plain.path = u"/v1/me/personal"_s;
    const HttpResponse current = m_resources.personal(account.id, plain);
    QByteArray etag;
    for (const auto &h : current.headers)
        if (h.first.compare("ETag", Qt::CaseInsensitive) == 0)
            etag = h.second;
    bool matches = false;
    for (QByteArray candidate : ifMatch.split(',')) {
        candidate = candidate.trimmed();
        // If-Match uses the strong comparison (RFC 9110 13.1.1): a weak tag never matches.
        matches = matches || candidate == "*" || candidate == etag;
    }
    if (!matches)
        return withMembers(problem(412, u"precondition-failed"_s, u"Precondition failed"_s,
                                   u"Your personal details changed since you loaded them; nothing was changed. "
                                   "'current' shows the field as it is now."_s),
                           {{u"current"_s, field}})
            .withHeader("ETag", etag);

    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    if (auto refused = BodyValidation::onlyMembers(body, {u"value"_s}))
        return *refused;
    QString value;
    if (auto refused = BodyValidation::stringMember(body, u"value"_s, true, &value))
        return *refused;
    value = value.trimmed();
    if (key == u"email") {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (value.size() > 254 || !email.match(value).hasMatch())
            return invalidValue(key, u"Enter an email address such as name@example.hk."_s);
    } else if (key == u"mobile") {
        static const QRegularExpression phone(u"^\\+[0-9]{8,15}$"_s);
        QString compact = value;
        compact.remove(u' ').remove(u'-');
        if (value.size() > 32 || !phone.match(compact).hasMatch())
            return invalidValue(key, u"Enter a mobile number starting with + and 8 to 15 digits, e.g. +852 5123 4567."_s);
    } else if (key == u"address") {
        if (value.isEmpty() || value.size() > 500)
            return invalidValue(key, u"The address must be 1 to 500 characters long."_s);
    } else if (value.isEmpty() || value.size() > 256) {
        return invalidValue(key, u"The value must be 1 to 256 characters long."_s);
    }

    const qint64 now = nowSeconds();
    QSqlQuery u(m_db.database());
    u.prepare(u"UPDATE personal_fields SET value=?, updated_at=?, source='you' WHERE account=? AND key=?"_s);
    u.addBindValue(value);
    u.addBindValue(now);
    u.addBindValue(account.id);
    u.addBindValue(key);
    QSqlQuery log(m_db.database());
    log.prepare(u"INSERT INTO field_updates(account, key, old_value, new_value, at) VALUES(?, ?, ?, ?, ?)"_s);
    log.addBindValue(account.id);
    log.addBindValue(key);
    log.addBindValue(field[u"value"_s].toString());
    log.addBindValue(value);
    log.addBindValue(now);
    if (!u.exec() || !log.exec())
        return internalError();
    // Exactly what GET /v1/me/personal now answers, with the same ETag.
    return m_resources.personal(account.id, plain);
}

// ---------------------------------------------------------------------------------------------
// Requests

HttpResponse ActionsApi::postRequest(const Account &account, const HttpRequest &request, const QString &)
{
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    QString type;
    if (auto refused = BodyValidation::stringMember(body, u"type"_s, true, &type))
        return *refused;
    if (!requestTypes.contains(type))
        return invalidRequest(u"Unknown request type '"_s + type + u"'; use one of "_s + requestTypes.join(u", "_s)
                              + u'.');
    QJsonObject summary{{u"type"_s, type}};
    QJsonArray retained;
    const qint64 now = nowSeconds();

    if (type == u"correction") {
        if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"field"_s, u"proposed_value"_s, u"reason"_s, u"attachments"_s}))
            return *r;
        QString field, proposed, reason;
        for (auto [k, out] : {std::pair{u"field"_s, &field}, {u"proposed_value"_s, &proposed}, {u"reason"_s, &reason}})
            if (auto r = BodyValidation::stringMember(body, k, true, out))
                return *r;
        bool known = false;
        for (const QJsonValue &f : m_db.personalFields(account.id))
            known = known || f[u"key"_s].toString() == field;
        if (!known)
            return invalidValue(u"field"_s, u"There is no personal field '"_s + field + u"' to correct."_s);
        if (auto r = BodyValidation::lengthBetween(u"proposed_value"_s, proposed, 1, 500))
            return *r;
        if (auto r = BodyValidation::lengthBetween(u"reason"_s, reason, 1, 2000))
            return *r;
        summary.insert(u"field"_s, field);
        summary.insert(u"proposed_value"_s, proposed.trimmed());
        summary.insert(u"reason"_s, reason.trimmed());
        if (body.contains(u"attachments"_s)) {
            const QJsonValue v = body.value(u"attachments"_s);
            if (!v.isArray())
                return invalidRequest(u"'attachments' must be an array of attachment ids."_s);
            const QJsonArray ids = v.toArray();
            if (ids.size() > 5)
                return invalidValue(u"attachments"_s, u"At most 5 attachments."_s);
            QJsonArray checked;
            for (const QJsonValue &id : ids) {
                if (!id.isString())
                    return invalidRequest(u"'attachments' must be an array of attachment ids."_s);
                QSqlQuery q(m_db.database());
                q.prepare(u"SELECT 1 FROM attachments WHERE id=? AND account=?"_s);
                q.addBindValue(id.toString());
                q.addBindValue(account.id);
                if (!q.exec())
                    return internalError();
                if (!q.next())
                    return invalidValue(u"attachments"_s,
                                        u"'"_s + id.toString() + u"' is not one of your attachments."_s);
                if (checked.contains(id))
                    return invalidValue(u"attachments"_s, u"'"_s + id.toString() + u"' is listed twice."_s);
                checked.append(id);
            }
            summary.insert(u"attachments"_s, checked);
        }
    } else if (type == u"deletion") {
        if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"scope"_s, u"category"_s, u"records"_s, u"range"_s,
                                        u"confirmation"_s}))
            return *r;
        QString scope, confirmation;
        if (auto r = BodyValidation::stringMember(body, u"scope"_s, true, &scope))
            return *r;
        if (auto r = BodyValidation::stringMember(body, u"confirmation"_s, true, &confirmation))
            return *r;
        if (scope != u"account" && scope != u"category" && scope != u"records")
            return invalidValue(u"scope"_s, u"scope must be account, category or records."_s);
        if (confirmation != u"DELETE")
            return invalidValue(u"confirmation"_s, u"Type DELETE to confirm the deletion."_s);
        summary.insert(u"scope"_s, scope);
        const bool hasCategory = body.contains(u"category"_s), hasRecords = body.contains(u"records"_s),
                   hasRange = body.contains(u"range"_s);
        if (scope == u"account") {
            if (hasCategory || hasRecords || hasRange)
                return invalidRequest(u"A whole-account deletion takes no category, records or range."_s);
        } else if (scope == u"category") {
            if (hasRecords || hasRange)
                return invalidRequest(u"A category deletion takes no records or range."_s);
            QString category;
            if (auto r = BodyValidation::stringMember(body, u"category"_s, true, &category))
                return *r;
            if (!categories.contains(category))
                return invalidValue(u"category"_s, u"Unknown category '"_s + category + u"'."_s);
            summary.insert(u"category"_s, category);
        } else {
            if (hasCategory || hasRecords == hasRange)
                return invalidRequest(u"A records deletion takes either 'records' or 'range' (and no 'category')."_s);
            if (hasRecords) {
                const QJsonValue v = body.value(u"records"_s);
                if (!v.isArray())
                    return invalidRequest(u"'records' must be an array of {category, id}."_s);
                const QJsonArray records = v.toArray();
                if (records.isEmpty() || records.size() > 1000)
                    return invalidValue(u"records"_s, u"List 1 to 1000 records."_s);
                QJsonArray checked;
                for (const QJsonValue &rv : records) {
                    if (!rv.isObject())
                        return invalidRequest(u"'records' must be an array of {category, id}."_s);
                    const QJsonObject rec = rv.toObject();
                    if (auto r = BodyValidation::onlyMembers(rec, {u"category"_s, u"id"_s}))
                        return *r;
                    QString category, id;
                    if (auto r = BodyValidation::stringMember(rec, u"category"_s, true, &category))
                        return *r;
                    if (auto r = BodyValidation::stringMember(rec, u"id"_s, true, &id))
                        return *r;
                    if (!categories.contains(category))
                        return invalidValue(u"records"_s, u"Unknown category '"_s + category + u"'."_s);
                    bool exists = false;
                    if (category == u"devices" || category == u"cookies") {
                        for (const QJsonValue &d : m_db.documents(account.id, category))
                            exists = exists || d[u"id"_s].toString() == id;
                    } else if (category == u"registration") {
                        for (const QJsonValue &f : m_db.personalFields(account.id))
                            exists = exists || f[u"key"_s].toString() == id;
                        for (const QJsonValue &d : m_db.documents(account.id, u"payment_methods"_s))
                            exists = exists || d[u"id"_s].toString() == id;
                    } else {
                        bool ok = false;
                        const qint64 eventId = id.toLongLong(&ok);
                        if (ok && eventId > 0) {
                            const auto found = m_events.exists(
                                category == u"server_usage" ? EventKind::Server : EventKind::Domain, account.id, eventId);
                            if (!found)
                                return internalError();
                            exists = *found;
                        }
                    }
                    if (!exists)
                        return invalidValue(u"records"_s, u"You have no "_s + category + u" record '"_s + id + u"'."_s);
                    checked.append(QJsonObject{{u"category"_s, category}, {u"id"_s, id}});
                }
                summary.insert(u"records"_s, checked);
            } else {
                const QJsonValue v = body.value(u"range"_s);
                if (!v.isObject())
                    return invalidRequest(u"'range' must be an object {category, from, to}."_s);
                const QJsonObject range = v.toObject();
                if (auto r = BodyValidation::onlyMembers(range, {u"category"_s, u"from"_s, u"to"_s}))
                    return *r;
                QString category, from, to;
                for (auto [k, out] : {std::pair{u"category"_s, &category}, {u"from"_s, &from}, {u"to"_s, &to}})
                    if (auto r = BodyValidation::stringMember(range, k, true, out))
                        return *r;
                if (category != u"server_usage" && category != u"domain_usage")
                    return invalidValue(u"range"_s, u"A range deletes server_usage or domain_usage events."_s);
                const auto fromMs = parseRfc3339(from), toMs = parseRfc3339(to);
                if (!fromMs || !toMs || *fromMs > *toMs)
                    return invalidValue(u"range"_s, u"'from' and 'to' must be RFC 3339 times with from <= to."_s);
                summary.insert(u"range"_s, QJsonObject{{u"category"_s, category}, {u"from"_s, isoUtc(*fromMs)},
                                                        {u"to"_s, isoUtc(*toMs)}});
            }
        }
        summary.insert(u"confirmation"_s, confirmation);
        retained = retainedFor(account, summary, now);
    } else if (type == u"complaint") {
        if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"kind"_s, u"subject"_s, u"message"_s}))
            return *r;
        QString kind, subject, message;
        for (auto [k, out] : {std::pair{u"kind"_s, &kind}, {u"subject"_s, &subject}, {u"message"_s, &message}})
            if (auto r = BodyValidation::stringMember(body, k, true, out))
                return *r;
        if (kind != u"complaint" && kind != u"suggestion")
            return invalidValue(u"kind"_s, u"kind must be complaint or suggestion."_s);
        if (auto r = BodyValidation::lengthBetween(u"subject"_s, subject, 1, 200))
            return *r;
        if (auto r = BodyValidation::lengthBetween(u"message"_s, message, 1, 5000))
            return *r;
        summary.insert(u"kind"_s, kind);
        summary.insert(u"subject"_s, subject.trimmed());
        summary.insert(u"message"_s, message.trimmed());
    } else if (type == u"cancel_account") {
        if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"reason"_s, u"confirmation"_s}))
            return *r;
        QString reason, confirmation;
        if (auto r = BodyValidation::stringMember(body, u"reason"_s, false, &reason))
            return *r;
        if (auto r = BodyValidation::stringMember(body, u"confirmation"_s, true, &confirmation))
            return *r;
        if (auto r = BodyValidation::lengthBetween(u"reason"_s, reason, 0, 2000))
            return *r;
        if (confirmation != u"CANCEL")
            return invalidValue(u"confirmation"_s, u"Type CANCEL to confirm that you want to close your account."_s);
        summary.insert(u"reason"_s, reason.trimmed());
        summary.insert(u"confirmation"_s, confirmation);
    } else { // export
        if (auto r = BodyValidation::onlyMembers(body, {u"type"_s, u"format"_s}))
            return *r;
        QString format;
        if (auto r = BodyValidation::stringMember(body, u"format"_s, true, &format))
            return *r;
        if (format != u"json")
            return invalidValue(u"format"_s, u"The only export format is json."_s);
        summary.insert(u"format"_s, format);
    }

    RequestRow row;
    row.id = Crypto::randomId(u"R-"_s, 6, true);
    row.account = account.id;
    row.type = type;
    row.status = u"received"_s;
    row.receivedAt = now;
    row.dueAt = addMonths(now, 1);
    row.updatedAt = now;
    row.summary = summary;
    row.retained = retained;
    row.retainedSet = type == u"deletion";
    row.history = QJsonArray{QJsonObject{{u"status"_s, row.status}, {u"at"_s, isoUtc(now)}, {u"note"_s, QJsonValue()}}};
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO requests(id, account, type, status, received_at, due_at, summary, retained, history, "
              "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(row.id);
    q.addBindValue(account.id);
    q.addBindValue(type);
    q.addBindValue(row.status);
    q.addBindValue(now);
    q.addBindValue(row.dueAt);
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    q.addBindValue(row.retainedSet ? QVariant(QString::fromUtf8(QJsonDocument(retained).toJson(QJsonDocument::Compact)))
                                   : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(row.history).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    if (!q.exec())
        return internalError();
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    return Language::negotiated(jsonResponse(requestJson(row, lang), 201), lang)
        .withHeader("Location", "/v1/me/requests/" + row.id.toLatin1());
}

QJsonArray ActionsApi::retainedFor(const Account &account, const QJsonObject &deletion, qint64 now) const
{
    // Policy VI (III): some data must be kept for a while (law, unfinished transactions, disputes);
    // it is then restricted and deleted when the condition ends. Periods: PolicyContent::retention().
    const QString scope = deletion[u"scope"_s].toString();
    QSet<QString> touched; // categories the deletion reaches
    qint64 rangeFrom = 0, rangeTo = std::numeric_limits<qint64>::max();
    QStringList registrationIds, domainIds, serverIds;
    if (scope == u"account") {
        touched = QSet<QString>(categories.begin(), categories.end());
    } else if (scope == u"category") {
        touched.insert(deletion[u"category"_s].toString());
    } else if (deletion.contains(u"range"_s)) {
        const QJsonObject range = deletion[u"range"_s].toObject();
        touched.insert(range[u"category"_s].toString());
        rangeFrom = parseRfc3339(range[u"from"_s].toString()).value_or(0);
        rangeTo = parseRfc3339(range[u"to"_s].toString()).value_or(rangeTo);
    } else {
        for (const QJsonValue &r : deletion[u"records"_s].toArray()) {
            const QString c = r[u"category"_s].toString(), id = r[u"id"_s].toString();
            if (c == u"registration")
                registrationIds << id;
            else if (c == u"domain_usage")
                domainIds << id;
            else if (c == u"server_usage")
                serverIds << id;
        }
        if (!registrationIds.isEmpty())
            touched.insert(u"registration"_s);
        if (!domainIds.isEmpty())
            touched.insert(u"domain_usage"_s);
        if (!serverIds.isEmpty())
            touched.insert(u"server_usage"_s);
    }
    const bool wholeCategories = scope != u"records" || deletion.contains(u"range"_s);
    QJsonArray out;
    // The stored detail is English; requestJson shows it in the reader's language.
    const auto keep = [&out](const QString &category, const QString &reason, qint64 until) {
        out.append(QJsonObject{{u"category"_s, category}, {u"reason"_s, reason}, {u"until"_s, isoUtc(until)},
                               {u"detail"_s, PolicyContent::retainedDetail(category, reason, Lang::En)}});
    };
    QSqlDatabase db = m_db.database();

    if (touched.contains(u"registration"_s)) {
        // Name, postal address and payment methods appear on invoices: business and tax records are
        // kept for three years after the account closes (retention: registration P3Y, legal obligation).
        bool billing = wholeCategories;
        for (const QString &id : registrationIds)
            billing = billing || id == u"name" || id == u"address" || id.startsWith(u"pm-");
        if (billing)
            keep(u"registration"_s, u"legal_obligation"_s, addYears(now, 3));
        // An open complaint is a dispute we still have to settle (policy VI (III)).
        QSqlQuery q(db);
        q.prepare(u"SELECT MAX(COALESCE(extended_due_at, due_at)) FROM requests WHERE account=? AND type='complaint' "
                  "AND status IN ('received','in_review','needs_info') AND summary LIKE '%\"kind\":\"complaint\"%'"_s);
        q.addBindValue(account.id);
        if (q.exec() && q.next() && !q.value(0).isNull())
            keep(u"registration"_s, u"dispute"_s, q.value(0).toLongLong());
    }
    if (touched.contains(u"domain_usage"_s)) {
        // Registrations, purchases, renewals and transfers are orders: kept 7 years after completion
        // (retention: domain_usage P7Y from order_completed). Searches and DNS changes are deleted.
        EventSelection selection;
        selection.byId = !wholeCategories;
        for (const QString &id : domainIds)
            selection.ids << id.toLongLong();
        selection.from = rangeFrom;
        selection.to = rangeTo;
        if (const auto order = m_events.latestDomainOrderAt(account.id, selection))
            keep(u"domain_usage"_s, u"legal_obligation"_s, addYears(*order, 7));
        if (const auto purchase = m_events.latestDomainPurchaseAt(account.id, now - 30 * DayMs, selection))
            keep(u"domain_usage"_s, u"open_order"_s, *purchase + 30 * DayMs);
    }
    if (touched.contains(u"server_usage"_s)) {
        // Usage of the current month is what this month's bill is made from: kept until it is billed.
        const qint64 monthStart = startOfMonth(now);
        bool current = false;
        if (wholeCategories) {
            const auto newest = m_events.newestLoginAt(account.id);
            current = newest && *newest >= monthStart && rangeTo >= monthStart;
        } else {
            for (const QString &id : serverIds) {
                const auto login = m_events.loginAt(account.id, id.toLongLong());
                current = current || (login && *login >= monthStart);
            }
        }
        if (current)
            keep(u"server_usage"_s, u"open_order"_s, addMonths(monthStart, 1) + 14 * DayMs);
    }
    return out;
}

std::optional<ActionsApi::RequestRow> ActionsApi::loadRequest(const QString &id, std::optional<qint64> account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT seq, account, id, type, status, received_at, due_at, extended_due_at, extension_reason, "
              "status_reason, summary, retained, history, export_ready, updated_at FROM requests WHERE id=?"_s
              + (account ? u" AND account=?"_s : QString()));
    q.addBindValue(id);
    if (account)
        q.addBindValue(*account);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RequestRow r;
    r.seq = q.value(0).toLongLong();
    r.account = q.value(1).toLongLong();
    r.id = q.value(2).toString();
    r.type = q.value(3).toString();
    r.status = q.value(4).toString();
    r.receivedAt = q.value(5).toLongLong();
    r.dueAt = q.value(6).toLongLong();
    r.extendedDueAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    r.extensionReason = q.value(8).isNull() ? QString() : q.value(8).toString();
    r.statusReason = q.value(9).isNull() ? QString() : q.value(9).toString();
    r.summary = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    r.retainedSet = !q.value(11).isNull();
    r.retained = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
    r.history = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
    r.exportReady = q.value(13).toBool();
    r.updatedAt = q.value(14).toLongLong();
    return r;
}

bool ActionsApi::saveRequestState(const RequestRow &row)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE requests SET status=?, extended_due_at=?, extension_reason=?, status_reason=?, history=?, "
              "export_ready=?, updated_at=? WHERE id=?"_s);
    q.addBindValue(row.status);
    q.addBindValue(row.extendedDueAt > 0 ? QVariant(row.extendedDueAt) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(row.extensionReason.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(row.extensionReason));
    q.addBindValue(row.statusReason.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(row.statusReason));
    q.addBindValue(QString::fromUtf8(QJsonDocument(row.history).toJson(QJsonDocument::Compact)));
    q.addBindValue(row.exportReady ? 1 : 0);
    q.addBindValue(row.updatedAt);
    q.addBindValue(row.id);
    return q.exec() && q.numRowsAffected() == 1;
}

QJsonObject ActionsApi::requestJson(const RequestRow &row, Lang lang)
{
    // The provider's own notes carry a note_key and are shown in `lang`; notes staff typed are shown
    // as they wrote them. The key itself stays inside the provider.
    QJsonArray history;
    for (const QJsonValue &v : row.history) {
        QJsonObject entry = v.toObject();
        QString key = entry.take(u"note_key"_s).toString();
        // Databases written before notes had keys hold the English text only: it is the same note.
        const QString cancelled = u"cancelled_by_you"_s;
        if (key.isEmpty() && entry.value(u"note"_s).toString() == PolicyContent::requestNote(cancelled, Lang::En))
            key = cancelled;
        if (!key.isEmpty())
            if (const QString note = PolicyContent::requestNote(key, lang); !note.isNull())
                entry.insert(u"note"_s, note);
        history.append(entry);
    }
    QJsonObject o{{u"id"_s, row.id},
                  {u"type"_s, row.type},
                  {u"status"_s, row.status},
                  {u"received_at"_s, isoUtc(row.receivedAt)},
                  {u"due_at"_s, isoUtc(row.dueAt)},
                  {u"extended_due_at"_s, timeOrNull(row.extendedDueAt)},
                  {u"extension_reason"_s, stringOrNull(row.extensionReason)},
                  {u"status_reason"_s, stringOrNull(row.statusReason)},
                  {u"updated_at"_s, isoUtc(row.updatedAt)},
                  {u"summary"_s, row.summary},
                  {u"history"_s, history},
                  {u"export_ready"_s, row.exportReady}};
    if (row.type == u"deletion") {
        QJsonArray retained;
        for (const QJsonValue &v : row.retained) {
            QJsonObject item = v.toObject();
            const QString detail = PolicyContent::retainedDetail(item.value(u"category"_s).toString(),
                                                                 item.value(u"reason"_s).toString(), lang);
            if (!detail.isNull())
                item.insert(u"detail"_s, detail);
            retained.append(item);
        }
        o.insert(u"retained"_s, retained);
    }
    return o;
}

HttpResponse ActionsApi::listRequests(const Account &account, const FormData &query, Lang lang)
{
    int limit = 1000;
    if (query.has(u"limit"_s)) {
        static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
        const QString text = query.value(u"limit"_s);
        limit = digits.match(text).hasMatch() ? text.toInt() : -1;
        if (limit < 1 || limit > 5000)
            return problem(400, u"invalid-limit"_s, u"Invalid limit"_s, u"limit must be a whole number from 1 to 5000."_s);
    }
    qint64 after = 0;
    const QString cursor = query.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const auto parsed = m_resources.parseCursor(cursor, account.accountId, u"requests"_s);
        if (!parsed)
            return problem(400, u"invalid-cursor"_s, u"Invalid cursor"_s,
                           u"The cursor is malformed or was not issued for this collection of this account."_s);
        after = *parsed;
    }
    qint64 since = 0;
    if (query.has(u"updated_since"_s)) {
        const auto t = parseRfc3339(query.value(u"updated_since"_s));
        if (!t)
            return invalidRequest(u"updated_since must be an RFC 3339 time, e.g. 2025-11-03T14:05:00Z."_s);
        since = *t;
    }
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT id FROM requests WHERE account=? AND seq>? AND updated_at>=? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(account.id);
    q.addBindValue(after);
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return internalError();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    const bool hasMore = ids.size() > limit;
    if (hasMore)
        ids.removeLast();
    QJsonArray items;
    qint64 last = after;
    for (const QString &id : ids) {
        const auto row = loadRequest(id, account.id);
        if (!row)
            return internalError();
        items.append(requestJson(*row, lang));
        last = row->seq;
    }
    return Language::negotiated(
        jsonResponse(QJsonObject{{u"items"_s, items},
                                 {u"next_cursor"_s, m_resources.makeCursor(account.accountId, u"requests"_s, last)},
                                 {u"has_more"_s, hasMore}}),
        lang);
}

HttpResponse ActionsApi::getRequest(const Account &account, const QString &id, Lang lang)
{
    const auto row = loadRequest(id, account.id);
    if (!row)
        return notFound(u"You have no request "_s + id + u'.');
    return Language::negotiated(jsonResponse(requestJson(*row, lang)), lang);
}

HttpResponse ActionsApi::cancelRequest(const Account &account, const HttpRequest &request, const QString &id)
{
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body, true))
        return *refused;
    if (auto refused = BodyValidation::onlyMembers(body, {}))
        return *refused;
    auto row = loadRequest(id, account.id);
    if (!row)
        return notFound(u"You have no request "_s + id + u'.');
    if (row->status != u"received")
        return withMembers(problem(409, u"cannot-cancel"_s, u"Cannot cancel"_s,
                                   u"Only a request we have not started on (status received) can be cancelled; this "
                                   "one is "_s + row->status + u'.'),
                           {{u"request"_s, requestJson(*row, Lang::En)}}); // a problem is English throughout
    const qint64 now = nowSeconds();
    row->status = u"cancelled"_s;
    row->updatedAt = now;
    row->history.append(QJsonObject{{u"status"_s, row->status}, {u"at"_s, isoUtc(now)},
                                    {u"note"_s, PolicyContent::requestNote(u"cancelled_by_you"_s, Lang::En)},
                                    {u"note_key"_s, u"cancelled_by_you"_s}});
    if (!saveRequestState(*row))
        return internalError();
    const Lang lang = Language::fromAcceptLanguage(request.header("accept-language"));
    return Language::negotiated(jsonResponse(requestJson(*row, lang)), lang);
}

HttpResponse ActionsApi::exportDocument(const Account &account, const QString &id, Lang lang)
{
    const auto row = loadRequest(id, account.id);
    if (!row || row->type != u"export")
        return notFound(u"You have no export request "_s + id + u'.');
    if (!row->exportReady)
        return problem(409, u"export-not-ready"_s, u"Export not ready"_s,
                       u"The export is still being prepared; it is ready when the request shows export_ready."_s);
    QSqlDatabase db = m_db.database();
    HttpRequest plain;
    plain.method = "GET";
    plain.path = u"/v1/me/personal"_s;
    const QJsonObject personal = QJsonDocument::fromJson(m_resources.personal(account.id, plain).body).object();
    const QJsonObject me = QJsonDocument::fromJson(m_resources.me(account.id).body).object();

    // Usage logs can be huge (bob: a million server events): up to FullLogLimit events per kind are
    // included in full; above that the total plus the most recent RecentEvents.
    constexpr qint64 FullLogLimit = 5000;
    constexpr int RecentEvents = 1000;
    QJsonObject usage;
    for (const EventKind kind : {EventKind::Server, EventKind::Domain}) {
        const qint64 total = m_events.count(kind, account.id);
        const qint64 maxId = m_events.maxId(kind, account.id);
        const bool complete = total <= FullLogLimit;
        const int limit = int(complete ? qMax<qint64>(1, total) : RecentEvents);
        const qint64 after = complete ? 0 : qMax<qint64>(0, maxId - RecentEvents);
        const EventPage page = m_events.page(kind, account.id, after, limit);
        const QJsonArray items = QJsonDocument::fromJson(page.itemsJson).array();
        usage.insert(kind == EventKind::Server ? u"servers"_s : u"domains"_s,
                     QJsonObject{{u"total"_s, total},
                                 {u"included"_s, items.size()},
                                 {u"complete"_s, complete},
                                 {u"items"_s, items}});
    }
    QJsonArray attachments;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT id, content_type, size, sha256, filename, created_at FROM attachments WHERE account=? "
                  "ORDER BY created_at, id"_s);
        q.addBindValue(account.id);
        if (q.exec())
            while (q.next())
                attachments.append(QJsonObject{{u"id"_s, q.value(0).toString()}, {u"content_type"_s, q.value(1).toString()},
                                               {u"size"_s, q.value(2).toLongLong()}, {u"sha256"_s, q.value(3).toString()},
                                               {u"filename"_s, q.value(4).toString()},
                                               {u"uploaded_at"_s, isoUtc(q.value(5).toLongLong())}});
    }
    QJsonArray fieldUpdates;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT key, old_value, new_value, at FROM field_updates WHERE account=? ORDER BY seq"_s);
        q.addBindValue(account.id);
        if (q.exec())
            while (q.next())
                fieldUpdates.append(QJsonObject{{u"key"_s, q.value(0).toString()}, {u"old_value"_s, q.value(1).toString()},
                                                {u"new_value"_s, q.value(2).toString()},
                                                {u"at"_s, isoUtc(q.value(3).toLongLong())}});
    }
    QJsonArray requests;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT id FROM requests WHERE account=? ORDER BY seq"_s);
        q.addBindValue(account.id);
        QStringList ids;
        if (q.exec())
            while (q.next())
                ids << q.value(0).toString();
        for (const QString &rid : ids)
            if (const auto r = loadRequest(rid, account.id))
                requests.append(requestJson(*r, lang));
    }
    const QJsonObject doc{
        {u"format"_s, u"json"_s},
        {u"request_id"_s, row->id},
        {u"generated_at"_s, isoUtc(nowSeconds())},
        {u"about"_s, PolicyContent::exportAbout(lang)},
        {u"account"_s, me},
        {u"personal"_s, personal},
        {u"devices"_s, m_db.documents(account.id, u"devices"_s)},
        {u"cookies"_s, m_db.documents(account.id, u"cookies"_s)},
        {u"consents"_s, consentState(account, lang)},
        {u"consent_receipts"_s, receiptItems(account.id)},
        {u"requests"_s, requests},
        {u"attachments"_s, attachments},
        {u"field_updates"_s, fieldUpdates},
        {u"usage"_s, usage},
        {u"purposes"_s, PolicyContent::purposes().value(u"items"_s)},
        {u"sharing"_s, PolicyContent::sharing(lang).value(u"items"_s)},
        {u"retention"_s, PolicyContent::retention().value(u"items"_s)},
    };
    return Language::negotiated(jsonResponse(doc), lang)
        .withHeader("Content-Disposition", "attachment; filename=\"privacy-export-" + row->id.toLatin1() + ".json\"");
}

// ---------------------------------------------------------------------------------------------
// Consents

bool ActionsApi::ensureConsents(const Account &account)
{
    for (const QString &purpose : consentPurposes) {
        QSqlQuery q(m_db.database());
        q.prepare(u"INSERT OR IGNORE INTO consents(account, purpose, granted, changed_at) VALUES(?, ?, ?, NULL)"_s);
        q.addBindValue(account.id);
        q.addBindValue(purpose);
        q.addBindValue(defaultConsent(account.username, purpose) ? 1 : 0);
        if (!q.exec())
            return false;
    }
    return true;
}

QJsonObject ActionsApi::consentState(const Account &account, Lang lang) const
{
    QJsonArray items;
    for (const QString &purpose : consentPurposes) {
        QSqlQuery q(m_db.database());
        q.prepare(u"SELECT granted, changed_at FROM consents WHERE account=? AND purpose=?"_s);
        q.addBindValue(account.id);
        q.addBindValue(purpose);
        bool granted = defaultConsent(account.username, purpose);
        qint64 changed = 0;
        if (q.exec() && q.next()) {
            granted = q.value(0).toBool();
            changed = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        }
        items.append(QJsonObject{{u"purpose"_s, purpose}, {u"granted"_s, granted},
                                 {u"changed_at"_s, timeOrNull(changed)}, {u"affects"_s, PolicyContent::consentAffects(purpose, lang)}});
    }
    return {{u"policy_version"_s, QString::fromLatin1(PolicyContent::Version)}, {u"items"_s, items}};
}

QJsonArray ActionsApi::receiptItems(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT id, purpose, granted, at, policy_version FROM consent_receipts WHERE account=? ORDER BY seq"_s);
    q.addBindValue(account);
    QJsonArray items;
    if (q.exec())
        while (q.next())
            items.append(QJsonObject{{u"id"_s, q.value(0).toString()}, {u"purpose"_s, q.value(1).toString()},
                                     {u"granted"_s, q.value(2).toBool()}, {u"at"_s, isoUtc(q.value(3).toLongLong())},
                                     {u"policy_version"_s, q.value(4).toString()}});
    return items;
}

HttpResponse ActionsApi::consents(const Account &account, Lang lang)
{
    return Language::negotiated(jsonResponse(consentState(account, lang)), lang);
}

HttpResponse ActionsApi::receipts(const Account &account)
{
    return jsonResponse(QJsonObject{{u"items"_s, receiptItems(account.id)}});
}

HttpResponse ActionsApi::putConsent(const Account &account, const HttpRequest &request, const QString &purpose)
{
    if (!consentPurposes.contains(purpose))
        return notFound(u"There is no consent purpose '"_s + purpose + u"'."_s);
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body))
        return *refused;
    if (auto refused = BodyValidation::onlyMembers(body, {u"granted"_s, u"policy_version"_s}))
        return *refused;
    if (!body.value(u"granted"_s).isBool())
        return invalidRequest(u"The member 'granted' is required and must be true or false."_s);
    QString version;
    if (auto refused = BodyValidation::stringMember(body, u"policy_version"_s, true, &version))
        return *refused;
    if (version != QString::fromLatin1(PolicyContent::Version))
        return invalidValue(u"policy_version"_s, u"Consent is given under the current policy, version "_s
                                                     + QString::fromLatin1(PolicyContent::Version)
                                                     + u"; read it again and confirm."_s);
    const bool granted = body.value(u"granted"_s).toBool();
    const qint64 now = nowSeconds();
    if (!ensureConsents(account))
        return internalError();
    QSqlQuery u(m_db.database());
    u.prepare(u"UPDATE consents SET granted=?, changed_at=? WHERE account=? AND purpose=?"_s);
    u.addBindValue(granted ? 1 : 0);
    u.addBindValue(now);
    u.addBindValue(account.id);
    u.addBindValue(purpose);
    const QString id = Crypto::randomId(u"CR-"_s, 6, true);
    QSqlQuery r(m_db.database());
    r.prepare(u"INSERT INTO consent_receipts(id, account, purpose, granted, at, policy_version) VALUES(?, ?, ?, ?, ?, ?)"_s);
    r.addBindValue(id);
    r.addBindValue(account.id);
    r.addBindValue(purpose);
    r.addBindValue(granted ? 1 : 0);
    r.addBindValue(now);
    r.addBindValue(version);
    if (!u.exec() || !r.exec())
        return internalError();
    return jsonResponse(QJsonObject{{u"id"_s, id}, {u"purpose"_s, purpose}, {u"granted"_s, granted},
                                    {u"at"_s, isoUtc(now)}, {u"policy_version"_s, version}});
}

// ---------------------------------------------------------------------------------------------
// Test hooks

HttpResponse ActionsApi::testEffects(const FormData &query)
{
    if (!query.has(u"account"_s))
        return invalidRequest(u"account is required."_s);
    const auto account = m_db.accountByUsername(query.value(u"account"_s));
    if (!account)
        return notFound(u"No such account."_s);
    QSqlDatabase db = m_db.database();
    return jsonResponse(QJsonObject{{u"requests"_s, countRows(db, u"requests"_s, account->id)},
                                    {u"field_updates"_s, countRows(db, u"field_updates"_s, account->id)},
                                    {u"consent_changes"_s, countRows(db, u"consent_receipts"_s, account->id)},
                                    {u"attachments"_s, countRows(db, u"attachments"_s, account->id)},
                                    {u"replays"_s, m_replays.value(account->id)}});
}

HttpResponse ActionsApi::testRequestStatus(const QString &id, const FormData &query)
{
    auto row = loadRequest(id, std::nullopt);
    if (!row)
        return notFound(u"No such request."_s);
    const bool hasStatus = query.has(u"status"_s), hasExtension = query.has(u"extend_reason"_s);
    if (!hasStatus && !hasExtension && !query.has(u"status_reason"_s))
        return invalidRequest(u"Give status (and optionally note, status_reason), or extend_reason."_s);
    const qint64 now = nowSeconds();
    if (hasStatus) {
        const QString status = query.value(u"status"_s);
        if (!requestStatuses.contains(status))
            return invalidRequest(u"status must be one of "_s + requestStatuses.join(u", "_s) + u'.');
        row->status = status;
        const QString note = query.value(u"note"_s);
        row->history.append(QJsonObject{{u"status"_s, status}, {u"at"_s, isoUtc(now)},
                                        {u"note"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note)}});
        if (status == u"completed" && row->type == u"export")
            row->exportReady = true;
    }
    if (query.has(u"status_reason"_s)) {
        const QString reason = query.value(u"status_reason"_s);
        row->statusReason = reason.isEmpty() ? QString() : reason;
    }
    if (hasExtension) {
        // The contract allows extending the one-month deadline by up to two further months, with a reason.
        int months = 2;
        if (query.has(u"extend_months"_s)) {
            months = query.value(u"extend_months"_s) == u"1" ? 1 : query.value(u"extend_months"_s) == u"2" ? 2 : 0;
            if (months == 0)
                return invalidRequest(u"extend_months must be 1 or 2."_s);
        }
        const QString reason = query.value(u"extend_reason"_s);
        if (reason.trimmed().isEmpty())
            return invalidRequest(u"extend_reason must say why the deadline is extended."_s);
        row->extendedDueAt = addMonths(row->dueAt, months);
        row->extensionReason = reason;
    }
    row->updatedAt = now;
    if (!m_db.begin())
        return internalError();
    if (!saveRequestState(*row) || !m_db.commit()) {
        m_db.rollback();
        return internalError();
    }
    return jsonResponse(requestJson(*row, Lang::En));
}

} // namespace pd::provider
