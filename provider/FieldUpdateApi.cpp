// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldUpdateApi.h"

#include "BodyValidation.h"
#include "Calendar.h"
#include "Limits.h"
#include "MediaType.h"
#include "Problem.h"
#include "ProviderDb.h"
#include "ResourceApi.h"

#include <QRegularExpression>

namespace pd::provider {

using namespace Qt::StringLiterals;

FieldUpdateApi::FieldUpdateApi(ProviderDb &db, ResourceApi &resources)
    : m_db(db)
    , m_resources(resources)
    , m_log(db)
{
}

HttpResponse FieldUpdateApi::patch(const Account &account, const HttpRequest &request, const QString &key)
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
    const HttpResponse current = m_resources.personal(account.id);
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
    if (auto refused = checkValue(key, value))
        return *refused;

    const qint64 now = nowSeconds();
    if (!m_db.updatePersonalField(account.id, key, value, u"you"_s, now)
        || !m_log.record(account.id, key, field[u"value"_s].toString(), value, now))
        return internalError();
    // Exactly what GET /v1/me/personal now answers, with the same ETag.
    return m_resources.personal(account.id);
}

std::optional<HttpResponse> FieldUpdateApi::checkValue(const QString &key, const QString &value)
{
    using namespace pd::limits;
    if (key == u"email") {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (value.size() > kEmailMax || !email.match(value).hasMatch())
            return invalidValue(key, u"Enter an email address such as name@example.hk."_s);
    } else if (key == u"mobile") {
        static const QRegularExpression phone(u"^\\+[0-9]{%1,%2}$"_s.arg(kMobileDigitsMin).arg(kMobileDigitsMax));
        QString compact = value;
        compact.remove(u' ').remove(u'-');
        if (value.size() > kMobileMax || !phone.match(compact).hasMatch())
            return invalidValue(key, u"Enter a mobile number starting with + and %1 to %2 digits, e.g. +852 5123 4567."_s
                                         .arg(kMobileDigitsMin)
                                         .arg(kMobileDigitsMax));
    } else if (key == u"address") {
        if (value.isEmpty() || value.size() > kAddressMax)
            return invalidValue(key, u"The address must be 1 to %1 characters long."_s.arg(kAddressMax));
    } else if (value.isEmpty() || value.size() > kFieldValueMax) {
        return invalidValue(key, u"The value must be 1 to %1 characters long."_s.arg(kFieldValueMax));
    }
    return std::nullopt;
}

} // namespace pd::provider
