// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "Crypto.h"
#include "DemoCustomers.h"
#include "DemoNotices.h"
#include "EventsRepository.h"
#include "PolicyText.h"
#include "ProviderDb.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QJsonObject field(const QString &key, const QString &value, bool editable, const QJsonArray &purpose,
                  const QString &basis, const QString &source)
{
    return {{u"key"_s, key}, {u"value"_s, value}, {u"editable"_s, editable}, {u"purpose"_s, purpose},
            {u"legal_basis"_s, basis}, {u"source"_s, source}, {u"retention"_s, u"registration"_s}};
}

QJsonObject identifier(const QString &kind, const QString &value)
{
    return {{u"kind"_s, kind}, {u"value"_s, value}, {u"masked"_s, true}};
}

QJsonObject device(const QString &id, const QString &type, const QString &model, const QString &os,
                   const QString &osVersion, const QString &browser, const QString &browserVersion,
                   const QJsonArray &identifiers, const QString &ip, const QString &op, const QString &connection,
                   qint64 firstSeen, qint64 lastSeen)
{
    return {{u"id"_s, id}, {u"type"_s, type}, {u"model"_s, model}, {u"os"_s, os}, {u"os_version"_s, osVersion},
            {u"browser"_s, browser}, {u"browser_version"_s, browserVersion}, {u"identifiers"_s, identifiers},
            {u"ip"_s, ip}, {u"operator"_s, op}, {u"connection"_s, connection},
            {u"first_seen"_s, QDateTime::fromMSecsSinceEpoch(firstSeen, Qt::UTC).toString(Qt::ISODate)},
            {u"last_seen"_s, QDateTime::fromMSecsSinceEpoch(lastSeen, Qt::UTC).toString(Qt::ISODate)}};
}

QJsonObject cookie(const QString &id, const QString &name, const QString &kind, const QString &purpose,
                   const QString &domain, const QJsonValue &lifetime, bool consent)
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"kind"_s, kind}, {u"purpose"_s, purpose}, {u"domain"_s, domain},
            {u"lifetime_s"_s, lifetime}, {u"consent_required"_s, consent}};
}

QJsonObject named(const QString &id, const QString &name)
{
    return {{u"id"_s, id}, {u"name"_s, name}};
}

QString ipFor(QRandomGenerator &rng)
{
    // Documentation ranges only (RFC 5737), never a real address.
    return (rng.bounded(2) ? u"203.0.113."_s : u"198.51.100."_s) + QString::number(1 + rng.bounded(254));
}

} // namespace

DemoData::DemoData(ProviderDb &db)
    : m_db(db)
{
}

