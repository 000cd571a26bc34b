// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDownload.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"

#include <QUrl>

namespace pd {

ExportDownload::ExportDownload(ApiClient *api, const QString &requestId, QObject *parent)
    : QObject(parent)
    , m_requestId(requestId)
    , m_job(api->get(QStringLiteral("/v1/me/requests/%1/export").arg(QString::fromLatin1(QUrl::toPercentEncoding(requestId)))))
{
    connect(m_job, &ApiJob::finished, this, [this](const ApiResponse &r) {
        if (r.status == 409)
            Q_EMIT finished(Error{ErrorCode::NotReady, QStringLiteral("export not ready"), r.status, {}});
        else if (!r.ok())
            Q_EMIT finished(r.error);
        else
            Q_EMIT finished(r.body);
        deleteLater();
    });
}

void ExportDownload::abort()
{
    if (m_job)
        m_job->abort();
}

} // namespace pd
