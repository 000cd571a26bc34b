// SPDX-License-Identifier: GPL-3.0-or-later
// The staff side over real HTTP (docs/api/staff.md): roles, the queue (order, filters, paging), a
// request in full, every action and its effect as the customer then sees it through /v1/me (corrected
// field with its history, deleted records gone and restricted ones listed, the complaint's answer,
// the rejection, the export, the account closing after its grace period), invalid moves, idempotency
// and the audit entries all of it leaves.
#include "SqlTestSupport.h"
#include "StaffTestSupport.h"

#include <QSet>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime when(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODate); }

QStringList ids(const QJsonArray &items, const QString &key = u"id"_s)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v[key].toString();
    return out;
}

} // namespace

class TestProviderStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roles();
    void queueOrderAndFilters();
    void queuePaging();
    void queueRefusals();
    void requestInFull();
    void correctionSetsTheFieldKeepingHistory();
    void deletionDeletesAndRestricts();
    void restrictedDataIsDeletedWhenItsTimeComes();
    void complaintGetsItsAnswer();
    void questionAndRejection();
    void extendOnce();
    void invalidMoves_data();
    void invalidMoves();
    void idempotentActions();
    void accountClosesAfterGracePeriod();
    void auditTrailOfActions();

private:
    QString create(const QByteArray &token, const QJsonObject &body);
    QJsonObject customerView(const QByteArray &token, const QString &id);
    QJsonObject effects(const QString &account = u"alice"_s);

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    DemoTokens m_t;
};

