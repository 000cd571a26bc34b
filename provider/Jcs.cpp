// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jcs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pd::provider {

std::optional<QByteArray> Jcs::serialize(const QJsonValue &value)
{
    QByteArray out;
    if (!append(out, value))
        return std::nullopt;
    return out;
}

bool Jcs::append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > double(MaxSafeInteger))
            return false;
        out += QByteArray::number(qint64(d)); // -0.0 becomes 0, as RFC 8785 writes it
        return true;
    }
    case QJsonValue::String:
        return appendString(out, value.toString());
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &v : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            if (!append(out, v))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        // Members taken by iterating, never looked up by key: in Qt 6.4, value(key) on a parsed object
        // can miss a key that iteration finds (keys mixing supplementary characters and U+E000..U+FFFF),
        // and the member was written as null (found by tests/fuzz/fuzz_jcs, corpus regress-key-lookup).
        QList<std::pair<QString, QJsonValue>> members;
        members.reserve(o.size());
        for (auto it = o.begin(); it != o.end(); ++it)
            members.append({it.key(), it.value()});
        // RFC 8785 §3.2.3: by UTF-16 code units, whatever order QJsonObject keeps them in.
        std::sort(members.begin(), members.end(), [](const auto &x, const auto &y) {
            const QString &a = x.first, &b = y.first;
            return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
        });
        out += '{';
        bool first = true;
        for (const auto &[k, v] : std::as_const(members)) {
            if (!first)
                out += ',';
            first = false;
            if (!appendString(out, k))
                return false;
            out += ':';
            if (!append(out, v))
                return false;
        }
        out += '}';
        return true;
    }
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

bool Jcs::appendString(QByteArray &out, const QString &s)
{
    // A lone surrogate has no UTF-8 form: refuse it rather than write U+FFFD and sign something else.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto u = static_cast<unsigned char>(ch);
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return true;
}

} // namespace pd::provider
