// SPDX-License-Identifier: GPL-3.0-or-later
// Role x endpoint matrix (issue 9): every path and method of docs/api/openapi.yaml (read with
// /usr/bin/python3 and python3-yaml, so a new path cannot be forgotten here), called with no token, as
// alice, bob, sam without a grant, sam with a grant for alice, and kim, against a table of expected
// statuses. The table must cover the contract exactly: a path or method openapi.yaml has and the table
// does not (or the other way round) fails the test. Every refusal (403) must then be in the audit log as
// a `refused` entry by that caller for that path; no 401 may be.
#include "StaffTestSupport.h"

#include <QProcess>
#include <QSet>
#include <QTest>

#include <functional>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

enum Caller { Nobody, Alice, Bob, Sam, SamWithGrant, Kim, CallerCount };
const char *const callerNames[] = {"no token", "alice", "bob", "sam", "sam with a grant", "kim"};
const char *const callerIds[] = {"", "C-1001", "C-1002", "C-9001", "C-9001", "C-9002"};

struct Call
{
    QString path;
    QByteArray body;
    QByteArray contentType = "application/json";
    Headers headers;
};

struct Row
{
    QByteArray method;
    QString path;                               ///< as openapi.yaml writes it
    std::function<Call(Caller)> call;
    QList<int> expected;                        ///< per Caller
};

QByteArray pdfBytes() { return QByteArray("%PDF-1.4\n% matrix\n1 0 obj\n<<>>\nendobj\n%%EOF\n"); }

} // namespace

class TestProviderMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPathAndMethodIsInTheTable();
    void matrix();
    void everyRefusalIsAudited();

private:
    QList<Row> table();
    QByteArray token(Caller c) const;
    QString create(const QByteArray &token, const QJsonObject &body);
    QString grantFor(const QString &account, const QJsonArray &categories);

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    DemoTokens m_t;
    QSet<QPair<QString, QString>> m_openapi;    ///< (METHOD, path template)
    struct Refusal
    {
        QString actor, method, path;
        int status;
    };
    QList<Refusal> m_refusals;
    int m_unauthorised = 0;
    // Objects the rows act on.
    QString m_request, m_cancellable, m_export, m_awaitingReply, m_hookRequest;
    QString m_grant, m_endable, m_pending, m_pendingToDecline;
};

