// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actions.h"
#include "domain/Requests.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>

namespace pd {

class Outbox;

/// Every request the user made: those still only on this computer (queued, refused, in conflict)
/// and those the provider is handling or has answered, newest first.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Subject, Status, Received, Due, ColumnCount };
    /// Where a row is: still on this computer (the first three) or at the provider.
    enum class Progress { Queued, Attention, Conflict, Received, InReview, NeedsInfo, Completed, Rejected, Cancelled, Unknown };
    Q_ENUM(Progress)
    enum Role {
        StatusCodeRole = Qt::UserRole + 1, ///< queued/attention/conflict or the provider's status code, as stored
        RequestIdRole,                     ///< provider id, empty while local
        OutboxSeqRole,                     ///< outbox seq, 0 when unknown
        OverdueRole,                       ///< bool
        OpenRole,                          ///< bool: not yet completed/rejected/cancelled
        DetailsRole,                       ///< multi-line text: timeline, reasons, retained data
        SortValueRole,
        ProgressRole,                      ///< Progress
        KindRole,                          ///< ActionKind: what the request or action is
        ExportReadyRole,                   ///< bool: an export whose copy can be downloaded
        TypedInputRole,                    ///< bool: the user typed something for it (QueuedAction::hasTypedInput)
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

    static Progress progressOf(RequestStatus s);
    static Progress progressOf(ActionState s);
    /// Words for a kind; `code` (as sent) for one this version does not know.
    static QString typeLabel(ActionKind kind, const QString &code = {});
    static QString statusLabel(Progress p, const QString &code = {});
    /// The same from the codes stored and sent (unknown codes are shown as they are).
    static QString typeLabel(const QString &code);
    static QString statusLabel(const QString &code);
    /// Plain words for what a request is about, from its summary.
    static QString subjectOf(RequestType type, const QJsonObject &summary);
    /// ... and for an action not sent yet, from what the user typed.
    static QString subjectOf(const QueuedAction &action);
    /// "Privacy policy of <version>": what an acceptance is about.
    static QString policySubject(const QString &version);
    /// What the customer asked for, in words, one line per item ("New value: ...", "Reason: ...");
    /// the customer's own words are included as written (show them as plain text).
    static QStringList askedFor(const TrackedRequest &t);
    /// The request's timeline and notes, one line each: its id, the provider's reason, an
    /// extension, what was kept and restricted, then every status change with its date.
    // The request's story in lines. Messages are part of it unless the caller lists them itself
    // (the staff's processing dialog shows them with their files).
    enum class Messages { Included, Left };
    static QStringList timeline(const TrackedRequest &t, Messages messages = Messages::Included);
    /// The ids of the files attached to the request and to its messages.
    static QStringList attachmentIds(const TrackedRequest &t);

private:
    struct Row
    {
        ActionKind kind = ActionKind::Unknown;
        QString typeCode;
        QString subject;
        Progress progress = Progress::Unknown;
        QString statusCode;
        QString requestId;
        qint64 seq = 0;
        QDateTime received;
        QDateTime due;
        QString details;
        bool open = true;
        bool exportReady = false;
        bool typedInput = false;
    };
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    Outbox *m_outbox;
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace pd
