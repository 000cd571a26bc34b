// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pd::provider {

/// Appends `utf8` as a JSON string literal (quotes included). Event pages are written by hand:
/// building 5000 QJsonObjects per page costs several times more than the query.
void appendJsonString(QByteArray &out, const QByteArray &utf8);

} // namespace pd::provider
