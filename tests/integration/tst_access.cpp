// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's side of staff access, through the real Session against the real provider: a grant
// sam opens shows in alice's access log after her next sync (and is announced as new); "Ask me
// first" through the outbox, then approving and declining a pending grant; replying to a request
// that needs information, exactly once, online and queued offline; and the app as a witness: an
// entry changed in the provider's database file is noticed.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"
#include "SessionWait.h"
#include "StaffTestSupport.h"

#include "Session.h"
#include "SessionInternals.h"
#include "models/AccessLogModel.h"
#include "models/Labels.h"
#include "store/AccessLogStore.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

class TestAccess : public QObject
{
    Q_OBJECT

    test::ProviderProcess m_provider{{u"--test-hooks"_s}};
    QNetworkAccessManager m_nam;
    test::MemoryTokenStore m_tokens;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    test::BrowserDriver m_browser;
    std::unique_ptr<test::HttpTestClient> m_http;
    std::unique_ptr<test::ApiClient> m_staff;
    test::Tokens m_sam;

    OutboxItem waitSettled(qint64 seq) { return test::waitSettled(*m_session, seq); }

    void syncNow()
    {
        QSignalSpy synced(m_session.get(), &Session::syncFinished);
        m_session->sync();
        QVERIFY(synced.wait(60000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
    }

    test::HttpResult openGrant(const QString &ticket, int minutes = 30)
    {
        return test::openAliceGrant(*m_staff, m_sam.access, ticket, minutes);
    }

    /// A complaint of alice's that sam has asked a question about.
    QString requestNeedingInfo(const QString &question)
    {
        Validation v;
        auto seq = m_session->actions()->fileComplaint(false, u"Bill"_s, u"A charge I do not recognise."_s, &v);
        if (!seq)
            return {};
        const OutboxItem sent = waitSettled(*seq);
        if (sent.state != OutboxItem::State::Sent)
            return {};
        const test::HttpResult r = test::staffAct(*m_staff, m_sam.access, sent.serverId,
                                                  QJsonObject{{u"action"_s, u"ask_info"_s}, {u"question"_s, question}});
        if (r.status != 200) {
            qWarning() << r.status << r.body;
            return {};
        }
        return sent.serverId;
    }

    /// The customer's replies to request `id`, as staff see them.
    QJsonArray repliesAtProvider(const QString &id)
    {
        const test::HttpResult r = m_staff->get(u"/v1/staff/requests/"_s + id, m_sam.access);
        QJsonArray out;
        for (const QJsonValue &m : r.json().value(u"messages"_s).toArray())
            if (m[u"kind"_s].toString() == u"reply"_s)
                out.append(m);
        return out;
    }

    void providerMoved()
    {
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        m_http->setBase(m_provider.url());
        m_staff->setBase(m_provider.url());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
        m_session = std::make_unique<Session>(&m_nam, &m_tokens, m_dir.path());
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        connect(m_session.get(), &Session::browserUrlReady, &m_browser,
                [this](const QUrl &u) { m_browser.signIn(u, u"alice"_s, u"demo-alice"_s); });
        QSignalSpy synced(m_session.get(), &Session::syncFinished);
        m_session->startSignIn();
        QVERIFY(synced.wait(120000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
        SessionInternals::sender(*m_session)->setBackoff(10, 200);
        m_http = std::make_unique<test::HttpTestClient>(m_provider.url());
        m_staff = std::make_unique<test::ApiClient>(m_provider.url());
        m_sam = test::signIn(*m_http, u"sam"_s, u"demo-sam"_s);
        QVERIFY(m_sam.ok());
        QVERIFY(m_session->accessLogModel());
        QCOMPARE(m_session->askFirst(), std::optional<bool>(false));
    }

    void grantShowsInTheAccessLogAndIsAnnounced()
    {
        const int before = m_session->accessLogModel()->rowCount();
        const test::HttpResult g = openGrant(u"T-4711"_s);
        QCOMPARE(g.status, 201);
        QCOMPARE(g.json()[u"status"_s].toString(), u"active"_s);
        QSignalSpy announced(m_session.get(), &Session::newAccessEntries);
        syncNow();
        QCOMPARE(announced.size(), 1);
        const auto entries = announced.at(0).at(0).value<QList<AccessEntry>>();
        QVERIFY(!entries.isEmpty());
        const auto opened = std::find_if(entries.cbegin(), entries.cend(),
                                         [](const AccessEntry &e) { return e.action == u"grant_opened"_s; });
        QVERIFY(opened != entries.cend());
        QCOMPARE(opened->staff, u"Support agent 7"_s);
        QCOMPARE(opened->reason, AccessReason::CustomerRequest);
        QCOMPARE(opened->ticket, u"T-4711"_s);
        QCOMPARE(opened->grantMinutes, 30);
        AccessLogModel *m = m_session->accessLogModel();
        QCOMPARE(m->rowCount(), before + int(entries.size()));
        const int row = m->rowOf(opened->seq);
        QVERIFY(row >= 0);
        QCOMPARE(m->index(row, AccessLogModel::Staff).data().toString(), u"Support agent 7"_s);
        QCOMPARE(m->index(row, AccessLogModel::Reason).data().toString(), Labels::accessReason(u"customer_request"_s));
        QCOMPARE(m->index(row, AccessLogModel::Ticket).data().toString(), u"T-4711"_s);
        QVERIFY(m_session->accessWarnings().isEmpty());

        // Nothing new: no announcement.
        announced.clear();
        syncNow();
        QCOMPARE(announced.size(), 0);
    }

    void askFirstThenApprove()
    {
        auto seq = m_session->actions()->setAskFirst(true);
        QVERIFY(seq);
        QCOMPARE(m_session->askFirst(), std::optional<bool>(true)); // at once, while it is sent
        QCOMPARE(waitSettled(*seq).state, OutboxItem::State::Sent);
        QCOMPARE(m_staff->get(u"/v1/me/access-settings"_s, test::signIn(*m_http, u"alice"_s, u"demo-alice"_s).access)
                     .json()[u"ask_first"_s].toBool(), true);

        const test::HttpResult g = openGrant(u"T-5000"_s, 45);
        QCOMPARE(g.status, 201);
        QCOMPARE(g.json()[u"status"_s].toString(), u"pending"_s);
        const QString id = g.json()[u"id"_s].toString();
        syncNow();
        QCOMPARE(m_session->askFirst(), std::optional<bool>(true));
        const QList<Grant> pending = m_session->pendingGrants();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, id);
        QCOMPARE(pending.first().reason, AccessReason::CustomerRequest);
        QCOMPARE(pending.first().minutes, 45);
        QVERIFY(pending.first().justification.contains(u"bill"_s));

        QSignalSpy changed(m_session.get(), &Session::accessChanged);
        auto answer = m_session->actions()->decideGrant(id, true);
        QVERIFY(answer);
        QCOMPARE(m_session->queuedGrantDecision(id), std::optional<bool>(true));
        // Answering again while the first answer waits queues nothing more.
        QCOMPARE(*m_session->actions()->decideGrant(id, true), *answer);
        QCOMPARE(waitSettled(*answer).state, OutboxItem::State::Sent);
        QTRY_VERIFY(changed.size() >= 1);
        QVERIFY(m_session->pendingGrants().isEmpty());
        const QList<Grant> all = m_session->accessGrants();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&id](const Grant &x) { return x.id == id; });
        QVERIFY(it != all.cend());
        QCOMPARE(it->status, GrantStatus::Active);
        QCOMPARE(m_staff->get(u"/v1/staff/grants/"_s + id, m_sam.access).json()[u"status"_s].toString(), u"active"_s);
    }

    void declineAPendingGrant()
    {
        const test::HttpResult g = openGrant(u"T-5001"_s);
        QCOMPARE(g.json()[u"status"_s].toString(), u"pending"_s);
        const QString id = g.json()[u"id"_s].toString();
        syncNow();
        QCOMPARE(m_session->pendingGrants().size(), 1);
        auto answer = m_session->actions()->decideGrant(id, false);
        QVERIFY(answer);
        QCOMPARE(waitSettled(*answer).state, OutboxItem::State::Sent);
        QCOMPARE(m_staff->get(u"/v1/staff/grants/"_s + id, m_sam.access).json()[u"status"_s].toString(), u"declined"_s);
        // Staff cannot look through it.
        QCOMPARE(m_staff->get(u"/v1/staff/grants/"_s + id + u"/personal"_s, m_sam.access).status, 403);
        syncNow();
        QVERIFY(m_session->pendingGrants().isEmpty());

        // Ask me first off again.
        auto off = m_session->actions()->setAskFirst(false);
        QVERIFY(off);
        QCOMPARE(waitSettled(*off).state, OutboxItem::State::Sent);
        QCOMPARE(openGrant(u"T-5002"_s).json()[u"status"_s].toString(), u"active"_s);
    }

    void replyReachesTheProviderOnce()
    {
        const QString id = requestNeedingInfo(u"Which invoice number is the charge on?"_s);
        QVERIFY(!id.isEmpty());
        syncNow();
        const auto tracked = m_session->trackedRequest(id);
        QVERIFY(tracked);
        QCOMPARE(tracked->status, RequestStatus::NeedsInfo);
        QVERIFY(std::any_of(tracked->messages.cbegin(), tracked->messages.cend(), [](const RequestMessage &m) {
            return m.fromStaff && m.kind == u"question"_s && m.text == u"Which invoice number is the charge on?"_s;
        }));

        // Empty text is refused before anything is queued.
        Validation v;
        QVERIFY(!m_session->actions()->reply(id, u"   "_s, {}, &v));
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().field, u"message"_s);

        const QString file = m_dir.filePath(u"invoice.png"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1024, 'x'));
        f.close();
        v.clear();
        auto seq = m_session->actions()->reply(id, u"Invoice INV-2026-0042."_s, {{file}}, &v);
        QVERIFY(seq);
        QCOMPARE(waitSettled(*seq).state, OutboxItem::State::Sent);
        QCOMPARE(m_session->trackedRequest(id)->status, RequestStatus::InReview);
        const QJsonArray replies = repliesAtProvider(id);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.at(0)[u"text"_s].toString(), u"Invoice INV-2026-0042."_s);
        QCOMPARE(replies.at(0)[u"attachments"_s].toArray().size(), 1);
        // The action reads back as what the user typed.
        const auto action = m_session->actions()->action(*seq);
        QVERIFY(action && action->as<ReplyPayload>());
        QCOMPARE(action->as<ReplyPayload>()->requestId, id);
    }

    void replyQueuedOfflineIsSentOnceWhenBack()
    {
        const QString id = requestNeedingInfo(u"Do you still have the receipt?"_s);
        QVERIFY(!id.isEmpty());
        syncNow();
        m_provider.stop();
        Validation v;
        auto seq = m_session->actions()->reply(id, u"Yes, attached next time."_s, {}, &v);
        QVERIFY(seq);
        QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->item(*seq)->attempts >= 1, 20000);
        QCOMPARE(SessionInternals::outbox(*m_session)->item(*seq)->state, OutboxItem::State::Queued);
        QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
        providerMoved();
        SessionInternals::sender(*m_session)->retryNow();
        QCOMPARE(waitSettled(*seq).state, OutboxItem::State::Sent);
        // Sent again with the same key (as after a lost answer): the provider replays, no second reply.
        const OutboxItem item = *SessionInternals::outbox(*m_session)->item(*seq);
        const test::HttpResult again = m_staff->act("POST", item.path, test::signIn(*m_http, u"alice"_s, u"demo-alice"_s).access,
                                                    QJsonDocument::fromJson(item.body).object(), item.idempotencyKey.toLatin1());
        QVERIFY2(again.status == 201 || again.status == 200, again.body.constData());
        QCOMPARE(repliesAtProvider(id).size(), 1);
    }

    void witnessWarnsWhenTheProviderChangesAnEntry()
    {
        syncNow();
        const QMap<qint64, KeptEntry> kept = AccessLogStore(SessionInternals::cache(*m_session)).kept();
        QVERIFY(!kept.isEmpty());
        const qint64 target = kept.firstKey();
        QVERIFY(m_session->accessWarnings().isEmpty());

        // Someone with the provider's database file rewrites one of alice's entries.
        m_provider.stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_provider.dataDir() + u"/provider.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"DROP TRIGGER audit_log_no_update"_s), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"UPDATE audit_log SET ticket = 'T-FORGED' WHERE account_id = 'C-1001' AND account_seq = %1"_s
                                .arg(target)),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
        providerMoved();

        QSignalSpy warned(m_session.get(), &Session::accessWarningsFound);
        syncNow();
        QCOMPARE(warned.size(), 1);
        const QList<WitnessWarning> ws = m_session->accessWarnings();
        QVERIFY(std::any_of(ws.cbegin(), ws.cend(), [target](const WitnessWarning &w) {
            return w.kind == WitnessWarning::Kind::Changed && w.seq == target;
        }));
        // The app keeps the version it saw first, and flags the row.
        AccessLogModel *m = m_session->accessLogModel();
        const int row = m->rowOf(target);
        QVERIFY(row >= 0);
        QVERIFY(m->index(row, 0).data(AccessLogModel::WarningRole).toBool());
        QVERIFY(m->index(row, AccessLogModel::Ticket).data().toString() != u"T-FORGED"_s);

        // The warning stays across syncs until dismissed.
        syncNow();
        QCOMPARE(m_session->accessWarnings().size(), ws.size());
        for (const WitnessWarning &w : ws)
            QVERIFY(m_session->dismissAccessWarning(w.id));
        QVERIFY(m_session->accessWarnings().isEmpty());
        syncNow();
        QVERIFY(m_session->accessWarnings().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
