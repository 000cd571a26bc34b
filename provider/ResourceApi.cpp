// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceApi.h"

#include "Crypto.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "Problem.h"
#include "Rfc3339.h"

#include <QRegularExpression>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

HttpResponse cannotRead()
{
    return problem(500, u"internal"_s, u"Internal error"_s, u"The provider could not read its database."_s);
}

} // namespace

ResourceApi::ResourceApi(ProviderDb &db)
    : m_db(db)
    , m_events(db)
{
}

HttpResponse ResourceApi::me(qint64 account) const
{
    const auto a = m_db.accountById(account);
    if (!a)
        return cannotRead();
    QJsonObject o{{u"account_id"_s, a->accountId},
                  {u"username"_s, a->username},
                  {u"display_name"_s, a->displayName},
                  {u"role"_s, a->role},
                  {u"policy_version_accepted"_s, a->policyVersionAccepted}};
    // docs/api/staff.md: staff see the pseudonym customers know them by; a customer whose
    // cancellation was completed sees when the account closes.
    if (a->isStaff())
        o.insert(u"staff_pseudonym"_s, a->staffPseudonym);
    if (a->closesAt > 0)
        o.insert(u"closes_at"_s, isoUtc(a->closesAt));
    if (a->erasedAt > 0)
        o.insert(u"erased_at"_s, isoUtc(a->erasedAt));
    return jsonResponse(o);
}

HttpResponse ResourceApi::personal(qint64 account) const
{
    HttpRequest plain;
    plain.method = "GET";
    plain.path = u"/v1/me/personal"_s;
    return personal(account, plain);
}

HttpResponse ResourceApi::personal(qint64 account, const HttpRequest &request) const
{
    const auto a = m_db.accountById(account);
    if (!a)
        return cannotRead();
    HttpResponse r = jsonResponse(QJsonObject{{u"fields"_s, m_db.personalFields(account)},
                                              {u"password_changed_at"_s, isoUtc(a->passwordChangedAt)},
                                              {u"payment_methods"_s, m_db.documents(account, u"payment_methods"_s)}});
    // A strong validator: the hash of exactly the bytes we would send.
    const QByteArray etag = '"' + Crypto::sha256Hex(r.body).left(32).toLatin1() + '"';
    r.withHeader("ETag", etag).withHeader("Cache-Control", "private, no-cache");
    const QByteArray inm = request.header("if-none-match");
    if (!inm.isEmpty()) {
        for (QByteArray candidate : inm.split(',')) {
            candidate = candidate.trimmed();
            if (candidate.startsWith("W/"))
                candidate = candidate.mid(2);
            if (candidate == "*" || candidate == etag) {
                HttpResponse notModified;
                notModified.status = 304;
                notModified.headers = r.headers;
                return notModified;
            }
        }
    }
    return r;
}

QString ResourceApi::makeCursor(const QString &accountId, const QString &collection, qint64 lastId) const
{
    const QByteArray payload = accountId.toUtf8() + ':' + collection.toUtf8() + ':' + QByteArray::number(lastId);
    const QByteArray mac = Crypto::base64Url(Crypto::hmacSha256(m_db.cursorKey(), payload));
    return QString::fromLatin1(Crypto::base64Url(payload + ':' + mac));
}

std::optional<qint64> ResourceApi::parseCursor(const QString &cursor, const QString &accountId,
                                               const QString &collection) const
{
    if (cursor.size() > 512)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4)
        return std::nullopt;
    const QByteArray payload = parts[0] + ':' + parts[1] + ':' + parts[2];
    const QByteArray expected = Crypto::base64Url(Crypto::hmacSha256(m_db.cursorKey(), payload));
    if (!Crypto::constantTimeEquals(parts[3], expected))
        return std::nullopt;
    if (QString::fromUtf8(parts[0]) != accountId || QString::fromUtf8(parts[1]) != collection)
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts[2].toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return id;
}

std::optional<HttpResponse> ResourceApi::readPaging(const FormData &query, const QString &accountId,
                                                    const QString &collection, int *limit, qint64 *after) const
{
    using namespace pd::limits;
    *limit = kPageSizeDefault;
    if (query.has(u"limit"_s)) {
        static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
        const QString text = query.value(u"limit"_s);
        const int value = digits.match(text).hasMatch() ? text.toInt() : -1;
        if (value < kPageSizeMin || value > kPageSizeMax)
            return problem(400, u"invalid-limit"_s, u"Invalid limit"_s,
                           u"limit must be a whole number from %1 to %2."_s.arg(kPageSizeMin).arg(kPageSizeMax));
        *limit = value;
    }
    *after = 0;
    // An empty cursor is the same as none: a client that has never synced may send "cursor=".
    const QString cursor = query.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const auto parsed = parseCursor(cursor, accountId, collection);
        if (!parsed)
            return problem(400, u"invalid-cursor"_s, u"Invalid cursor"_s,
                           u"The cursor is malformed or was not issued for this collection of this account."_s);
        *after = *parsed;
    }
    return std::nullopt;
}

HttpResponse ResourceApi::events(EventKind kind, qint64 account, const FormData &query) const
{
    const auto a = m_db.accountById(account);
    if (!a)
        return cannotRead();
    const QString collection = kind == EventKind::Server ? u"servers"_s : u"domains"_s;

    int limit = 0;
    qint64 after = 0;
    if (auto refused = readPaging(query, a->accountId, collection, &limit, &after))
        return *refused;
    const EventPage page = m_events.page(kind, account, after, limit);
    if (page.itemsJson.isEmpty())
        return cannotRead();
    HttpResponse r;
    r.contentType = "application/json";
    r.body.reserve(page.itemsJson.size() + 200);
    r.body += "{\"items\":" + page.itemsJson + ",\"next_cursor\":\""
        + makeCursor(a->accountId, collection, page.lastId).toLatin1() + "\",\"has_more\":"
        + (page.hasMore ? "true" : "false") + '}';
    return r;
}

HttpResponse ResourceApi::documents(qint64 account, const QString &collection) const
{
    return jsonResponse(QJsonObject{{u"items"_s, m_db.documents(account, collection)}});
}

} // namespace pd::provider
