// SPDX-License-Identifier: GPL-3.0-or-later
// The notice codecs (issue 12): the policy document with its structured changes and marked
// paragraphs, the list of versions, incidents, disclosures and acceptance receipts, each fed the
// contract's example and then the same document with one member removed, retyped or made
// inconsistent; and the encoders the cache keeps them with give the same values back.
#include "NoticeFixtures.h"

#include "domain/NoticeCodecs.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::test;

Q_DECLARE_METATYPE(pd::ErrorCode)

namespace {

using Edit = std::function<void(QJsonObject &)>;

QJsonObject edited(QJsonObject o, const Edit &edit)
{
    edit(o);
    return o;
}

/// Replaces member `key` of the `index`-th item of array `array`.
void setInArray(QJsonObject &o, const QString &array, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray a = o.value(array).toArray();
    QJsonObject item = a.at(index).toObject();
    item.insert(key, value);
    a.replace(index, item);
    o.insert(array, a);
}

/// The data row's document is refused by `decode` with the row's code, at the row's JSON path.
template<typename Decode>
void refusedAsTheRowSays(Decode decode)
{
    QFETCH(QJsonObject, doc);
    QFETCH(pd::ErrorCode, code);
    QFETCH(QString, where);
    const auto r = decode(jsonBytes(doc));
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().detail, where);
}

} // namespace

class TstNoticeCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyDocument();
    void policyTranslation();
    void policyRoundTrip();
    void unknownChangeKindIsKept();
    void badPolicy_data();
    void badPolicy();
    void versions();
    void versionsCurrentMustBePublished();
    void incidents();
    void incidentRoundTrip();
    void badIncident_data();
    void badIncident();
    void disclosures();
    void delayedDisclosureSaysWhenTheDelayEnded();
    void acceptances();
    void changeKindCodes();
};

void TstNoticeCodecs::policyDocument()
{
    const auto doc = codec::decodePolicyDocument(jsonBytes(policyJson()));
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().detail));
    QCOMPARE(doc->version, u"2026-12-01"_s);
    QCOMPARE(doc->effective, QDate(2026, 12, 1));
    QCOMPARE(doc->publishedAt, QDateTime(QDate(2026, 11, 1), QTime(2, 0), QTimeZone::utc()));
    QCOMPARE(doc->language, u"en"_s);
    QCOMPARE(doc->governingLanguage, u"en"_s);
    QVERIFY(!doc->isTranslation);
    QCOMPARE(doc->contactEmail, u"service@cn2.hk"_s);
    QCOMPARE(doc->contactPhone, u"4008889543"_s);
    QCOMPARE(doc->sections.size(), 8);
    QCOMPARE(doc->sections.at(2).id, u"III"_s);
    QCOMPARE(doc->sections.at(2).paragraphs.size(), 2);
    QCOMPARE(doc->sections.at(2).paragraphs.at(0).changeId, QString());
    QCOMPARE(doc->sections.at(2).paragraphs.at(1).changeId, u"c1"_s);
    QCOMPARE(doc->changes.size(), 3);
    QCOMPARE(doc->changes.at(0).kind, PolicyChangeKind::RecipientAdded);
    QCOMPARE(doc->changes.at(0).section, u"III"_s);
    QVERIFY(doc->changes.at(0).oldText.isEmpty());
    QCOMPARE(doc->changes.at(1).kind, PolicyChangeKind::RetentionShorter);
    QCOMPARE(doc->changes.at(1).oldText, u"Server sign-in records are kept for 2 years."_s);
    QCOMPARE(doc->changes.at(1).newText, u"Server sign-in records are kept for 1 year."_s);
    QCOMPARE(doc->changes.at(1).consentPurpose, QString());
    QCOMPARE(doc->changes.at(2).kind, PolicyChangeKind::PurposeAdded);
    QCOMPARE(doc->changes.at(2).consentPurpose, u"support_ai_training"_s);
}

