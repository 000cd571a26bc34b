// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QByteArrayView>

#include <functional>
#include <optional>

namespace pd::provider {

/// What the connection guard needs to know of a request before it lets any of its body in.
struct RequestHead
{
    QByteArray method;
    QString path;                 ///< decoded, without the query
    qint64 contentLength = 0;     ///< 0 when absent
    bool expectContinue = false;  ///< `Expect: 100-continue`: the guard answers 100 once the head passes
};

/// The largest body a path accepts and the words for it in a 413 ("Attachments", "Request bodies").
struct BodyLimit
{
    qint64 bytes = 0;
    QString what;
};
using BodyLimitFor = std::function<BodyLimit(const QString &path)>;

/// Reads a request's line and header fields before QtHttpServer sees any of them, so that size and
/// framing are decided once, here, with nothing buffered beyond pd::limits::kHeaderBytesMax. Pure
/// functions (no sockets), so they can be fuzzed and tested alone.
class RequestHeadParser
{
public:
    /// Where the head in `data` ends (the offset just past the empty line; CRLF or bare LF, as
    /// QtHttpServer accepts both), or -1 when it has not ended yet. Blank lines before a request
    /// (left from a previous one) are skipped, as QtHttpServer skips them.
    static qsizetype headEnd(QByteArrayView data);

    /// The head `head` (as far as headEnd) accepted into `out`, or the answer refusing it:
    /// 400 malformed request line, header field, `Content-Length`, duplicate `Content-Length`,
    /// `Authorization` or `Host`, obsolete line folding, `Upgrade`; 411 `Transfer-Encoding` (bodies
    /// need a `Content-Length`); 413 a `Content-Length` over the path's limit; 431 too many fields.
    static std::optional<HttpResponse> check(QByteArrayView head, const BodyLimitFor &limitFor, RequestHead *out);

    /// A response as bytes on the wire, closing the connection (the guard's own answers).
    static QByteArray serialize(const HttpResponse &response);
};

} // namespace pd::provider
