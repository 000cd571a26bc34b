// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets (docs/fuzzing.md): an invariant that does not hold is a crash,
// so libFuzzer keeps the input that broke it as a reproducer.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace pd::fuzz {

[[noreturn]] inline void invariantFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "\nINVARIANT FAILED at %s:%d: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

/// Qt's warnings (a failed parse, a QSqlDatabase notice) would fill the fuzzer's output.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(msg));
            std::abort();
        }
    });
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Structural equality of JSON values, numbers compared as doubles. (QJsonDocument's operator== in
/// Qt 6.4 can call two equal objects unequal, e.g. RFC 8785's key-sorting example after a round trip.)
inline bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isObject()) {
        // By iteration, in order: QJsonObject::value(key) can miss a key in Qt 6.4 (see Jcs.cpp).
        QList<std::pair<QString, QJsonValue>> x, y;
        const QJsonObject ox = a.toObject(), oy = b.toObject();
        for (auto it = ox.begin(); it != ox.end(); ++it)
            x.append({it.key(), it.value()});
        for (auto it = oy.begin(); it != oy.end(); ++it)
            y.append({it.key(), it.value()});
        const auto byKey = [](const auto &p, const auto &q) { return p.first < q.first; };
        std::sort(x.begin(), x.end(), byKey);
        std::sort(y.begin(), y.end(), byKey);
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (x[i].first != y[i].first || !sameJson(x[i].second, y[i].second))
                return false;
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameJson(x.at(i), y.at(i)))
                return false;
        return true;
    }
    if (a.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

} // namespace pd::fuzz

#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::pd::fuzz::invariantFailed(#cond, __FILE__, __LINE__);                                                    \
    } while (false)
