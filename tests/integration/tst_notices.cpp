// SPDX-License-Identifier: GPL-3.0-or-later
// Told in time (issue 12), through the real Session against the real provider started with only the
// policy of 2025-05-14 published: the policy is stored in en, zh-HK and zh-CN; a supervisor (kim)
// publishes 2026-12-01 through the staff route and alice's next sync reports it, once; accepting it
// offline is sent exactly once when the provider is back, and changes no consent (the new
// support_ai_training purpose stays not granted); declining leads to an account cancellation that
// reaches the provider; incidents and disclosures arrive, are reported new exactly once (and an
// incident again when updated), and read marks are kept in the cache file; the consent records
// export of the real receipts and acceptances validates against its JSON schema.
#include "BrowserDriver.h"
#include "MemoryTokenStore.h"
#include "ProviderProcess.h"
#include "SessionWait.h"
#include "SchemaCheck.h"
#include "StaffTestSupport.h"

#include "Session.h"
#include "SessionInternals.h"
#include "domain/ConsentRecords.h"
#include "store/CacheDb.h"
#include "store/NoticeStore.h"
#include "store/Outbox.h"
#include "sync/ActionQueue.h"
#include "sync/OutboxSender.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {
const QString kOld = u"2025-05-14"_s;
const QString kNew = u"2026-12-01"_s;
} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

    test::ProviderProcess m_provider{{u"--test-hooks"_s, u"--policy-version"_s, kOld}};
    QNetworkAccessManager m_nam;
    test::MemoryTokenStore m_tokens;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    test::BrowserDriver m_browser;
    std::unique_ptr<test::HttpTestClient> m_http;
    std::unique_ptr<test::ApiClient> m_staff;
    NoticeNews m_firstNews;

    OutboxItem waitSettled(qint64 seq) { return test::waitSettled(*m_session, seq); }

    /// Syncs and returns what the sync engine reported (exactly one noticesFetched per sync).
    NoticeNews syncNow()
    {
        QSignalSpy news(SessionInternals::sync(*m_session), &SyncEngine::noticesFetched);
        QSignalSpy synced(m_session.get(), &Session::syncFinished);
        m_session->sync();
        if (!synced.wait(60000))
            qWarning("sync did not finish");
        else if (const Error e = synced.at(0).at(0).value<Error>(); e.code != ErrorCode::None)
            qWarning("sync failed: %d %s", int(e.code), qPrintable(e.detail));
        if (news.size() != 1) {
            qWarning("noticesFetched %lld times", qlonglong(news.size()));
            return NoticeNews{u"<no report>"_s, {}, {}};
        }
        return news.at(0).at(0).value<NoticeNews>();
    }

    /// A supervisor's token (signed in afresh: tokens live minutes, the provider restarts).
    QByteArray kim()
    {
        const test::Tokens t = test::signIn(*m_http, u"kim"_s, u"demo-kim"_s);
        return t.access;
    }

    /// The notices in alice's cache, as the app keeps them.
    std::optional<NoticeStore> m_store;
    NoticeStore *notices() { return &*m_store; }

    std::optional<bool> granted(const QString &purpose) const
    {
        for (const ConsentPurpose &p : m_session->consents().items)
            if (p.purpose == purpose)
                return p.granted;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<pd::Error>();
        qRegisterMetaType<pd::NoticeNews>();
        QVERIFY2(m_provider.start(), qPrintable(m_provider.errorString()));
        m_http = std::make_unique<test::HttpTestClient>(m_provider.url());
        m_staff = std::make_unique<test::ApiClient>(m_provider.url());
        m_session = std::make_unique<Session>(&m_nam, &m_tokens, m_dir.path());
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        connect(m_session.get(), &Session::browserUrlReady, &m_browser,
                [this](const QUrl &u) { m_browser.signIn(u, u"alice"_s, u"demo-alice"_s); });
        // The sync engine appears with the account, during sign-in: catch its first report then.
        std::optional<NoticeNews> first;
        QMetaObject::Connection report;
        const QMetaObject::Connection signedIn = connect(m_session.get(), &Session::stateChanged, this, [&](Session::State) {
            if (!report && SessionInternals::sync(*m_session))
                report = connect(SessionInternals::sync(*m_session), &SyncEngine::noticesFetched, this,
                                 [&first](const NoticeNews &n) { first = n; });
        });
        QSignalSpy synced(m_session.get(), &Session::syncFinished);
        m_session->startSignIn();
        const bool finished = synced.wait(120000);
        disconnect(signedIn);
        disconnect(report);
        QVERIFY(finished);
        QCOMPARE(synced.at(0).at(0).value<Error>().code, ErrorCode::None);
        QVERIFY(first);
        m_firstNews = *first;
        SessionInternals::sender(*m_session)->setBackoff(10, 200);
        m_store.emplace(SessionInternals::cache(*m_session));
    }

    void policyIsKeptInEveryLanguage()
    {
        // Only the first version is published, and alice accepted it: nothing to announce.
        QCOMPARE(m_firstNews.newPolicyVersion, QString());
        QCOMPARE(notices()->currentPolicyVersion(), kOld);
        QCOMPARE(m_session->account().policyVersionAccepted, kOld);
        for (const QString &lang : NoticeStore::policyLanguages()) {
            const auto doc = notices()->policyDocument(lang);
            QVERIFY2(doc, qPrintable(lang));
            QCOMPARE(doc->version, kOld);
            QCOMPARE(doc->language, lang);
            QCOMPARE(doc->isTranslation, lang != u"en"_s);
            QCOMPARE(doc->governingLanguage, u"en"_s);
            QCOMPARE(doc->sections.size(), 8);
            QCOMPARE(doc->contactEmail, u"service@cn2.hk"_s);
            QCOMPARE(doc->contactPhone, u"4008889543"_s);
            QVERIFY(doc->changes.isEmpty());
        }
        // Not the same text three times: each language its own.
        QVERIFY(notices()->policyDocument(u"zh-HK"_s)->sections.first().title
                != notices()->policyDocument(u"en"_s)->sections.first().title);
        QVERIFY(notices()->policyDocument(u"zh-HK"_s)->sections.first().title
                != notices()->policyDocument(u"zh-CN"_s)->sections.first().title);
        QVERIFY(!granted(u"support_ai_training"_s)); // the purpose comes with the next version
        QCOMPARE(notices()->policyVersions().items.size(), 1);
    }

    void firstSyncReportsEveryUnreadNotice()
    {
        // alice's seeded notices: a phishing incident with one update, a disclosure whose notice the
        // law delayed (the delay has ended) and one told at once.
        const QList<Incident> incidents = notices()->incidents();
        QVERIFY(!incidents.isEmpty());
        QCOMPARE(m_firstNews.newIncidents.size(), incidents.size());
        const Incident &phishing = incidents.first();
        QVERIFY(!phishing.title.isEmpty() && !phishing.whatHappened.isEmpty() && !phishing.whatWeDid.isEmpty());
        QVERIFY(!phishing.categories.isEmpty());
        QVERIFY(phishing.advice.contains(u"watch_phishing"_s) || phishing.advice.contains(u"change_password"_s));
        QCOMPARE(phishing.updates.size(), 1);
        QVERIFY(!phishing.read);
        const QList<Disclosure> disclosures = notices()->disclosures();
        QCOMPARE(disclosures.size(), 2);
        QCOMPARE(m_firstNews.newDisclosures.size(), 2);
        int delayed = 0;
        for (const Disclosure &d : disclosures) {
            QVERIFY(!d.authority.isEmpty() && !d.legalBasis.isEmpty() && d.disclosedAt.isValid());
            QCOMPARE(d.delayEndedAt.isValid(), d.noticeDelayed);
            delayed += d.noticeDelayed ? 1 : 0;
        }
        QCOMPARE(delayed, 1);
        QCOMPARE(notices()->unreadCount(), incidents.size() + 2);
    }

    void newVersionReachesTheCustomerAtTheNextSync()
    {
        const test::HttpResult published = m_staff->act("POST", u"/v1/staff/policy/versions/%1/publish"_s.arg(kNew), kim(), {});
        QVERIFY2(published.status == 200, published.body.constData());
        const NoticeNews news = syncNow();
        QCOMPARE(news.newPolicyVersion, kNew);
        // The incidents and disclosures the first sync reported are not reported again.
        QVERIFY(news.newIncidents.isEmpty());
        QVERIFY(news.newDisclosures.isEmpty());
        QCOMPARE(notices()->currentPolicyVersion(), kNew);
        QCOMPARE(m_session->account().policyVersionAccepted, kOld);
        QVERIFY(!m_session->actions()->policyAcceptancePending(kNew));
        const PolicyVersionList versions = notices()->policyVersions();
        QCOMPARE(versions.items.size(), 2);
        QCOMPARE(versions.items.first().version, kNew);
        for (const QString &lang : NoticeStore::policyLanguages()) {
            const auto doc = notices()->policyDocument(lang);
            QVERIFY2(doc && doc->version == kNew, qPrintable(lang));
            QSet<PolicyChangeKind> kinds;
            QString purpose;
            for (const PolicyChange &c : doc->changes) {
                kinds.insert(c.kind);
                if (!c.consentPurpose.isEmpty())
                    purpose = c.consentPurpose;
            }
            QVERIFY(kinds.contains(PolicyChangeKind::RecipientAdded));
            QVERIFY(kinds.contains(PolicyChangeKind::RetentionShorter));
            QVERIFY(kinds.contains(PolicyChangeKind::PurposeAdded));
            QCOMPARE(purpose, u"support_ai_training"_s);
            // Every change is marked in the text where it applies.
            QSet<QString> marked;
            for (const PolicyDocSection &s : doc->sections)
                for (const PolicyParagraph &p : s.paragraphs)
                    if (!p.changeId.isEmpty())
                        marked.insert(p.changeId);
            for (const PolicyChange &c : doc->changes)
                QVERIFY2(marked.contains(c.id), qPrintable(lang + u' ' + c.id));
        }
        QVERIFY(notices()->policyDocument(u"zh-CN"_s)->changes.first().summary
                != notices()->policyDocument(u"en"_s)->changes.first().summary);
        // The new purpose is there, and not granted.
        QCOMPARE(granted(u"support_ai_training"_s), std::optional<bool>(false));
        // Told once: the next sync says nothing more about it.
        QCOMPARE(syncNow().newPolicyVersion, QString());
    }

    void acceptingOfflineIsSentExactlyOnceAndChangesNoConsent()
    {
        const ConsentState before = m_session->consents();
        QVERIFY(!before.items.isEmpty());
        m_provider.stop();
        auto seq = m_session->actions()->acceptPolicy(kNew);
        QVERIFY(seq);
        QTRY_VERIFY_WITH_TIMEOUT(SessionInternals::outbox(*m_session)->item(*seq)->attempts >= 1, 20000);
        QCOMPARE(SessionInternals::outbox(*m_session)->item(*seq)->state, OutboxItem::State::Queued);
        QVERIFY(!m_session->isOnline());
        // Pending counts as accepted here; accepting again queues nothing.
        QVERIFY(m_session->actions()->policyAcceptancePending(kNew));
        QCOMPARE(*m_session->actions()->acceptPolicy(kNew), *seq);
        QCOMPARE(m_session->actions()->localAcceptances().size(), 1);
        // The customer's record already shows it, as not confirmed yet.
        const QByteArray queued = consentRecordsJson(
            m_session->account(), m_session->consentReceipts(),
            withLocalAcceptances(notices()->policyAcceptances(), m_session->actions()->localAcceptances()),
            QDateTime::currentDateTimeUtc(), notices()->policyDocument(u"en"_s));
        const test::SchemaVerdict v = test::validateJson(QStringLiteral(PD_SOURCE_DIR), u"docs/schemas/consent-records.schema.json"_s, queued);
        QVERIFY2(v.valid, qPrintable(v.messages));
        bool shown = false;
        for (const QJsonValue &r : QJsonDocument::fromJson(queued).object().value(u"records"_s).toArray())
            shown = shown || (r[u"privacy_notice"_s][u"version"_s] == kNew && r[u"consentReceiptID"_s].isNull()
                              && r[u"event"_s][u"confirmed_by_controller"_s] == false);
        QVERIFY(shown);

        QVERIFY2(m_provider.restart(), qPrintable(m_provider.errorString()));
        // Restarted, maybe on another port: everyone follows.
        QVERIFY(m_session->setProviderUrl(m_provider.url()));
        m_http->setBase(m_provider.url());
        m_staff->setBase(m_provider.url());
        SessionInternals::sender(*m_session)->retryNow();
        const OutboxItem sent = waitSettled(*seq);
        QCOMPARE(sent.state, OutboxItem::State::Sent);
        QVERIFY(!sent.serverId.isEmpty());
        const auto req = SessionInternals::outbox(*m_session)->request(sent.serverId);
        QVERIFY(req);
        QCOMPARE(req->type, RequestType::AcceptPolicy);
        QCOMPARE(req->status, RequestStatus::Completed);
        QVERIFY(m_session->actions()->policyAcceptancePending(kNew));

        (void)syncNow();
        QCOMPARE(m_session->account().policyVersionAccepted, kNew);
        // Exactly once at the provider: one receipt, one request.
        int receipts = 0;
        for (const PolicyAcceptance &a : notices()->policyAcceptances())
            if (a.policyVersion == kNew) {
                ++receipts;
                QCOMPARE(a.requestId, sent.serverId);
                QVERIFY(a.confirmed);
            }
        QCOMPARE(receipts, 1);
        int requests = 0;
        for (const TrackedRequest &t : SessionInternals::outbox(*m_session)->requests())
            requests += t.type == RequestType::AcceptPolicy ? 1 : 0;
        QCOMPARE(requests, 1);
        // No consent changed: every purpose as before, the new one still not granted.
        QCOMPARE(granted(u"support_ai_training"_s), std::optional<bool>(false));
        for (const ConsentPurpose &p : before.items)
            QCOMPARE(granted(p.purpose), std::optional<bool>(p.granted));
        // Accepted: no notice for this version again.
        QCOMPARE(syncNow().newPolicyVersion, QString());
    }

    void consentRecordsOfRealReceiptsValidate()
    {
        const ConsentState state = m_session->consents();
        const ConsentPurpose first = state.items.first();
        auto seq = m_session->actions()->setConsent(first.purpose, !first.granted, state.policyVersion);
        QVERIFY(seq);
        QCOMPARE(waitSettled(*seq).state, OutboxItem::State::Sent);
        (void)syncNow();
        const QList<ConsentReceipt> receipts = m_session->consentReceipts();
        QVERIFY(!receipts.isEmpty());
        const QList<PolicyAcceptance> acceptances =
            withLocalAcceptances(notices()->policyAcceptances(), m_session->actions()->localAcceptances());
        QCOMPARE(acceptances.size(), notices()->policyAcceptances().size()); // the sent one is synced
        const QByteArray file = consentRecordsJson(m_session->account(), receipts, acceptances, QDateTime::currentDateTimeUtc(),
                                                   notices()->policyDocument(u"en"_s));
        const test::SchemaVerdict v = test::validateJson(QStringLiteral(PD_SOURCE_DIR), u"docs/schemas/consent-records.schema.json"_s, file);
        QVERIFY2(v.ran, qPrintable(v.messages));
        QVERIFY2(v.valid, qPrintable(v.messages));
        const QJsonArray records = QJsonDocument::fromJson(file).object().value(u"records"_s).toArray();
        bool acceptance = false, consent = false;
        for (const QJsonValue &r : records) {
            acceptance = acceptance || (r[u"record_type"_s] == u"policy_acceptance"_s && r[u"privacy_notice"_s][u"version"_s] == kNew);
            consent = consent || (r[u"record_type"_s] == u"consent"_s && r[u"purposes"_s][0][u"purpose"_s] == first.purpose);
        }
        QVERIFY(acceptance);
        QVERIFY(consent);
    }

    void staffNoticesAreReportedOnce()
    {
        const QByteArray supervisor = kim();
        const QJsonObject incident{{u"title"_s, u"Unauthorised access to a support tool"_s},
                                   {u"what_happened"_s, u"A contractor's account was used to look up customer records."_s},
                                   {u"occurred_at"_s, u"2026-12-05T02:00:00Z"_s},
                                   {u"detected_at"_s, u"2026-12-05T06:00:00Z"_s},
                                   {u"categories"_s, QJsonArray{u"registration"_s, u"devices"_s}},
                                   {u"what_we_did"_s, u"We closed the account and reviewed every look-up it made."_s},
                                   {u"advice"_s, QJsonArray{u"review_devices"_s, u"change_password"_s}}};
        QJsonObject forAlice = incident;
        forAlice.insert(u"accounts"_s, QJsonArray{u"alice"_s});
        const test::HttpResult added = m_staff->act("POST", u"/v1/staff/incidents"_s, supervisor, forAlice);
        QVERIFY2(added.status == 201, added.body.constData());
        const QString incidentId = added.json()[u"id"_s].toString();
        QVERIFY(!incidentId.isEmpty());
        QJsonObject forBob = incident;
        forBob.insert(u"accounts"_s, QJsonArray{u"bob"_s});
        forBob.insert(u"title"_s, u"Only about bob"_s);
        const test::HttpResult other = m_staff->act("POST", u"/v1/staff/incidents"_s, supervisor, forBob);
        QVERIFY2(other.status == 201, other.body.constData());
        const QJsonObject disclosure{{u"account"_s, u"alice"_s},
                                     {u"authority"_s, u"Office of the Privacy Commissioner for Personal Data"_s},
                                     {u"legal_basis"_s, u"Personal Data (Privacy) Ordinance (Cap. 486), section 44"_s},
                                     {u"categories"_s, QJsonArray{u"registration"_s}},
                                     {u"disclosed_at"_s, u"2026-12-04T03:00:00Z"_s},
                                     {u"reference"_s, u"PCPD-2026-118"_s}};
        const test::HttpResult told = m_staff->act("POST", u"/v1/staff/disclosures"_s, supervisor, disclosure);
        QVERIFY2(told.status == 201, told.body.constData());
        QJsonObject later = disclosure;
        later.insert(u"reference"_s, u"SEALED-1"_s);
        later.insert(u"notify_after"_s, QDateTime::currentDateTimeUtc().addDays(90).toString(Qt::ISODate));
        const test::HttpResult sealed = m_staff->act("POST", u"/v1/staff/disclosures"_s, supervisor, later);
        QVERIFY2(sealed.status == 201, sealed.body.constData());

        NoticeNews news = syncNow();
        QCOMPARE(news.newPolicyVersion, QString());
        QCOMPARE(news.newIncidents.size(), 1);
        QCOMPARE(news.newIncidents.first().id, incidentId);
        QCOMPARE(news.newIncidents.first().categories, (QList<Category>{Category::Registration, Category::Devices}));
        QCOMPARE(news.newIncidents.first().advice, (QStringList{u"review_devices"_s, u"change_password"_s}));
        QCOMPARE(news.newDisclosures.size(), 1);
        QCOMPARE(news.newDisclosures.first().reference, u"PCPD-2026-118"_s);
        QVERIFY(!news.newDisclosures.first().noticeDelayed);
        // Another customer's incident and a disclosure still under a legal delay are not here.
        for (const Incident &i : notices()->incidents())
            QVERIFY(i.title != u"Only about bob"_s);
        for (const Disclosure &d : notices()->disclosures())
            QVERIFY(d.reference != u"SEALED-1"_s);
        QCOMPARE(notices()->disclosures().size(), 3);
        // Reported once.
        news = syncNow();
        QVERIFY(news.newIncidents.isEmpty());
        QVERIFY(news.newDisclosures.isEmpty());
        // An update to the incident is news again.
        const test::HttpResult update = m_staff->act("POST", u"/v1/staff/incidents/%1/updates"_s.arg(incidentId), supervisor,
                                                     {{u"text"_s, u"The contractor's access is revoked everywhere."_s}});
        QVERIFY2(update.status / 100 == 2, update.body.constData());
        news = syncNow();
        QCOMPARE(news.newIncidents.size(), 1);
        QCOMPARE(news.newIncidents.first().id, incidentId);
        QCOMPARE(news.newIncidents.first().updates.size(), 1);
        QCOMPARE(news.newIncidents.first().updates.first().text, u"The contractor's access is revoked everywhere."_s);
        QVERIFY(syncNow().newIncidents.isEmpty());
    }

    void readMarksAreKeptInTheCacheFile()
    {
        const QList<Incident> incidents = notices()->incidents();
        const QList<Disclosure> disclosures = notices()->disclosures();
        QVERIFY(incidents.size() >= 2 && disclosures.size() >= 2);
        const int unread = notices()->unreadCount();
        QVERIFY(notices()->markIncidentRead(incidents.first().id));
        QVERIFY(notices()->markDisclosureRead(disclosures.last().id));
        QCOMPARE(notices()->unreadCount(), unread - 2);
        // The next sync replaces the lists and keeps the marks, and reports nothing.
        const NoticeNews news = syncNow();
        QVERIFY(news.newIncidents.isEmpty() && news.newDisclosures.isEmpty());
        // Another connection to the same file (as after restarting the app) reads the same marks.
        auto reopened = CacheDb::open(SessionInternals::cache(*m_session)->path());
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().detail));
        NoticeStore store(reopened->get());
        QCOMPARE(store.unreadCount(), unread - 2);
        for (const Incident &i : store.incidents())
            QCOMPARE(i.read, i.id == incidents.first().id);
        for (const Disclosure &d : store.disclosures())
            QCOMPARE(d.read, d.id == disclosures.last().id);
        QCOMPARE(store.currentPolicyVersion(), kNew);
        QCOMPARE(store.policyDocument(u"zh-HK"_s)->version, kNew);
    }

    void decliningLeadsToCancellation()
    {
        // Declining the policy is the existing way out: an account cancellation request.
        Validation v;
        auto seq = m_session->actions()->cancelAccount(u"I do not agree with the policy of 2026-12-01."_s,
                                                       ActionQueue::cancelConfirmationWord(), &v);
        QVERIFY(seq);
        const OutboxItem sent = waitSettled(*seq);
        QCOMPARE(sent.state, OutboxItem::State::Sent);
        const test::Tokens alice = test::signIn(*m_http, u"alice"_s, u"demo-alice"_s);
        const test::HttpResult list = m_staff->get(u"/v1/me/requests"_s, alice.access);
        QCOMPARE(list.status, 200);
        bool found = false;
        for (const QJsonValue &r : list.json()[u"items"_s].toArray())
            found = found || (r[u"id"_s].toString() == sent.serverId && r[u"type"_s] == u"cancel_account"_s);
        QVERIFY2(found, list.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
