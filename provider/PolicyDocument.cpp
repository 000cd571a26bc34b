// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyDocument.h"

#include "Rfc3339.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

QList<const PolicyVersionText *> PolicyText::all()
{
    return {&v20250514(), &v20261201()};
}

const PolicyVersionText *PolicyText::find(const QString &version)
{
    for (const PolicyVersionText *v : all())
        if (v->version == version)
            return v;
    return nullptr;
}

QString PolicyText::latest()
{
    return all().constLast()->version;
}

QJsonObject PolicyDocument::contact()
{
    return {{u"email"_s, u"service@cn2.hk"_s}, {u"phone"_s, u"4008889543"_s}};
}

QJsonObject PolicyDocument::change(const PolicyChangeText &c, Lang lang)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"kind"_s, c.kind},
                  {u"section"_s, c.section},
                  {u"summary"_s, c.summary.in(lang)},
                  {u"old"_s, c.oldText.in(lang)},
                  {u"new"_s, c.newText.in(lang)}};
    if (!c.consentPurpose.isEmpty())
        o.insert(u"consent_purpose"_s, c.consentPurpose);
    return o;
}

QJsonObject PolicyDocument::listItem(const QString &version, qint64 publishedAt)
{
    // A version's name is the date it takes effect.
    return {{u"version"_s, version}, {u"effective"_s, version}, {u"published_at"_s, isoUtc(publishedAt)}};
}

QJsonObject PolicyDocument::toJson(const PolicyVersionText &text, qint64 publishedAt, Lang lang)
{
    QJsonArray sections;
    for (const PolicySectionText &s : text.sections) {
        QJsonArray paragraphs;
        QStringList body;
        for (const PolicyParagraphText &p : s.paragraphs) {
            QJsonObject para{{u"text"_s, p.text.in(lang)}};
            if (!p.change.isEmpty())
                para.insert(u"change"_s, p.change);
            paragraphs.append(para);
            body.append(p.text.in(lang));
        }
        sections.append(QJsonObject{{u"id"_s, s.id}, {u"title"_s, s.title.in(lang)},
                                    {u"body"_s, body.join(u"\n\n"_s)}, {u"paragraphs"_s, paragraphs}});
    }
    QJsonArray changes;
    for (const PolicyChangeText &c : text.changes)
        changes.append(change(c, lang));
    QJsonObject o = listItem(text.version, publishedAt);
    o.insert(u"language"_s, Language::tag(lang));
    o.insert(u"governing_language"_s, u"en"_s);
    o.insert(u"is_translation"_s, lang != Lang::En);
    o.insert(u"contact"_s, contact());
    o.insert(u"sections"_s, sections);
    o.insert(u"changes"_s, changes);
    return o;
}

} // namespace pd::provider