void TestProviderMatrix::initTestCase()
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"-c"_s, u"import json, sys, yaml\n"
                           "d = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n"
                           "print(json.dumps([[m.upper(), p] for p, ops in d['paths'].items() for m in ops\n"
                           "                  if m in ('get', 'put', 'post', 'patch', 'delete', 'head', 'options')]))"_s,
                  QStringLiteral(PD_OPENAPI_PATH)});
    QVERIFY2(python.waitForFinished(60000) && python.exitCode() == 0,
             qPrintable(u"python3-yaml could not read openapi.yaml: "_s + QString::fromUtf8(python.readAllStandardError())));
    for (const QJsonValue &op : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
        m_openapi.insert({op[0].toString(), op[1].toString()});
    QVERIFY(m_openapi.size() > 50);

    m_provider = std::make_unique<ProviderProcess>(
        // Only the first policy version published: kim's row publishes the second.
        QStringList{u"--test-hooks"_s, u"--scale"_s, u"20"_s, u"--token-ttl"_s, u"86400"_s, u"--policy-version"_s,
                    u"2025-05-14"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_http = std::make_unique<HttpTestClient>(m_provider->url());
    m_api = std::make_unique<ApiClient>(m_provider->url());
    m_t = signInEveryone(*m_http);
    QVERIFY(m_t.ok());

    const QJsonObject exportBody{{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}};
    m_request = create(m_t.alice.access, exportBody);
    m_cancellable = create(m_t.alice.access, exportBody);
    m_export = create(m_t.alice.access, exportBody);
    m_hookRequest = create(m_t.alice.access, exportBody);
    m_awaitingReply = create(m_t.alice.access, exportBody);
    QCOMPARE(staffAct(*m_api, m_t.sam.access, m_awaitingReply, {{u"action"_s, u"ask_info"_s}, {u"question"_s, u"Which?"_s}})
                 .status,
             200);
    m_grant = grantFor(u"C-1001"_s, {u"registration"_s, u"devices"_s});
    m_endable = grantFor(u"C-1001"_s, {u"cookies"_s});
    QCOMPARE(m_api->act("PUT", u"/v1/me/access-settings"_s, m_t.alice.access, {{u"ask_first"_s, true}}).status, 200);
    m_pending = grantFor(u"C-1001"_s, {u"registration"_s});
    m_pendingToDecline = grantFor(u"C-1001"_s, {u"registration"_s});
    QCOMPARE(m_api->act("PUT", u"/v1/me/access-settings"_s, m_t.alice.access, {{u"ask_first"_s, false}}).status, 200);
    for (const QString &id : {m_request, m_cancellable, m_export, m_hookRequest, m_awaitingReply, m_grant, m_endable,
                              m_pending, m_pendingToDecline})
        QVERIFY(!id.isEmpty());
}

QString TestProviderMatrix::create(const QByteArray &token, const QJsonObject &body)
{
    const HttpResult r = m_api->act("POST", u"/v1/me/requests"_s, token, body);
    return r.status == 201 ? r.json()[u"id"_s].toString() : QString();
}

QString TestProviderMatrix::grantFor(const QString &account, const QJsonArray &categories)
{
    const HttpResult r = m_api->act("POST", u"/v1/staff/grants"_s, m_t.sam.access,
                                    {{u"account_id"_s, account}, {u"reason"_s, u"customer_request"_s},
                                     {u"ticket"_s, u"T-1"_s}, {u"justification"_s, u"The matrix test needs it."_s},
                                     {u"categories"_s, categories}, {u"minutes"_s, 480}});
    return r.status == 201 ? r.json()[u"id"_s].toString() : QString();
}

QByteArray TestProviderMatrix::token(Caller c) const
{
    switch (c) {
    case Alice:
        return m_t.alice.access;
    case Bob:
        return m_t.bob.access;
    case Sam:
    case SamWithGrant:
        return m_t.sam.access;
    case Kim:
        return m_t.kim.access;
    default:
        return {};
    }
}

QList<Row> TestProviderMatrix::table()
{
    const auto get = [](const QString &path) { return [path](Caller) { return Call{path, {}, {}, {}}; }; };
    const auto json = [](const QString &path, const QJsonObject &body) {
        return [path, body](Caller) { return Call{path, pd::test::json(body), "application/json", {}}; };
    };
    const auto form = [](const QString &path, const QList<QPair<QString, QString>> &fields) {
        return [path, fields](Caller) {
            return Call{path, HttpTestClient::encodeForm(fields), "application/x-www-form-urlencoded", {}};
        };
    };
    // sam without a grant names one that does not exist; sam with one names his live grant for alice;
    // kim names sam's (not hers).
    const auto viaGrant = [this](const QString &suffix, const QString &grant) {
        return [suffix, grant](Caller c) {
            return Call{u"/v1/staff/grants/"_s + (c == Sam ? u"G-000000000000"_s : grant) + suffix, {}, {}, {}};
        };
    };
    const QList<int> me{401, 200, 200, 200, 200, 200};        // any signed-in caller, their own data
    const QList<int> staff{401, 403, 403, 200, 200, 200};     // staff and supervisors
    const QList<int> supervisor{401, 403, 403, 403, 403, 200};
    const QList<int> open(CallerCount, 200);                  // no token needed
    const QList<int> aliceOnly{401, 200, 404, 404, 404, 404};  // alice's object; others never reach it
    const QList<int> granted{401, 403, 403, 403, 200, 403};   // through sam's live grant, a category it covers
    const QList<int> notCovered{401, 403, 403, 403, 403, 403};

    QList<Row> t;
    t << Row{"GET", u"/oauth/authorize"_s, get(authorizeQuery()), open};
    t << Row{"POST", u"/oauth/authorize"_s,
             [](Caller) {
                 QList<QPair<QString, QString>> fields = {{u"response_type"_s, u"code"_s}, {u"client_id"_s, u"privacy-dashboard"_s},
                                                          {u"redirect_uri"_s, testRedirectUri()}, {u"state"_s, u"s"_s},
                                                          {u"code_challenge"_s, testChallenge()},
                                                          {u"code_challenge_method"_s, u"S256"_s}, {u"cancel"_s, u"1"_s}};
                 return Call{u"/oauth/authorize"_s, HttpTestClient::encodeForm(fields),
                             "application/x-www-form-urlencoded", {}};
             },
             QList<int>(CallerCount, 302)};
    t << Row{"POST", u"/oauth/token"_s,
             form(u"/oauth/token"_s, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"not-a-token-at-all"_s},
                                      {u"client_id"_s, u"privacy-dashboard"_s}}),
             QList<int>(CallerCount, 400)};
    t << Row{"POST", u"/oauth/revoke"_s, form(u"/oauth/revoke"_s, {{u"token"_s, u"not-a-token-at-all"_s}}), open};
    for (const QString &p : {u"/v1/me"_s, u"/v1/me/personal"_s, u"/v1/me/usage/servers"_s, u"/v1/me/usage/domains"_s,
                             u"/v1/me/devices"_s, u"/v1/me/cookies"_s, u"/v1/me/purposes"_s, u"/v1/me/sharing"_s,
                             u"/v1/me/retention"_s, u"/v1/me/requests"_s, u"/v1/me/consents"_s,
                             u"/v1/me/consents/receipts"_s, u"/v1/me/access-log"_s, u"/v1/me/access-settings"_s,
                             u"/v1/me/access-grants"_s, u"/v1/me/policy/acceptances"_s,
                             u"/v1/me/incidents"_s, u"/v1/me/disclosures"_s})
        t << Row{"GET", p, get(p), me};
    t << Row{"GET", u"/v1/policy"_s, get(u"/v1/policy"_s), open};
    t << Row{"GET", u"/v1/policy/versions"_s, get(u"/v1/policy/versions"_s), open};
    t << Row{"GET", u"/v1/policy/versions/{version}"_s, get(u"/v1/policy/versions/2025-05-14"_s), open};
    t << Row{"POST", u"/test/append-events"_s, get(u"/test/append-events?account=bob&servers=1"_s),
             QList<int>(CallerCount, 204)};
    t << Row{"GET", u"/test/effects"_s, get(u"/test/effects?account=alice"_s), open};
    t << Row{"POST", u"/test/requests/{id}/status"_s,
             get(u"/test/requests/"_s + m_hookRequest + u"/status?status=in_review"_s), open};
    t << Row{"POST", u"/test/clock"_s, get(u"/test/clock?advance=1"_s), open};
    t << Row{"POST", u"/test/incidents"_s, get(u"/test/incidents?account=bob&title=Matrix"_s),
             QList<int>(CallerCount, 201)};
    t << Row{"PUT", u"/v1/me/attachments"_s, [](Caller) { return Call{u"/v1/me/attachments"_s, pdfBytes(), "application/pdf", {}}; },
             {401, 201, 201, 201, 201, 201}};
    // A stale If-Match: the route is reached (and refuses with 412) for everyone signed in.
    t << Row{"PATCH", u"/v1/me/personal/{key}"_s,
             [](Caller) {
                 return Call{u"/v1/me/personal/email"_s, pd::test::json({{u"value"_s, u"x@example.hk"_s}}), "application/json",
                             {{"If-Match", "\"stale\""}}};
             },
             {401, 412, 412, 412, 412, 412}};
    t << Row{"POST", u"/v1/me/requests"_s, json(u"/v1/me/requests"_s, {{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}}),
             {401, 201, 201, 201, 201, 201}};
    t << Row{"GET", u"/v1/me/requests/{id}"_s, get(u"/v1/me/requests/"_s + m_request), aliceOnly};
    t << Row{"POST", u"/v1/me/requests/{id}/cancel"_s, json(u"/v1/me/requests/"_s + m_cancellable + u"/cancel"_s, {}),
             aliceOnly};
    t << Row{"GET", u"/v1/me/requests/{id}/export"_s, get(u"/v1/me/requests/"_s + m_export + u"/export"_s),
             {401, 409, 404, 404, 404, 404}};
    t << Row{"POST", u"/v1/me/requests/{id}/replies"_s,
             json(u"/v1/me/requests/"_s + m_awaitingReply + u"/replies"_s, {{u"message"_s, u"This one."_s}}),
             {401, 201, 404, 404, 404, 404}};
    t << Row{"PUT", u"/v1/me/consents/{purpose}"_s,
             json(u"/v1/me/consents/marketing"_s, {{u"granted"_s, false}, {u"policy_version"_s, u"2025-05-14"_s}}), me};
    t << Row{"PUT", u"/v1/me/access-settings"_s, json(u"/v1/me/access-settings"_s, {{u"ask_first"_s, false}}), me};
    t << Row{"POST", u"/v1/me/access-grants/{id}/approve"_s,
             json(u"/v1/me/access-grants/"_s + m_pending + u"/approve"_s, {}), aliceOnly};
    t << Row{"POST", u"/v1/me/access-grants/{id}/decline"_s,
             json(u"/v1/me/access-grants/"_s + m_pendingToDecline + u"/decline"_s, {}), aliceOnly};

    t << Row{"GET", u"/v1/staff/requests"_s, get(u"/v1/staff/requests"_s), staff};
    t << Row{"GET", u"/v1/staff/requests/{id}"_s, get(u"/v1/staff/requests/R-DE0002"_s), staff};
    t << Row{"POST", u"/v1/staff/requests/{id}/actions"_s,
             json(u"/v1/staff/requests/R-DE0004/actions"_s, {{u"action"_s, u"assign"_s}}), staff};
    t << Row{"GET", u"/v1/staff/refusals"_s, get(u"/v1/staff/refusals"_s), supervisor};
    t << Row{"GET", u"/v1/staff/customers"_s, get(u"/v1/staff/customers?q=alice"_s), staff};
    t << Row{"GET", u"/v1/staff/grants"_s, get(u"/v1/staff/grants"_s), staff};
    t << Row{"POST", u"/v1/staff/grants"_s,
             json(u"/v1/staff/grants"_s, {{u"account_id"_s, u"C-1002"_s}, {u"reason"_s, u"legal_duty"_s},
                                          {u"ticket"_s, u"T-2"_s}, {u"justification"_s, u"A court order, case 17."_s},
                                          {u"categories"_s, QJsonArray{u"devices"_s}}}),
             {401, 403, 403, 201, 201, 201}};
    t << Row{"GET", u"/v1/staff/grants/{id}"_s, viaGrant(QString(), m_grant), {401, 403, 403, 404, 200, 404}};
    t << Row{"POST", u"/v1/staff/grants/{id}/end"_s,
             [this](Caller c) {
                 return Call{u"/v1/staff/grants/"_s + (c == Sam ? u"G-000000000000"_s : m_endable) + u"/end"_s, "{}",
                             "application/json", {}};
             },
             {401, 403, 403, 404, 200, 404}};
    for (const QString &view : {u"/personal"_s, u"/devices"_s, u"/purposes"_s, u"/sharing"_s, u"/retention"_s,
                                u"/consents"_s})
        t << Row{"GET", u"/v1/staff/grants/{id}"_s + view, viaGrant(view, m_grant), granted};
    for (const QString &view : {u"/cookies"_s, u"/usage/servers"_s, u"/usage/domains"_s})
        t << Row{"GET", u"/v1/staff/grants/{id}"_s + view, viaGrant(view, m_grant), notCovered};
    t << Row{"POST", u"/v1/staff/policy/versions/{version}/publish"_s,
             json(u"/v1/staff/policy/versions/2026-12-01/publish"_s, {}), supervisor};
    const QList<int> supervisorAdds{401, 403, 403, 403, 403, 201};
    t << Row{"POST", u"/v1/staff/incidents"_s,
             json(u"/v1/staff/incidents"_s,
                  {{u"accounts"_s, QJsonArray{u"bob"_s}}, {u"title"_s, u"Matrix"_s}, {u"what_happened"_s, u"A test."_s},
                   {u"occurred_at"_s, u"2025-01-01T00:00:00Z"_s}, {u"detected_at"_s, u"2025-01-02T00:00:00Z"_s},
                   {u"categories"_s, QJsonArray{u"devices"_s}}, {u"what_we_did"_s, u"Nothing."_s},
                   {u"advice"_s, QJsonArray()}}),
             supervisorAdds};
    t << Row{"POST", u"/v1/staff/incidents/{id}/updates"_s,
             json(u"/v1/staff/incidents/INC-7A3F1C9E2B40/updates"_s, {{u"text"_s, u"Still nothing."_s}}), supervisorAdds};
    t << Row{"POST", u"/v1/staff/disclosures"_s,
             json(u"/v1/staff/disclosures"_s,
                  {{u"account"_s, u"C-1002"_s}, {u"authority"_s, u"A court"_s}, {u"legal_basis"_s, u"An order."_s},
                   {u"categories"_s, QJsonArray{u"devices"_s}}, {u"disclosed_at"_s, u"2025-01-01T00:00:00Z"_s},
                   {u"reference"_s, u"M-1"_s}}),
             supervisorAdds};
    t << Row{"GET", u"/v1/staff/audit"_s, get(u"/v1/staff/audit?limit=5"_s), supervisor};
    t << Row{"GET", u"/v1/audit/checkpoint"_s, get(u"/v1/audit/checkpoint"_s), supervisor};
    t << Row{"GET", u"/v1/audit/public-key"_s, get(u"/v1/audit/public-key"_s), open};
    return t;
}

