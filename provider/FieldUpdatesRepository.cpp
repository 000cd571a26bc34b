// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldUpdatesRepository.h"

#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

FieldUpdatesRepository::FieldUpdatesRepository(ProviderDb &db)
    : m_db(db)
{
}

bool FieldUpdatesRepository::record(qint64 account, const QString &key, const QString &oldValue,
                                    const QString &newValue, qint64 at)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO field_updates(account, key, old_value, new_value, at) VALUES(?, ?, ?, ?, ?)"_s);
    q.addBindValue(account);
    q.addBindValue(key);
    q.addBindValue(oldValue);
    q.addBindValue(newValue);
    q.addBindValue(at);
    return m_db.exec(q);
}

QJsonArray FieldUpdatesRepository::listJson(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT key, old_value, new_value, at FROM field_updates WHERE account=? ORDER BY seq"_s);
    q.addBindValue(account);
    QJsonArray out;
    if (m_db.exec(q))
        while (q.next())
            out.append(QJsonObject{{u"key"_s, q.value(0).toString()}, {u"old_value"_s, q.value(1).toString()},
                                   {u"new_value"_s, q.value(2).toString()},
                                   {u"at"_s, isoUtc(q.value(3).toLongLong())}});
    return out;
}

qint64 FieldUpdatesRepository::count(qint64 account) const
{
    return m_db.countForAccount(u"field_updates"_s, account);
}

} // namespace pd::provider
