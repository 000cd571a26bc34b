// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessWitness.h"
#include "domain/Staff.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace pd {

class CacheDb;

/// Who looked at the customer's data: every access-log entry this app has kept, newest first,
/// with the words for each code (Labels). Entries the witness found changed or missing at the
/// provider are flagged (WarningRole). A customer's log is short, so it is read whole.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Staff, Action, Reason, Ticket, Categories, Grant, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1, ///< the entry's sequence number in the customer's chain
        ActionCodeRole,             ///< the action code as sent
        GrantIdRole,
        WarningRole,                ///< bool: the witness has a warning for this entry
        DetailsRole,                ///< multi-line text for the details pane
        SortValueRole,
    };

    explicit AccessLogModel(CacheDb *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void reload();
    /// The row of entry `seq`, -1 when not listed.
    int rowOf(qint64 seq) const;
    AccessEntry entry(int row) const;
    /// Warnings not dismissed, oldest first.
    QList<WitnessWarning> warnings() const { return m_warnings; }
    /// A warning in plain words (what was seen, what it means).
    static QString warningText(const WitnessWarning &w);
    /// "How long": "Lasted 12 minutes (30 minutes allowed)", "Up to 30 minutes", or empty.
    QString grantText(const AccessEntry &e) const;
    /// One sentence for the summary line: how many entries, by how many staff members, the newest.
    QString summary() const;

private:
    QString details(const AccessEntry &e) const;

    CacheDb *m_cache;
    QList<AccessEntry> m_rows;
    QList<WitnessWarning> m_warnings;
    QSet<qint64> m_flagged;
    QHash<QString, QDateTime> m_grantStart, m_grantEnd;
    QHash<QString, int> m_grantMinutes;
};

} // namespace pd
