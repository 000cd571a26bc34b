// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

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
    QString peer;                            ///< the client's address ("127.0.0.1"), for per-address limits

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
    /// An answer that is finished off the event loop's turn (a password hash on a worker thread):
    /// HttpFrontend calls it with `deliver`, which it must call once, on the main thread, with the
    /// real answer. Meanwhile other requests are served.
    std::function<void(std::function<void(HttpResponse)> deliver)> later;

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
