// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestsRepository.h"

#include "JsonResponse.h"

#include "ProviderDb.h"
#include "RequestLifecycle.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QVariant nullableTime(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableObject(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compactJson(o));
}

RequestRow rowFrom(const QSqlQuery &q)
{
    RequestRow r;
    r.seq = q.value(0).toLongLong();
    r.account = q.value(1).toLongLong();
    r.id = q.value(2).toString();
    r.type = q.value(3).toString();
    r.status = q.value(4).toString();
    r.receivedAt = q.value(5).toLongLong();
    r.dueAt = q.value(6).toLongLong();
    r.extendedDueAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    r.extensionReason = q.value(8).isNull() ? QString() : q.value(8).toString();
    r.statusReason = q.value(9).isNull() ? QString() : q.value(9).toString();
    r.summary = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    r.retainedSet = !q.value(11).isNull();
    r.retained = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
    r.history = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
    r.exportReady = q.value(13).toBool();
    r.updatedAt = q.value(14).toLongLong();
    r.assignee = q.value(15).isNull() ? 0 : q.value(15).toLongLong();
    r.messages = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array();
    r.rejection = q.value(17).isNull() ? QJsonObject() : QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
    r.assigneePseudonym = q.value(18).toString();
    r.customer = q.value(19).toString();
    return r;
}

/// `rows` asked with LIMIT `limit` + 1: one row more than asked tells whether there are more,
/// without a COUNT.
std::optional<RequestPage> pageOf(std::optional<QList<RequestRow>> rows, int limit)
{
    if (!rows)
        return std::nullopt;
    RequestPage page;
    page.hasMore = rows->size() > limit;
    if (page.hasMore)
        rows->removeLast();
    page.rows = *rows;
    return page;
}

} // namespace

RequestsRepository::RequestsRepository(ProviderDb &db)
    : m_db(db)
{
}

std::optional<QList<RequestRow>> RequestsRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT seq, account, id, type, status, received_at, due_at, extended_due_at, extension_reason, "
              "status_reason, summary, retained, history, export_ready, updated_at, assignee, messages, rejection, "
              "(SELECT staff_pseudonym FROM accounts WHERE accounts.id = requests.assignee), "
              "(SELECT account_id FROM accounts WHERE accounts.id = requests.account) FROM requests "_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!m_db.exec(q))
        return std::nullopt;
    QList<RequestRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

std::optional<RequestRow> RequestsRepository::load(const QString &id, std::optional<qint64> account) const
{
    const auto rows = account ? select(u"WHERE id=? AND account=?"_s, {id, *account}) : select(u"WHERE id=?"_s, {id});
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst();
}

