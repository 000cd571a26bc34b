// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace pd::provider {

/// The JSON Canonicalization Scheme (RFC 8785) for the JSON the audit log stores and signs:
/// strings, integers, booleans, null, arrays and objects. Object members are sorted by the UTF-16
/// code units of their names, nothing is indented, strings are escaped exactly as RFC 8785 §3.2.2.2
/// says (only `"`, `\` and the control characters, the short forms where JSON has them, else
/// \u00xx in lower case) and written as UTF-8.
///
/// Numbers are integers only (|n| <= 2^53 - 1, written in decimal, -0 as 0): the audit log stores
/// no fractions, and a canonical form a client has to reproduce should not depend on ES6
/// floating-point printing.
class Jcs
{
public:
    /// The canonical bytes, or nothing for what the scheme (as limited above) cannot represent:
    /// a fraction or an integer beyond 2^53 - 1, a lone surrogate, an undefined value.
    static std::optional<QByteArray> serialize(const QJsonValue &value);

    /// The largest integer a JSON number carries exactly (2^53 - 1).
    static constexpr qint64 MaxSafeInteger = 9007199254740991LL;

private:
    static bool append(QByteArray &out, const QJsonValue &value);
    static bool appendString(QByteArray &out, const QString &s);
};

} // namespace pd::provider
