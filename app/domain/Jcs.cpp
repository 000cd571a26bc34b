// SPDX-License-Identifier: GPL-3.0-or-later
#include "Jcs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pd::jcs {
namespace {

void appendEscape(QByteArray &out, char16_t u)
{
    switch (u) {
    case u'"': out += "\\\""; return;
    case u'\\': out += "\\\\"; return;
    case u'\b': out += "\\b"; return;
    case u'\f': out += "\\f"; return;
    case u'\n': out += "\\n"; return;
    case u'\r': out += "\\r"; return;
    case u'\t': out += "\\t"; return;
    default: break;
    }
    static const char hex[] = "0123456789abcdef";
    out += "\\u00";
    out += hex[(u >> 4) & 0xf];
    out += hex[u & 0xf];
}

/// Runs of ordinary characters go out as UTF-8 (surrogate pairs stay together); only '"', '\\' and
/// control characters are escaped.
void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u == u'"' || u == u'\\' || u < 0x20) {
            out += QStringView(s).mid(runStart, i - runStart).toUtf8();
            appendEscape(out, u);
            runStart = i + 1;
        }
    }
    out += QStringView(s).mid(runStart).toUtf8();
    out += '"';
}

void appendNumber(QByteArray &out, double d)
{
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        out += QByteArray::number(qint64(d));
        return;
    }
    // Not used by the audit documents; the shortest round-trip form is ECMAScript's for most values.
    out += QByteArray::number(d, 'g', 17);
}

void append(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; break;
    case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: appendNumber(out, v.toDouble()); break;
    case QJsonValue::String: appendString(out, v.toString()); break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            append(out, a.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        // Members taken by iterating, never looked up by key: in Qt 6.4, value(key) on a parsed object
        // can miss a key that iteration finds (keys mixing supplementary characters and U+E000..U+FFFF),
        // and the member was written as null (found by tests/fuzz/fuzz_jcs, corpus regress-key-lookup).
        QList<std::pair<QString, QJsonValue>> members;
        members.reserve(o.size());
        for (auto it = o.begin(); it != o.end(); ++it)
            members.append({it.key(), it.value()});
        // By UTF-16 code units, as RFC 8785 asks (QString's operator< compares them).
        std::sort(members.begin(), members.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
        out += '{';
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i)
                out += ',';
            appendString(out, members.at(i).first);
            out += ':';
            append(out, members.at(i).second);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray serialize(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

} // namespace pd::jcs