void TstNoticeCodecs::policyTranslation()
{
    const auto doc = codec::decodePolicyDocument(jsonBytes(policyJson(u"zh-HK"_s)));
    QVERIFY(doc);
    QCOMPARE(doc->language, u"zh-HK"_s);
    QVERIFY(doc->isTranslation);
    QCOMPARE(doc->governingLanguage, u"en"_s);
    // The first version has no changes: an empty list, not a missing one.
    const auto first = codec::decodePolicyDocument(jsonBytes(edited(policyJson(u"en"_s, u"2025-05-14"_s), [](QJsonObject &o) {
        o.insert(u"changes"_s, QJsonArray{});
        QJsonArray sections;
        for (const QJsonValue &s : o.value(u"sections"_s).toArray()) {
            QJsonObject section = s.toObject();
            section.insert(u"paragraphs"_s, QJsonArray{QJsonObject{{u"text"_s, u"Unchanged."_s}}});
            sections.append(section);
        }
        o.insert(u"sections"_s, sections);
    })));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    QVERIFY(first->changes.isEmpty());
}

void TstNoticeCodecs::policyRoundTrip()
{
    const auto doc = codec::decodePolicyDocument(jsonBytes(policyJson(u"zh-CN"_s)));
    QVERIFY(doc);
    const auto again = codec::decodePolicyDocument(codec::encodePolicyDocument(*doc));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().detail));
    QCOMPARE(codec::encodePolicyDocument(*again), codec::encodePolicyDocument(*doc));
    QCOMPARE(again->language, u"zh-CN"_s);
    QCOMPARE(again->effective, doc->effective);
    QCOMPARE(again->publishedAt, doc->publishedAt);
    QCOMPARE(again->changes.at(2).consentPurpose, u"support_ai_training"_s);
    QCOMPARE(again->sections.at(3).paragraphs.at(1).changeId, u"c2"_s);
}

void TstNoticeCodecs::unknownChangeKindIsKept()
{
    // A newer provider may describe a kind of change this version does not know: kept, shown raw.
    const auto doc = codec::decodePolicyDocument(jsonBytes(edited(policyJson(), [](QJsonObject &o) {
        setInArray(o, u"changes"_s, 0, u"kind"_s, u"transfer_announced"_s);
    })));
    QVERIFY(doc);
    QCOMPARE(doc->changes.at(0).kind, PolicyChangeKind::Unknown);
    QCOMPARE(doc->changes.at(0).kindCode, u"transfer_announced"_s);
    const auto again = codec::decodePolicyDocument(codec::encodePolicyDocument(*doc));
    QVERIFY(again);
    QCOMPARE(again->changes.at(0).kindCode, u"transfer_announced"_s);
}

