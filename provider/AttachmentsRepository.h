// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::provider {

class ProviderDb;

/// A file a customer uploaded to support a correction, without its bytes.
struct Attachment
{
    QString id;                ///< "att-…"
    QString contentType;       ///< sniffed and checked against the declared type
    qint64 size = 0;
    QString sha256;            ///< hex
    QString filename;
    qint64 createdAt = 0;
};

/// The `attachments` table.
class AttachmentsRepository
{
public:
    explicit AttachmentsRepository(ProviderDb &db);

    bool insert(qint64 account, const Attachment &attachment, const QByteArray &data);
    /// Whether `id` is one of the account's attachments; nothing when the database fails.
    std::optional<bool> owns(qint64 account, const QString &id) const;
    /// The account's attachments, oldest first, as the export lists them (no bytes).
    QJsonArray listJson(qint64 account) const;
    qint64 count(qint64 account) const;
    /// How many attachments the account keeps and their bytes (quotas); nothing when the database fails.
    struct Usage
    {
        qint64 count = 0;
        qint64 bytes = 0;
    };
    std::optional<Usage> usage(qint64 account) const;
    /// The account's attachments among `ids`, in that order, as staff see them next to a request:
    /// {id, filename, content_type, size}.
    QJsonArray describe(qint64 account, const QStringList &ids) const;

private:
    ProviderDb &m_db;
};

} // namespace pd::provider
