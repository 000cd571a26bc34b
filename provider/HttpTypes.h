// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace pd::provider {

/// A request as the handlers see it: independent of QtHttpServer, whose API changed a lot
/// between 6.4 and 6.8, so only HttpFrontend.cpp has to follow it.
struct HttpRequest
{
    QByteArray method;                       ///< "GET", "POST", ... upper case
    QString path;                            ///< decoded path, e.g. "/v1/me"
    QByteArray rawQuery;                     ///< still percent-encoded, without '?'
    QHash<QByteArray, QByteArray> headers;   ///< names lower-cased
    QByteArray body;

    QByteArray header(const char *lowerName) const { return headers.value(QByteArray(lowerName)); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;                  ///< empty: no body
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool dropConnection = false;             ///< fault mode: close the connection without answering
    int delayMs = 0;                         ///< fault mode: answer this much later

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

/// Ordered key/value pairs from a query string or an x-www-form-urlencoded body.
struct FormData
{
    QList<QPair<QString, QString>> items;
    bool duplicate = false;                  ///< some key appeared twice: ambiguous, refused
    bool malformed = false;                  ///< undecodable (not UTF-8)

    bool has(const QString &key) const
    {
        for (const auto &kv : items)
            if (kv.first == key)
                return true;
        return false;
    }
    QString value(const QString &key) const
    {
        for (const auto &kv : items)
            if (kv.first == key)
                return kv.second;
        return {};
    }
};

} // namespace pd::provider
