// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

namespace pd::provider {

class ProviderDb;

/// The `field_updates` table: a log of the personal fields customers changed themselves.
class FieldUpdatesRepository
{
public:
    explicit FieldUpdatesRepository(ProviderDb &db);

    bool record(qint64 account, const QString &key, const QString &oldValue, const QString &newValue, qint64 at);
    /// The account's log, oldest first, as the export lists it.
    QJsonArray listJson(qint64 account) const;
    qint64 count(qint64 account) const;

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