void TestProviderStaff::initTestCase()
{
    m_provider = std::make_unique<ProviderProcess>(QStringList{u"--test-hooks"_s, u"--scale"_s, u"50"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    m_api = std::make_unique<ApiClient>(m_provider->url());
    m_t = signInEveryone(*m_http);
    QVERIFY(m_t.ok());
}

QString TestProviderStaff::create(const QByteArray &token, const QJsonObject &body)
{
    const HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, token, body);
    return r.status == 201 ? r.json().value(u"id"_s).toString() : QString();
}

QJsonObject TestProviderStaff::customerView(const QByteArray &token, const QString &id)
{
    return m_api->get(u"/v1/me/requests/"_s + id, token).json();
}

QJsonObject TestProviderStaff::effects(const QString &account)
{
    return m_api->get(u"/test/effects?account="_s + account, {}).json();
}

void TestProviderStaff::roles()
{
    const QJsonObject sam = m_api->get(u"/v1/me"_s, m_t.sam.access).json();
    QCOMPARE(sam.value(u"role"_s).toString(), u"staff"_s);
    QCOMPARE(sam.value(u"staff_pseudonym"_s).toString(), u"Support agent 7"_s);
    const QJsonObject kim = m_api->get(u"/v1/me"_s, m_t.kim.access).json();
    QCOMPARE(kim.value(u"role"_s).toString(), u"supervisor"_s);
    QCOMPARE(kim.value(u"account_id"_s).toString(), u"C-9002"_s);
    QCOMPARE(kim.value(u"staff_pseudonym"_s).toString(), u"Support supervisor 2"_s);
    // A customer has no pseudonym.
    QVERIFY(!m_api->get(u"/v1/me"_s, m_t.alice.access).json().contains(u"staff_pseudonym"_s));
}

void TestProviderStaff::queueOrderAndFilters()
{
    const HttpResult r = m_api->get(u"/v1/staff/requests"_s, m_t.sam.access);
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.json().value(u"items"_s).toArray();
    QVERIFY2(items.size() >= 10, "the demo customers' open requests");
    // Metadata only, nothing a customer wrote.
    const QSet<QString> keys{u"id"_s, u"account_id"_s, u"type"_s, u"status"_s, u"received_at"_s, u"due_at"_s,
                             u"extended_due_at"_s, u"extended"_s, u"assignee"_s, u"assigned_to_me"_s,
                             u"days_left"_s, u"overdue"_s, u"updated_at"_s};
    bool sawOverdue = false, sawOnTime = false;
    QDateTime previousDue;
    bool previousOverdue = true;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QStringList names = o.keys();
        QCOMPARE(QSet<QString>(names.begin(), names.end()), keys);
        QVERIFY(QStringList({u"received"_s, u"in_review"_s, u"needs_info"_s}).contains(o[u"status"_s].toString()));
        const bool overdue = o[u"overdue"_s].toBool();
        const QDateTime due = when(o[u"extended"_s].toBool() ? o[u"extended_due_at"_s] : o[u"due_at"_s]);
        QCOMPARE(overdue, due < QDateTime::currentDateTimeUtc());
        QCOMPARE(o[u"days_left"_s].toInt() < 0, overdue);
        // Overdue first, then by due date.
        QVERIFY2(previousOverdue || !overdue, qPrintable(o[u"id"_s].toString()));
        if (overdue == previousOverdue && previousDue.isValid())
            QVERIFY2(previousDue <= due, qPrintable(o[u"id"_s].toString()));
        previousOverdue = overdue;
        previousDue = due;
        sawOverdue = sawOverdue || overdue;
        sawOnTime = sawOnTime || !overdue;
    }
    QVERIFY(sawOverdue && sawOnTime);

    // Filters.
    const auto list = [&](const QString &q) {
        return m_api->get(u"/v1/staff/requests?"_s + q, m_t.sam.access).json().value(u"items"_s).toArray();
    };
    for (const QJsonValue &v : list(u"overdue=true"_s))
        QVERIFY(v[u"overdue"_s].toBool());
    for (const QJsonValue &v : list(u"overdue=false"_s))
        QVERIFY(!v[u"overdue"_s].toBool());
    QCOMPARE(list(u"overdue=true"_s).size() + list(u"overdue=false"_s).size(), items.size());
    for (const QJsonValue &v : list(u"type=export"_s))
        QCOMPARE(v[u"type"_s].toString(), u"export"_s);
    const QJsonArray mine = list(u"assignee=me"_s);
    QVERIFY(!mine.isEmpty());
    for (const QJsonValue &v : mine) {
        QVERIFY(v[u"assigned_to_me"_s].toBool());
        QCOMPARE(v[u"assignee"_s].toString(), u"Support agent 7"_s);
    }
    for (const QJsonValue &v : list(u"assignee=none"_s))
        QVERIFY(v[u"assignee"_s].isNull());
    // kim sees sam's as assigned, not to her.
    for (const QJsonValue &v : m_api->get(u"/v1/staff/requests?assignee=me"_s, m_t.kim.access).json()[u"items"_s].toArray())
        QCOMPARE(v[u"assignee"_s].toString(), u"Support supervisor 2"_s);
    const QJsonArray all = list(u"status=all"_s);
    QVERIFY(all.size() > items.size());
    QStringList statuses;
    for (const QJsonValue &v : all)
        statuses << v[u"status"_s].toString();
    for (const QString &s : {u"received"_s, u"in_review"_s, u"needs_info"_s, u"completed"_s, u"rejected"_s})
        QVERIFY2(statuses.contains(s), qPrintable(s));
    for (const QJsonValue &v : list(u"status=rejected"_s))
        QCOMPARE(v[u"status"_s].toString(), u"rejected"_s);
    // One extended (and so no longer overdue) request in the demo.
    QVERIFY(!where(all, u"extended"_s, true).isEmpty());
}

void TestProviderStaff::queuePaging()
{
    const QJsonArray whole = m_api->get(u"/v1/staff/requests?status=all"_s, m_t.sam.access).json()[u"items"_s].toArray();
    QStringList paged;
    QString cursor;
    for (int i = 0; i < 100; ++i) {
        const HttpResult r = m_api->get(u"/v1/staff/requests?status=all&limit=3"_s
                                            + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                                        m_t.sam.access);
        QCOMPARE(r.status, 200);
        paged += ids(r.json()[u"items"_s].toArray());
        cursor = r.json()[u"next_cursor"_s].toString();
        if (!r.json()[u"has_more"_s].toBool())
            break;
    }
    QCOMPARE(paged, ids(whole));
    // A cursor is for its own filters and its own staff member.
    const QString first = m_api->get(u"/v1/staff/requests?status=all&limit=3"_s, m_t.sam.access).json()[u"next_cursor"_s].toString();
    QCOMPARE(m_api->get(u"/v1/staff/requests?limit=3&cursor="_s + first, m_t.sam.access).problemType(), u"invalid-cursor"_s);
    QCOMPARE(m_api->get(u"/v1/staff/requests?status=all&limit=3&cursor="_s + first, m_t.kim.access).problemType(),
             u"invalid-cursor"_s);
}

