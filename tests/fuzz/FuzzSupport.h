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
/// Qt 6.4 can call equal two objects unequal when their keys are stored differently: Latin-1 and UTF-16.)
inline bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!y.contains(it.key()) || !sameJson(it.value(), y.value(it.key())))
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
