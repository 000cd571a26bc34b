// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCustomers.h"

#include "AuditLog.h"
#include "Calendar.h"
#include "Crypto.h"
#include "DemoData.h"
#include "GrantsRepository.h"
#include "PolicyText.h"
#include "ProviderDb.h"
#include "RequestLifecycle.h"
#include "RequestsRepository.h"
#include "RetentionRules.h"
#include "StaffActions.h"
#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

struct Customer
{
    QString accountId, username, displayName, mobile, email, address;
    bool askFirst = false;
};

// Hong Kong names (surname first, as they are usually written in English here); addresses are
// made up and numbers are not in service.
const Customer customers[8] = {
    {u"C-1003"_s, u"taiman"_s, u"Chan Tai Man"_s, u"+852 9123 4501"_s, u"taiman.chan@example.hk"_s,
     u"Flat 3A, 12 Sample Lane, Mong Kok, Kowloon"_s},
    {u"C-1004"_s, u"siuming"_s, u"Wong Siu Ming"_s, u"+852 6234 5502"_s, u"siuming.wong@example.com"_s,
     u"Room 1203, 45 Example Street, Sha Tin, New Territories"_s},
    {u"C-1005"_s, u"kayan"_s, u"Lee Ka Yan"_s, u"+852 5345 6603"_s, u"kayan.lee@example.hk"_s,
     u"Flat 8C, 7 Demo Road, Tsuen Wan, New Territories"_s, true},
    {u"C-1006"_s, u"waikit"_s, u"Cheung Wai Kit"_s, u"+852 9456 7704"_s, u"waikit.cheung@example.com"_s,
     u"18/F, 200 Sample Road, Causeway Bay, Hong Kong"_s},
    {u"C-1007"_s, u"meiling"_s, u"Lau Mei Ling"_s, u"+852 6567 8805"_s, u"meiling.lau@example.hk"_s,
     u"Flat 21D, 3 Example Terrace, Tseung Kwan O, New Territories"_s},
    {u"C-1008"_s, u"chunhei"_s, u"Ho Chun Hei"_s, u"+852 5678 9906"_s, u"chunhei.ho@example.com"_s,
     u"Unit 5, 9/F, 66 Demo Street, Aberdeen, Hong Kong"_s},
    {u"C-1009"_s, u"hoiyan"_s, u"Ng Hoi Yan"_s, u"+852 9789 0107"_s, u"hoiyan.ng@example.hk"_s,
     u"Flat 2B, 15 Sample Path, Tai Po, New Territories"_s, true},
    {u"C-1010"_s, u"wingsze"_s, u"Tsang Wing Sze"_s, u"+852 6890 1208"_s, u"wingsze.tsang@example.com"_s,
     u"Flat 6F, 28 Example Avenue, Yuen Long, New Territories"_s},
};

QJsonObject field(const QString &key, const QString &value, bool editable, const QJsonArray &purpose)
{
    return {{u"key"_s, key}, {u"value"_s, value}, {u"editable"_s, editable}, {u"purpose"_s, purpose},
            {u"legal_basis"_s, u"contract"_s}, {u"source"_s, u"you"_s}, {u"retention"_s, u"registration"_s}};
}

} // namespace

DemoCustomers::DemoCustomers(ProviderDb &db, DemoData &events)
    : m_db(db)
    , m_events(events)
{
}

bool DemoCustomers::seed(qint64 today, qint64 sam, qint64 kim, QString *error)
{
    return seedCustomers(today, error) && seedRequests(today, sam, kim, error);
}