void TestProviderStaff::queueRefusals()
{
    for (const QString &q : {u"status=done"_s, u"type=refund"_s, u"assignee=kim"_s, u"overdue=yes"_s, u"limit=0"_s})
        QCOMPARE(m_api->get(u"/v1/staff/requests?"_s + q, m_t.sam.access).status, 400);
    QCOMPARE(m_api->get(u"/v1/staff/requests?sort=due"_s, m_t.sam.access).problemType(), u"unknown-parameter"_s);
    QCOMPARE(m_api->get(u"/v1/staff/requests"_s, {}).status, 401);
    // A customer is refused, and the refusal is audited.
    const HttpResult refused = m_api->get(u"/v1/staff/requests"_s, m_t.bob.access);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.problemType(), u"insufficient-role"_s);
    const QJsonArray entries = auditEntries(*m_api, m_t.kim.access, u"action=refused&staff=C-1002"_s);
    QVERIFY(!entries.isEmpty());
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last[u"actor_role"_s].toString(), u"customer"_s);
    QCOMPARE(last[u"details"_s][u"path"_s].toString(), u"/v1/staff/requests"_s);
    QCOMPARE(last[u"details"_s][u"problem"_s].toString(), u"insufficient-role"_s);
    // Supervisor-only routes refuse staff.
    QCOMPARE(m_api->get(u"/v1/staff/audit"_s, m_t.sam.access).problemType(), u"insufficient-role"_s);
    QCOMPARE(m_api->get(u"/v1/staff/refusals"_s, m_t.sam.access).problemType(), u"insufficient-role"_s);
}

void TestProviderStaff::requestInFull()
{
    const HttpResult r = m_api->get(u"/v1/staff/requests/R-DE0003"_s, m_t.sam.access);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o[u"status"_s].toString(), u"needs_info"_s);
    QCOMPARE(o[u"account_id"_s].toString(), u"C-1004"_s);
    QCOMPARE(o[u"assignee"_s].toString(), u"Support agent 7"_s);
    QVERIFY(o[u"assigned_to_me"_s].toBool());
    QCOMPARE(o[u"summary"_s][u"field"_s].toString(), u"address"_s);
    const QJsonArray messages = o[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0][u"kind"_s].toString(), u"question"_s);
    QCOMPARE(messages[0][u"from"_s].toString(), u"staff"_s);
    QCOMPARE(messages[0][u"staff"_s].toString(), u"Support agent 7"_s);
    QCOMPARE(o[u"status_reason"_s].toString(), messages[0][u"text"_s].toString());
    QVERIFY(o[u"attachments"_s].isArray());
    QCOMPARE(m_api->get(u"/v1/staff/requests/R-NONE"_s, m_t.sam.access).status, 404);
    // The read is in the customer's log as request_viewed, for processing that request.
    const QJsonArray viewed = auditEntries(*m_api, m_t.kim.access, u"action=request_viewed&account_id=C-1004"_s);
    QVERIFY(!viewed.isEmpty());
    QCOMPARE(viewed.last()[u"ticket"_s].toString(), u"R-DE0003"_s);
    QCOMPARE(viewed.last()[u"reason"_s].toString(), u"request_processing"_s);
    QCOMPARE(viewed.last()[u"actor"_s].toString(), u"C-9001"_s);
}

