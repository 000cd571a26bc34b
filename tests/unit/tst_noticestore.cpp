// SPDX-License-Identifier: GPL-3.0-or-later
// NoticeStore over a real SQLite cache file (CacheDb schema v4): the policy kept per language for
// the current version only, incidents and disclosures reported new exactly once (and again when an
// incident is updated), read marks that survive a sync and reopening the file, acceptances, and
// the policy version already announced on this device.
#include "NoticeFixtures.h"

#include "domain/NoticeCodecs.h"
#include "store/CacheDb.h"
#include "store/NoticeStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace pd;
using namespace pd::test;

namespace {

PolicyDocument policy(const QString &language, const QString &version = u"2026-12-01"_s)
{
    return *codec::decodePolicyDocument(jsonBytes(policyJson(language, version)));
}

PolicyVersionList versions(const QString &current)
{
    PolicyVersionList l;
    l.current = current;
    l.items = {{current, QDate::fromString(current, Qt::ISODate), QDateTime(QDate(2026, 11, 1), QTime(2, 0), QTimeZone::utc())},
               {u"2025-05-14"_s, QDate(2025, 5, 14), QDateTime(QDate(2025, 5, 1), QTime(2, 0), QTimeZone::utc())}};
    return l;
}

Incident incident(const QString &id, const QString &updatedAt = u"2026-11-20T08:00:00Z"_s)
{
    return *codec::decodeIncident(jsonBytes(incidentJson(id, updatedAt)));
}

Disclosure disclosure(const QString &id, bool delayed = false)
{
    return *codec::decodeDisclosure(jsonBytes(disclosureJson(id, delayed)));
}

QStringList ids(const QList<Incident> &list)
{
    QStringList out;
    for (const Incident &i : list)
        out << i.id;
    return out;
}

QStringList ids(const QList<Disclosure> &list)
{
    QStringList out;
    for (const Disclosure &d : list)
        out << d.id;
    return out;
}

} // namespace

class TstNoticeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyBeforeTheFirstSync();
    void policyPerLanguage();
    void newVersionReplacesTheOld();
    void incidentsAreNewOnce();
    void readMarksSurviveReopening();
    void updatedIncidentIsNewAndUnreadAgain();
    void disclosuresAreNewOnce();
    void markingUnknownNoticeFails();
    void acceptances();
    void announcedVersionIsKept();

private:
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDb> m_cache;
};

void TstNoticeStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TstNoticeStore::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TstNoticeStore::reopen()
{
    m_cache.reset();
    auto db = CacheDb::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
    m_cache = std::move(db).value();
}

void TstNoticeStore::emptyBeforeTheFirstSync()
{
    NoticeStore store(m_cache.get());
    QCOMPARE(store.currentPolicyVersion(), QString());
    QVERIFY(!store.policyDocument(u"en"_s));
    QVERIFY(store.incidents().isEmpty());
    QVERIFY(store.disclosures().isEmpty());
    QVERIFY(store.policyAcceptances().isEmpty());
    QCOMPARE(store.unreadCount(), 0);
}

void TstNoticeStore::policyPerLanguage()
{
    NoticeStore store(m_cache.get());
    QVERIFY(store.replacePolicy({policy(u"en"_s), policy(u"zh-HK"_s), policy(u"zh-CN"_s)}, versions(u"2026-12-01"_s)));
    reopen();
    NoticeStore again(m_cache.get());
    QCOMPARE(again.currentPolicyVersion(), u"2026-12-01"_s);
    for (const QString &lang : NoticeStore::policyLanguages()) {
        const auto doc = again.policyDocument(lang);
        QVERIFY2(doc, qPrintable(lang));
        QCOMPARE(doc->language, lang);
        QCOMPARE(doc->isTranslation, lang != u"en"_s);
        QCOMPARE(doc->changes.size(), 3);
        QCOMPARE(doc->sections.size(), 8);
    }
    QVERIFY(!again.policyDocument(u"fr"_s));
    const PolicyVersionList l = again.policyVersions();
    QCOMPARE(l.current, u"2026-12-01"_s);
    QCOMPARE(l.items.size(), 2);
    QCOMPARE(l.items.at(1).version, u"2025-05-14"_s);
    QCOMPARE(l.items.at(1).effective, QDate(2025, 5, 14));
}