void TstNoticeCodecs::badPolicy_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<pd::ErrorCode>("code");
    QTest::addColumn<QString>("where");
    const QJsonObject good = policyJson();
    auto row = [&good](const char *name, const Edit &edit, ErrorCode code, const QString &where) {
        QTest::newRow(name) << edited(good, edit) << code << where;
    };
    row("no version", [](QJsonObject &o) { o.remove(u"version"_s); }, ErrorCode::MissingField, u"$.version"_s);
    row("empty version", [](QJsonObject &o) { o.insert(u"version"_s, QString()); }, ErrorCode::MissingField, u"$.version"_s);
    row("effective not a date", [](QJsonObject &o) { o.insert(u"effective"_s, u"2026-13-01"_s); }, ErrorCode::WrongType,
        u"$.effective"_s);
    row("effective with time", [](QJsonObject &o) { o.insert(u"effective"_s, u"2026-12-01T00:00"_s); }, ErrorCode::TooLarge,
        u"$.effective"_s);
    row("published_at without zone", [](QJsonObject &o) { o.insert(u"published_at"_s, u"2026-11-01T02:00:00"_s); },
        ErrorCode::WrongType, u"$.published_at"_s);
    row("is_translation a string", [](QJsonObject &o) { o.insert(u"is_translation"_s, u"no"_s); }, ErrorCode::WrongType,
        u"$.is_translation"_s);
    row("no contact", [](QJsonObject &o) { o.remove(u"contact"_s); }, ErrorCode::MissingField, u"$.contact"_s);
    row("contact without phone", [](QJsonObject &o) { o.insert(u"contact"_s, QJsonObject{{u"email"_s, u"a@b.hk"_s}}); },
        ErrorCode::MissingField, u"$.contact.phone"_s);
    row("no changes", [](QJsonObject &o) { o.remove(u"changes"_s); }, ErrorCode::MissingField, u"$.changes"_s);
    row("change without summary", [](QJsonObject &o) {
        QJsonArray a = o.value(u"changes"_s).toArray();
        QJsonObject c = a.at(1).toObject();
        c.remove(u"summary"_s);
        a.replace(1, c);
        o.insert(u"changes"_s, a);
    }, ErrorCode::MissingField, u"$.changes[1].summary"_s);
    row("two changes with one id", [](QJsonObject &o) { setInArray(o, u"changes"_s, 1, u"id"_s, u"c1"_s); },
        ErrorCode::WrongType, u"$.changes"_s);
    row("paragraph marks an unknown change", [](QJsonObject &o) {
        setInArray(o, u"changes"_s, 0, u"id"_s, u"c9"_s);
    }, ErrorCode::WrongType, u"$.sections"_s);
    row("section without paragraphs", [](QJsonObject &o) {
        QJsonArray a = o.value(u"sections"_s).toArray();
        QJsonObject s = a.at(4).toObject();
        s.remove(u"paragraphs"_s);
        a.replace(4, s);
        o.insert(u"sections"_s, a);
    }, ErrorCode::MissingField, u"$.sections[4].paragraphs"_s);
    row("paragraph too long", [](QJsonObject &o) {
        QJsonArray a = o.value(u"sections"_s).toArray();
        QJsonObject s = a.at(0).toObject();
        s.insert(u"paragraphs"_s, QJsonArray{QJsonObject{{u"text"_s, QString(20000, u'x')}}});
        a.replace(0, s);
        o.insert(u"sections"_s, a);
    }, ErrorCode::TooLarge, u"$.sections[0].paragraphs[0].text"_s);
    row("section not an object", [](QJsonObject &o) {
        QJsonArray a = o.value(u"sections"_s).toArray();
        a.replace(2, u"III"_s);
        o.insert(u"sections"_s, a);
    }, ErrorCode::WrongType, u"$.sections[2]"_s);
}

void TstNoticeCodecs::badPolicy()
{
    refusedAsTheRowSays(&codec::decodePolicyDocument);
}

void TstNoticeCodecs::versions()
{
    const auto l = codec::decodePolicyVersions(jsonBytes(
        {{u"current"_s, u"2026-12-01"_s},
         {u"items"_s, QJsonArray{QJsonObject{{u"version"_s, u"2026-12-01"_s}, {u"effective"_s, u"2026-12-01"_s},
                                             {u"published_at"_s, u"2026-11-01T02:00:00Z"_s}},
                                 QJsonObject{{u"version"_s, u"2025-05-14"_s}, {u"effective"_s, u"2025-05-14"_s},
                                             {u"published_at"_s, u"2025-05-01T02:00:00+08:00"_s}}}}}));
    QVERIFY2(l, qPrintable(l ? QString() : l.error().detail));
    QCOMPARE(l->current, u"2026-12-01"_s);
    QCOMPARE(l->items.size(), 2);
    QCOMPARE(l->items.at(1).effective, QDate(2025, 5, 14));
    QCOMPARE(l->items.at(1).publishedAt, QDateTime(QDate(2025, 4, 30), QTime(18, 0), QTimeZone::utc()));
}