void TestProviderStaff::correctionSetsTheFieldKeepingHistory()
{
    const QString id = create(m_t.alice.access, {{u"type"_s, u"correction"_s}, {u"field"_s, u"name"_s},
                                                 {u"proposed_value"_s, u"Alice Chan Ka-yee"_s},
                                                 {u"reason"_s, u"My full name."_s}});
    QVERIFY(!id.isEmpty());
    for (const QString &action : {u"assign"_s, u"start_review"_s, u"complete"_s}) {
        const HttpResult r = staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, action}});
        QCOMPARE(r.status, 200);
    }
    QCOMPARE(customerView(m_t.alice.access, id)[u"status"_s].toString(), u"completed"_s);
    QString name;
    for (const QJsonValue &f : m_api->get(u"/v1/me/personal"_s, m_t.alice.access).json()[u"fields"_s].toArray())
        if (f[u"key"_s].toString() == u"name")
            name = f[u"value"_s].toString();
    QCOMPARE(name, u"Alice Chan Ka-yee"_s);
    // The old value stays in the field's history, which the export shows.
    const QString exportId = create(m_t.alice.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    QCOMPARE(m_api->get(u"/v1/me/requests/"_s + exportId + u"/export"_s, m_t.alice.access).problemType(),
             u"export-not-ready"_s);
    QCOMPARE(staffAct(*m_api, m_t.kim.access, exportId, {{u"action"_s, u"complete"_s}}).status, 200);
    QVERIFY(customerView(m_t.alice.access, exportId)[u"export_ready"_s].toBool());
    const HttpResult exported = m_api->get(u"/v1/me/requests/"_s + exportId + u"/export"_s, m_t.alice.access);
    QCOMPARE(exported.status, 200);
    const QJsonArray updates = exported.json()[u"field_updates"_s].toArray();
    QVERIFY(!updates.isEmpty());
    QCOMPARE(updates.last()[u"key"_s].toString(), u"name"_s);
    QCOMPARE(updates.last()[u"old_value"_s].toString(), u"Alice Chan"_s);
    QCOMPARE(updates.last()[u"new_value"_s].toString(), u"Alice Chan Ka-yee"_s);
}

void TestProviderStaff::deletionDeletesAndRestricts()
{
    // Chosen records: a device and the e-mail are deleted; the address is on invoices, so restricted.
    const QString id = create(m_t.alice.access,
                              {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"records"_s},
                               {u"records"_s, QJsonArray{QJsonObject{{u"category"_s, u"devices"_s}, {u"id"_s, u"dev-2"_s}},
                                                         QJsonObject{{u"category"_s, u"registration"_s}, {u"id"_s, u"email"_s}},
                                                         QJsonObject{{u"category"_s, u"registration"_s}, {u"id"_s, u"address"_s}}}},
                               {u"confirmation"_s, u"DELETE"_s}});
    QVERIFY(!id.isEmpty());
    const HttpResult done = staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"complete"_s}});
    QCOMPARE(done.status, 200);
    const QStringList devices = ids(m_api->get(u"/v1/me/devices"_s, m_t.alice.access).json()[u"items"_s].toArray());
    QVERIFY(!devices.contains(u"dev-2"_s));
    QVERIFY(devices.contains(u"dev-1"_s));
    const QStringList fields = ids(m_api->get(u"/v1/me/personal"_s, m_t.alice.access).json()[u"fields"_s].toArray(), u"key"_s);
    QVERIFY(!fields.contains(u"email"_s));
    QVERIFY2(!fields.contains(u"address"_s), "a restricted field is hidden from normal reads");
    QVERIFY(fields.contains(u"mobile"_s));
    const QJsonArray retained = customerView(m_t.alice.access, id)[u"retained"_s].toArray();
    QCOMPARE(retained.size(), 1);
    QCOMPARE(retained[0][u"category"_s].toString(), u"registration"_s);
    QCOMPARE(retained[0][u"reason"_s].toString(), u"legal_obligation"_s);
    QVERIFY(when(retained[0][u"until"_s]) > QDateTime::currentDateTimeUtc().addYears(3).addDays(-2));
    QVERIFY(!retained[0][u"detail"_s].toString().isEmpty());

    // A whole category: searches and DNS changes deleted, orders restricted for 7 years.
    const QString domains = create(m_t.alice.access, {{u"type"_s, u"deletion"_s}, {u"scope"_s, u"category"_s},
                                                      {u"category"_s, u"domain_usage"_s}, {u"confirmation"_s, u"DELETE"_s}});
    QVERIFY(m_api->get(u"/v1/me/usage/domains"_s, m_t.alice.access).json()[u"items"_s].toArray().size() > 0);
    QCOMPARE(staffAct(*m_api, m_t.sam.access, domains, {{u"action"_s, u"complete"_s}}).status, 200);
    QCOMPARE(m_api->get(u"/v1/me/usage/domains"_s, m_t.alice.access).json()[u"items"_s].toArray().size(), 0);
    const QJsonArray kept = customerView(m_t.alice.access, domains)[u"retained"_s].toArray();
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept[0][u"category"_s].toString(), u"domain_usage"_s);
    QCOMPARE(kept[0][u"reason"_s].toString(), u"legal_obligation"_s);
    // Kept means kept: the orders are still in the database, restricted.
    QVERIFY(valueOf(m_provider->dataDir(), u"SELECT COUNT(*) FROM domain_events e JOIN accounts a ON a.id=e.account "
                                           "WHERE a.username='alice' AND e.restricted_until IS NOT NULL"_s)
                .toInt()
            > 0);
    QCOMPARE(valueOf(m_provider->dataDir(), u"SELECT COUNT(*) FROM domain_events e JOIN accounts a ON a.id=e.account "
                                            "WHERE a.username='alice' AND e.kind IN ('query','dns_change')"_s)
                 .toInt(),
             0);
}