bool DemoCustomers::seedCustomers(qint64 today, QString *error)
{
    const QString policy = PolicyText::v20250514().version; // what the demo accounts accepted
    for (int i = 0; i < 8; ++i) {
        const Customer &c = customers[i];
        Account a;
        a.accountId = c.accountId;
        a.username = c.username;
        a.displayName = c.displayName;
        a.role = u"customer"_s;
        a.policyVersionAccepted = policy;
        a.passwordHash = Crypto::hashPassword(u"demo-"_s + c.username);
        a.passwordChangedAt = today - (300 - i * 20) * DayMs + 8 * 3600 * 1000;
        a.askFirst = c.askFirst;
        const auto id = m_db.insertAccount(a);
        if (!id) {
            *error = m_db.lastError();
            return false;
        }
        m_ids[i] = *id;
        const qint64 updated = today - (60 + i) * DayMs + 11 * 3600 * 1000;
        const QList<QJsonObject> fields{
            field(u"name"_s, c.displayName, false, {u"service"_s, u"billing"_s, u"legal"_s}),
            field(u"mobile"_s, c.mobile, true, {u"service"_s, u"security"_s}),
            field(u"email"_s, c.email, true, {u"service"_s, u"security"_s}),
            field(u"address"_s, c.address, true, {u"service"_s, u"billing"_s}),
        };
        bool ok = true;
        for (int p = 0; p < fields.size(); ++p)
            ok = ok && m_db.insertPersonalField(*id, p, fields[p], updated - p * 3 * DayMs);
        const QString last4 = QString::number(1000 + i * 1111 % 9000);
        ok = ok
            && m_db.insertDocument(
                *id, u"payment_methods"_s, 0,
                QJsonObject{{u"id"_s, u"pm-1"_s}, {u"kind"_s, u"card"_s}, {u"brand"_s, i % 2 ? u"Mastercard"_s : u"Visa"_s},
                 {u"last4"_s, last4}, {u"expiry"_s, QString(u"2028-0"_s + QString::number(1 + i))},
                 {u"purpose"_s, QJsonArray{u"billing"_s, u"security"_s}}, {u"legal_basis"_s, u"contract"_s},
                 {u"source"_s, u"you"_s}, {u"retention"_s, u"registration"_s}, {u"updated_at"_s, isoUtc(updated)}})
            && m_db.insertDocument(*id, u"servers"_s, 0, QJsonObject{{u"id"_s, u"srv-1"_s}, {u"name"_s, u"web-1"_s}})
            && m_db.insertDocument(*id, u"domains"_s, 0,
                                   QJsonObject{{u"id"_s, u"dom-1"_s}, {u"name"_s, QString(c.username + u".example.hk"_s)}})
            && m_db.insertDocument(
                *id, u"devices"_s, 0,
                QJsonObject{{u"id"_s, u"dev-1"_s}, {u"type"_s, i % 3 ? u"phone"_s : u"computer"_s},
                 {u"model"_s, i % 3 ? u"iPhone 13"_s : u"ThinkPad X1"_s}, {u"os"_s, i % 3 ? u"iOS"_s : u"Windows"_s},
                 {u"os_version"_s, i % 3 ? u"17.2"_s : u"11 23H2"_s}, {u"browser"_s, i % 3 ? u"Safari"_s : u"Edge"_s},
                 {u"browser_version"_s, u"17.2"_s}, {u"identifiers"_s, QJsonArray()},
                 {u"ip"_s, QString(u"203.0.113."_s + QString::number(100 + i))}, {u"operator"_s, u"HKT"_s},
                 {u"connection"_s, u"wifi"_s}, {u"first_seen"_s, isoUtc(today - 200 * DayMs)},
                 {u"last_seen"_s, isoUtc(today - (i + 1) * DayMs)}})
            && m_db.insertDocument(*id, u"cookies"_s, 0,
                                   QJsonObject{{u"id"_s, u"ck-1"_s}, {u"name"_s, u"hkc_session"_s}, {u"kind"_s, u"cookie"_s},
                                    {u"purpose"_s, u"essential"_s}, {u"domain"_s, u"console.example.hk"_s},
                                    {u"lifetime_s"_s, QJsonValue()}, {u"consent_required"_s, false}})
            && m_db.insertDocument(*id, u"cookies"_s, 1,
                                   QJsonObject{{u"id"_s, u"ck-2"_s}, {u"name"_s, u"_hkc_stats"_s}, {u"kind"_s, u"cookie"_s},
                                    {u"purpose"_s, u"analytics"_s}, {u"domain"_s, u"example.hk"_s},
                                    {u"lifetime_s"_s, 63072000}, {u"consent_required"_s, true}})
            && m_events.insertServerEvents(*id, quint32(3001 + i), 1, 40, today - 90 * DayMs, today)
            && m_events.insertDomainEvents(*id, quint32(4001 + i), 1, 12, today - 90 * DayMs, today);
        if (!ok) {
            *error = m_db.lastError();
            return false;
        }
    }
    return true;
}

