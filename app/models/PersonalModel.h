// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QAbstractTableModel>

namespace pd {

class CacheDb;

/// Registration data (policy I.I): the personal fields, when the password was last changed (never
/// the password), and masked payment methods, each with why/basis/source/retention.
class PersonalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Value, Editable, Purpose, LegalBasis, Source, Retention, UpdatedAt, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, EditableRole, SortValueRole };

    explicit PersonalModel(CacheDb *db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void reload();
    const PersonalData &personal() const { return m_data; }

private:
    struct Row
    {
        QString key;
        QString label;
        QString value;
        bool editable = false;
        DataMeta meta;
        QString retentionText;
        bool changedElsewhere = false; ///< the password and payment methods: in the account settings
    };

    CacheDb *m_db;
    PersonalData m_data;
    QList<Row> m_rows;
};

} // namespace pd