void TestProviderStaff::restrictedDataIsDeletedWhenItsTimeComes()
{
    // After deletionDeletesAndRestricts: alice's address is restricted for 3 years, her domain orders 7.
    const QString dir = m_provider->dataDir();
    const QString address = u"SELECT COUNT(*) FROM personal_fields f JOIN accounts a ON a.id=f.account "
                            "WHERE a.username='alice' AND f.key='address'"_s;
    QCOMPARE(valueOf(dir, address).toInt(), 1);
    QVERIFY2(m_provider->advanceClock(3LL * 366 * 24 * 3600), qPrintable(m_provider->errorString()));
    QCOMPARE(valueOf(dir, address).toInt(), 0);
    QVERIFY(valueOf(dir, u"SELECT COUNT(*) FROM domain_events e JOIN accounts a ON a.id=e.account "
                         "WHERE a.username='alice'"_s)
                .toInt()
            > 0);
    // The tokens signed in before live 300 s: sign in again on the moved clock.
    m_t = signInEveryone(*m_http);
    QVERIFY(m_t.ok());
}

void TestProviderStaff::complaintGetsItsAnswer()
{
    const QString id = create(m_t.bob.access, {{u"type"_s, u"complaint"_s}, {u"kind"_s, u"complaint"_s},
                                               {u"subject"_s, u"Invoice"_s}, {u"message"_s, u"Wrong amount."_s}});
    // A complaint is answered in writing.
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"complete"_s}}).status, 400);
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"complete"_s}, {u"answer"_s, u" "_s}}).status, 422);
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id,
                      {{u"action"_s, u"complete"_s}, {u"answer"_s, u"We refunded the difference."_s}})
                 .status,
             200);
    const QJsonObject seen = customerView(m_t.bob.access, id);
    QCOMPARE(seen[u"status"_s].toString(), u"completed"_s);
    const QJsonArray messages = seen[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0][u"kind"_s].toString(), u"answer"_s);
    QCOMPARE(messages[0][u"text"_s].toString(), u"We refunded the difference."_s);
    QCOMPARE(messages[0][u"staff"_s].toString(), u"Support agent 7"_s);
    QVERIFY(seen[u"rejection"_s].isNull());
}

