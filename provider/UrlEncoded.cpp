// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlEncoded.h"

#include "Problem.h"

#include <QSet>
#include <QStringDecoder>

namespace pd::provider {

using namespace Qt::StringLiterals;

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
    // Keys seen so far: a lookup each, not a scan of every earlier pair (a 64 KiB form of distinct keys
    // took seconds of the single request thread: seen while writing tests/fuzz/fuzz_provider_body).
    QSet<QString> seen;
    for (const QByteArray &piece : data.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QString key = decode(eq < 0 ? piece : piece.left(eq));
        const QString value = eq < 0 ? QString() : decode(piece.mid(eq + 1));
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            form.duplicate = true;
        else
            seen.insert(key);
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

} // namespace pd::provider
