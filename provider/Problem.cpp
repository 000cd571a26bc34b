// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.h"

#include <QDateTime>
#include <QStringDecoder>

#include <chrono>
#include <cstdio>

namespace pd::provider {

using namespace Qt::StringLiterals;

HttpResponse problem(int status, const QString &slug, const QString &title, const QString &detail,
                     const QString &oauthError)
{
    QJsonObject o{{u"type"_s, QString(u"/problems/"_s + slug)}, {u"title"_s, title}, {u"status"_s, status}};
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    if (!oauthError.isEmpty()) {
        o.insert(u"error"_s, oauthError);
        if (!detail.isEmpty())
            o.insert(u"error_description"_s, detail);
    }
    HttpResponse r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    // Problem titles and details are written for developers and are English only; clients show
    // their own words for each `type`.
    r.withHeader("Content-Language", "en");
    if (status == 401 && slug == u"invalid-token")
        r.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}

HttpResponse jsonResponse(const QJsonObject &object, int status)
{
    return jsonResponse(QJsonDocument(object), status);
}

HttpResponse jsonResponse(const QJsonDocument &document, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

FormData parseUrlEncoded(const QByteArray &data)
{
    FormData form;
    const auto decode = [&form](QByteArray part) {
        part.replace('+', ' ');
        const QByteArray raw = QByteArray::fromPercentEncoding(part);
        auto toUtf16 = QStringDecoder(QStringDecoder::Utf8);
        QString s = toUtf16(raw);
        if (toUtf16.hasError())
            form.malformed = true;
        return s;
    };
    for (const QByteArray &piece : data.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QString key = decode(eq < 0 ? piece : piece.left(eq));
        const QString value = eq < 0 ? QString() : decode(piece.mid(eq + 1));
        if (key.isEmpty())
            continue;
        if (form.has(key))
            form.duplicate = true;
        form.items.append({key, value});
    }
    return form;
}

std::optional<HttpResponse> checkQuery(const FormData &query, std::initializer_list<const char16_t *> allowed)
{
    if (query.malformed)
        return problem(400, u"invalid-request"_s, u"Malformed query string"_s,
                       u"The query string is not valid UTF-8."_s);
    for (const auto &kv : query.items) {
        bool known = false;
        for (const char16_t *a : allowed)
            known = known || kv.first == QStringView(a);
        if (!known)
            return problem(400, u"unknown-parameter"_s, u"Unknown query parameter"_s,
                           u"This endpoint does not accept the parameter '"_s + kv.first + u"'."_s);
    }
    if (query.duplicate)
        return problem(400, u"invalid-request"_s, u"Repeated query parameter"_s,
                       u"A query parameter was given more than once."_s);
    return std::nullopt;
}

QString isoUtc(qint64 msecsSinceEpoch)
{
    return QString::fromLatin1(isoUtcBytes(msecsSinceEpoch));
}

QByteArray isoUtcBytes(qint64 msecsSinceEpoch)
{
    using namespace std::chrono;
    const auto tp = sys_time<milliseconds>(milliseconds(msecsSinceEpoch));
    const auto day = floor<days>(tp);
    const year_month_day ymd(day);
    const hh_mm_ss<seconds> hms(floor<seconds>(tp - day));
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                                unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                                int(hms.minutes().count()), int(hms.seconds().count()));
    return QByteArray(buf, n);
}

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace pd::provider
