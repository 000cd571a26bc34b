// SPDX-License-Identifier: GPL-3.0-or-later
// The staff side of the client core against the real provider: sam (staff) works the queue and
// processes customers' requests through the staff outbox, and each step reaches the customer's
// next sync (alice, bob and siuming signed in through their own Sessions); a step queued offline
// is sent exactly once; a grant opens a read-only, in-memory CustomerView that refuses what the
// grant does not cover and leaves nothing of the customer on disk; kim (supervisor) verifies the
// audit chain and reads the refusal log.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"

#include "Session.h"
#include "SessionInternals.h"
#include "api/ApiClient.h"
#include "models/PersonalModel.h"
#include "models/StaffQueueModel.h"
#include "staff/CustomerView.h"
#include "staff/StaffDesk.h"
#include "store/CacheDb.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;
using pd::test::BrowserDriver;
using pd::test::MemoryTokenStore;
using pd::test::ProviderProcess;

namespace {

/// One person at one computer: a Session with its own token store and data folder.
struct Client
{
    QNetworkAccessManager nam;
    MemoryTokenStore tokens;
    QTemporaryDir dir;
    std::unique_ptr<Session> session = std::make_unique<Session>(&nam, &tokens, dir.path());
    BrowserDriver browser;
};

bool signIn(Client &c, const QUrl &provider, const QString &user)
{
    if (!c.session->setProviderUrl(provider))
        return false;
    QObject::connect(c.session.get(), &Session::browserUrlReady, &c.browser,
                     [&c, user](const QUrl &url) { c.browser.signIn(url, user, QStringLiteral("demo-") + user); });
    QSignalSpy synced(c.session.get(), &Session::syncFinished);
    c.session->startSignIn();
    if (!synced.wait(120000))
        return false;
    return synced.at(0).at(0).value<Error>().code == ErrorCode::None && c.session->state() == Session::State::SignedIn;
}

bool syncNow(Client &c)
{
    QSignalSpy synced(c.session.get(), &Session::syncFinished);
    c.session->sync();
    return synced.wait(60000) && synced.at(0).at(0).value<Error>().code == ErrorCode::None;
}

/// The provider's id of a request the customer made (once the customer's outbox sent it).
QString sentRequestId(Client &c, const Result<qint64> &seq)
{
    if (!seq)
        return {};
    Outbox *outbox = SessionInternals::outbox(*c.session);
    (void)QTest::qWaitFor([&] { return outbox->item(*seq)->state != OutboxItem::State::Queued; }, 30000);
    const OutboxItem item = *outbox->item(*seq);
    return item.state == OutboxItem::State::Sent ? item.serverId : QString();
}

/// Waits until the staff step `seq` is no longer waiting to be sent, and returns it.
StaffStepRecord settled(StaffDesk *desk, qint64 seq)
{
    auto find = [desk, seq] {
        for (const StaffStepRecord &r : desk->steps())
            if (r.seq == seq)
                return r;
        return StaffStepRecord{};
    };
    (void)QTest::qWaitFor([&] { return find().state != ActionState::Queued; }, 30000);
    return find();
}

QString personalValue(Client &c, const QString &key)
{
    for (const PersonalField &f : SessionInternals::cache(*c.session)->personal().fields)
        if (f.key == key)
            return f.value;
    return {};
}

/// Runs `go` and waits for `signal` of `obj`, returning its first argument (for arguments a
/// QVariant cannot hold, such as Result, which has no default value).
template<typename Arg, typename Obj, typename Signal, typename Go>
std::optional<Arg> awaitArg(Obj *obj, Signal signal, Go go, int ms = 30000)
{
    std::optional<Arg> got;
    QMetaObject::Connection c = QObject::connect(obj, signal, obj, [&got](const Arg &a) {
        if (!got)
            got.emplace(a);
    });
    go();
    (void)QTest::qWaitFor([&got] { return got.has_value(); }, ms);
    QObject::disconnect(c);
    return got;
}

} // namespace

class TestStaff : public QObject
{
    Q_OBJECT

    ProviderProcess m_provider{{QStringLiteral("--test-hooks")}};
    Client m_sam;
    Client m_alice;
    Client m_bob;
    QString m_rejectedId;
    QString m_aliceEmail;
    QString m_aliceMobile;

    StaffDesk *desk() const { return m_sam.session->staff(); }

