// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the staff-side tests (docs/api/staff.md): everyone signed in, a staff action, the audit
// log as a supervisor reads it.
#pragma once

#include "ActionsTestSupport.h"

#include <QJsonArray>

namespace pd::test {

/// The demo accounts' tokens.
struct DemoTokens
{
    Tokens alice, bob, sam, kim;
    bool ok() const { return alice.ok() && bob.ok() && sam.ok() && kim.ok(); }
};

inline DemoTokens signInEveryone(HttpTestClient &http)
{
    return {signIn(http, QStringLiteral("alice"), QStringLiteral("demo-alice")),
            signIn(http, QStringLiteral("bob"), QStringLiteral("demo-bob")),
            signIn(http, QStringLiteral("sam"), QStringLiteral("demo-sam")),
            signIn(http, QStringLiteral("kim"), QStringLiteral("demo-kim"))};
}

/// POST /v1/staff/requests/{id}/actions.
inline HttpResult staffAct(ApiClient &api, const QByteArray &token, const QString &id, const QJsonObject &body,
                           const QByteArray &key = {})
{
    return api.act("POST", QStringLiteral("/v1/staff/requests/") + id + QStringLiteral("/actions"), token, body, key);
}

/// POST /v1/staff/grants: `staff` asks to see alice's (C-1001) personal details and devices because
/// she called about a bill; active at once, or pending when alice has "Ask me first" on.
inline HttpResult openAliceGrant(ApiClient &api, const QByteArray &staff, const QString &ticket, int minutes = 30)
{
    return api.act("POST", QStringLiteral("/v1/staff/grants"), staff,
                   QJsonObject{{QStringLiteral("account_id"), QStringLiteral("C-1001")},
                               {QStringLiteral("reason"), QStringLiteral("customer_request")},
                               {QStringLiteral("ticket"), ticket},
                               {QStringLiteral("justification"),
                                QStringLiteral("The customer called about a bill she does not recognise.")},
                               {QStringLiteral("categories"), QJsonArray{QStringLiteral("registration"), QStringLiteral("devices")}},
                               {QStringLiteral("minutes"), minutes}});
}

/// Every entry of GET /v1/staff/audit?<filters> (as a supervisor), following the cursor.
inline QJsonArray auditEntries(ApiClient &api, const QByteArray &supervisor, const QString &filters = {})
{
    QJsonArray all;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/v1/staff/audit?limit=500");
        if (!filters.isEmpty())
            path += u'&' + filters;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpResult r = api.get(path, supervisor);
        if (r.status != 200)
            return {};
        const QJsonObject o = r.json();
        for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
            all.append(v);
        if (!o.value(QStringLiteral("has_more")).toBool())
            break;
        cursor = o.value(QStringLiteral("next_cursor")).toString();
    }
    return all;
}

/// The entries among `entries` whose `key` is `value`.
inline QJsonArray where(const QJsonArray &entries, const QString &key, const QJsonValue &value)
{
    QJsonArray out;
    for (const QJsonValue &e : entries)
        if (e[key] == value)
            out.append(e);
    return out;
}

} // namespace pd::test
