// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"
#include "PolicyText.h"

#include <QJsonObject>

namespace pd::provider {

/// A policy version as the API writes it (GET /v1/policy, /v1/policy/versions/{version}):
/// version, dates, the language it is in and the one that governs, the contact of section VIII,
/// the sections paragraph by paragraph (changed ones marked with their change) and the changes.
class PolicyDocument
{
public:
    static QJsonObject toJson(const PolicyVersionText &text, qint64 publishedAt, Lang lang);
    static QJsonObject change(const PolicyChangeText &change, Lang lang);
    /// `{version, effective, published_at}` of the versions list.
    static QJsonObject listItem(const QString &version, qint64 publishedAt);
    /// Section VIII's contact: {email, phone}.
    static QJsonObject contact();
};

} // namespace pd::provider
