// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace pd {

class ApiClient;
class ApiJob;

/// Fetches the copy of the user's data an export request produced (GET
/// /v1/me/requests/{id}/export). Emits finished() once, then deletes itself; abort() stops it.
class ExportDownload : public QObject
{
    Q_OBJECT
public:
    ExportDownload(ApiClient *api, const QString &requestId, QObject *parent = nullptr);

    QString requestId() const { return m_requestId; }
    void abort();

Q_SIGNALS:
    /// The document's bytes, or why not: ErrorCode::NotReady while the provider is still
    /// preparing it (409), otherwise the usual network and provider errors.
    void finished(const pd::Result<QByteArray> &result);

private:
    QString m_requestId;
    QPointer<ApiJob> m_job;
};

} // namespace pd
