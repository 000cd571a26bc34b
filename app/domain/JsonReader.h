// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The validating JSON reader every codec is written with (Codecs.cpp, StaffCodecs.cpp). Internal to
// the domain layer: include it only from codec sources.

#include "Codecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>

namespace pd::codec::detail {

/// Reads members of one JSON object, remembering the first problem with its path, so a decoder
/// can read everything in sequence and check once at the end.
class Reader
{
public:
    Reader(QJsonObject o, QString path, Error *err) : m_o(std::move(o)), m_path(std::move(path)), m_err(err) {}

    bool failed() const { return m_err->code != ErrorCode::None; }
    /// The object as sent (kept where its exact members matter, e.g. to recompute a hash).
    const QJsonObject &raw() const { return m_o; }

    QString str(const char *key, bool required = true, qsizetype maxLen = kMaxStringChars)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return {};
        }
        if (!v.isString()) { fail(ErrorCode::WrongType, key); return {}; }
        QString s = v.toString();
        if (s.size() > maxLen) { fail(ErrorCode::TooLarge, key); return {}; }
        return s;
    }

    /// A string that must be one of `allowed`, or any string when `allowed` is empty and the caller
    /// wants unknown codes kept (forward compatibility: a newer provider may add codes).
    QString code(const char *key, bool required = true)
    {
        QString s = str(key, required, 64);
        return s;
    }

    qint64 integer(const char *key, qint64 min = 0, qint64 max = std::numeric_limits<qint64>::max() / 2, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return 0;
        }
        if (!v.isDouble()) { fail(ErrorCode::WrongType, key); return 0; }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(ErrorCode::WrongType, key);
            return 0;
        }
        return qint64(d);
    }

    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return integer(key, min, max);
    }

    double real(const char *key, double min, double max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) { fail(ErrorCode::MissingField, key); return 0; }
        if (!v.isDouble()) { fail(ErrorCode::WrongType, key); return 0; }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max) { fail(ErrorCode::WrongType, key); return 0; }
        return d;
    }

    bool optionalBoolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        return boolean(key);
    }

    QJsonObject object(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return {};
        }
        if (!v.isObject()) { fail(ErrorCode::WrongType, key); return {}; }
        return v.toObject();
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) { fail(ErrorCode::MissingField, key); return false; }
        if (!v.isBool()) { fail(ErrorCode::WrongType, key); return false; }
        return v.toBool();
    }

    /// RFC 3339 with a zone designator ("Z" or an offset), as the contract requires: a bare
    /// local time would be read in this computer's zone and shift every event.
    QDateTime time(const char *key, bool required = true)
    {
        const QString s = str(key, required, 64);
        if (s.isEmpty()) {
            if (required && !failed()) fail(ErrorCode::MissingField, key);
            return {};
        }
        static const QRegularExpression zoned(QStringLiteral("T\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)$"));
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid() || !zoned.match(s).hasMatch()) { fail(ErrorCode::WrongType, key); return {}; }
        return t.toUTC();
    }

    QJsonArray array(const char *key, qsizetype maxItems = kMaxPageItems, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) fail(ErrorCode::MissingField, key);
            return {};
        }
        if (!v.isArray()) { fail(ErrorCode::WrongType, key); return {}; }
        QJsonArray a = v.toArray();
        if (a.size() > maxItems) { fail(ErrorCode::TooLarge, key); return {}; }
        return a;
    }

    QStringList stringList(const char *key, bool required = true)
    {
        QStringList out;
        const QJsonArray a = array(key, 64, required);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().size() > 64) {
                fail(ErrorCode::WrongType, key);
                return {};
            }
            out << a.at(i).toString();
        }
        return out;
    }

    /// Reader for the object at `array[index]`, or a failure when it is not an object.
    Reader child(const QJsonArray &a, qsizetype index, const char *arrayKey)
    {
        const QString p = m_path + QLatin1Char('.') + QLatin1String(arrayKey) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        if (!a.at(index).isObject())
            setError(ErrorCode::WrongType, p);
        return Reader(a.at(index).toObject(), p, m_err);
    }

    /// Reader for the object member `key` (an empty object when absent or null and not required).
    Reader member(const char *key, bool required = false)
    {
        const QJsonObject o = object(key, required);
        return Reader(o, m_path + QLatin1Char('.') + QLatin1String(key), m_err);
    }

    bool has(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }

    void fail(ErrorCode c, const char *key) { setError(c, m_path + QLatin1Char('.') + QLatin1String(key)); }

private:
    void setError(ErrorCode c, const QString &where)
    {
        if (m_err->code == ErrorCode::None)
            *m_err = Error::make(c, where);
    }

    QJsonObject m_o;
    QString m_path;
    Error *m_err;
};

/// Parses the body as one JSON object, refusing oversized bodies and non-objects.
inline Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes)
        return Error::make(ErrorCode::TooLarge, QStringLiteral("body"));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::InvalidJson, pe.errorString());
    if (!doc.isObject())
        return Error::make(ErrorCode::InvalidJson, QStringLiteral("not an object"));
    return doc.object();
}

template<typename T, typename F>
Result<T> decodeWith(const QByteArray &body, F &&f)
{
    auto obj = parseObject(body);
    if (!obj)
        return obj.error();
    Error err;
    Reader r(*obj, QStringLiteral("$"), &err);
    T out = f(r);
    if (err.code != ErrorCode::None)
        return err;
    return out;
}

template<typename T, typename F>
QList<T> readItems(Reader &r, const char *key, F &&one, qsizetype maxItems = kMaxPageItems)
{
    QList<T> out;
    const QJsonArray a = r.array(key, maxItems);
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i) {
        Reader c = r.child(a, i, key);
        out.push_back(one(c));
    }
    return out;
}

/// A list of category codes (Category): an unknown code fails the document (shared by the staff and
/// the notice codecs).
inline QList<Category> readCategories(Reader &r, const char *key, bool required = true)
{
    QList<Category> out;
    for (const QString &code : r.stringList(key, required)) {
        const auto c = categoryFromCode(code);
        if (!c) {
            r.fail(ErrorCode::WrongType, key);
            return {};
        }
        out << *c;
    }
    return out;
}

/// The Request document (docs/api), shared by the customer's and the staff's codecs.
TrackedRequest readRequestObject(Reader &r);

} // namespace pd::codec::detail