bool RequestsRepository::insert(const RequestRow &row)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO requests(id, account, type, status, received_at, due_at, summary, retained, history, "
              "updated_at, extended_due_at, extension_reason, status_reason, export_ready, assignee, messages, rejection) "
              "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(row.id);
    q.addBindValue(row.account);
    q.addBindValue(row.type);
    q.addBindValue(row.status);
    q.addBindValue(row.receivedAt);
    q.addBindValue(row.dueAt);
    q.addBindValue(compactJson(row.summary));
    q.addBindValue(row.retainedSet ? QVariant(compactJson(row.retained)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(compactJson(row.history));
    q.addBindValue(row.updatedAt);
    q.addBindValue(nullableTime(row.extendedDueAt));
    q.addBindValue(nullableText(row.extensionReason));
    q.addBindValue(nullableText(row.statusReason));
    q.addBindValue(row.exportReady ? 1 : 0);
    q.addBindValue(nullableId(row.assignee));
    q.addBindValue(compactJson(row.messages));
    q.addBindValue(nullableObject(row.rejection));
    return m_db.exec(q);
}

bool RequestsRepository::saveState(const RequestRow &row)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE requests SET status=?, extended_due_at=?, extension_reason=?, status_reason=?, history=?, "
              "export_ready=?, updated_at=?, retained=?, assignee=?, messages=?, rejection=? WHERE id=?"_s);
    q.addBindValue(row.status);
    q.addBindValue(nullableTime(row.extendedDueAt));
    q.addBindValue(nullableText(row.extensionReason));
    q.addBindValue(nullableText(row.statusReason));
    q.addBindValue(compactJson(row.history));
    q.addBindValue(row.exportReady ? 1 : 0);
    q.addBindValue(row.updatedAt);
    q.addBindValue(row.retainedSet ? QVariant(compactJson(row.retained)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(nullableId(row.assignee));
    q.addBindValue(compactJson(row.messages));
    q.addBindValue(nullableObject(row.rejection));
    q.addBindValue(row.id);
    return m_db.exec(q) && q.numRowsAffected() == 1;
}

std::optional<RequestPage> RequestsRepository::page(const RequestPageQuery &query) const
{
    QString where = u"WHERE seq>? AND updated_at>=?"_s;
    QVariantList binds{query.afterSeq, query.updatedSince};
    if (query.account) {
        where += u" AND account=?"_s;
        binds << *query.account;
    }
    binds << query.limit + 1;
    return pageOf(select(where + u" ORDER BY seq LIMIT ?"_s, binds), query.limit);
}

std::optional<RequestPage> RequestsRepository::queuePage(const QueueQuery &query) const
{
    QStringList open;
    for (const QString &status : RequestLifecycle::openStatuses())
        open << u'\'' + status + u'\'';
    // 0 for an overdue request (open and past its due date), 1 for the others: the first sort key.
    const QString late = u"(CASE WHEN status IN ("_s + open.join(u',') + u") AND COALESCE(extended_due_at, due_at) < "_s
        + QString::number(query.now) + u" THEN 0 ELSE 1 END)"_s;
    const QString due = u"COALESCE(extended_due_at, due_at)"_s;
    QString where = u"WHERE 1=1"_s;
    QVariantList binds;
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : query.statuses) {
            marks << u"?"_s;
            binds << status;
        }
        where += u" AND status IN ("_s + marks.join(u',') + u')';
    }
    if (!query.type.isEmpty()) {
        where += u" AND type=?"_s;
        binds << query.type;
    }
    if (query.assignee == QueueQuery::Assignee::Me) {
        where += u" AND assignee=?"_s;
        binds << query.me;
    } else if (query.assignee == QueueQuery::Assignee::Nobody) {
        where += u" AND assignee IS NULL"_s;
    }
    if (query.overdue)
        where += u" AND "_s + late + (*query.overdue ? u"=0"_s : u"=1"_s);
    if (query.afterSeq > 0) {
        // Keyset paging on the sort keys, the cursor's request read afresh.
        where += u" AND ("_s + late + u", "_s + due + u", seq) > (SELECT "_s + late + u", "_s + due
            + u", seq FROM requests WHERE seq=?)"_s;
        binds << query.afterSeq;
    }
    binds << query.limit + 1;
    return pageOf(select(where + u" ORDER BY "_s + late + u", "_s + due + u", seq LIMIT ?"_s, binds), query.limit);
}

QList<RequestRow> RequestsRepository::all(qint64 account) const
{
    return select(u"WHERE account=? ORDER BY seq"_s, {account}).value_or(QList<RequestRow>());
}

qint64 RequestsRepository::count(qint64 account) const
{
    return m_db.countForAccount(u"requests"_s, account);
}

std::optional<qint64> RequestsRepository::latestOpenComplaintDue(qint64 account) const
{
    QStringList marks;
    QVariantList binds{account};
    for (const QString &status : RequestLifecycle::openStatuses()) {
        marks << u"?"_s;
        binds << status;
    }
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT MAX(COALESCE(extended_due_at, due_at)) FROM requests WHERE account=? AND type='complaint' "
              "AND status IN ("_s + marks.join(u',') + u") AND summary LIKE '%\"kind\":\"complaint\"%'"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (m_db.exec(q) && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace pd::provider
