// SPDX-License-Identifier: GPL-3.0-or-later
// Notice documents in the shapes of docs/api (issue 12's contract): the policy of 2026-12-01 with its
// three changes, alice's phishing incident, her two disclosures, an acceptance receipt.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::test {

using namespace Qt::StringLiterals;

inline QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject policyChangeJson(const QString &id, const QString &kind, const QString &section, const QString &summary,
                                    const QString &oldText, const QString &newText, const QString &purpose = {})
{
    QJsonObject o{{u"id"_s, id}, {u"kind"_s, kind}, {u"section"_s, section}, {u"summary"_s, summary},
                  {u"old"_s, oldText}, {u"new"_s, newText}};
    if (!purpose.isEmpty())
        o.insert(u"consent_purpose"_s, purpose);
    return o;
}

inline QJsonObject policyJson(const QString &language = u"en"_s, const QString &version = u"2026-12-01"_s)
{
    const QJsonArray changes{
        policyChangeJson(u"c1"_s, u"recipient_added"_s, u"III"_s,
                         u"Northwind Metrics Ltd (Singapore) receives pseudonymous usage statistics."_s, QString(),
                         u"Northwind Metrics Ltd, Singapore, receives pseudonymous usage statistics."_s),
        policyChangeJson(u"c2"_s, u"retention_shorter"_s, u"IV"_s, u"Server sign-in records are kept 1 year instead of 2."_s,
                         u"Server sign-in records are kept for 2 years."_s, u"Server sign-in records are kept for 1 year."_s),
        policyChangeJson(u"c3"_s, u"purpose_added"_s, u"II"_s,
                         u"Support conversations may train the support assistant, only with your consent."_s, QString(),
                         u"With your consent, we use support conversations to train our support assistant."_s,
                         u"support_ai_training"_s)};
    QJsonArray sections;
    const char *const ids[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
    for (const char *id : ids) {
        QJsonArray paragraphs{QJsonObject{{u"text"_s, u"Section %1 opens."_s.arg(QLatin1String(id))}}};
        if (qstrcmp(id, "II") == 0)
            paragraphs.append(QJsonObject{{u"text"_s, u"With your consent, we use support conversations to train our support assistant."_s},
                                          {u"change"_s, u"c3"_s}});
        if (qstrcmp(id, "III") == 0)
            paragraphs.append(QJsonObject{{u"text"_s, u"Northwind Metrics Ltd, Singapore, receives pseudonymous usage statistics."_s},
                                          {u"change"_s, u"c1"_s}});
        if (qstrcmp(id, "IV") == 0)
            paragraphs.append(QJsonObject{{u"text"_s, u"Server sign-in records are kept for 1 year."_s}, {u"change"_s, u"c2"_s}});
        QStringList texts;
        for (const QJsonValue &p : std::as_const(paragraphs))
            texts << p[u"text"_s].toString();
        sections.append(QJsonObject{{u"id"_s, QLatin1String(id)},
                                    {u"title"_s, u"Section %1"_s.arg(QLatin1String(id))},
                                    {u"body"_s, texts.join(u"\n\n"_s)},
                                    {u"paragraphs"_s, paragraphs}});
    }
    return {{u"version"_s, version},
            {u"effective"_s, version},
            {u"published_at"_s, u"2026-11-01T02:00:00Z"_s},
            {u"language"_s, language},
            {u"governing_language"_s, u"en"_s},
            {u"is_translation"_s, language != u"en"_s},
            {u"contact"_s, QJsonObject{{u"email"_s, u"service@cn2.hk"_s}, {u"phone"_s, u"4008889543"_s}}},
            {u"sections"_s, sections},
            {u"changes"_s, changes}};
}

inline QJsonObject incidentJson(const QString &id = u"INC-1"_s, const QString &updatedAt = u"2026-11-20T08:00:00Z"_s)
{
    return {{u"id"_s, id},
            {u"title"_s, u"Phishing e-mails in our name"_s},
            {u"what_happened"_s, u"Someone sent e-mails that pretend to come from us and ask for your password."_s},
            {u"occurred_at"_s, u"2026-11-10T00:00:00Z"_s},
            {u"detected_at"_s, u"2026-11-11T09:30:00Z"_s},
            {u"notified_at"_s, u"2026-11-12T10:00:00Z"_s},
            {u"categories"_s, QJsonArray{u"registration"_s}},
            {u"what_we_did"_s, u"We had the sending domain taken down and blocked the links."_s},
            {u"advice"_s, QJsonArray{u"change_password"_s, u"watch_phishing"_s}},
            {u"updates"_s, QJsonArray{QJsonObject{{u"at"_s, u"2026-11-20T08:00:00Z"_s},
                                                   {u"text"_s, u"The sending domain is offline."_s}}}},
            {u"updated_at"_s, updatedAt}};
}

inline QJsonObject disclosureJson(const QString &id = u"DIS-1"_s, bool delayed = true)
{
    return {{u"id"_s, id},
            {u"authority"_s, u"Hong Kong Police Force"_s},
            {u"legal_basis"_s, u"Search warrant under the Police Force Ordinance (Cap. 232)"_s},
            {u"categories"_s, QJsonArray{u"registration"_s, u"server_usage"_s}},
            {u"disclosed_at"_s, u"2026-06-01T03:00:00Z"_s},
            {u"reference"_s, u"HKPF-2026-0412"_s},
            {u"notice_delayed"_s, delayed},
            {u"delay_ended_at"_s, delayed ? QJsonValue(u"2026-09-01T00:00:00Z"_s) : QJsonValue(QJsonValue::Null)},
            {u"notified_at"_s, u"2026-09-01T01:00:00Z"_s}};
}

inline QJsonObject listJson(const QJsonArray &items)
{
    return {{u"items"_s, items}};
}

} // namespace pd::test
