// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentsApi.h"

#include "AttachmentName.h"

#include "Calendar.h"
#include "Crypto.h"
#include "JsonResponse.h"
#include "Limits.h"
#include "MediaType.h"
#include "Problem.h"
#include "ProviderDb.h"

#include <QStringDecoder>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

/// The media type the content really is (from its first bytes), whatever it was called.
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

} // namespace

AttachmentsApi::AttachmentsApi(ProviderDb &db)
    : m_attachments(db)
{
}

HttpResponse AttachmentsApi::put(const Account &account, const HttpRequest &request)
{
    const QByteArray mime = mediaType(request.header("content-type"));
    QStringList accepted;
    for (const char *type : pd::limits::kAttachmentTypes)
        accepted << QString::fromLatin1(type);
    if (!accepted.contains(QString::fromLatin1(mime)))
        return problem(415, u"unsupported-media-type"_s, u"Unsupported media type"_s,
                       u"Attachments must be "_s + oneOf(accepted) + u'.');
    if (request.body.isEmpty() || magicType(request.body) != QString::fromLatin1(mime))
        return problem(400, u"invalid-attachment"_s, u"Invalid attachment"_s,
                       u"The content is not a "_s + QString::fromLatin1(mime) + u" file."_s);
    Attachment a;
    if (request.headers.contains("x-filename")) {
        const QByteArray raw = QByteArray::fromPercentEncoding(request.header("x-filename"));
        auto toUtf16 = QStringDecoder(QStringDecoder::Utf8);
        const QString decoded = toUtf16(raw);
        // Invisible and direction-changing characters are removed (so "invoice<RLO>fdp.exe" cannot
        // pass for a PDF); what is left must be a name, the same one the app shows.
        const auto name = toUtf16.hasError() ? std::nullopt : pd::acceptedAttachmentName(decoded);
        if (!name)
            return invalidRequest(u"X-Filename must be a percent-encoded UTF-8 file name of 1 to "_s
                                  + QString::number(pd::limits::kAttachmentNameMax)
                                  + u" characters once control, bidirectional and zero-width characters are removed; "
                                    "not . or .., without path separators."_s);
        a.filename = *name;
    } else {
        a.filename = u"attachment"_s
            + (mime == "application/pdf" ? u".pdf"_s : mime == "image/png" ? u".png"_s : u".jpg"_s);
    }
    const auto usage = m_attachments.usage(account.id);
    if (!usage)
        return internalError();
    if (usage->count >= pd::limits::kAttachmentsPerAccountMax)
        return withMembers(problem(409, u"attachment-quota-exceeded"_s, u"Attachment quota exceeded"_s,
                                   u"An account can keep at most "_s + QString::number(pd::limits::kAttachmentsPerAccountMax)
                                       + u" attachments, and this one has that many."_s),
                           {{u"limit"_s, pd::limits::kAttachmentsPerAccountMax}, {u"used"_s, usage->count}});
    if (usage->bytes + request.body.size() > pd::limits::kAttachmentBytesPerAccountMax)
        return withMembers(problem(409, u"attachment-quota-exceeded"_s, u"Attachment quota exceeded"_s,
                                   u"An account can keep at most "_s
                                       + QString::number(pd::limits::kAttachmentBytesPerAccountMax / (1024 * 1024))
                                       + u" MiB of attachments; this file would take it over."_s),
                           {{u"limit_bytes"_s, pd::limits::kAttachmentBytesPerAccountMax},
                            {u"used_bytes"_s, usage->bytes}});
    a.id = Crypto::randomId(u"att-"_s, 8, false);
    a.contentType = QString::fromLatin1(mime);
    a.size = request.body.size();
    a.sha256 = Crypto::sha256Hex(request.body);
    a.createdAt = nowSeconds();
    if (!m_attachments.insert(account.id, a, request.body))
        return internalError();
    return jsonResponse(QJsonObject{{u"id"_s, a.id},
                                    {u"content_type"_s, a.contentType},
                                    {u"size"_s, a.size},
                                    {u"sha256"_s, a.sha256},
                                    {u"filename"_s, a.filename}},
                        201);
}

} // namespace pd::provider