void TestProviderStaff::questionAndRejection()
{
    const QString id = create(m_t.bob.access, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}});
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"ask_info"_s}, {u"question"_s, u"Which year?"_s}}).status,
             200);
    QJsonObject seen = customerView(m_t.bob.access, id);
    QCOMPARE(seen[u"status"_s].toString(), u"needs_info"_s);
    QCOMPARE(seen[u"messages"_s][0][u"text"_s].toString(), u"Which year?"_s);
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id,
                      {{u"action"_s, u"reject"_s}, {u"reason_code"_s, u"manifestly_unfounded"_s},
                       {u"reason_text"_s, u"No such data."_s}})
                 .status,
             200);
    seen = customerView(m_t.bob.access, id);
    QCOMPARE(seen[u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(seen[u"rejection"_s].toObject(),
             (QJsonObject{{u"code"_s, u"manifestly_unfounded"_s}, {u"text"_s, u"No such data."_s}}));
    QCOMPARE(seen[u"status_reason"_s].toString(), u"No such data."_s);
    // The refusal log book, for supervisors.
    const QJsonArray log = m_api->get(u"/v1/staff/refusals?limit=5000"_s, m_t.kim.access).json()[u"items"_s].toArray();
    const QJsonArray mine = where(log, u"request_id"_s, id);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine[0][u"account_id"_s].toString(), u"C-1002"_s);
    QCOMPARE(mine[0][u"staff"_s].toString(), u"Support agent 7"_s);
    QCOMPARE(mine[0][u"reason_code"_s].toString(), u"manifestly_unfounded"_s);
    QCOMPARE(mine[0][u"type"_s].toString(), u"export"_s);
    QVERIFY(!where(log, u"request_id"_s, u"R-DE0007"_s).isEmpty()); // the demo's
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"reject"_s}, {u"reason_code"_s, u"because"_s},
                                                   {u"reason_text"_s, u"x"_s}})
                 .problemType(),
             u"invalid-value"_s);
}

void TestProviderStaff::extendOnce()
{
    const QString id = create(m_t.bob.access, {{u"type"_s, u"correction"_s}, {u"field"_s, u"address"_s},
                                               {u"proposed_value"_s, u"Somewhere else"_s}, {u"reason"_s, u"Moved"_s}});
    const QDateTime due = when(customerView(m_t.bob.access, id)[u"due_at"_s]);
    QCOMPARE(due, when(customerView(m_t.bob.access, id)[u"received_at"_s]).addDays(40));
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"extend"_s}, {u"months"_s, 3}, {u"reason"_s, u"x"_s}})
                 .problemType(),
             u"invalid-value"_s);
    HttpResult r = staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"extend"_s}, {u"months"_s, 2},
                                                         {u"reason"_s, u"Waiting for the land registry."_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()[u"extended"_s].toBool());
    QCOMPARE(when(r.json()[u"extended_due_at"_s]), due.addMonths(2));
    QCOMPARE(customerView(m_t.bob.access, id)[u"extension_reason"_s].toString(), u"Waiting for the land registry."_s);
    r = staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"extend"_s}, {u"months"_s, 1}, {u"reason"_s, u"Again"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"already-extended"_s);
}

void TestProviderStaff::invalidMoves_data()
{
    QTest::addColumn<QString>("setup");   // the actions that bring a fresh complaint to its state
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    const QJsonObject answer{{u"action"_s, u"complete"_s}, {u"answer"_s, u"Done."_s}};
    QTest::newRow("review twice") << u"start_review"_s << QJsonObject{{u"action"_s, u"start_review"_s}} << 409
                                  << u"invalid-transition"_s;
    QTest::newRow("ask twice") << u"ask_info"_s
                               << QJsonObject{{u"action"_s, u"ask_info"_s}, {u"question"_s, u"Again?"_s}} << 409
                               << u"invalid-transition"_s;
    QTest::newRow("complete while waiting") << u"ask_info"_s << answer << 409 << u"invalid-transition"_s;
    QTest::newRow("complete twice") << u"complete"_s << answer << 409 << u"invalid-transition"_s;
    QTest::newRow("assign closed") << u"complete"_s << QJsonObject{{u"action"_s, u"assign"_s}} << 409
                                   << u"invalid-transition"_s;
    QTest::newRow("extend closed") << u"complete"_s
                                   << QJsonObject{{u"action"_s, u"extend"_s}, {u"months"_s, 1}, {u"reason"_s, u"x"_s}}
                                   << 409 << u"invalid-transition"_s;
    QTest::newRow("reject closed") << u"complete"_s
                                   << QJsonObject{{u"action"_s, u"reject"_s}, {u"reason_code"_s, u"other"_s},
                                                  {u"reason_text"_s, u"x"_s}}
                                   << 409 << u"invalid-transition"_s;
    QTest::newRow("unknown action") << QString() << QJsonObject{{u"action"_s, u"close"_s}} << 422 << u"invalid-value"_s;
    QTest::newRow("unknown member") << QString() << QJsonObject{{u"action"_s, u"assign"_s}, {u"to"_s, u"kim"_s}} << 400
                                    << u"invalid-request"_s;
    QTest::newRow("no question") << QString() << QJsonObject{{u"action"_s, u"ask_info"_s}} << 400 << u"invalid-request"_s;
    QTest::newRow("long question") << QString()
                                   << QJsonObject{{u"action"_s, u"ask_info"_s}, {u"question"_s, QString(2001, u'q')}}
                                   << 422 << u"invalid-value"_s;
}