void TestProviderMatrix::everyPathAndMethodIsInTheTable()
{
    QSet<QPair<QString, QString>> covered;
    for (const Row &r : table())
        covered.insert({QString::fromLatin1(r.method), r.path});
    for (const auto &op : m_openapi)
        QVERIFY2(covered.contains(op), qPrintable(u"openapi.yaml has "_s + op.first + u' ' + op.second
                                                  + u", which the role matrix does not cover"_s));
    for (const auto &op : covered)
        QVERIFY2(m_openapi.contains(op), qPrintable(u"the role matrix has "_s + op.first + u' ' + op.second
                                                    + u", which openapi.yaml does not"_s));
}

void TestProviderMatrix::matrix()
{
    QStringList failures;
    for (const Row &row : table()) {
        for (int c = 0; c < CallerCount; ++c) {
            const Call call = row.call(Caller(c));
            Headers headers = call.headers;
            if (row.method != "GET")
                headers.append({"Idempotency-Key", newKey()});
            const HttpResult r = m_api->call(row.method, call.path, token(Caller(c)), call.body,
                                             row.method == "GET" ? QByteArray() : call.contentType, headers);
            if (r.status != row.expected[c])
                failures << QString::fromLatin1(row.method) + u' ' + call.path + u" as "_s
                        + QLatin1String(callerNames[c]) + u": "_s + QString::number(r.status) + u", expected "_s
                        + QString::number(row.expected[c]) + u' ' + QString::fromUtf8(r.body.left(200));
            if (r.status == 403)
                m_refusals.append({QLatin1String(callerIds[c]), QString::fromLatin1(row.method),
                                   call.path.section(u'?', 0, 0), 403}); // the entry names the path, not the query
            if (r.status == 401)
                ++m_unauthorised;
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(m_refusals.size() > 40);
}

void TestProviderMatrix::everyRefusalIsAudited()
{
    QVERIFY(!m_refusals.isEmpty());
    const QJsonArray refused = auditEntries(*m_api, m_t.kim.access, u"action=refused"_s);
    QMultiHash<QString, QJsonObject> byPath;
    for (const QJsonValue &e : refused)
        byPath.insert(e[u"details"_s][u"path"_s].toString(), e.toObject());
    QStringList missing;
    QSet<qint64> used;
    for (const Refusal &r : m_refusals) {
        bool found = false;
        for (const QJsonObject &e : byPath.values(r.path)) {
            const qint64 seq = e[u"seq"_s].toInteger();
            if (used.contains(seq) || e[u"actor"_s].toString() != r.actor
                || e[u"details"_s][u"method"_s].toString() != r.method || e[u"details"_s][u"status"_s].toInt() != r.status)
                continue;
            used.insert(seq);
            found = true;
            break;
        }
        if (!found)
            missing << r.method + u' ' + r.path + u" by "_s + r.actor;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"refusals missing from the audit log:\n"_s + missing.join(u'\n')));
    // A call without a token is no one's: never an audit entry.
    QVERIFY(m_unauthorised > 40);
    for (const QJsonValue &e : refused)
        QVERIFY(!e[u"actor"_s].toString().isEmpty());
    // Refusals about a grant for alice are in alice's own log.
    const QJsonArray mine = where(auditEntries(*m_api, m_t.kim.access, u"action=refused&account_id=C-1001"_s),
                                  u"actor"_s, u"C-9002"_s);
    QVERIFY2(!mine.isEmpty(), "kim's refused reads through sam's grant for alice");
}

QTEST_GUILESS_MAIN(TestProviderMatrix)
#include "tst_provider_matrix.moc"
