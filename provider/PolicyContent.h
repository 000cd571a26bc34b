// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QJsonObject>
#include <QStringList>

namespace pd::provider {

/// What Hong Kong Cloud's privacy policy says, as data: the processing purposes per category, who
/// data is shared with, how long it is kept, in the policy `version` given (the current published one,
/// PolicyRepository::current). The same for every account, so it is code, not database rows. The
/// policy text itself is PolicyText.
///
/// Plain-language texts come in every Lang (the translations are part of the content); codes stay codes.
class PolicyContent
{
public:
    /// The five data categories of section I, as the API names them.
    static const QStringList &categories();
    /// The optional purposes a customer consents to (or not) under `version`.
    static QStringList consentPurposes(const QString &version);

    static QJsonObject purposes(const QString &version);
    /// Recipients with their `name`, `data` and `why` in `lang`.
    static QJsonObject sharing(const QString &version, Lang lang);
    static QJsonObject retention(const QString &version);

    /// What stops working without consent to `purpose` (a consent purpose code), in `lang`.
    static QString consentAffects(const QString &purpose, Lang lang);
    /// Why data of `category` is kept for `reason` after a deletion request, or a null string for a
    /// combination the provider never produces.
    static QString retainedDetail(const QString &category, const QString &reason, Lang lang);
    /// A note the provider itself writes into a request's history, by key (stored as `note_key`
    /// so it can be shown in the reader's language); null for an unknown key.
    static QString requestNote(const QString &key, Lang lang);
    /// The `about` text of the data export, in `lang`.
    static QString exportAbout(Lang lang);
};

} // namespace pd::provider
