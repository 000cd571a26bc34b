// SPDX-License-Identifier: GPL-3.0-or-later
// Every action through the real Session, outbox and sender, against the real provider: field
// updates with If-Match (and the 412 conflict), correction with an attachment, deletion with the
// retained-data answer, complaint, account cancellation, export, consent with receipts, cancelling
// a request, refusals that need the user's attention, working offline, and status tracking.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"

#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "models/PersonalModel.h"
#include "models/RequestsModel.h"
#include "store/CacheDb.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestActions : public QObject
{
    Q_OBJECT

    test::ProviderProcess m_provider{{QStringLiteral("--test-hooks")}};
    QNetworkAccessManager m_nam;
    test::MemoryTokenStore m_tokens;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    test::BrowserDriver m_browser;
    int m_rowsSeen = -1; ///< the requests list as a listener from before the sign-in saw it at outboxChanged

    OutboxItem waitSettled(qint64 seq)
    {
        // Sent, refused or in conflict: anything but queued. (Callers check the state.)
        (void)QTest::qWaitFor([this, seq] { return SessionInternals::outbox(*m_session)->item(seq)->state != OutboxItem::State::Queued; },
                              30000);
        return *SessionInternals::outbox(*m_session)->item(seq);
    }

    int hook(const QString &pathAndQuery)
    {
        QNetworkRequest req(m_provider.url().resolved(QUrl(pathAndQuery)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *r = m_nam.post(req, QByteArray());
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(10000);
        r->deleteLater();
        return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void syncNow()
    {
        QSignalSpy synced(m_session.get(), &Session::syncFinished);
        m_session->sync();
        QVERIFY(synced.wait(60000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        qRegisterMetaType<pd::TrackedRequest>();
        QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
        m_session = std::make_unique<Session>(&m_nam, &m_tokens, m_dir.path());
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        SessionInternals::sender(*m_session); // null before sign-in
        // Connected before the account (and its requests list) exists, as the window's toolbar is.
        connect(m_session.get(), &Session::outboxChanged, this, [this] {
            if (RequestsModel *m = m_session->requestsModel())
                m_rowsSeen = m->rowCount();
        });
        connect(m_session.get(), &Session::browserUrlReady, &m_browser,
                [this](const QUrl &u) { m_browser.signIn(u, QStringLiteral("alice"), QStringLiteral("demo-alice")); });
        QSignalSpy synced(m_session.get(), &Session::syncFinished);
        m_session->startSignIn();
        QVERIFY(synced.wait(120000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
        QVERIFY(SessionInternals::sender(*m_session));
        SessionInternals::sender(*m_session)->setBackoff(10, 200);
        QVERIFY(!m_session->consents().items.isEmpty());
    }

    void updateEditableField()
    {
        const QString etag = SessionInternals::cache(*m_session)->personalEtag();
        QVERIFY(!etag.isEmpty());
        Validation v;
        auto seq = m_session->actions()->updateField(QStringLiteral("email"), QStringLiteral("alice.new@example.hk"), etag, &v);
        QVERIFY2(seq, seq ? "" : qPrintable(seq.error().detail));
        const OutboxItem done = waitSettled(*seq);
        QVERIFY2(done.state == OutboxItem::State::Sent, qPrintable(QStringLiteral("state %1 attempts %2 status %3 error %4 paused %5 busy %6")
            .arg(int(done.state)).arg(done.attempts).arg(done.lastStatus).arg(done.lastError).arg(SessionInternals::sender(*m_session)->isPaused()).arg(SessionInternals::sender(*m_session)->isBusy())));
        QTRY_VERIFY(SessionInternals::cache(*m_session)->personalEtag() != etag);
        bool found = false;
        for (const PersonalField &f : SessionInternals::cache(*m_session)->personal().fields)
            found = found || (f.key == QLatin1String("email") && f.value == QLatin1String("alice.new@example.hk"));
        QVERIFY(found);
    }

    void staleEtagBecomesConflictAndResolves()
    {
        const QString stale = QStringLiteral("\"stale-etag\"");
        Validation v;
        auto seq = m_session->actions()->updateField(QStringLiteral("mobile"), QStringLiteral("+85291234567"), stale, &v);
        QVERIFY(seq);
        const OutboxItem refused = waitSettled(*seq);
        QCOMPARE(refused.state, OutboxItem::State::Conflict);
        QCOMPARE(refused.lastStatus, 412);
        const QJsonObject problem = QJsonDocument::fromJson(refused.response).object();
        QVERIFY2(problem.value(QStringLiteral("current")).isObject(), refused.response.constData());
        // The user keeps their value: requeue with the current ETag.
        QVERIFY(SessionInternals::outbox(*m_session)->requeue(*seq, QJsonObject{{QStringLiteral("value"), QStringLiteral("+85291234567")}},
                                             SessionInternals::cache(*m_session)->personalEtag()));
        SessionInternals::sender(*m_session)->kick();
        QCOMPARE(waitSettled(*seq).state, OutboxItem::State::Sent);
    }

    void correctionWithAttachment()
    {
        const QString file = m_dir.filePath(QStringLiteral("id-card.png"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2048, 'x'));
        f.close();
        Validation v;
        auto seq = m_session->actions()->requestCorrection(QStringLiteral("name"), QStringLiteral("Alice Chan Tai-man"),
                                                           QStringLiteral("My full name as on my ID card."), {{file}}, &v);
        QVERIFY2(seq, v.isEmpty() ? "" : qPrintable(v.first().field));
        const OutboxItem done = waitSettled(*seq);
        QCOMPARE(done.state, OutboxItem::State::Sent);
        const auto req = SessionInternals::outbox(*m_session)->request(done.serverId);
        QVERIFY(req);
        QCOMPARE(req->type, RequestType::Correction);
        QCOMPARE(req->status, RequestStatus::Received);
        QVERIFY(req->dueAt > req->receivedAt.addDays(27));
        const QJsonArray atts = req->summary.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(atts.size(), 1);
        QVERIFY(atts.at(0).toString().startsWith(QStringLiteral("att-")));
    }

    void clientValidationStopsBadInput()
    {
        Validation v;
        QVERIFY(!m_session->actions()->updateField(QStringLiteral("email"), QStringLiteral("not-an-email"), QStringLiteral("x"), &v));
        QCOMPARE(v.first().code, FieldProblem::BadEmail);
        QVERIFY(!m_session->actions()->fileComplaint(false, QString(), QString(QStringLiteral("x")).repeated(6000), &v));
        QCOMPARE(v.size(), 2);
        const QString bad = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain text");
        f.close();
        QVERIFY(!m_session->actions()->requestCorrection(QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"), {{bad}}, &v));
        QCOMPARE(v.first().code, FieldProblem::FileWrongType);
        QVERIFY(!m_session->actions()->requestDeletion(DeletionScope{}, QStringLiteral("delete"), &v));
        QCOMPARE(v.first().code, FieldProblem::ConfirmationMismatch);
    }

    void providerRefusalNeedsAttentionAndIsNotRetried()
    {
        // Bypass the client's checks: the provider must refuse, once, and the item waits for the user.
        auto seq = SessionInternals::outbox(*m_session)->enqueue(OutboxItem::Kind::Request, QStringLiteral("POST"), QStringLiteral("/v1/me/requests"),
                                                QJsonObject{{QStringLiteral("type"), QStringLiteral("complaint")},
                                                            {QStringLiteral("kind"), QStringLiteral("complaint")},
                                                            {QStringLiteral("subject"), QString()},
                                                            {QStringLiteral("message"), QStringLiteral("x")}},
                                                QStringLiteral("bad"));
        QVERIFY(seq);
        SessionInternals::sender(*m_session)->kick();
        const OutboxItem refused = waitSettled(*seq);
        QCOMPARE(refused.state, OutboxItem::State::Attention);
        QVERIFY(refused.lastStatus == 400 || refused.lastStatus == 422);
        QCOMPARE(refused.attempts, 1);
        // The sender looks at the queue again and finds nothing to send: the refused item waits
        // for the user and is not retried.
        QSignalSpy drained(SessionInternals::sender(*m_session), &OutboxSender::drained);
        SessionInternals::sender(*m_session)->kick();
        QTRY_VERIFY(drained.count() >= 1);
        QVERIFY(!SessionInternals::sender(*m_session)->isBusy());
        QCOMPARE(SessionInternals::outbox(*m_session)->item(*seq)->attempts, 1);
        QVERIFY(m_session->actionsNeedingAttention() >= 1);
        QVERIFY(SessionInternals::outbox(*m_session)->discard(*seq));
    }

    void deletionExplainsWhatIsKept()
    {
        Validation v;
        DeletionScope scope;
        scope.kind = DeletionScope::Account;
        auto seq = m_session->actions()->requestDeletion(scope, ActionQueue::deletionConfirmationWord(), &v);
        QVERIFY(seq);
        const OutboxItem done = waitSettled(*seq);
        QCOMPARE(done.state, OutboxItem::State::Sent);
        const auto req = SessionInternals::outbox(*m_session)->request(done.serverId);
        QVERIFY(req);
        const QJsonArray retained = QJsonDocument::fromJson(req->retained).array();
        QVERIFY2(!retained.isEmpty(), req->retained.constData());
        QVERIFY(!retained.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
        // Not started yet: the user may still cancel it.
        auto cancel = m_session->actions()->cancelRequest(done.serverId);
        QVERIFY(cancel);
        QCOMPARE(waitSettled(*cancel).state, OutboxItem::State::Sent);
        QCOMPARE(SessionInternals::outbox(*m_session)->request(done.serverId)->status, RequestStatus::Cancelled);
    }

    void cancelRefusedOnceStarted()
    {
        Validation v;
        auto seq = m_session->actions()->fileComplaint(true, QStringLiteral("Dark mode"), QStringLiteral("Please add one."), &v);
        QVERIFY(seq);
        const QString id = waitSettled(*seq).serverId;
        QCOMPARE(hook(QStringLiteral("/test/requests/%1/status?status=in_review").arg(id)) / 100, 2);
        auto cancel = m_session->actions()->cancelRequest(id);
        QVERIFY(cancel);
        const OutboxItem refused = waitSettled(*cancel);
        QCOMPARE(refused.state, OutboxItem::State::Attention);
        QCOMPARE(refused.lastStatus, 409);
    }

    void statusChangesAreTracked()
    {
        Validation v;
        auto seq = m_session->actions()->cancelAccount(QStringLiteral("Moving providers"), ActionQueue::cancelConfirmationWord(), &v);
        QVERIFY(seq);
        const QString id = waitSettled(*seq).serverId;
        QCOMPARE(hook(QStringLiteral("/test/requests/%1/status?status=rejected&note=Open%20invoice").arg(id)) / 100, 2);
        QSignalSpy changed(m_session.get(), &Session::requestStatusChanged);
        syncNow();
        QVERIFY(!changed.isEmpty());
        bool seen = false;
        for (const auto &args : changed) {
            const auto t = args.at(0).value<TrackedRequest>();
            if (t.id == id) {
                seen = true;
                QCOMPARE(t.status, RequestStatus::Rejected);
                QCOMPARE(args.at(1).value<RequestStatus>(), RequestStatus::Received);
            }
        }
        QVERIFY(seen);
        RequestsModel *model = m_session->requestsModel();
        bool listed = false;
        for (int r = 0; r < model->rowCount(); ++r)
            listed = listed || model->index(r, 0).data(RequestsModel::RequestIdRole).toString() == id;
        QVERIFY(listed);
    }

    void exportBecomesDownloadable()
    {
        auto seq = m_session->actions()->requestExport();
        QVERIFY(seq);
        const QString id = waitSettled(*seq).serverId;
        QCOMPARE(hook(QStringLiteral("/test/requests/%1/status?status=completed").arg(id)) / 100, 2);
        syncNow();
        QVERIFY(SessionInternals::outbox(*m_session)->request(id)->exportReady);
        ApiJob *job = SessionInternals::api(*m_session)->get(QStringLiteral("/v1/me/requests/%1/export").arg(id));
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(30000));
        const auto r = done.at(0).at(0).value<ApiResponse>();
        QVERIFY(r.ok());
        QVERIFY(QJsonDocument::fromJson(r.body).isObject());
        QVERIFY(r.body.contains("Alice"));
    }

    void consentChangeGetsAReceipt()
    {
        const ConsentState before = m_session->consents();
        QVERIFY(!before.items.isEmpty());
        const ConsentPurpose first = before.items.first();
        auto seq = m_session->actions()->setConsent(first.purpose, !first.granted, before.policyVersion);
        QVERIFY(seq);
        // Recorded locally at once, confirmed after sending.
        QVERIFY(!SessionInternals::outbox(*m_session)->receipts().isEmpty());
        QCOMPARE(waitSettled(*seq).state, OutboxItem::State::Sent);
        // The toolbar once said "Requests (1)" here while the list was empty: it read the list at
        // outboxChanged before the list was read again.
        QTRY_COMPARE(m_rowsSeen, m_session->requestsModel()->rowCount());
        const auto receipts = SessionInternals::outbox(*m_session)->receipts();
        QVERIFY(receipts.first().confirmed);
        QCOMPARE(receipts.first().purpose, first.purpose);
        QCOMPARE(receipts.first().granted, !first.granted);
        syncNow();
        for (const ConsentPurpose &p : m_session->consents().items)
            if (p.purpose == first.purpose)
                QCOMPARE(p.granted, !first.granted);
    }

    void offlineActionIsKeptAndSentWhenBack()
    {
        m_provider.stop();
        Validation v;
        auto seq = m_session->actions()->fileComplaint(false, QStringLiteral("Offline"), QStringLiteral("Written on a plane."), &v);
        QVERIFY(seq);
        QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->item(*seq)->attempts >= 1, 20000);
        QCOMPARE(SessionInternals::outbox(*m_session)->item(*seq)->state, OutboxItem::State::Queued);
        QVERIFY(!m_session->isOnline());
        QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        SessionInternals::sender(*m_session)->retryNow();
        QCOMPARE(waitSettled(*seq).state, OutboxItem::State::Sent);
        QTRY_VERIFY(m_session->isOnline());
    }

    void signOutKeepsUnsentWhenAsked()
    {
        SessionInternals::sender(*m_session)->pause();
        Validation v;
        auto seq = m_session->actions()->fileComplaint(false, QStringLiteral("Kept"), QStringLiteral("Send me later."), &v);
        QVERIFY(seq);
        const QString outboxPath = SessionInternals::outbox(*m_session)->path();
        QCOMPARE(m_session->pendingActions(), qint64(1));
        QSignalSpy out(m_session.get(), &Session::signedOut);
        m_session->signOut(Session::UnsentActions::Keep);
        QVERIFY(out.wait(10000));
        QVERIFY(QFile::exists(outboxPath));
        auto kept = Outbox::open(outboxPath);
        QVERIFY(kept);
        QCOMPARE((*kept)->pendingCount(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
