// SPDX-License-Identifier: GPL-3.0-or-later
#include "Problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd::provider {

using namespace Qt::StringLiterals;

HttpResponse problem(int status, const QString &slug, const QString &title, const QString &detail,
                     const QString &oauthError)
{
    QJsonObject o{{u"type"_s, QString(u"/problems/"_s + slug)}, {u"title"_s, title}, {u"status"_s, status}};
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    if (!oauthError.isEmpty()) {
        o.insert(u"error"_s, oauthError);
        if (!detail.isEmpty())
            o.insert(u"error_description"_s, detail);
    }
    HttpResponse r;
    r.status = status;
    r.contentType = "application/problem+json";
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    // Problem titles and details are written for developers and are English only; clients show
    // their own words for each `type`.
    r.withHeader("Content-Language", "en");
    if (status == 401 && slug == u"invalid-token")
        r.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}

} // namespace pd::provider
