// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "store/Outbox.h"

#include <QAbstractTableModel>

namespace pd {

/// Every request the user made: those still only on this computer (queued, refused, in conflict)
/// and those the provider is handling or has answered, newest first.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Subject, Status, Received, Due, ColumnCount };
    enum Role {
        StatusCodeRole = Qt::UserRole + 1, ///< drafted/queued/attention/conflict or the provider's status
        RequestIdRole,                     ///< provider id, empty while local
        OutboxSeqRole,                     ///< outbox seq, 0 when unknown
        OverdueRole,                       ///< bool
        OpenRole,                          ///< bool: not yet completed/rejected/cancelled
        DetailsRole,                       ///< multi-line text: timeline, reasons, retained data
        SortValueRole,
    };

    explicit RequestsModel(Outbox *outbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void reload();
    /// For tests and "overdue" checks; defaults to the current time.
    void setNow(const QDateTime &now) { m_now = now; }
    qint64 openCount() const;
    qint64 overdueCount() const;

    static QString typeLabel(const QString &type);
    static QString statusLabel(const QString &status);
    /// Plain words for what a request is about, from its body.
    static QString subjectOf(const QString &type, const QJsonObject &summary);

private:
    struct Row
    {
        QString type;
        QString subject;
        QString status;
        QString requestId;
        qint64 seq = 0;
        QDateTime received;
        QDateTime due;
        QString details;
        bool open = true;
    };
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    Outbox *m_outbox;
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace pd
