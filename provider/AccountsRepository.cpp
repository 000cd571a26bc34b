// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsRepository.h"

#include "ProviderDb.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

AccountsRepository::AccountsRepository(ProviderDb &db)
    : m_db(db)
{
}

bool AccountsRepository::setAskFirst(qint64 account, bool askFirst)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE accounts SET ask_first=? WHERE id=?"_s);
    q.addBindValue(askFirst ? 1 : 0);
    q.addBindValue(account);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

bool AccountsRepository::setPasswordHash(qint64 account, const QString &hash)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE accounts SET password_hash=? WHERE id=?"_s);
    q.addBindValue(hash);
    q.addBindValue(account);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

bool AccountsRepository::setClosesAt(qint64 account, qint64 closesAt)
{
    return setTime(u"closes_at"_s, account, closesAt);
}

bool AccountsRepository::setErasedAt(qint64 account, qint64 at)
{
    return setTime(u"erased_at"_s, account, at);
}

bool AccountsRepository::setTime(const QString &column, qint64 account, qint64 ms)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE accounts SET "_s + column + u"=? WHERE id=?"_s);
    q.addBindValue(ms);
    q.addBindValue(account);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

std::optional<QJsonArray> AccountsRepository::searchCustomers(const QString &text, int limit, QList<qint64> *ids) const
{
    // LIKE with the user's text taken literally: escape its wildcards.
    QString literal = text.toLower();
    literal.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    const QString like = u'%' + literal + u'%';
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    QSqlQuery q(m_db.database());
    // Restricted fields are hidden from every normal use, search included.
    q.prepare(u"SELECT a.id, a.account_id, a.username, a.display_name FROM accounts a WHERE a.role='customer' AND ("
              "lower(a.account_id) LIKE ? ESCAPE '\\' OR lower(a.username) LIKE ? ESCAPE '\\' "
              "OR EXISTS (SELECT 1 FROM personal_fields f WHERE f.account=a.id AND f.restricted_until IS NULL AND "
              "((f.key='email' AND lower(f.value) LIKE ? ESCAPE '\\') OR (f.key='mobile' AND length(?) >= 3 AND "
              "replace(replace(replace(f.value, ' ', ''), '-', ''), '+', '') LIKE '%' || ? || '%')))) "
              "ORDER BY a.account_id LIMIT ?"_s);
    for (const QVariant &v : {QVariant(like), QVariant(like), QVariant(like), QVariant(digits), QVariant(digits),
                              QVariant(limit)})
        q.addBindValue(v);
    if (!m_db.exec(q))
        return std::nullopt;
    QJsonArray out;
    while (q.next()) {
        ids->append(q.value(0).toLongLong());
        out.append(QJsonObject{{u"account_id"_s, q.value(1).toString()}, {u"username"_s, q.value(2).toString()},
                               {u"display_name"_s, q.value(3).toString()}});
    }
    return out;
}

} // namespace pd::provider
