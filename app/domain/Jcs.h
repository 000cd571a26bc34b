// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace pd::jcs {

/// The RFC 8785 (JSON Canonicalization Scheme) form of `value`: object members sorted by their
/// names' UTF-16 code units, no white space, strings with only the escapes JSON requires, numbers
/// in their shortest form. The audit chains hash this form (docs/api/staff.md); the documents
/// involved hold strings, integers, booleans, null, arrays and objects.
QByteArray serialize(const QJsonValue &value);

} // namespace pd::jcs