bool DemoData::seedIfNeeded(qint64 bobServerEvents, QString *error)
{
    if (m_db.meta(u"demo_seeded"_s) == u"1")
        return true;
    if (!m_db.begin()) {
        *error = m_db.lastError();
        return false;
    }
    // One transaction for everything: SQLite inserts are fast only inside one, and a crash
    // mid-seed leaves nothing half-made behind.
    if (!seed(bobServerEvents, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.setMeta(u"demo_seeded"_s, u"1"_s) || !m_db.commit()) {
        *error = m_db.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

bool DemoData::seed(qint64 bobServerEvents, QString *error)
{
    const qint64 nowMs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
    const qint64 today = nowMs - nowMs % DayMs; // start of the UTC day: same data all day long
    const QString policy = PolicyText::v20250514().version; // what the demo accounts accepted

    struct Seed
    {
        QString accountId, username, password, displayName, role, pseudonym;
    };
    const Seed seeds[] = {
        {u"C-1001"_s, u"alice"_s, u"demo-alice"_s, u"Alice Chan"_s, u"customer"_s, {}},
        {u"C-1002"_s, u"bob"_s, u"demo-bob"_s, u"Bob Lee"_s, u"customer"_s, {}},
        {u"C-9001"_s, u"sam"_s, u"demo-sam"_s, u"Sam Wong"_s, u"staff"_s, u"Support agent 7"_s},
        {u"C-9002"_s, u"kim"_s, u"demo-kim"_s, u"Kim Lau"_s, u"supervisor"_s, u"Support supervisor 2"_s},
    };
    qint64 ids[4] = {};
    for (int i = 0; i < 4; ++i) {
        Account a;
        a.accountId = seeds[i].accountId;
        a.username = seeds[i].username;
        a.displayName = seeds[i].displayName;
        a.role = seeds[i].role;
        a.staffPseudonym = seeds[i].pseudonym;
        a.policyVersionAccepted = policy;
        a.passwordHash = Crypto::hashPassword(seeds[i].password);
        a.passwordChangedAt = today - (200 - i * 50) * DayMs + 9 * 3600 * 1000;
        const auto id = m_db.insertAccount(a);
        if (!id) {
            *error = m_db.lastError();
            return false;
        }
        ids[i] = *id;
    }
    const qint64 alice = ids[0], bob = ids[1], sam = ids[2], kim = ids[3];
    bool ok = true;
    const auto doc = [&](qint64 acct, const QString &collection, const QList<QJsonObject> &objects) {
        for (int p = 0; p < objects.size(); ++p)
            ok = ok && m_db.insertDocument(acct, collection, p, objects[p]);
    };
    const auto fields = [&](qint64 acct, const QList<QJsonObject> &objects, qint64 updatedAt) {
        for (int p = 0; p < objects.size(); ++p)
            ok = ok && m_db.insertPersonalField(acct, p, objects[p], updatedAt - p * 7 * DayMs);
    };
    const auto payment = [&](QJsonObject o, qint64 updatedAt) {
        o.insert(u"purpose"_s, QJsonArray{u"billing"_s, u"security"_s});
        o.insert(u"legal_basis"_s, u"contract"_s);
        o.insert(u"source"_s, u"you"_s);
        o.insert(u"retention"_s, u"registration"_s);
        o.insert(u"updated_at"_s, QDateTime::fromMSecsSinceEpoch(updatedAt, Qt::UTC).toString(Qt::ISODate));
        return o;
    };

    // --- alice: the everyday customer every screen is designed around.
    fields(alice,
           {field(u"name"_s, u"Alice Chan"_s, false, {u"service"_s, u"billing"_s, u"legal"_s}, u"contract"_s, u"you"_s),
            field(u"mobile"_s, u"+852 5123 4567"_s, true, {u"service"_s, u"security"_s}, u"contract"_s, u"you"_s),
            field(u"email"_s, u"alice.chan@example.hk"_s, true, {u"service"_s, u"security"_s, u"personalisation"_s},
                  u"contract"_s, u"you"_s),
            field(u"address"_s, u"Flat 12B, 88 Example Road, Wan Chai, Hong Kong"_s, true, {u"service"_s, u"billing"_s},
                  u"contract"_s, u"you"_s)},
           today - 30 * DayMs + 10 * 3600 * 1000);
    doc(alice, u"payment_methods"_s,
        {payment({{u"id"_s, u"pm-1"_s}, {u"kind"_s, u"card"_s}, {u"brand"_s, u"Visa"_s}, {u"last4"_s, u"4242"_s},
                  {u"expiry"_s, u"2027-08"_s}},
                 today - 90 * DayMs),
         payment({{u"id"_s, u"pm-2"_s}, {u"kind"_s, u"platform"_s}, {u"platform"_s, u"AlipayHK"_s},
                  {u"account_masked"_s, u"a***e@example.com"_s}},
                 today - 60 * DayMs)});
    doc(alice, u"servers"_s, {named(u"srv-1"_s, u"web-1"_s), named(u"srv-2"_s, u"db-1"_s)});
    doc(alice, u"domains"_s,
        {named(u"dom-1"_s, u"alicechan.example.hk"_s), named(u"dom-2"_s, u"chan-studio.example.com"_s),
         named(u"dom-3"_s, u"example.hk"_s)});
    doc(alice, u"devices"_s,
        {device(u"dev-1"_s, u"computer"_s, u"MacBook Air (M2)"_s, u"macOS"_s, u"14.5"_s, u"Safari"_s, u"17.5"_s,
                {identifier(u"mac"_s, u"a4:**:**:**:3f:9c"_s), identifier(u"uuid"_s, u"********-****-****-****-8c1a4e2f9b07"_s)},
                u"203.0.113.7"_s, u"HKT"_s, u"wifi"_s, today - 118 * DayMs, today - DayMs / 2),
         device(u"dev-2"_s, u"phone"_s, u"iPhone 14"_s, u"iOS"_s, u"17.4"_s, u"Safari"_s, u"17.4"_s,
                {identifier(u"imei"_s, u"35-****-****-1234"_s)}, u"198.51.100.23"_s, u"CSL"_s, u"5g"_s,
                today - 110 * DayMs, today - 2 * DayMs),
         device(u"dev-3"_s, u"tablet"_s, u"Galaxy Tab S9"_s, u"Android"_s, u"14"_s, u"Chrome"_s, u"124.0"_s,
                {identifier(u"imei"_s, u"35-****-****-8810"_s), identifier(u"mac"_s, u"5c:**:**:**:a1:07"_s)},
                u"203.0.113.42"_s, u"China Mobile Hong Kong"_s, u"4g"_s, today - 75 * DayMs, today - 9 * DayMs),
         device(u"dev-4"_s, u"computer"_s, u"ThinkPad T14"_s, u"Windows"_s, u"11 23H2"_s, u"Firefox"_s, u"126.0"_s,
                {identifier(u"mac"_s, u"8c:**:**:**:52:e1"_s)}, u"198.51.100.80"_s, u"HKBN"_s, u"ethernet"_s,
                today - 40 * DayMs, today - 3 * DayMs)});
    doc(alice, u"cookies"_s,
        {cookie(u"ck-1"_s, u"hkc_session"_s, u"cookie"_s, u"essential"_s, u"console.example.hk"_s, QJsonValue(), false),
         cookie(u"ck-2"_s, u"hkc_csrf"_s, u"cookie"_s, u"essential"_s, u"console.example.hk"_s, QJsonValue(), false),
         cookie(u"ck-3"_s, u"hkc_lang"_s, u"cookie"_s, u"preferences"_s, u"example.hk"_s, 31536000, false),
         cookie(u"ck-4"_s, u"hkc_theme"_s, u"local_storage"_s, u"preferences"_s, u"console.example.hk"_s, QJsonValue(), false),
         cookie(u"ck-5"_s, u"_hkc_stats"_s, u"cookie"_s, u"analytics"_s, u"example.hk"_s, 63072000, true),
         cookie(u"ck-6"_s, u"open.gif"_s, u"web_beacon"_s, u"analytics"_s, u"mail.example.hk"_s, QJsonValue(), true),
         cookie(u"ck-7"_s, u"hkc_reco"_s, u"cookie"_s, u"personalisation"_s, u"example.hk"_s, 2592000, true),
         cookie(u"ck-8"_s, u"recent_domains"_s, u"local_storage"_s, u"personalisation"_s, u"console.example.hk"_s,
                QJsonValue(), true)});
    if (!ok || !insertServerEvents(alice, 1001, 1, 4700, today - 120 * DayMs, today)
        || !insertDomainEvents(alice, 2001, 1, 300, today - 120 * DayMs, today)) {
        *error = m_db.lastError();
        return false;
    }

    // --- bob: the heavy user that proves paging and the cache at scale.
    fields(bob,
           {field(u"name"_s, u"Bob Lee"_s, false, {u"service"_s, u"billing"_s, u"legal"_s}, u"contract"_s, u"you"_s),
            field(u"mobile"_s, u"+852 6987 6543"_s, true, {u"service"_s, u"security"_s}, u"contract"_s, u"you"_s),
            field(u"email"_s, u"bob.lee@example.com"_s, true, {u"service"_s, u"security"_s}, u"contract"_s, u"you"_s),
            field(u"address"_s, u"Unit 3, 21/F, 1 Sample Street, Kwun Tong, Kowloon"_s, true, {u"service"_s, u"billing"_s},
                  u"contract"_s, u"you"_s)},
           today - 12 * DayMs);
    doc(bob, u"payment_methods"_s,
        {payment({{u"id"_s, u"pm-1"_s}, {u"kind"_s, u"card"_s}, {u"brand"_s, u"Mastercard"_s}, {u"last4"_s, u"5454"_s},
                  {u"expiry"_s, u"2026-11"_s}},
                 today - 300 * DayMs)});
    doc(bob, u"servers"_s,
        {named(u"srv-1"_s, u"build-1"_s), named(u"srv-2"_s, u"build-2"_s), named(u"srv-3"_s, u"cache-1"_s)});
    doc(bob, u"domains"_s, {named(u"dom-1"_s, u"boblee.example.com"_s)});
    doc(bob, u"devices"_s,
        {device(u"dev-1"_s, u"computer"_s, u"Dell XPS 15"_s, u"Ubuntu"_s, u"24.04"_s, u"Firefox"_s, u"126.0"_s,
                {identifier(u"mac"_s, u"d0:**:**:**:11:2b"_s)}, u"198.51.100.140"_s, u"HKBN"_s, u"ethernet"_s,
                today - 350 * DayMs, today - DayMs),
         device(u"dev-2"_s, u"phone"_s, u"Pixel 8"_s, u"Android"_s, u"14"_s, u"Chrome"_s, u"125.0"_s,
                {identifier(u"imei"_s, u"35-****-****-7781"_s)}, u"203.0.113.201"_s, u"SmarTone"_s, u"5g"_s,
                today - 200 * DayMs, today - 4 * DayMs)});
    doc(bob, u"cookies"_s,
        {cookie(u"ck-1"_s, u"hkc_session"_s, u"cookie"_s, u"essential"_s, u"console.example.hk"_s, QJsonValue(), false),
         cookie(u"ck-2"_s, u"hkc_lang"_s, u"cookie"_s, u"preferences"_s, u"example.hk"_s, 31536000, false)});
    if (!ok || !insertServerEvents(bob, 1002, 1, bobServerEvents, today - 365 * DayMs, today)
        || !insertDomainEvents(bob, 2002, 1, 24, today - 365 * DayMs, today)) {
        *error = m_db.lastError();
        return false;
    }

    // --- sam (staff) and kim (supervisor): the staff side (docs/api/staff.md).
    fields(sam,
           {field(u"name"_s, u"Sam Wong"_s, false, {u"service"_s, u"legal"_s}, u"contract"_s, u"you"_s),
            field(u"email"_s, u"sam.wong@example.hk"_s, true, {u"service"_s, u"security"_s}, u"contract"_s, u"you"_s)},
           today - 100 * DayMs);
    fields(kim,
           {field(u"name"_s, u"Kim Lau"_s, false, {u"service"_s, u"legal"_s}, u"contract"_s, u"you"_s),
            field(u"email"_s, u"kim.lau@example.hk"_s, true, {u"service"_s, u"security"_s}, u"contract"_s, u"you"_s)},
           today - 100 * DayMs);
    if (!ok) {
        *error = m_db.lastError();
        return false;
    }
    // --- incidents and disclosures (issue 12), then more, smaller customers, with requests in every status,
    // so the queue and search mean something.
    return DemoNotices(m_db).seed(today, alice, bob, error) && DemoCustomers(m_db, *this).seed(today, sam, kim, error);
}

bool DemoData::insertServerEvents(qint64 account, quint32 seed, qint64 firstId, qint64 count, qint64 fromMs,
                                  qint64 toMs)
{
    if (count <= 0)
        return true;
    const QJsonArray servers = m_db.documents(account, u"servers"_s);
    if (servers.isEmpty())
        return true;
    QStringList ids, names;
    for (const auto &s : servers) {
        ids << s[u"id"_s].toString();
        names << s[u"name"_s].toString();
    }
    QRandomGenerator rng(seed);
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO server_events(account, id, server_id, server_name, login_at, duration_s, traffic_bytes, "
              "cpu_pct, memory_bytes, disk_bytes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // Evenly spread, with jitter inside each slot, so time grows with id like a real log.
    const double step = double(toMs - fromMs) / double(count);
    for (qint64 i = 0; i < count; ++i) {
        const int s = int(rng.bounded(int(ids.size())));
        const qint64 at = fromMs + qint64(double(i) * step + rng.bounded(qMax(1.0, step * 0.8)));
        q.bindValue(0, account);
        q.bindValue(1, firstId + i);
        q.bindValue(2, ids[s]);
        q.bindValue(3, names[s]);
        q.bindValue(4, at - at % 1000);
        q.bindValue(5, qint64(60 + rng.bounded(4 * 3600)));
        q.bindValue(6, qint64(rng.bounded(5000)) * 1000003LL + rng.bounded(1000000));
        q.bindValue(7, double(rng.bounded(1001)) / 10.0);
        q.bindValue(8, qint64(256 + rng.bounded(16 * 1024 - 256)) * 1024 * 1024);
        q.bindValue(9, qint64(5 + rng.bounded(195)) * 1024 * 1024 * 1024 + rng.bounded(1 << 30));
        if (!q.exec()) {
            qWarning("demo data: %s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

bool DemoData::insertDomainEvents(qint64 account, quint32 seed, qint64 firstId, qint64 count, qint64 fromMs,
                                  qint64 toMs)
{
    if (count <= 0)
        return true;
    const QJsonArray domains = m_db.documents(account, u"domains"_s);
    if (domains.isEmpty())
        return true;
    static const QString kinds[] = {u"query"_s, u"registration"_s, u"purchase"_s,
                                    u"renewal"_s, u"transfer"_s, u"dns_change"_s};
    static const QString records[] = {u"A"_s, u"AAAA"_s, u"CNAME"_s, u"MX"_s, u"TXT"_s};
    QString last4 = u"0000"_s;
    for (const auto &pm : m_db.documents(account, u"payment_methods"_s))
        if (pm[u"kind"_s].toString() == u"card")
            last4 = pm[u"last4"_s].toString();
    QRandomGenerator rng(seed);
    QSqlQuery q(m_db.database());
    q.prepare(u"INSERT INTO domain_events(account, id, domain, kind, at, details) VALUES(?, ?, ?, ?, ?, ?)"_s);
    const double step = double(toMs - fromMs) / double(count);
    for (qint64 i = 0; i < count; ++i) {
        const QString domain = domains[int(rng.bounded(int(domains.size())))][u"name"_s].toString();
        // The first six cover every kind; after that mostly queries and DNS edits, as in real life.
        int k = int(i);
        if (i >= 6) {
            const int roll = int(rng.bounded(100));
            k = roll < 40 ? 0 : roll < 80 ? 5 : roll < 85 ? 1 : roll < 90 ? 2 : roll < 97 ? 3 : 4;
        }
        const qint64 at = fromMs + qint64(double(i) * step + rng.bounded(qMax(1.0, step * 0.8)));
        const QString year = QString::number(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().year() + 1);
        QString details;
        switch (k) {
        case 0:
            details = u"Searched for "_s + domain.section(u'.', 0, 0) + (rng.bounded(2) ? u"-shop"_s : u"-studio"_s)
                + (rng.bounded(2) ? u".example.hk: available"_s : u".example.com: taken"_s);
            break;
        case 1:
            details = u"Registered for 1 year"_s;
            break;
        case 2:
            details = u"Paid HK$ "_s + QString::number(88 + rng.bounded(5) * 10) + u".00 by card ending "_s + last4;
            break;
        case 3:
            details = u"Renewed until "_s + year + u"-0"_s + QString::number(1 + rng.bounded(9)) + u"-15"_s;
            break;
        case 4:
            details = u"Transfer in from another registrar completed"_s;
            break;
        default: {
            const QString rec = records[rng.bounded(5)];
            details = rec + u" www "_s + ipFor(rng) + u" -> "_s + ipFor(rng);
            break;
        }
        }
        q.bindValue(0, account);
        q.bindValue(1, firstId + i);
        q.bindValue(2, domain);
        q.bindValue(3, kinds[k]);
        q.bindValue(4, at - at % 1000);
        q.bindValue(5, details);
        if (!q.exec()) {
            qWarning("demo data: %s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

bool DemoData::appendEvents(qint64 account, qint64 servers, qint64 domains, QString *error)
{
    const qint64 now = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
    const EventsRepository events(m_db);
    const qint64 nextServer = events.maxId(EventKind::Server, account) + 1;
    const qint64 nextDomain = events.maxId(EventKind::Domain, account) + 1;
    if (!m_db.begin()) {
        *error = m_db.lastError();
        return false;
    }
    // Seeds derived from the first new id: appending is as deterministic as seeding.
    const bool ok = insertServerEvents(account, quint32(7919 * nextServer + account), nextServer, servers,
                                       now - 60 * 1000, now)
        && insertDomainEvents(account, quint32(104729 * nextDomain + account), nextDomain, domains, now - 60 * 1000, now);
    if (!ok || !m_db.commit()) {
        *error = m_db.lastError();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace pd::provider
