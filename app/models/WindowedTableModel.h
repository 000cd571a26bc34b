// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace pd {

class CacheDb;

/// A table model over one cache table, read in blocks of rows with a windowed query so a million
/// rows scroll without being loaded. Sorting and filtering run in SQLite (a QSortFilterProxyModel
/// would need every row in memory): views call sort(), and the filter row calls the setters.
class WindowedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortValueRole = Qt::UserRole + 1, ///< raw value (number, epoch seconds, code)
        IdRole,                           ///< the row's primary key
        RowDescriptionRole                ///< one sentence describing the whole row, for details panes
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Case-insensitive text matched against the text columns.
    void setFilterText(const QString &text);
    /// Inclusive local dates on the time column; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    /// Exact match on one code column (for example an event kind); empty clears it.
    void setKindFilter(const QString &code);
    QString filterText() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Rows in the table without filters, for "showing 12 of 4,700".
    qint64 totalCount() const;
    /// Re-reads after a sync; keeps filter and sort.
    void reload();

protected:
    struct Spec
    {
        QString table;
        QStringList columns;     ///< selected columns, in the order rows are given to cell()
        QStringList sortExprs;   ///< one SQL expression per model column
        QStringList textColumns; ///< searched by the filter text
        QString timeColumn;      ///< epoch seconds, for the date range; may be empty
        QString kindColumn;      ///< for setKindFilter; may be empty
        int defaultSortColumn = 0;
        Qt::SortOrder defaultOrder = Qt::AscendingOrder;
        /// The number of rows matching filter text, kind and times ([from, to) in seconds) from a
        /// summary kept beside the table, or nothing to count the rows themselves; may be null.
        std::optional<qint64> (*summaryCount)(const CacheDb &db, const QString &text, const QString &kind,
                                              std::optional<qint64> from, std::optional<qint64> to) = nullptr;
    };

    WindowedTableModel(CacheDb *db, Spec spec, QObject *parent);
    /// `row` holds Spec::columns in order; IdRole and SortValueRole are answered by the base.
    virtual QVariant cell(const QVariantList &row, int column, int role) const = 0;
    virtual QString describeRow(const QVariantList &row) const;
    const QVariantList *rowAt(int row) const;

private:
    QString whereClause(QVariantList *binds) const;
    QList<QVariantList> readBlock(int block) const;
    /// The start of local day `day` + `daysAfter`, in seconds; nothing for an invalid day.
    static std::optional<qint64> timeBound(const QDate &day, int daysAfter);
    std::optional<qint64> summaryCount(const QString &text, const QString &kind, std::optional<qint64> from,
                                       std::optional<qint64> to) const;
    void recount();
    /// Rows matching the filters: from the summary when there is one, else COUNT(*).
    int countRows() const;

    CacheDb *m_db;
    Spec m_spec;
    QString m_filter;
    QString m_kind;
    QDate m_from, m_to;
    int m_sortColumn;
    Qt::SortOrder m_order;
    int m_rows = 0;
    mutable QHash<int, QList<QVariantList>> m_blocks; ///< block index -> rows
    mutable QList<int> m_lru;
};

} // namespace pd
