// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace pd::provider {

using namespace Qt::StringLiterals;

std::optional<Lang> Language::match(QStringView tag)
{
    const QStringList parts = tag.trimmed().toString().toLower().split(u'-');
    if (parts.first() == u"en")
        return Lang::En;
    if (parts.first() != u"zh" || parts.size() < 2)
        return std::nullopt;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        if (p == u"hant" || p == u"hk" || p == u"tw" || p == u"mo")
            return Lang::ZhHK;
        if (p == u"hans" || p == u"cn" || p == u"sg")
            return Lang::ZhCN;
    }
    return std::nullopt;
}

Lang Language::fromAcceptLanguage(const QByteArray &acceptLanguage)
{
    // RFC 9110: Accept-Language = #( language-range [ weight ] ), language-range from RFC 4647
    // (1*8ALPHA *("-" 1*8alphanum) / "*"), weight = OWS ";" OWS "q=" qvalue, qvalue at most three
    // decimals and at most 1. Empty list elements are allowed (RFC 9110 §5.6.1).
    static const QRegularExpression element(
        u"^[ \\t]*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\\*)"
        "(?:[ \\t]*;[ \\t]*[qQ]=(0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?[ \\t]*$"_s);
    if (acceptLanguage.size() > 1024)
        return Lang::En;
    struct Range
    {
        QString tag;
        double q;
    };
    QList<Range> ranges;
    const QString header = QString::fromLatin1(acceptLanguage);
    for (const QString &item : header.split(u',')) {
        if (item.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = element.match(item);
        if (!m.hasMatch())
            return Lang::En; // malformed: the whole header is ignored
        const double q = m.capturedLength(2) > 0 ? m.captured(2).toDouble() : 1.0;
        if (q > 0)
            ranges.append({m.captured(1), q});
    }
    std::stable_sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.q > b.q; });
    for (const Range &r : std::as_const(ranges))
        if (const auto lang = match(r.tag))
            return *lang;
    return Lang::En;
}

QString Language::tag(Lang lang)
{
    switch (lang) {
    case Lang::ZhHK:
        return u"zh-HK"_s;
    case Lang::ZhCN:
        return u"zh-CN"_s;
    case Lang::En:
        break;
    }
    return u"en"_s;
}

HttpResponse Language::negotiated(HttpResponse response, Lang lang)
{
    return response.withHeader("Content-Language", tag(lang).toLatin1()).withHeader("Vary", "Accept-Language");
}

} // namespace pd::provider