void TstNoticeStore::newVersionReplacesTheOld()
{
    NoticeStore store(m_cache.get());
    QVERIFY(store.replacePolicy({policy(u"en"_s, u"2025-05-14"_s), policy(u"zh-HK"_s, u"2025-05-14"_s)}, versions(u"2025-05-14"_s)));
    QCOMPARE(store.policyDocument(u"zh-HK"_s)->version, u"2025-05-14"_s);
    // A version published between the calls of one sync: only the current version's texts are kept.
    QVERIFY(store.replacePolicy({policy(u"en"_s), policy(u"zh-HK"_s, u"2025-05-14"_s)}, versions(u"2026-12-01"_s)));
    QCOMPARE(store.currentPolicyVersion(), u"2026-12-01"_s);
    QCOMPARE(store.policyDocument(u"en"_s)->version, u"2026-12-01"_s);
    QVERIFY(!store.policyDocument(u"zh-HK"_s));
}

void TstNoticeStore::incidentsAreNewOnce()
{
    NoticeStore store(m_cache.get());
    auto first = store.replaceIncidents({incident(u"INC-2"_s), incident(u"INC-1"_s)});
    QVERIFY(first);
    QCOMPARE(ids(*first), (QStringList{u"INC-2"_s, u"INC-1"_s})); // the first sync: every unread one
    auto second = store.replaceIncidents({incident(u"INC-2"_s), incident(u"INC-1"_s)});
    QVERIFY(second);
    QVERIFY(second->isEmpty());
    auto third = store.replaceIncidents({incident(u"INC-3"_s), incident(u"INC-2"_s), incident(u"INC-1"_s)});
    QVERIFY(third);
    QCOMPARE(ids(*third), QStringList{u"INC-3"_s});
    QCOMPARE(ids(store.incidents()), (QStringList{u"INC-3"_s, u"INC-2"_s, u"INC-1"_s}));
    QCOMPARE(store.unreadCount(), 3);
}

void TstNoticeStore::readMarksSurviveReopening()
{
    {
        NoticeStore store(m_cache.get());
        QVERIFY(store.replaceIncidents({incident(u"INC-1"_s), incident(u"INC-2"_s)}));
        QVERIFY(store.replaceDisclosures({disclosure(u"DIS-1"_s, true), disclosure(u"DIS-2"_s)}));
        QVERIFY(store.markIncidentRead(u"INC-2"_s));
        QVERIFY(store.markDisclosureRead(u"DIS-1"_s));
        // Marking twice is harmless.
        QVERIFY(store.markDisclosureRead(u"DIS-1"_s));
    }
    reopen();
    NoticeStore store(m_cache.get());
    const QList<Incident> incidents = store.incidents();
    QCOMPARE(incidents.size(), 2);
    QVERIFY(!incidents.at(0).read);
    QVERIFY(incidents.at(1).read);
    const QList<Disclosure> disclosures = store.disclosures();
    QVERIFY(disclosures.at(0).read);
    QVERIFY(!disclosures.at(1).read);
    QCOMPARE(store.unreadCount(), 2);
    // The next sync replaces the lists and keeps the marks.
    QVERIFY(store.replaceIncidents({incident(u"INC-1"_s), incident(u"INC-2"_s)}));
    QVERIFY(store.replaceDisclosures({disclosure(u"DIS-1"_s, true), disclosure(u"DIS-2"_s)}));
    QVERIFY(store.incidents().at(1).read);
    QVERIFY(store.disclosures().at(0).read);
}

