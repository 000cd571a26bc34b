// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Notices.h"

#include <QAbstractTableModel>

namespace pd {

/// The Notices tab's list: security incidents that concern the customer and disclosures of their
/// data to authorities, newest news first (an incident's latest update counts). Rows not read on
/// this device say "Unread" (ReadRole: false); the view may also make them bold.
class NoticesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Title, When, State, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the incident's or disclosure's id
        IsIncidentRole,            ///< bool
        ReadRole,                  ///< bool
    };

    explicit NoticesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void reset(const QList<Incident> &incidents, const QList<Disclosure> &disclosures);
    /// The incident or disclosure in `row` (the other is empty).
    std::optional<Incident> incident(int row) const;
    std::optional<Disclosure> disclosure(int row) const;
    /// The row of the notice `id`, -1 when not listed.
    int rowOf(const QString &id) const;
    int unread() const;

private:
    struct Row
    {
        bool incident = true;
        int index = 0;
        QDateTime news; ///< what the list is ordered by
    };
    QString title(const Row &r) const;
    bool isRead(const Row &r) const;
    QString id(const Row &r) const;

    QList<Incident> m_incidents;
    QList<Disclosure> m_disclosures;
    QList<Row> m_rows;
};

} // namespace pd
