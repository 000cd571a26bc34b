// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteRules.h"

#include "OAuth.h"
#include "Problem.h"
#include "ProviderDb.h"

namespace pd::provider {

std::optional<HttpResponse> RouteRules::methodAndSize(const HttpRequest &request, const char *methods,
                                                      qint64 maxBodyBytes, const QString &what)
{
    bool methodOk = false;
    for (const QByteArray &name : QByteArray(methods).split(','))
        methodOk = methodOk || name.trimmed() == request.method;
    if (!methodOk)
        return methodNotAllowed(request.method, methods);
    if (request.body.size() > maxBodyBytes)
        return payloadTooLarge(what, maxBodyBytes);
    return std::nullopt;
}

std::optional<HttpResponse> RouteRules::caller(const OAuth &oauth, const ProviderDb &db, const HttpRequest &request,
                                               Account *caller)
{
    const auto id = oauth.authenticate(request);
    if (!id)
        return invalidToken();
    const auto account = db.accountById(*id);
    if (!account)
        return internalError();
    *caller = *account;
    return std::nullopt;
}

} // namespace pd::provider
