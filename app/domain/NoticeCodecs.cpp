// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeCodecs.h"

#include "JsonReader.h"

#include <QSet>

namespace pd {

namespace {
constexpr PolicyChangeKind kChangeKinds[] = {
    PolicyChangeKind::PurposeAdded,     PolicyChangeKind::PurposeRemoved, PolicyChangeKind::RecipientAdded,
    PolicyChangeKind::RecipientRemoved, PolicyChangeKind::RetentionShorter, PolicyChangeKind::RetentionLonger,
    PolicyChangeKind::DataAdded,        PolicyChangeKind::RightAdded,     PolicyChangeKind::RightChanged};
} // namespace

QString policyChangeKindCode(PolicyChangeKind k)
{
    switch (k) {
    case PolicyChangeKind::PurposeAdded: return QStringLiteral("purpose_added");
    case PolicyChangeKind::PurposeRemoved: return QStringLiteral("purpose_removed");
    case PolicyChangeKind::RecipientAdded: return QStringLiteral("recipient_added");
    case PolicyChangeKind::RecipientRemoved: return QStringLiteral("recipient_removed");
    case PolicyChangeKind::RetentionShorter: return QStringLiteral("retention_shorter");
    case PolicyChangeKind::RetentionLonger: return QStringLiteral("retention_longer");
    case PolicyChangeKind::DataAdded: return QStringLiteral("data_added");
    case PolicyChangeKind::RightAdded: return QStringLiteral("right_added");
    case PolicyChangeKind::RightChanged: return QStringLiteral("right_changed");
    case PolicyChangeKind::Unknown: break;
    }
    return {};
}

PolicyChangeKind policyChangeKindFromCode(const QString &code)
{
    for (PolicyChangeKind k : kChangeKinds)
        if (policyChangeKindCode(k) == code)
            return k;
    return PolicyChangeKind::Unknown;
}

namespace codec {
namespace {

using namespace detail;

// Limits on what one document may hold: generous for real texts, small enough that a hostile
// provider cannot fill the cache.
constexpr qsizetype kMaxText = 16 * 1024;
constexpr qsizetype kMaxTitle = 512;
constexpr qsizetype kMaxNotices = 1000;

QDate readDate(Reader &r, const char *key)
{
    const QString s = r.str(key, true, 10);
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!r.failed() && (!d.isValid() || s.size() != 10))
        r.fail(ErrorCode::WrongType, key);
    return d;
}

/// A required, non-empty id.
QString readId(Reader &r)
{
    const QString id = r.str("id", true, 64);
    if (!r.failed() && id.isEmpty())
        r.fail(ErrorCode::MissingField, "id");
    return id;
}

PolicyChange readChange(Reader &r)
{
    PolicyChange c;
    c.id = readId(r);
    c.kindCode = r.code("kind");
    c.kind = policyChangeKindFromCode(c.kindCode);
    c.section = r.str("section", true, 16);
    c.summary = r.str("summary", true, kMaxStringChars);
    c.oldText = r.str("old", false, kMaxText);
    c.newText = r.str("new", false, kMaxText);
    c.consentPurpose = r.code("consent_purpose", false);
    return c;
}

PolicyDocument readPolicyDocument(Reader &r)
{
    PolicyDocument d;
    d.version = r.str("version", true, 64);
    d.effective = readDate(r, "effective");
    d.publishedAt = r.time("published_at");
    d.language = r.str("language", true, 16);
    d.governingLanguage = r.str("governing_language", true, 16);
    d.isTranslation = r.boolean("is_translation");
    Reader contact = r.member("contact", true);
    d.contactEmail = contact.str("email", true, 256);
    d.contactPhone = contact.str("phone", true, 64);
    d.changes = readItems<PolicyChange>(r, "changes", [](Reader &c) { return readChange(c); }, 64);
    d.sections = readItems<PolicyDocSection>(r, "sections", [](Reader &c) {
        PolicyDocSection s;
        s.id = c.str("id", true, 16);
        s.title = c.str("title", true, kMaxTitle);
        s.paragraphs = readItems<PolicyParagraph>(c, "paragraphs", [](Reader &p) {
            return PolicyParagraph{p.str("text", true, kMaxText), p.str("change", false, 64)};
        }, 256);
        return s;
    }, 64);
    if (r.failed())
        return d;
    if (d.version.isEmpty())
        r.fail(ErrorCode::MissingField, "version");
    // A marked paragraph must point at a change of this document; two changes with one id would
    // make the marks ambiguous.
    QSet<QString> ids;
    for (const PolicyChange &c : std::as_const(d.changes)) {
        if (ids.contains(c.id))
            r.fail(ErrorCode::WrongType, "changes");
        ids.insert(c.id);
    }
    for (const PolicyDocSection &s : std::as_const(d.sections))
        for (const PolicyParagraph &p : s.paragraphs)
            if (!p.changeId.isEmpty() && !ids.contains(p.changeId))
                r.fail(ErrorCode::WrongType, "sections");
    return d;
}

Incident readIncident(Reader &r)
{
    Incident i;
    i.id = readId(r);
    i.title = r.str("title", true, kMaxTitle);
    i.whatHappened = r.str("what_happened", true, kMaxText);
    i.occurredAt = r.time("occurred_at");
    i.detectedAt = r.time("detected_at");
    i.notifiedAt = r.time("notified_at");
    i.updatedAt = r.time("updated_at");
    i.categories = readCategories(r, "categories");
    i.whatWeDid = r.str("what_we_did", true, kMaxText);
    i.advice = r.stringList("advice");
    i.updates = readItems<IncidentUpdate>(r, "updates", [](Reader &u) {
        return IncidentUpdate{u.time("at"), u.str("text", true, kMaxText)};
    }, 256);
    return i;
}

Disclosure readDisclosure(Reader &r)
{
    Disclosure d;
    d.id = readId(r);
    d.authority = r.str("authority", true, kMaxTitle);
    d.legalBasis = r.str("legal_basis", true, kMaxStringChars);
    d.categories = readCategories(r, "categories");
    d.disclosedAt = r.time("disclosed_at");
    d.reference = r.str("reference", false, 256);
    d.noticeDelayed = r.boolean("notice_delayed");
    d.delayEndedAt = r.time("delay_ended_at", false);
    d.notifiedAt = r.time("notified_at");
    // A delayed notice is served only once the delay is over: say when it ended.
    if (!r.failed() && d.noticeDelayed && !d.delayEndedAt.isValid())
        r.fail(ErrorCode::MissingField, "delay_ended_at");
    return d;
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonArray categoryArray(const QList<Category> &categories)
{
    QJsonArray a;
    for (Category c : categories)
        a.append(categoryCode(c));
    return a;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Result<PolicyDocument> decodePolicyDocument(const QByteArray &body)
{
    return decodeWith<PolicyDocument>(body, [](Reader &r) { return readPolicyDocument(r); });
}

Result<PolicyVersionList> decodePolicyVersions(const QByteArray &body)
{
    return decodeWith<PolicyVersionList>(body, [](Reader &r) {
        PolicyVersionList l;
        l.current = r.str("current", true, 64);
        l.items = readItems<PolicyVersionInfo>(r, "items", [](Reader &c) {
            PolicyVersionInfo v;
            v.version = c.str("version", true, 64);
            v.effective = readDate(c, "effective");
            v.publishedAt = c.time("published_at");
            return v;
        }, 1000);
        if (!r.failed() && std::none_of(l.items.cbegin(), l.items.cend(),
                                        [&l](const PolicyVersionInfo &v) { return v.version == l.current; }))
            r.fail(ErrorCode::WrongType, "current"); // the current version is one of the published ones
        return l;
    });
}

Result<QList<Incident>> decodeIncidents(const QByteArray &body)
{
    return decodeWith<QList<Incident>>(body, [](Reader &r) {
        return readItems<Incident>(r, "items", [](Reader &c) { return readIncident(c); }, kMaxNotices);
    });
}

Result<QList<Disclosure>> decodeDisclosures(const QByteArray &body)
{
    return decodeWith<QList<Disclosure>>(body, [](Reader &r) {
        return readItems<Disclosure>(r, "items", [](Reader &c) { return readDisclosure(c); }, kMaxNotices);
    });
}

Result<QList<PolicyAcceptance>> decodeAcceptances(const QByteArray &body)
{
    return decodeWith<QList<PolicyAcceptance>>(body, [](Reader &r) {
        return readItems<PolicyAcceptance>(r, "items", [](Reader &c) {
            PolicyAcceptance a;
            a.id = c.str("id", true, 64);
            a.policyVersion = c.str("policy_version", true, 64);
            a.at = c.time("at");
            a.requestId = c.str("request_id", false, 64);
            a.confirmed = true;
            return a;
        }, kMaxNotices);
    });
}

Result<Incident> decodeIncident(const QByteArray &body)
{
    return decodeWith<Incident>(body, [](Reader &r) { return readIncident(r); });
}

Result<Disclosure> decodeDisclosure(const QByteArray &body)
{
    return decodeWith<Disclosure>(body, [](Reader &r) { return readDisclosure(r); });
}

QByteArray encodePolicyDocument(const PolicyDocument &doc)
{
    QJsonArray changes;
    for (const PolicyChange &c : doc.changes) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("kind"), c.kindCode.isEmpty() ? policyChangeKindCode(c.kind) : c.kindCode},
                      {QStringLiteral("section"), c.section},
                      {QStringLiteral("summary"), c.summary},
                      {QStringLiteral("old"), c.oldText},
                      {QStringLiteral("new"), c.newText}};
        if (!c.consentPurpose.isEmpty())
            o.insert(QStringLiteral("consent_purpose"), c.consentPurpose);
        changes.append(o);
    }
    QJsonArray sections;
    for (const PolicyDocSection &s : doc.sections) {
        QJsonArray paragraphs;
        for (const PolicyParagraph &p : s.paragraphs) {
            QJsonObject o{{QStringLiteral("text"), p.text}};
            if (!p.changeId.isEmpty())
                o.insert(QStringLiteral("change"), p.changeId);
            paragraphs.append(o);
        }
        sections.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
                                    {QStringLiteral("paragraphs"), paragraphs}});
    }
    return compact({{QStringLiteral("version"), doc.version},
                    {QStringLiteral("effective"), doc.effective.toString(Qt::ISODate)},
                    {QStringLiteral("published_at"), timeValue(doc.publishedAt)},
                    {QStringLiteral("language"), doc.language},
                    {QStringLiteral("governing_language"), doc.governingLanguage},
                    {QStringLiteral("is_translation"), doc.isTranslation},
                    {QStringLiteral("contact"),
                     QJsonObject{{QStringLiteral("email"), doc.contactEmail}, {QStringLiteral("phone"), doc.contactPhone}}},
                    {QStringLiteral("sections"), sections},
                    {QStringLiteral("changes"), changes}});
}