bool DemoCustomers::seedRequests(qint64 today, qint64 sam, qint64 kim, QString *error)
{
    struct Demo
    {
        int customer;
        int receivedDaysAgo;
        QJsonObject summary;
    };
    const auto complaint = [](const QString &kind, const QString &subject, const QString &message) {
        return QJsonObject{{u"type"_s, u"complaint"_s}, {u"kind"_s, kind}, {u"subject"_s, subject},
                           {u"message"_s, message}};
    };
    const auto correction = [](const QString &field, const QString &value, const QString &reason) {
        return QJsonObject{{u"type"_s, u"correction"_s}, {u"field"_s, field}, {u"proposed_value"_s, value},
                           {u"reason"_s, reason}};
    };
    const QJsonObject exportJson{{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}};
    const auto cancel = [](const QString &reason) {
        return QJsonObject{{u"type"_s, u"cancel_account"_s}, {u"reason"_s, reason}, {u"confirmation"_s, u"CANCEL"_s}};
    };
    const auto deleteCategory = [](const QString &category) {
        return QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s}, {u"category"_s, category},
                           {u"confirmation"_s, u"DELETE"_s}};
    };
    const auto deleteRecords = [](const QString &category, const QStringList &ids) {
        QJsonArray records;
        for (const QString &id : ids)
            records.append(QJsonObject{{u"category"_s, category}, {u"id"_s, id}});
        return QJsonObject{{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s}, {u"records"_s, records},
                           {u"confirmation"_s, u"DELETE"_s}};
    };
    const Demo demos[] = {
        {0, 45, exportJson},
        {0, 10, complaint(u"complaint"_s, u"Charged twice for a renewal"_s,
                          u"My domain renewal was charged twice on the same day. Please refund one of them."_s)},
        {1, 20, correction(u"address"_s, u"Room 1508, 45 Example Street, Sha Tin, New Territories"_s,
                           u"I moved to another flat in the same building."_s)},
        {1, 2, deleteRecords(u"devices"_s, {u"dev-1"_s})},
        {2, 35, cancel(u"I am moving my servers to another provider."_s)},
        {2, 60, exportJson},
        {3, 50, deleteCategory(u"cookies"_s)},
        {3, 38, correction(u"name"_s, u"Cheung Wai-kit"_s, u"My name is written with a hyphen on my HKID."_s)},
        {4, 1, complaint(u"suggestion"_s, u"Dark mode for the console"_s,
                         u"Please add a dark theme to the web console; it is hard on the eyes at night."_s)},
        {4, 33, deleteCategory(u"domain_usage"_s)},
        {5, 12, exportJson},
        {5, 25, complaint(u"complaint"_s, u"Support never called back"_s,
                          u"I was promised a call back about my server outage and nobody called."_s)},
        {6, 42, correction(u"mobile"_s, u"+852 9789 0170"_s, u"The last two digits were swapped when I signed up."_s)},
        {6, 3, cancel(QString())},
        {7, 31, deleteRecords(u"server_usage"_s, {u"1"_s, u"2"_s, u"3"_s})},
        {7, 20, exportJson},
    };
    RequestsRepository requests(m_db);
    RetentionRules retention(m_db);
    QStringList ids;
    int n = 0;
    for (const Demo &d : demos) {
        const qint64 received = today - d.receivedDaysAgo * DayMs + (9 + n % 8) * 3600 * 1000;
        const QString id = u"R-DE"_s + QString::number(++n).rightJustified(4, u'0');
        RequestRow row = RequestLifecycle::received(id, m_ids[d.customer], d.summary[u"type"_s].toString(),
                                                    d.summary, received);
        if (row.type == u"deletion") {
            const auto account = m_db.accountById(row.account);
            if (!account) {
                *error = m_db.lastError();
                return false;
            }
            row.retained = retention.retainedFor(*account, row.summary, received);
            row.retainedSet = true;
        }
        if (!requests.insert(row)) {
            *error = m_db.lastError();
            return false;
        }
        ids << id;
    }

    // What staff did with them, by the real staff actions, in the order it happened.
    struct Step
    {
        int request;               ///< index into demos
        int daysAgo;
        int hour;
        qint64 staff;
        QJsonObject body;
    };
    const auto act = [](const QString &action) { return QJsonObject{{u"action"_s, action}}; };
    const auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
        o.insert(key, value);
        return o;
    };
    const QList<Step> steps{
        {1, 9, 10, sam, act(u"assign"_s)},
        {1, 9, 11, sam, act(u"start_review"_s)},
        {2, 19, 10, sam, act(u"assign"_s)},
        {2, 19, 11, sam, act(u"start_review"_s)},
        {2, 18, 15, sam, with(act(u"ask_info"_s), u"question"_s,
                              u"Please upload a recent utility bill or tenancy agreement that shows the new address."_s)},
        {4, 30, 10, kim, act(u"assign"_s)},
        {4, 30, 11, kim, act(u"start_review"_s)},
        {5, 58, 10, sam, act(u"assign"_s)},
        {5, 58, 11, sam, act(u"start_review"_s)},
        {5, 55, 16, sam, act(u"complete"_s)},
        {6, 45, 10, kim, act(u"assign"_s)},
        {6, 40, 14, kim, with(with(act(u"reject"_s), u"reason_code"_s, u"repetitive"_s), u"reason_text"_s,
                              u"Your cookies were deleted at your request last month; the only one left is the session "
                              "cookie the console needs to work while you are signed in."_s)},
        {9, 30, 10, sam, act(u"assign"_s)},
        {9, 30, 11, sam, act(u"start_review"_s)},
        {9, 29, 12, sam, with(with(act(u"extend"_s), u"months"_s, 1), u"reason"_s,
                              u"The registrar must confirm which of your orders are still open before we can delete "
                              "the rest."_s)},
        {10, 11, 10, kim, act(u"assign"_s)},
        {10, 11, 11, kim, with(act(u"ask_info"_s), u"question"_s,
                               u"Please reply with the last four digits of the card on file, so we can confirm the "
                               "export goes to you."_s)},
        {11, 24, 10, sam, act(u"assign"_s)},
        {11, 24, 11, sam, act(u"start_review"_s)},
        {11, 5, 15, sam, with(act(u"complete"_s), u"answer"_s,
                              u"We are sorry: the call-back was booked for the wrong number. We have corrected it, and "
                              "an engineer has since called you about the outage."_s)},
        {12, 40, 10, sam, act(u"assign"_s)},
        {12, 40, 11, sam, act(u"start_review"_s)},
        {14, 30, 10, sam, act(u"assign"_s)},
        {14, 29, 11, sam, with(act(u"ask_info"_s), u"question"_s,
                               u"Do you want the usage of your other sessions deleted too, or only these three?"_s)},
        {15, 19, 10, sam, act(u"assign"_s)},
        {-1, 6, 10, sam, {}}, // a grant to look at taiman's card on file (pastGrant)
        {15, 10, 14, sam, with(with(act(u"reject"_s), u"reason_code"_s, u"identity_not_verified"_s), u"reason_text"_s,
                               u"We could not confirm the request came from you: it was sent from an e-mail address "
                               "that is not on your account. Please ask again from the app while signed in."_s)},
    };
    QList<Step> ordered = steps;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Step &a, const Step &b) {
        return a.daysAgo != b.daysAgo ? a.daysAgo > b.daysAgo : a.hour < b.hour;
    });
    const auto samAccount = m_db.accountById(sam), kimAccount = m_db.accountById(kim);
    if (!samAccount || !kimAccount) {
        *error = m_db.lastError();
        return false;
    }
    StaffActions actions(m_db);
    for (const Step &step : ordered) {
        if (step.request < 0) {
            if (!pastGrant(today - step.daysAgo * DayMs + step.hour * 3600 * 1000, *samAccount, error))
                return false;
            continue;
        }
        auto row = requests.load(ids[step.request], std::nullopt);
        const qint64 at = today - step.daysAgo * DayMs + step.hour * 3600 * 1000;
        if (!row || actions.apply(step.staff == sam ? *samAccount : *kimAccount, *row, step.body, at)) {
            *error = u"demo step on "_s + ids[step.request] + u" failed: "_s + m_db.lastError();
            return false;
        }
    }
    return true;
}

