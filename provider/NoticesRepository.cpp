// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticesRepository.h"

#include "JsonResponse.h"
#include "ProviderDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QString toText(const QJsonObject &o)
{
    return compactJson(o);
}

QString toText(const QStringList &list)
{
    return compactJson(QJsonArray::fromStringList(list));
}

StoredText storedFrom(const QVariant &v)
{
    return {QJsonDocument::fromJson(v.toString().toUtf8()).object()};
}

QStringList listFrom(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &e : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(e.toString());
    return out;
}

const QString incidentColumns = u"id, title, what_happened, occurred_at, detected_at, notified_at, categories, "
                                "what_we_did, advice, updated_at"_s;

} // namespace

StoredText StoredText::of(const LocalizedText &text)
{
    return {{{u"en"_s, text.en}, {u"zh-HK"_s, text.zhHK}, {u"zh-CN"_s, text.zhCN}}};
}

QString StoredText::in(Lang lang) const
{
    const QString tag = Language::tag(lang);
    return byTag.contains(tag) ? byTag.value(tag).toString() : byTag.value(u"en"_s).toString();
}

NoticesRepository::NoticesRepository(ProviderDb &db)
    : m_db(db)
{
}

bool NoticesRepository::insertIncident(const IncidentRow &i, const QList<qint64> &accounts)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO incidents("_s + incidentColumns + u") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(i.id), QVariant(toText(i.title.byTag)), QVariant(toText(i.whatHappened.byTag)),
                              QVariant(i.occurredAt), QVariant(i.detectedAt), QVariant(i.notifiedAt),
                              QVariant(toText(i.categories)), QVariant(toText(i.whatWeDid.byTag)),
                              QVariant(toText(i.advice)), QVariant(i.updatedAt)})
        q.addBindValue(v);
    if (!m_db.exec(q))
        return false;
    QSqlQuery link(m_db.database());
    link.prepare(u"INSERT INTO incident_accounts(incident, account) VALUES(?, ?)"_s);
    for (qint64 account : accounts) {
        link.bindValue(0, i.id);
        link.bindValue(1, account);
        if (!m_db.exec(link))
            return false;
    }
    for (const IncidentUpdateRow &u : i.updates)
        if (!insertIncidentUpdate(i.id, u))
            return false;
    return true;
}

bool NoticesRepository::insertIncidentUpdate(const QString &incident, const IncidentUpdateRow &update)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO incident_updates(incident, at, text) VALUES(?, ?, ?)"_s);
    q.addBindValue(incident);
    q.addBindValue(update.at);
    q.addBindValue(toText(update.text.byTag));
    QSqlQuery touch(m_db.database());
    touch.prepare(u"UPDATE incidents SET updated_at=MAX(updated_at, ?) WHERE id=?"_s);
    touch.addBindValue(update.at);
    touch.addBindValue(incident);
    return m_db.exec(q) && m_db.exec(touch);
}

QList<IncidentUpdateRow> NoticesRepository::updatesOf(const QString &incident) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT at, text FROM incident_updates WHERE incident=? ORDER BY seq"_s);
    q.addBindValue(incident);
    QList<IncidentUpdateRow> out;
    if (m_db.exec(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), storedFrom(q.value(1))});
    return out;
}

std::optional<IncidentRow> NoticesRepository::incident(const QString &id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT "_s + incidentColumns + u" FROM incidents WHERE id=?"_s);
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    IncidentRow i{q.value(0).toString(), storedFrom(q.value(1)), storedFrom(q.value(2)), storedFrom(q.value(7)),
                  q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(9).toLongLong(),
                  listFrom(q.value(6)), listFrom(q.value(8)), {}};
    i.updates = updatesOf(i.id);
    return i;
}

QStringList NoticesRepository::incidentAccounts(const QString &id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT a.account_id FROM incident_accounts i JOIN accounts a ON a.id=i.account WHERE i.incident=? "
              "ORDER BY a.account_id"_s);
    q.addBindValue(id);
    QStringList out;
    if (m_db.exec(q))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

std::optional<QList<IncidentRow>> NoticesRepository::incidentsFor(qint64 account) const
{
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT i.id FROM incidents i JOIN incident_accounts a ON a.incident=i.id WHERE a.account=? "
              "ORDER BY i.notified_at DESC, i.seq DESC"_s);
    q.addBindValue(account);
    if (!m_db.exec(q))
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QList<IncidentRow> out;
    for (const QString &id : std::as_const(ids)) {
        const auto row = incident(id);
        if (!row)
            return std::nullopt;
        out.append(*row);
    }
    return out;
}

bool NoticesRepository::insertDisclosure(const DisclosureRow &d)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO disclosures(id, account, authority, legal_basis, categories, disclosed_at, reference, "
              "notify_after, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(d.id), QVariant(d.account), QVariant(toText(d.authority.byTag)),
                              QVariant(toText(d.legalBasis.byTag)), QVariant(toText(d.categories)),
                              QVariant(d.disclosedAt), QVariant(d.reference),
                              d.notifyAfter > 0 ? QVariant(d.notifyAfter) : QVariant(), QVariant(d.createdAt)})
        q.addBindValue(v);
    return m_db.exec(q);
}

std::optional<QList<DisclosureRow>> NoticesRepository::disclosuresFor(qint64 account, qint64 now) const
{
    // A notice the law still delays is not served at all: not even that there is one.
    QSqlQuery q(m_db.database());
    q.prepare(u"SELECT id, account, authority, legal_basis, categories, disclosed_at, reference, notify_after, "
              "created_at FROM disclosures WHERE account=? AND (notify_after IS NULL OR notify_after<=?) "
              "ORDER BY disclosed_at DESC, seq DESC"_s);
    q.addBindValue(account);
    q.addBindValue(now);
    if (!m_db.exec(q))
        return std::nullopt;
    QList<DisclosureRow> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), storedFrom(q.value(2)), storedFrom(q.value(3)),
                    listFrom(q.value(4)), q.value(5).toLongLong(), q.value(6).toString(),
                    q.value(7).isNull() ? 0 : q.value(7).toLongLong(), q.value(8).toLongLong()});
    return out;
}

} // namespace pd::provider