void TestProviderStaff::invalidMoves()
{
    QFETCH(QString, setup);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, slug);
    const QString id = create(m_t.bob.access, {{u"type"_s, u"complaint"_s}, {u"kind"_s, u"suggestion"_s},
                                               {u"subject"_s, u"s"_s}, {u"message"_s, u"m"_s}});
    if (setup == u"start_review")
        QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"start_review"_s}}).status, 200);
    else if (setup == u"ask_info")
        QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"ask_info"_s}, {u"question"_s, u"Why?"_s}}).status,
                 200);
    else if (setup == u"complete")
        QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"complete"_s}, {u"answer"_s, u"Thanks."_s}}).status,
                 200);
    const QJsonObject before = customerView(m_t.bob.access, id);
    const HttpResult r = staffAct(*m_api, m_t.sam.access, id, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.problemType(), slug);
    QCOMPARE(customerView(m_t.bob.access, id), before);
    // The refused call is in the customer's log.
    const QJsonArray refused = auditEntries(*m_api, m_t.kim.access, u"action=refused&account_id=C-1002"_s);
    QVERIFY(!refused.isEmpty());
    QCOMPARE(refused.last()[u"details"_s][u"path"_s].toString(), u"/v1/staff/requests/"_s + id + u"/actions"_s);
    QCOMPARE(refused.last()[u"details"_s][u"status"_s].toInt(), status);
}

void TestProviderStaff::idempotentActions()
{
    const QString id = create(m_t.alice.access, {{u"type"_s, u"correction"_s}, {u"field"_s, u"mobile"_s},
                                                 {u"proposed_value"_s, u"+852 5000 1111"_s}, {u"reason"_s, u"New SIM"_s}});
    const QJsonObject before = effects();
    const qint64 actionsBefore = auditEntries(*m_api, m_t.kim.access, u"action=request_action&account_id=C-1001"_s).size();
    const QByteArray key = newKey();
    const HttpResult first = staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"complete"_s}}, key);
    QCOMPARE(first.status, 200);
    const HttpResult again = staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"complete"_s}}, key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    // One effect, one audit entry.
    QCOMPARE(effects()[u"field_updates"_s].toInt(), before[u"field_updates"_s].toInt() + 1);
    QCOMPARE(auditEntries(*m_api, m_t.kim.access, u"action=request_action&account_id=C-1001"_s).size(), actionsBefore + 1);
    // The same key for something else is refused; a staff POST without a key too.
    QCOMPARE(staffAct(*m_api, m_t.sam.access, id, {{u"action"_s, u"assign"_s}}, key).status, 422);
    QCOMPARE(m_api->call("POST", u"/v1/staff/requests/"_s + id + u"/actions"_s, m_t.sam.access,
                         json({{u"action"_s, u"assign"_s}}))
                 .problemType(),
             u"invalid-request"_s);
}

