// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentsRepository.h"

#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

AttachmentsRepository::AttachmentsRepository(ProviderDb &db)
    : m_db(db)
{
}

bool AttachmentsRepository::insert(qint64 account, const Attachment &a, const QByteArray &data)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO attachments(id, account, content_type, size, sha256, filename, data, created_at) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.id);
    q.addBindValue(account);
    q.addBindValue(a.contentType);
    q.addBindValue(a.size);
    q.addBindValue(a.sha256);
    q.addBindValue(a.filename);
    q.addBindValue(data);
    q.addBindValue(a.createdAt);
    return m_db.exec(q);
}

std::optional<bool> AttachmentsRepository::owns(qint64 account, const QString &id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT 1 FROM attachments WHERE id=? AND account=?"_s);
    q.addBindValue(id);
    q.addBindValue(account);
    if (!m_db.exec(q))
        return std::nullopt;
    return q.next();
}

std::optional<AttachmentsRepository::Usage> AttachmentsRepository::usage(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT COUNT(*), COALESCE(SUM(size), 0) FROM attachments WHERE account=?"_s);
    q.addBindValue(account);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return Usage{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

QJsonArray AttachmentsRepository::listJson(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT id, content_type, size, sha256, filename, created_at FROM attachments WHERE account=? "
              "ORDER BY created_at, id"_s);
    q.addBindValue(account);
    QJsonArray out;
    if (m_db.exec(q))
        while (q.next())
            out.append(QJsonObject{{u"id"_s, q.value(0).toString()}, {u"content_type"_s, q.value(1).toString()},
                                   {u"size"_s, q.value(2).toLongLong()}, {u"sha256"_s, q.value(3).toString()},
                                   {u"filename"_s, q.value(4).toString()},
                                   {u"uploaded_at"_s, isoUtc(q.value(5).toLongLong())}});
    return out;
}

QJsonArray AttachmentsRepository::describe(qint64 account, const QStringList &ids) const
{
    QJsonArray out;
    for (const QString &id : ids) {
        QSqlQuery q(m_db.database());
        q.prepare(u"SELECT filename, content_type, size FROM attachments WHERE id=? AND account=?"_s);
        q.addBindValue(id);
        q.addBindValue(account);
        if (m_db.exec(q) && q.next())
            out.append(QJsonObject{{u"id"_s, id}, {u"filename"_s, q.value(0).toString()},
                                   {u"content_type"_s, q.value(1).toString()}, {u"size"_s, q.value(2).toLongLong()}});
    }
    return out;
}

qint64 AttachmentsRepository::count(qint64 account) const
{
    return m_db.countForAccount(u"attachments"_s, account);
}

} // namespace pd::provider