void TstNoticeStore::updatedIncidentIsNewAndUnreadAgain()
{
    NoticeStore store(m_cache.get());
    QVERIFY(store.replaceIncidents({incident(u"INC-1"_s)}));
    QVERIFY(store.markIncidentRead(u"INC-1"_s));
    QVERIFY(store.incidents().first().read);
    auto updated = store.replaceIncidents({incident(u"INC-1"_s, u"2026-11-25T10:00:00Z"_s)});
    QVERIFY(updated);
    QCOMPARE(ids(*updated), QStringList{u"INC-1"_s});
    QVERIFY(!store.incidents().first().read);
    auto again = store.replaceIncidents({incident(u"INC-1"_s, u"2026-11-25T10:00:00Z"_s)});
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    // The provider keeps whole seconds: an update in the same second has the same updated_at, and
    // is news all the same.
    QVERIFY(store.markIncidentRead(u"INC-1"_s));
    Incident sameSecond = incident(u"INC-1"_s, u"2026-11-25T10:00:00Z"_s);
    sameSecond.updates << IncidentUpdate{sameSecond.updatedAt, u"Second update."_s};
    auto more = store.replaceIncidents({sameSecond});
    QVERIFY(more);
    QCOMPARE(ids(*more), QStringList{u"INC-1"_s});
    QVERIFY(!store.incidents().first().read);
    // The same incident in another language is no news.
    QVERIFY(store.markIncidentRead(u"INC-1"_s));
    sameSecond.title = u"以我們名義發出的釣魚電郵"_s;
    auto translated = store.replaceIncidents({sameSecond});
    QVERIFY(translated);
    QVERIFY(translated->isEmpty());
    QVERIFY(store.incidents().first().read);
}

void TstNoticeStore::disclosuresAreNewOnce()
{
    NoticeStore store(m_cache.get());
    auto first = store.replaceDisclosures({disclosure(u"DIS-1"_s, true)});
    QVERIFY(first);
    QCOMPARE(ids(*first), QStringList{u"DIS-1"_s});
    QCOMPARE(first->first().delayEndedAt, QDateTime(QDate(2026, 9, 1), QTime(0, 0), QTimeZone::utc()));
    auto second = store.replaceDisclosures({disclosure(u"DIS-2"_s), disclosure(u"DIS-1"_s, true)});
    QVERIFY(second);
    QCOMPARE(ids(*second), QStringList{u"DIS-2"_s});
    QCOMPARE(ids(store.disclosures()), (QStringList{u"DIS-2"_s, u"DIS-1"_s}));
}

void TstNoticeStore::markingUnknownNoticeFails()
{
    NoticeStore store(m_cache.get());
    const Status i = store.markIncidentRead(u"INC-404"_s);
    QVERIFY(!i);
    QCOMPARE(i.error().code, ErrorCode::NotFound);
    const Status d = store.markDisclosureRead(u"DIS-404"_s);
    QVERIFY(!d);
    QCOMPARE(d.error().code, ErrorCode::NotFound);
}

void TstNoticeStore::acceptances()
{
    NoticeStore store(m_cache.get());
    const PolicyAcceptance later{u"ACC-2"_s, u"2026-12-01"_s, QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()), u"R-9"_s, true};
    const PolicyAcceptance earlier{u"ACC-1"_s, u"2025-05-14"_s, QDateTime(QDate(2025, 5, 20), QTime(4, 0), QTimeZone::utc()), u"R-1"_s, true};
    QVERIFY(store.replaceAcceptances({later, earlier}));
    reopen();
    const QList<PolicyAcceptance> got = NoticeStore(m_cache.get()).policyAcceptances();
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).id, u"ACC-1"_s); // oldest first
    QCOMPARE(got.at(1).policyVersion, u"2026-12-01"_s);
    QCOMPARE(got.at(1).at, later.at);
    QCOMPARE(got.at(1).requestId, u"R-9"_s);
    QVERIFY(got.at(1).confirmed);
}

void TstNoticeStore::announcedVersionIsKept()
{
    QVERIFY(NoticeStore(m_cache.get()).setAnnouncedPolicyVersion(u"2026-12-01"_s));
    reopen();
    QCOMPARE(NoticeStore(m_cache.get()).announcedPolicyVersion(), u"2026-12-01"_s);
}

QTEST_GUILESS_MAIN(TstNoticeStore)
#include "tst_noticestore.moc"