void TestProviderStaff::accountClosesAfterGracePeriod()
{
    const Tokens wingsze = signIn(*m_http, u"wingsze"_s, u"demo-wingsze"_s);
    QVERIFY(wingsze.ok());
    const QString id = create(wingsze.access, {{u"type"_s, u"cancel_account"_s}, {u"confirmation"_s, u"CANCEL"_s}});
    QCOMPARE(staffAct(*m_api, m_t.kim.access, id, {{u"action"_s, u"complete"_s}}).status, 200);
    const QJsonObject me = m_api->get(u"/v1/me"_s, wingsze.access).json();
    const QDateTime closes = when(me[u"closes_at"_s]);
    QVERIFY(closes.isValid());
    QVERIFY(closes > QDateTime::currentDateTimeUtc().addDays(13)); // the clock may have moved already
    const QJsonObject request = customerView(wingsze.access, id);
    QVERIFY(request[u"history"_s].toArray().last()[u"note"_s].toString().contains(u"14 days"_s));
    // During the grace period everything still works.
    const Tokens during = signIn(*m_http, u"wingsze"_s, u"demo-wingsze"_s);
    QVERIFY(during.ok());
    QVERIFY2(m_provider->advanceClock(14LL * 24 * 3600 + 60), qPrintable(m_provider->errorString()));
    // Then: tokens refused, refresh refused, sign-in refused with a plain message in the page's language.
    QCOMPARE(m_api->get(u"/v1/me"_s, during.access).status, 401);
    const HttpResult refreshed = refreshTokens(*m_http, during.refresh);
    QCOMPARE(refreshed.status, 400);
    QCOMPARE(refreshed.json()[u"error"_s].toString(), u"invalid_grant"_s);
    for (const auto &[lang, text] : {std::pair{QByteArray("en"), u"This account has been closed"_s},
                                     std::pair{QByteArray("zh-HK"), u"此帳戶已按你的要求關閉"_s},
                                     std::pair{QByteArray("zh-CN"), u"此账户已按你的要求关闭"_s}}) {
        const HttpResult form = m_http->get(authorizeQuery(), {}, {{"Accept-Language", lang}});
        auto fields = HttpTestClient::hiddenFields(form.body);
        fields << qMakePair(u"username"_s, u"wingsze"_s) << qMakePair(u"password"_s, u"demo-wingsze"_s);
        const HttpResult post = m_api->call("POST", u"/oauth/authorize"_s, {}, HttpTestClient::encodeForm(fields),
                                            "application/x-www-form-urlencoded", {{"Accept-Language", lang}});
        QCOMPARE(post.status, 403);
        QVERIFY2(QString::fromUtf8(post.body).contains(text), post.body.constData());
    }
    // A wrong password still says only that.
    QVERIFY(signIn(*m_http, u"wingsze"_s, u"wrong"_s).access.isEmpty());
    // Other accounts are not affected.
    QVERIFY(signIn(*m_http, u"alice"_s, u"demo-alice"_s).ok());
    m_t = signInEveryone(*m_http);
}

void TestProviderStaff::auditTrailOfActions()
{
    // Every action above is an audit entry by the staff member, never the customer.
    const QJsonArray actions = auditEntries(*m_api, m_t.kim.access, u"action=request_action"_s);
    QVERIFY(actions.size() > 20);
    for (const QJsonValue &e : actions) {
        QVERIFY(QStringList({u"staff"_s, u"supervisor"_s}).contains(e[u"actor_role"_s].toString()));
        QVERIFY(!e[u"actor_pseudonym"_s].toString().isEmpty());
        QCOMPARE(e[u"reason"_s].toString(), u"request_processing"_s);
        QVERIFY(e[u"ticket"_s].toString().startsWith(u"R-"_s));
        QVERIFY(QStringList({u"assign"_s, u"start_review"_s, u"ask_info"_s, u"complete"_s, u"reject"_s, u"extend"_s})
                    .contains(e[u"details"_s][u"action"_s].toString()));
    }
    // The whole log is one chain in ascending seq.
    const QJsonArray all = auditEntries(*m_api, m_t.kim.access);
    for (qsizetype i = 1; i < all.size(); ++i) {
        QCOMPARE(all[i][u"seq"_s].toInteger(), all[i - 1][u"seq"_s].toInteger() + 1);
        QCOMPARE(all[i][u"prev_hash"_s].toString(), all[i - 1][u"hash"_s].toString());
    }
    // And the command line finds it intact.
    m_provider->stop();
    QProcess verify;
    verify.start(ProviderProcess::executable(), {u"audit"_s, u"verify"_s, u"--data"_s, m_provider->dataDir()});
    QVERIFY(verify.waitForFinished(60000));
    QCOMPARE(verify.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestProviderStaff)
#include "tst_provider_staff.moc"
