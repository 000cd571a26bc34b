// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestHead.h"

#include "Limits.h"
#include "Problem.h"

#include <QUrl>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 400: return "Bad Request";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

/// Where a request starts: past the blank lines a previous request may have left (QtHttpServer skips them).
qsizetype firstLine(QByteArrayView data)
{
    qsizetype start = 0;
    while (start < data.size() && (data[start] == '\r' || data[start] == '\n'))
        ++start;
    return start;
}

} // namespace

qsizetype RequestHeadParser::headEnd(QByteArrayView data)
{
    for (qsizetype i = firstLine(data); i < data.size(); ++i) {
        if (data[i] != '\n')
            continue;
        if (i + 1 < data.size() && data[i + 1] == '\n')
            return i + 2;
        if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

std::optional<HttpResponse> RequestHeadParser::check(QByteArrayView head, const BodyLimitFor &limitFor,
                                                     RequestHead *out)
{
    const auto bad = [](const QString &detail) { return invalidRequest(detail); };
    QList<QByteArrayView> lines;
    qsizetype from = firstLine(head);
    for (qsizetype i = from; i < head.size(); ++i) {
        if (head[i] != '\n')
            continue;
        QByteArrayView line = head.sliced(from, i - from);
        if (line.endsWith('\r'))
            line.chop(1);
        from = i + 1;
        if (line.isEmpty())
            break;
        lines.append(line);
    }
    if (lines.isEmpty())
        return bad(u"The request line is missing."_s);
    if (lines.size() - 1 > pd::limits::kHeaderFieldsMax)
        return problem(431, u"header-fields-too-large"_s, u"Request header fields too large"_s,
                       u"At most "_s + QString::number(pd::limits::kHeaderFieldsMax) + u" header fields."_s);

    // "METHOD SP target SP HTTP/1.x", one space each, as QtHttpServer splits it.
    const QList<QByteArray> parts = lines.first().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1."))
        return bad(u"The request line must be METHOD, target and HTTP/1.x separated by single spaces."_s);
    out->method = parts[0];
    out->path = QUrl::fromEncoded(parts[1]).path(QUrl::FullyDecoded);

    QByteArray contentLength;
    bool haveLength = false;
    bool haveAuthorization = false;
    bool haveHost = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArrayView line = lines[n];
        if (line.front() == ' ' || line.front() == '\t')
            return bad(u"Header fields must not be folded over lines."_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return bad(u"Every header line must be NAME: value."_s);
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        const auto duplicate = [&](bool *seen) {
            const bool again = *seen;
            *seen = true;
            return again;
        };
        if (name == "content-length") {
            if (duplicate(&haveLength))
                return bad(u"Content-Length must be sent once."_s);
            contentLength = value;
        } else if (name == "authorization") {
            if (duplicate(&haveAuthorization))
                return bad(u"Authorization must be sent once."_s);
        } else if (name == "host") {
            if (duplicate(&haveHost))
                return bad(u"Host must be sent once."_s);
        } else if (name == "transfer-encoding") {
            return problem(411, u"length-required"_s, u"Length required"_s,
                           u"Send bodies with a Content-Length; Transfer-Encoding is not accepted."_s);
        } else if (name == "upgrade") {
            return bad(u"Protocol upgrades are not offered."_s);
        } else if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return problem(417, u"expectation-failed"_s, u"Expectation failed"_s,
                               u"Only Expect: 100-continue is understood."_s);
            out->expectContinue = true;
        }
    }
    out->contentLength = 0;
    if (haveLength) {
        bool digits = !contentLength.isEmpty() && contentLength.size() <= 15;
        for (const char c : std::as_const(contentLength))
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return bad(u"Content-Length must be a decimal number of bytes."_s);
        out->contentLength = contentLength.toLongLong();
    }
    const BodyLimit limit = limitFor(out->path);
    if (out->contentLength > limit.bytes)
        return payloadTooLarge(limit.what, limit.bytes);
    return std::nullopt;
}

QByteArray RequestHeadParser::serialize(const HttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    if (response.status == 100)
        return out + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + response.body;
}

} // namespace pd::provider