void TstNoticeCodecs::versionsCurrentMustBePublished()
{
    const auto l = codec::decodePolicyVersions(jsonBytes(
        {{u"current"_s, u"2027-01-01"_s},
         {u"items"_s, QJsonArray{QJsonObject{{u"version"_s, u"2026-12-01"_s}, {u"effective"_s, u"2026-12-01"_s},
                                             {u"published_at"_s, u"2026-11-01T02:00:00Z"_s}}}}}));
    QVERIFY(!l);
    QCOMPARE(l.error().code, ErrorCode::WrongType);
    QCOMPARE(l.error().detail, u"$.current"_s);
}

void TstNoticeCodecs::incidents()
{
    const auto list = codec::decodeIncidents(jsonBytes(listJson({incidentJson(), incidentJson(u"INC-0"_s)})));
    QVERIFY2(list, qPrintable(list ? QString() : list.error().detail));
    QCOMPARE(list->size(), 2);
    const Incident &i = list->first();
    QCOMPARE(i.id, u"INC-1"_s);
    QCOMPARE(i.title, u"Phishing e-mails in our name"_s);
    QCOMPARE(i.categories, QList<Category>{Category::Registration});
    QCOMPARE(i.advice, (QStringList{u"change_password"_s, u"watch_phishing"_s}));
    QCOMPARE(i.updates.size(), 1);
    QCOMPARE(i.updates.first().text, u"The sending domain is offline."_s);
    QCOMPARE(i.detectedAt, QDateTime(QDate(2026, 11, 11), QTime(9, 30), QTimeZone::utc()));
    QCOMPARE(i.updatedAt, QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()));
    QVERIFY(!i.read);
    QVERIFY(codec::decodeIncidents(jsonBytes(listJson({})))->isEmpty());
}

void TstNoticeCodecs::incidentRoundTrip()
{
    const auto i = codec::decodeIncident(jsonBytes(incidentJson()));
    QVERIFY(i);
    const auto again = codec::decodeIncident(codec::encodeIncident(*i));
    QVERIFY(again);
    QCOMPARE(codec::encodeIncident(*again), codec::encodeIncident(*i));
    QCOMPARE(again->updatedAt, i->updatedAt);
    QCOMPARE(again->advice, i->advice);
    const auto d = codec::decodeDisclosure(jsonBytes(disclosureJson()));
    QVERIFY(d);
    const auto dAgain = codec::decodeDisclosure(codec::encodeDisclosure(*d));
    QVERIFY(dAgain);
    QCOMPARE(codec::encodeDisclosure(*dAgain), codec::encodeDisclosure(*d));
    QCOMPARE(dAgain->delayEndedAt, d->delayEndedAt);
}

void TstNoticeCodecs::badIncident_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<pd::ErrorCode>("code");
    QTest::addColumn<QString>("where");
    const QJsonObject good = incidentJson();
    auto row = [&good](const char *name, const Edit &edit, ErrorCode code, const QString &where) {
        QTest::newRow(name) << listJson({incidentJson(u"INC-0"_s), edited(good, edit)}) << code << where;
    };
    row("no id", [](QJsonObject &o) { o.remove(u"id"_s); }, ErrorCode::MissingField, u"$.items[1].id"_s);
    row("unknown category", [](QJsonObject &o) { o.insert(u"categories"_s, QJsonArray{u"location"_s}); },
        ErrorCode::WrongType, u"$.items[1].categories"_s);
    row("no updated_at", [](QJsonObject &o) { o.remove(u"updated_at"_s); }, ErrorCode::MissingField, u"$.items[1].updated_at"_s);
    row("advice not a list", [](QJsonObject &o) { o.insert(u"advice"_s, u"change_password"_s); }, ErrorCode::WrongType,
        u"$.items[1].advice"_s);
    row("update without text", [](QJsonObject &o) {
        o.insert(u"updates"_s, QJsonArray{QJsonObject{{u"at"_s, u"2026-11-20T08:00:00Z"_s}}});
    }, ErrorCode::MissingField, u"$.items[1].updates[0].text"_s);
    row("local time", [](QJsonObject &o) { o.insert(u"occurred_at"_s, u"2026-11-10 00:00:00"_s); }, ErrorCode::WrongType,
        u"$.items[1].occurred_at"_s);
}

