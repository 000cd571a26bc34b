// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's request framing (RequestHead.cpp), which the connection guard (ConnectionGuard,
// RequestGate) runs on every request before any body is let in. Invariants:
//  - headEnd finds the end of the head the same way however the bytes arrive (the gate calls it on
//    a growing buffer): the head that ends at E has not ended in any shorter prefix;
//  - a head check accepts never lets through a Content-Length over the path's limit (5 MiB for
//    attachments, 64 KiB for other bodies), a negative one, or a non-token method;
//  - a refusal is one of 400, 411, 413, 417, 431, and its bytes on the wire frame exactly: the head
//    ends where the body starts and Content-Length is the body's size.
#include "FuzzSupport.h"

#include "Limits.h"
#include "RequestHead.h"

#include <QString>

using namespace pd::provider;

namespace {

BodyLimit limitFor(const QString &path)
{
    // As ProviderServer::bodyLimitFor.
    if (path == QLatin1String("/v1/me/attachments"))
        return {pd::limits::kAttachmentBytesMax, QStringLiteral("Attachments")};
    return {pd::limits::kJsonBodyBytesMax, QStringLiteral("Request bodies")};
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pd::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray stream = pd::fuzz::bytes(data, size);
    const qsizetype end = RequestHeadParser::headEnd(stream);
    FUZZ_CHECK(end == -1 || (end >= 2 && end <= stream.size()));
    if (end < 0)
        return 0;
    FUZZ_CHECK(RequestHeadParser::headEnd(QByteArrayView(stream).first(end)) == end);
    FUZZ_CHECK(RequestHeadParser::headEnd(QByteArrayView(stream).first(end - 1)) == -1);
    FUZZ_CHECK(stream.at(end - 1) == '\n');

    // What the gate hands to check(): the head as far as its end.
    const QByteArrayView head = QByteArrayView(stream).first(end);
    RequestHead parsed;
    const std::optional<HttpResponse> refused = RequestHeadParser::check(head, limitFor, &parsed);
    if (!refused) {
        FUZZ_CHECK(!parsed.method.isEmpty());
        for (const char c : std::as_const(parsed.method))
            FUZZ_CHECK(isTokenChar(c));
        FUZZ_CHECK(parsed.contentLength >= 0);
        FUZZ_CHECK(parsed.contentLength <= limitFor(parsed.path).bytes);
        FUZZ_CHECK(parsed.contentLength <= pd::limits::kAttachmentBytesMax);
        // Same head, same verdict.
        RequestHead twice;
        FUZZ_CHECK(!RequestHeadParser::check(head, limitFor, &twice));
        FUZZ_CHECK(twice.contentLength == parsed.contentLength && twice.method == parsed.method
                   && twice.path == parsed.path && twice.expectContinue == parsed.expectContinue);
        return 0;
    }
    const int s = refused->status;
    FUZZ_CHECK(s == 400 || s == 411 || s == 413 || s == 417 || s == 431);
    const QByteArray wire = RequestHeadParser::serialize(*refused);
    const qsizetype wireEnd = RequestHeadParser::headEnd(wire);
    FUZZ_CHECK(wireEnd == wire.size() - refused->body.size());
    FUZZ_CHECK(wire.mid(wireEnd) == refused->body);
    FUZZ_CHECK(wire.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(refused->body.size()) + "\r\n")));
    return 0;
}
