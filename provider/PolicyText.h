// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QList>
#include <QString>

namespace pd::provider {

/// One paragraph of a policy version, in every language; `change` names the change (PolicyChangeText::id)
/// that brought it in, empty when the paragraph is as it was in the previous version.
struct PolicyParagraphText
{
    LocalizedText text;
    QString change;
};

struct PolicySectionText
{
    QString id;                    ///< "I" .. "VIII"
    LocalizedText title;
    QList<PolicyParagraphText> paragraphs;
};

/// What changed against the previous version, structured so a client can group it by meaning
/// (docs/api/openapi.yaml, PolicyChange). `oldText` is empty for something new.
struct PolicyChangeText
{
    QString id;                    ///< "c1", unique within its version
    QString kind;                  ///< purpose_added, recipient_added, retention_shorter, ...
    QString section;
    LocalizedText summary, oldText, newText;
    QString consentPurpose;        ///< set when the change touches a purpose that needs consent
};

/// One version of the privacy policy as the provider serves it: the text in English (which governs)
/// and its Traditional (Hong Kong) and Simplified Chinese translations, and its changes.
struct PolicyVersionText
{
    QString version;               ///< "2025-05-14"; also its effective date
    QList<PolicySectionText> sections;
    QList<PolicyChangeText> changes;
};

/// The versions the provider knows, as code (the same for every account). Which of them are
/// published is data (PolicyRepository). One file per version: PolicyText<version>.cpp.
class PolicyText
{
public:
    static const PolicyVersionText &v20250514();
    /// 2025-05-14 with three changes: a new analytics recipient (III), a shorter retention of server
    /// records (IV) and a new purpose that needs consent, support_ai_training (II).
    static const PolicyVersionText &v20261201();

    /// Every known version, oldest first.
    static QList<const PolicyVersionText *> all();
    /// The known version `version`, or null.
    static const PolicyVersionText *find(const QString &version);
    /// The newest known version.
    static QString latest();
};

} // namespace pd::provider