void TstNoticeCodecs::badIncident()
{
    refusedAsTheRowSays(&codec::decodeIncidents);
}

void TstNoticeCodecs::disclosures()
{
    const auto list = codec::decodeDisclosures(jsonBytes(listJson({disclosureJson(), disclosureJson(u"DIS-2"_s, false)})));
    QVERIFY2(list, qPrintable(list ? QString() : list.error().detail));
    QCOMPARE(list->size(), 2);
    QVERIFY(list->at(0).noticeDelayed);
    QCOMPARE(list->at(0).delayEndedAt, QDateTime(QDate(2026, 9, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(list->at(0).categories, (QList<Category>{Category::Registration, Category::ServerUsage}));
    QCOMPARE(list->at(0).reference, u"HKPF-2026-0412"_s);
    QVERIFY(!list->at(1).noticeDelayed);
    QVERIFY(!list->at(1).delayEndedAt.isValid());
}

void TstNoticeCodecs::delayedDisclosureSaysWhenTheDelayEnded()
{
    const auto r = codec::decodeDisclosures(jsonBytes(listJson({edited(disclosureJson(), [](QJsonObject &o) {
        o.insert(u"delay_ended_at"_s, QJsonValue(QJsonValue::Null));
    })})));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::MissingField);
    QCOMPARE(r.error().detail, u"$.items[0].delay_ended_at"_s);
}

void TstNoticeCodecs::acceptances()
{
    const auto list = codec::decodeAcceptances(jsonBytes(listJson(
        {QJsonObject{{u"id"_s, u"ACC-1"_s}, {u"policy_version"_s, u"2025-05-14"_s}, {u"at"_s, u"2025-05-20T04:00:00Z"_s},
                     {u"request_id"_s, u"R-77"_s}}})));
    QVERIFY2(list, qPrintable(list ? QString() : list.error().detail));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().policyVersion, u"2025-05-14"_s);
    QCOMPARE(list->first().requestId, u"R-77"_s);
    QVERIFY(list->first().confirmed);
    const auto bad = codec::decodeAcceptances(jsonBytes(listJson({QJsonObject{{u"id"_s, u"ACC-1"_s}, {u"at"_s, u"2025-05-20T04:00:00Z"_s}}})));
    QVERIFY(!bad);
    QCOMPARE(bad.error().detail, u"$.items[0].policy_version"_s);
}

void TstNoticeCodecs::changeKindCodes()
{
    const PolicyChangeKind all[] = {PolicyChangeKind::PurposeAdded,     PolicyChangeKind::PurposeRemoved,
                                    PolicyChangeKind::RecipientAdded,   PolicyChangeKind::RecipientRemoved,
                                    PolicyChangeKind::RetentionShorter, PolicyChangeKind::RetentionLonger,
                                    PolicyChangeKind::DataAdded,        PolicyChangeKind::RightAdded,
                                    PolicyChangeKind::RightChanged};
    QSet<QString> codes;
    for (PolicyChangeKind k : all) {
        const QString code = policyChangeKindCode(k);
        QVERIFY(!code.isEmpty());
        codes.insert(code);
        QCOMPARE(policyChangeKindFromCode(code), k);
    }
    QCOMPARE(codes.size(), int(std::size(all)));
    QCOMPARE(policyChangeKindFromCode(u"purpose-added"_s), PolicyChangeKind::Unknown);
}

QTEST_GUILESS_MAIN(TstNoticeCodecs)
#include "tst_noticecodecs.moc"
