// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd::provider {

/// The languages the provider writes its own texts in: English, Traditional Chinese as used in
/// Hong Kong, Simplified Chinese as used in mainland China.
enum class Lang { En, ZhHK, ZhCN };

/// One text in every language the provider speaks. The translations live in the provider's code
/// (not in .ts catalogues): the provider is a separate program and its texts are data it serves.
struct LocalizedText
{
    QString en, zhHK, zhCN;

    const QString &in(Lang lang) const
    {
        return lang == Lang::ZhHK ? zhHK : lang == Lang::ZhCN ? zhCN : en;
    }
};

/// Language negotiation (RFC 9110 §12.5.4) shared by the sign-in page and the /v1 API.
class Language
{
public:
    /// One BCP 47 tag to a supported language, or nothing. Case-insensitive; subtags after the ones
    /// that decide are ignored: en-GB -> En; zh-HK, zh-TW, zh-MO, zh-Hant(-*) -> ZhHK;
    /// zh-CN, zh-SG, zh-Hans(-*) -> ZhCN; bare "zh" is neither (the script is unknown).
    static std::optional<Lang> match(QStringView tag);

    /// The supported language the client prefers most by Accept-Language: highest q first, ties
    /// in the order given, q=0 never. A header that does not follow the RFC 9110 grammar (or is
    /// longer than 1024 bytes) is ignored as a whole; so is an absent one. Default: English.
    static Lang fromAcceptLanguage(const QByteArray &acceptLanguage);

    /// The BCP 47 tag for Content-Language and `<html lang>`: en, zh-HK, zh-CN.
    static QString tag(Lang lang);

    /// Marks a response whose prose follows Accept-Language: `Content-Language: <tag>` and
    /// `Vary: Accept-Language` (so a cache never hands one language's answer to another).
    static HttpResponse negotiated(HttpResponse response, Lang lang);
};

} // namespace pd::provider