bool DemoCustomers::pastGrant(qint64 at, const Account &staff, QString *error)
{
    // taiman phoned about a double charge; sam opened his registration for 20 minutes, read it and
    // ended the grant: what a customer's access log usually shows.
    GrantRow g;
    g.id = u"G-DE0001"_s;
    g.account = m_ids[0];
    g.customer = customers[0].accountId;
    g.staff = staff.id;
    g.staffPseudonym = staff.staffPseudonym;
    g.reason = u"customer_request"_s;
    g.ticket = u"T-20418"_s;
    g.justification = u"Customer phoned about a double charge and asked us to check the card on file."_s;
    g.categories = {u"registration"_s};
    g.minutes = 20;
    g.status = u"ended"_s;
    g.requestedAt = g.decidedAt = at;
    g.expiresAt = at + 20 * 60 * 1000;
    g.endedAt = at + 9 * 60 * 1000;
    AuditLog audit(m_db);
    const auto entry = [&](const QString &action, qint64 when, const QStringList &categories, const QJsonObject &details) {
        AuditEntry e = AuditEntry::by(staff, action);
        e.at = when;
        e.accountId = g.customer;
        e.grantId = g.id;
        e.reason = g.reason;
        e.ticket = g.ticket;
        e.categories = categories;
        e.grantMinutes = g.minutes;
        e.details = details;
        return audit.append(e);
    };
    if (!GrantsRepository(m_db).insert(g)
        || !entry(u"grant_opened"_s, at, g.categories, {{u"justification"_s, g.justification}, {u"status"_s, u"active"_s}})
        || !entry(u"viewed"_s, at + 2 * 60 * 1000, {u"registration"_s}, {{u"view"_s, u"personal"_s}})
        || !entry(u"grant_ended"_s, g.endedAt, g.categories, {{u"was"_s, u"active"_s}})) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

} // namespace pd::provider