QByteArray encodeIncident(const Incident &i)
{
    QJsonArray updates;
    for (const IncidentUpdate &u : i.updates)
        updates.append(QJsonObject{{QStringLiteral("at"), timeValue(u.at)}, {QStringLiteral("text"), u.text}});
    return compact({{QStringLiteral("id"), i.id},
                    {QStringLiteral("title"), i.title},
                    {QStringLiteral("what_happened"), i.whatHappened},
                    {QStringLiteral("occurred_at"), timeValue(i.occurredAt)},
                    {QStringLiteral("detected_at"), timeValue(i.detectedAt)},
                    {QStringLiteral("notified_at"), timeValue(i.notifiedAt)},
                    {QStringLiteral("updated_at"), timeValue(i.updatedAt)},
                    {QStringLiteral("categories"), categoryArray(i.categories)},
                    {QStringLiteral("what_we_did"), i.whatWeDid},
                    {QStringLiteral("advice"), QJsonArray::fromStringList(i.advice)},
                    {QStringLiteral("updates"), updates}});
}

QByteArray encodeDisclosure(const Disclosure &d)
{
    return compact({{QStringLiteral("id"), d.id},
                    {QStringLiteral("authority"), d.authority},
                    {QStringLiteral("legal_basis"), d.legalBasis},
                    {QStringLiteral("categories"), categoryArray(d.categories)},
                    {QStringLiteral("disclosed_at"), timeValue(d.disclosedAt)},
                    {QStringLiteral("reference"), d.reference},
                    {QStringLiteral("notice_delayed"), d.noticeDelayed},
                    {QStringLiteral("delay_ended_at"), timeValue(d.delayEndedAt)},
                    {QStringLiteral("notified_at"), timeValue(d.notifiedAt)}});
}

} // namespace codec
} // namespace pd