    /// Sends `step` for `requestId` through sam's staff outbox and returns how it ended.
    StaffStepRecord act(const QString &requestId, const StaffStep &step)
    {
        Result<qint64> seq = desk()->process(requestId, step);
        if (!seq) {
            qWarning("not queued: %s", qPrintable(seq.error().detail));
            return {};
        }
        return settled(desk(), *seq);
    }

    Result<StaffRequestDetail> open(const QString &id)
    {
        auto r = awaitArg<Result<StaffRequestDetail>>(desk(), &StaffDesk::requestOpened, [&] { desk()->openRequest(id); });
        return r ? *r : Result<StaffRequestDetail>(Error::make(ErrorCode::Timeout));
    }

    /// The global audit entries about `requestId` with `details.action == action` (as kim reads them).
    int auditedActions(Client &kim, const QString &accountId, const QString &requestId, const QString &action)
    {
        int n = 0;
        AuditFilter f;
        f.accountId = accountId;
        f.action = QStringLiteral("request_action");
        for (;;) {
            StaffDesk *d = kim.session->staff();
            const auto got = awaitArg<Result<ApiPage<AuditEntry>>>(d, &StaffDesk::auditFetched, [&] { d->fetchAudit(f); });
            if (!got || !*got)
                return -1;
            const Result<ApiPage<AuditEntry>> &page = *got;
            if (!page)
                return -1;
            for (const AuditEntry &e : page->items)
                if (e.details.value(QLatin1String("request_id")).toString() == requestId
                    && e.details.value(QLatin1String("action")).toString() == action)
                    ++n;
            if (!page->hasMore || page->items.isEmpty())
                return n;
            f.cursor = page->nextCursor;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
        QVERIFY(signIn(m_sam, m_provider.url(), QStringLiteral("sam")));
        QVERIFY(m_sam.session->account().isStaff());
        QVERIFY(desk());
        QVERIFY(!desk()->isSupervisor());
        desk()->setSendBackoff(10, 200);
        QVERIFY(signIn(m_alice, m_provider.url(), QStringLiteral("alice")));
        QVERIFY(!m_alice.session->staff()); // customers have no staff side
        m_aliceEmail = personalValue(m_alice, QStringLiteral("email"));
        m_aliceMobile = personalValue(m_alice, QStringLiteral("mobile"));
        QVERIFY(!m_aliceEmail.isEmpty() && !m_aliceMobile.isEmpty());
        QVERIFY(signIn(m_bob, m_provider.url(), QStringLiteral("bob")));
    }

    void queueListsSeededRequestsOverdueFirst()
    {
        QSignalSpy refreshed(desk(), &StaffDesk::queueRefreshed);
        desk()->refreshQueue();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(refreshed.at(0).at(0).value<Error>().code, ErrorCode::None);
        const QList<StaffRequest> rows = desk()->queue()->requests();
        QVERIFY(rows.size() >= 10);
        bool seenNotOverdue = false;
        int overdue = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const StaffRequest &r = rows.at(i);
            QVERIFY(isOpen(r.status));
            if (r.overdue) {
                ++overdue;
                QVERIFY2(!seenNotOverdue, qPrintable(r.id)); // every overdue row before the others
                QVERIFY(r.daysLeft < 0);
            } else {
                seenNotOverdue = true;
            }
            if (i > 0 && rows.at(i - 1).overdue == r.overdue)
                QVERIFY(rows.at(i - 1).effectiveDue() <= r.effectiveDue());
        }
        QVERIFY(overdue >= 1);
        QVERIFY(seenNotOverdue);
        QVERIFY(desk()->queue()->rowOf(QStringLiteral("R-DE0001")) >= 0);
        QVERIFY(desk()->queueFetchedAt().isValid());

        // Kept for offline reading, metadata only: no customer's words in the file.
        const QString path = desk()->queueCachePath();
        QVERIFY(QFile::exists(path));
        QByteArray bytes;
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("R-DE0001"));
        QVERIFY(!bytes.contains("Charged twice"));
        QVERIFY(!bytes.contains("taiman.chan@example.hk"));
    }

    void correctionThroughEveryStep()
    {
        Validation v;
        const QString id = sentRequestId(m_alice, m_alice.session->actions()->requestCorrection(
            QStringLiteral("name"), QStringLiteral("Alice Chan Tai-man"), QStringLiteral("As on my ID card."), {}, &v));
        QVERIFY(!id.isEmpty());

        QCOMPARE(act(id, StaffStep::assign()).state, ActionState::Sent);
        auto detail = open(id);
        QVERIFY(detail);
        QVERIFY(detail->meta.assignedToMe);
        QCOMPARE(detail->meta.assignee, QStringLiteral("Support agent 7"));

        QCOMPARE(act(id, StaffStep::startReview()).state, ActionState::Sent);
        const QString question = QStringLiteral("Please upload a photo of your ID card.");
        QSignalSpy updated(desk(), &StaffDesk::requestUpdated);
        QCOMPARE(act(id, StaffStep::askInfo(question)).state, ActionState::Sent);
        // Answers are stored on the sender's own thread, so the previous step's update may still be
        // on its way when this one is sent: the newest update is the one that counts.
        QTRY_VERIFY(!updated.isEmpty()
                    && updated.last().at(0).value<StaffRequestDetail>().meta.status == RequestStatus::NeedsInfo);
        for (const QList<QVariant> &u : std::as_const(updated)) // each one of this request's two steps
            QVERIFY(u.at(0).value<StaffRequestDetail>().meta.status == RequestStatus::InReview
                    || u.at(0).value<StaffRequestDetail>().meta.status == RequestStatus::NeedsInfo);
        // The staff outbox kept the step, not the provider's answer (it holds the customer's words).
        for (const OutboxItem &i : [this] {
                 auto o = Outbox::open(desk()->outboxPath());
                 return o ? (*o)->items(true) : QList<OutboxItem>();
             }())
            QVERIFY2(!i.response.contains("As on my ID card"), i.response.constData());

        QVERIFY(syncNow(m_alice));
        auto seen = m_alice.session->trackedRequest(id);
        QVERIFY(seen);
        QCOMPARE(seen->status, RequestStatus::NeedsInfo);
        bool asked = false;
        for (const RequestMessage &m : seen->messages)
            asked = asked || (m.fromStaff && m.kind == QLatin1String("question") && m.text == question);
        QVERIFY(asked);

        QCOMPARE(act(id, StaffStep::startReview()).state, ActionState::Sent);
        QCOMPARE(act(id, StaffStep::extend(1, QStringLiteral("Waiting for the registry."))).state, ActionState::Sent);
        detail = open(id);
        QVERIFY(detail);
        QVERIFY(detail->meta.extended);

        // A second extension is refused, and the refusal is kept with the provider's problem.
        QSignalSpy refused(desk(), &StaffDesk::stepRefused);
        const StaffStepRecord again = act(id, StaffStep::extend(1, QStringLiteral("Once more.")));
        QCOMPARE(again.state, ActionState::Attention);
        QCOMPARE(again.lastStatus, 409);
        QCOMPARE(again.lastError, QStringLiteral("already-extended"));
        QCOMPARE(again.requestId, id);
        QCOMPARE(again.step.action, StaffStep::Action::Extend);
        QCOMPARE(refused.size(), 1);
        QVERIFY(desk()->refusedSteps() >= 1);
        QVERIFY(desk()->discardStep(again.seq));
        QCOMPARE(desk()->refusedSteps(), qint64(0));

        QCOMPARE(act(id, StaffStep::complete()).state, ActionState::Sent);
        QVERIFY(syncNow(m_alice));
        QCOMPARE(m_alice.session->trackedRequest(id)->status, RequestStatus::Completed);
        QCOMPARE(personalValue(m_alice, QStringLiteral("name")), QStringLiteral("Alice Chan Tai-man"));
    }

    void invalidStepIsNotQueued()
    {
        const qint64 before = desk()->steps().size();
        QVERIFY(!desk()->process(QStringLiteral("R-DE0001"), StaffStep::reject(QStringLiteral("other"), QString())));
        QVERIFY(!desk()->process(QStringLiteral("R-DE0001"), StaffStep::reject(QStringLiteral("no-such-code"), QStringLiteral("x"))));
        QVERIFY(!desk()->process(QStringLiteral("R-DE0001"), StaffStep::askInfo(QStringLiteral("  "))));
        QVERIFY(!desk()->process(QStringLiteral("R-DE0001"), StaffStep::extend(3, QStringLiteral("too long"))));
        QCOMPARE(desk()->steps().size(), before);
    }

    void complaintGetsItsAnswer()
    {
        Validation v;
        const QString id = sentRequestId(m_alice, m_alice.session->actions()->fileComplaint(
            false, QStringLiteral("Slow support"), QStringLiteral("Nobody answered my e-mail for a week."), &v));
        QVERIFY(!id.isEmpty());
        QCOMPARE(act(id, StaffStep::assign()).state, ActionState::Sent);
        const QString answer = QStringLiteral("We are sorry: your e-mail went to an old queue. It is fixed now.");
        QCOMPARE(act(id, StaffStep::complete(answer)).state, ActionState::Sent);
        QVERIFY(syncNow(m_alice));
        const auto seen = m_alice.session->trackedRequest(id);
        QCOMPARE(seen->status, RequestStatus::Completed);
        bool answered = false;
        for (const RequestMessage &m : seen->messages)
            answered = answered || (m.fromStaff && m.kind == QLatin1String("answer") && m.text == answer);
        QVERIFY(answered);
    }

    void rejectionReasonReachesTheCustomer()
    {
        const QString id = sentRequestId(m_alice, m_alice.session->actions()->requestExport());
        QVERIFY(!id.isEmpty());
        const QString why = QStringLiteral("You asked for the same copy yesterday; it is still available.");
        QCOMPARE(act(id, StaffStep::reject(QStringLiteral("repetitive"), why)).state, ActionState::Sent);
        QVERIFY(syncNow(m_alice));
        const auto seen = m_alice.session->trackedRequest(id);
        QCOMPARE(seen->status, RequestStatus::Rejected);
        QCOMPARE(seen->rejectionCode, QStringLiteral("repetitive"));
        QCOMPARE(seen->rejectionText, why);
        m_rejectedId = id;
    }

    void deletionDeletesAndListsWhatIsRestricted()
    {
        QVERIFY(!personalValue(m_bob, QStringLiteral("email")).isEmpty());
        DeletionScope scope;
        scope.kind = DeletionScope::WholeCategory;
        scope.category = Category::Registration;
        Validation v;
        const QString id = sentRequestId(m_bob, m_bob.session->actions()->requestDeletion(scope, ActionQueue::deletionConfirmationWord(), &v));
        QVERIFY(!id.isEmpty());
        QCOMPARE(act(id, StaffStep::assign()).state, ActionState::Sent);
        QCOMPARE(act(id, StaffStep::complete()).state, ActionState::Sent);
        QVERIFY(syncNow(m_bob));
        const auto seen = m_bob.session->trackedRequest(id);
        QCOMPARE(seen->status, RequestStatus::Completed);
        // The e-mail address is deleted; the name is kept for invoices, restricted, and listed.
        QVERIFY(personalValue(m_bob, QStringLiteral("email")).isEmpty());
        const QJsonArray retained = QJsonDocument::fromJson(seen->retained).array();
        QVERIFY2(!retained.isEmpty(), seen->retained.constData());
        bool registration = false;
        for (const QJsonValue &r : retained)
            registration = registration
                || (r.toObject().value(QLatin1String("category")).toString() == QLatin1String("registration")
                    && !r.toObject().value(QLatin1String("until")).toString().isEmpty());
        QVERIFY2(registration, seen->retained.constData());
    }

    void stepQueuedOfflineIsSentExactlyOnce()
    {
        Validation v;
        const QString id = sentRequestId(m_alice, m_alice.session->actions()->fileComplaint(
            true, QStringLiteral("Dark mode"), QStringLiteral("Please add a dark theme."), &v));
        QVERIFY(!id.isEmpty());

        m_provider.stop();
        QSignalSpy online(desk(), &StaffDesk::onlineChanged);
        Result<qint64> seq = desk()->process(id, StaffStep::assign());
        QVERIFY(seq);
        QCOMPARE(desk()->pendingSteps(), qint64(1));
        QVERIFY(m_sam.session->pendingActions() >= 1);
        auto record = [this, &seq] {
            for (const StaffStepRecord &r : desk()->steps())
                if (r.seq == *seq)
                    return r;
            return StaffStepRecord{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(record().attempts >= 2, 20000);
        QCOMPARE(record().state, ActionState::Queued);
        QVERIFY(!online.isEmpty());
        QCOMPARE(online.last().at(0).toBool(), false);

        QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
        for (Client *c : {&m_sam, &m_alice, &m_bob})
            QVERIFY(c->session->setProviderUrl(m_provider.url()));
        desk()->retrySendingNow();
        QCOMPARE(settled(desk(), *seq).state, ActionState::Sent);
        QCOMPARE(desk()->pendingSteps(), qint64(0));

        auto detail = open(id);
        QVERIFY(detail);
        QVERIFY(detail->meta.assignedToMe);
        Client kim;
        QVERIFY(signIn(kim, m_provider.url(), QStringLiteral("kim")));
        QCOMPARE(auditedActions(kim, m_alice.session->account().accountId, id, QStringLiteral("assign")), 1);
    }

    void grantOpensReadOnlyCustomerView()
    {
        const auto found = awaitArg<Result<QList<CustomerHit>>>(desk(), &StaffDesk::customersFound,
                                                                [this] { desk()->searchCustomers(QStringLiteral("alice")); });
        QVERIFY(found && *found);
        const Result<QList<CustomerHit>> &hits = *found;
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().accountId, m_alice.session->account().accountId);

        QSignalSpy changed(desk(), &StaffDesk::grantChanged);
        QSignalSpy viewChanged(desk(), &StaffDesk::customerViewChanged);
        GrantRequest g;
        g.accountId = hits->first().accountId;
        g.reason = AccessReason::CustomerRequest;
        g.ticket = QStringLiteral("T-4711");
        g.justification = QStringLiteral("Alice asked us to check her registered details.");
        g.categories = {Category::Registration, Category::Devices};
        desk()->requestGrant(g);
        QVERIFY(changed.wait(30000));
        const Grant grant = changed.last().at(0).value<Grant>();
        QCOMPARE(grant.status, GrantStatus::Active);
        QCOMPARE(grant.minutes, limits::kGrantMinutesDefault);
        CustomerView *view = desk()->customerView();
        QVERIFY(view);
        QSignalSpy loaded(view, &CustomerView::loaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.at(0).at(0).value<Error>().code, ErrorCode::None);
        QVERIFY(view->isReadOnly());
        QCOMPARE(view->account().username, QStringLiteral("alice"));
        QVERIFY(view->covers(Category::Registration));
        QVERIFY(!view->covers(Category::Cookies));
        QVERIFY(!view->cookiesModel());
        QVERIFY(!view->serverUsageModel());
        QCOMPARE(view->count(Category::Cookies), qint64(0));
        QVERIFY(view->count(Category::Devices) >= 1);
        QVERIFY(view->personalModel());
        QStringList values;
        for (int r = 0; r < view->personalModel()->rowCount(); ++r)
            values << view->personalModel()->index(r, PersonalModel::Value).data().toString();
        QVERIFY2(values.contains(m_aliceEmail), qPrintable(values.join(QLatin1Char('|'))));

        // Through the same grant, a category it does not cover is refused by the provider too.
        int status = 0;
        {
            QNetworkRequest req(m_provider.url().resolved(QUrl(QStringLiteral("/v1/staff/grants/") + grant.id + QStringLiteral("/cookies"))));
            req.setRawHeader("Authorization", "Bearer " + SessionInternals::api(*m_sam.session)->tokens().accessToken.toUtf8());
            QNetworkReply *r = m_sam.nam.get(req);
            QSignalSpy done(r, &QNetworkReply::finished);
            QVERIFY(done.wait(30000));
            status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r->deleteLater();
        }
        QCOMPARE(status, 403);

        // Ending it closes the view at once and tells the provider.
        changed.clear();
        desk()->endGrant();
        QVERIFY(!desk()->customerView());
        QTRY_VERIFY(!changed.isEmpty() && changed.last().at(0).value<Grant>().status == GrantStatus::Ended);
        desk()->refreshGrant();
        QTRY_VERIFY(changed.size() >= 2);
        QCOMPARE(desk()->currentGrant()->status, GrantStatus::Ended);
        QVERIFY(!desk()->customerView());
    }

    void pendingGrantWaitsForTheCustomer()
    {
        // kayan asks to be asked first.
        Client kayan;
        QVERIFY(signIn(kayan, m_provider.url(), QStringLiteral("kayan")));
        desk()->setPendingPollInterval(100);
        QSignalSpy changed(desk(), &StaffDesk::grantChanged);
        GrantRequest g;
        g.accountId = kayan.session->account().accountId;
        g.reason = AccessReason::RequestProcessing;
        g.ticket = QStringLiteral("R-DE0005");
        g.justification = QStringLiteral("Checking the account before closing it.");
        g.categories = {Category::Registration};
        g.minutes = 10;
        desk()->requestGrant(g);
        QVERIFY(changed.wait(30000));
        const Grant pending = changed.last().at(0).value<Grant>();
        QCOMPARE(pending.status, GrantStatus::Pending);
        QVERIFY(!desk()->customerView());

        // kayan approves in her app (the customer's endpoint).
        QNetworkRequest req(m_provider.url().resolved(QUrl(QStringLiteral("/v1/me/access-grants/") + pending.id + QStringLiteral("/approve"))));
        req.setRawHeader("Authorization", "Bearer " + SessionInternals::api(*kayan.session)->tokens().accessToken.toUtf8());
        req.setRawHeader("Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *r = kayan.nam.post(req, QByteArrayLiteral("{}"));
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        r->deleteLater();

        QTRY_VERIFY_WITH_TIMEOUT(desk()->currentGrant() && desk()->currentGrant()->status == GrantStatus::Active, 30000);
        QVERIFY(desk()->customerView());
        QCOMPARE(desk()->customerView()->grant().minutes, 10);
        desk()->endGrant();
        QVERIFY(!desk()->customerView());
    }

    void noCustomerDataOnDisk()
    {
        const QStringList folders = {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                     QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                     QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        {
            Client staff;
            QVERIFY(signIn(staff, m_provider.url(), QStringLiteral("sam")));
            StaffDesk *d = staff.session->staff();
            QVERIFY(d);
            QSignalSpy refreshed(d, &StaffDesk::queueRefreshed);
            d->refreshQueue();
            QVERIFY(refreshed.wait(30000));
            const auto found = awaitArg<Result<QList<CustomerHit>>>(d, &StaffDesk::customersFound,
                                                                    [&] { d->searchCustomers(m_aliceEmail); });
            QVERIFY(found && *found && (*found)->size() == 1);
            QSignalSpy viewChanged(d, &StaffDesk::customerViewChanged);
            GrantRequest g;
            g.accountId = m_alice.session->account().accountId;
            g.reason = AccessReason::CustomerRequest;
            g.ticket = QStringLiteral("T-4712");
            g.justification = QStringLiteral("Alice asked us to check her e-mail address.");
            g.categories = {Category::Registration, Category::ServerUsage, Category::DomainUsage, Category::Devices,
                            Category::Cookies};
            d->requestGrant(g);
            QTRY_VERIFY_WITH_TIMEOUT(d->customerView() && d->customerView()->lastSyncedAt().isValid(), 60000);
            QVERIFY(d->customerView()->count(Category::ServerUsage) > 0);
            QStringList values;
            for (int r = 0; r < d->customerView()->personalModel()->rowCount(); ++r)
                values << d->customerView()->personalModel()->index(r, PersonalModel::Value).data().toString();
            QVERIFY(values.contains(m_aliceEmail));
            QVERIFY(values.contains(m_aliceMobile));
            // A staff step with a text of its own, so the staff outbox file exists and is searched.
            QVERIFY(d->process(QStringLiteral("R-DE0001"), StaffStep::assign()));

            const QString root = staff.dir.path();
            auto scan = [&](QStringList dirs) {
                QStringList hits;
                dirs << root;
                for (const QString &dir : dirs) {
                    if (dir.isEmpty())
                        continue;
                    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
                    while (it.hasNext()) {
                        QFile f(it.next());
                        if (!f.open(QIODevice::ReadOnly))
                            continue;
                        const QByteArray bytes = f.readAll();
                        if (bytes.contains(m_aliceEmail.toUtf8()) || bytes.contains(m_aliceMobile.toUtf8()))
                            hits << f.fileName();
                    }
                }
                return hits;
            };
            // While the view is open (the files of a live session) ...
            QStringList hits = scan(folders);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
            QVERIFY(QDirIterator(root, QDir::Files, QDirIterator::Subdirectories).hasNext()); // the scan saw files

            // ... after sign-out, and after the session is gone.
            QSignalSpy out(staff.session.get(), &Session::signedOut);
            staff.session->signOut();
            QVERIFY(out.wait(10000));
            QVERIFY(viewChanged.size() >= 2); // opened, closed
            staff.session.reset();
            hits = scan(folders);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
    }

    void supervisorVerifiesAuditAndReadsRefusals()
    {
        Client kim;
        QVERIFY(signIn(kim, m_provider.url(), QStringLiteral("kim")));
        StaffDesk *d = kim.session->staff();
        QVERIFY(d);
        QVERIFY(d->isSupervisor());

        QSignalSpy verified(d, &StaffDesk::auditVerified);
        d->verifyAudit();
        QVERIFY(verified.wait(60000));
        const AuditVerdict v = verified.at(0).at(0).value<AuditVerdict>();
        QVERIFY2(v.outcome == AuditVerdict::Outcome::Intact, qPrintable(QStringLiteral("outcome %1 cause %2 seq %3 error %4")
                                                                      .arg(int(v.outcome)).arg(int(v.cause)).arg(v.seq).arg(v.error.detail)));
        QVERIFY(v.entriesChecked > 10);
        QVERIFY(v.checkpoint.seq > 0 && v.checkpoint.seq <= v.entriesChecked);

        const auto list = awaitArg<Result<QList<RefusalEntry>>>(d, &StaffDesk::refusalsFetched, [d] { d->fetchRefusals(); });
        QVERIFY(list && *list);
        bool ours = false;
        for (const RefusalEntry &e : list->value())
            ours = ours || (e.requestId == m_rejectedId && e.reasonCode == QLatin1String("repetitive"));
        QVERIFY(ours);
        const QString csv = kim.dir.filePath(QStringLiteral("refusals.csv"));
        QVERIFY(d->exportRefusalsCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("request_id,"));
        QVERIFY(text.contains(m_rejectedId.toUtf8()));
        QVERIFY(text.contains("You asked for the same copy yesterday; it is still available."));

        // Staff are not supervisors.
        QSignalSpy refused(desk(), &StaffDesk::auditVerified);
        desk()->verifyAudit();
        QVERIFY(refused.wait(30000));
        const AuditVerdict no = refused.at(0).at(0).value<AuditVerdict>();
        QCOMPARE(no.outcome, AuditVerdict::Outcome::CouldNotCheck);
        QCOMPARE(no.error.code, ErrorCode::Forbidden);
    }

    // Last: it moves the provider's clock past the grace period.
    void accountCancellationClosesTheAccount()
    {
        Client siuming;
        QVERIFY(signIn(siuming, m_provider.url(), QStringLiteral("siuming")));
        Validation v;
        const QString id = sentRequestId(siuming, siuming.session->actions()->cancelAccount(
            QStringLiteral("Moving to another provider."), ActionQueue::cancelConfirmationWord(), &v));
        QVERIFY(!id.isEmpty());
        QCOMPARE(act(id, StaffStep::assign()).state, ActionState::Sent);
        QCOMPARE(act(id, StaffStep::complete()).state, ActionState::Sent);
        QVERIFY(syncNow(siuming));
        QCOMPARE(siuming.session->trackedRequest(id)->status, RequestStatus::Completed);

        QVERIFY2(m_provider.advanceClock(qint64(limits::kAccountClosingGraceDays + 1) * 24 * 3600),
                 qPrintable(m_provider.errorString()));
        // The customer's session is over ...
        QSignalSpy synced(siuming.session.get(), &Session::syncFinished);
        siuming.session->sync();
        QVERIFY(synced.wait(60000));
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::Unauthorized);
        // ... and signing in again is refused after the right password.
        Client again;
        QVERIFY(again.session->setProviderUrl(m_provider.url()));
        connect(again.session.get(), &Session::browserUrlReady, &again.browser,
                [&again](const QUrl &url) { again.browser.signIn(url, QStringLiteral("siuming"), QStringLiteral("demo-siuming")); });
        QSignalSpy browsed(&again.browser, &BrowserDriver::finished);
        again.session->startSignIn();
        QVERIFY(browsed.wait(60000));
        QCOMPARE(browsed.at(0).at(0).toBool(), false);
        QCOMPARE(again.browser.postStatus(), 403);
        again.session->cancelSignIn();
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
