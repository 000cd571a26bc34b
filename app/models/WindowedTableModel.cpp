// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowedTableModel.h"

#include "Labels.h"
#include "store/CacheDb.h"
#include "store/UsageSummary.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace pd {
namespace {
constexpr int kBlockRows = 256;
constexpr int kMaxBlocks = 32;

} // namespace

WindowedTableModel::WindowedTableModel(CacheDb *db, Spec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.defaultSortColumn)
    , m_order(m_spec.defaultOrder)
{
    Q_ASSERT(!m_spec.columns.isEmpty() && m_spec.columns.first() == QLatin1String("id"));
    recount();
}

int WindowedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int WindowedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.sortExprs.size());
}

QString WindowedTableModel::whereClause(QVariantList *binds) const
{
    QStringList terms;
    if (!m_filter.isEmpty() && !m_spec.textColumns.isEmpty()) {
        QStringList ors;
        for (const QString &c : m_spec.textColumns) {
            ors << c + QStringLiteral(" LIKE ? ESCAPE '\\'");
            binds->append(usage::likePattern(m_filter));
        }
        terms << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!m_spec.timeColumn.isEmpty()) {
        if (m_from.isValid()) {
            terms << m_spec.timeColumn + QStringLiteral(" >= ?");
            binds->append(*timeBound(m_from, 0));
        }
        if (m_to.isValid()) {
            terms << m_spec.timeColumn + QStringLiteral(" < ?");
            binds->append(*timeBound(m_to, 1));
        }
    }
    if (!m_kind.isEmpty() && !m_spec.kindColumn.isEmpty()) {
        terms << m_spec.kindColumn + QStringLiteral(" = ?");
        binds->append(m_kind);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void WindowedTableModel::recount()
{
    m_blocks.clear();
    m_lru.clear();
    m_rows = countRows();
}

int WindowedTableModel::countRows() const
{
    if (!m_db)
        return 0;
    std::optional<qint64> n = summaryCount(m_filter, m_kind, timeBound(m_from, 0), timeBound(m_to, 1));
    if (!n) {
        QVariantList binds;
        const QString where = whereClause(&binds);
        QSqlQuery q(m_db->database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.table + where);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (q.exec() && q.next())
            n = q.value(0).toLongLong();
    }
    return int(qMin<qint64>(n.value_or(0), std::numeric_limits<int>::max()));
}

std::optional<qint64> WindowedTableModel::timeBound(const QDate &day, int daysAfter)
{
    return day.isValid() ? std::optional<qint64>(day.addDays(daysAfter).startOfDay().toSecsSinceEpoch()) : std::nullopt;
}

std::optional<qint64> WindowedTableModel::summaryCount(const QString &text, const QString &kind,
                                                       std::optional<qint64> from, std::optional<qint64> to) const
{
    return m_spec.summaryCount && m_db ? m_spec.summaryCount(*m_db, text, kind, from, to) : std::nullopt;
}

qint64 WindowedTableModel::totalCount() const
{
    if (!m_db)
        return 0;
    if (m_filter.isEmpty() && m_kind.isEmpty() && !m_from.isValid() && !m_to.isValid())
        return m_rows;
    if (const std::optional<qint64> n = summaryCount({}, {}, std::nullopt, std::nullopt))
        return *n;
    QSqlQuery q(m_db->database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.table) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

const QVariantList *WindowedTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows || !m_db)
        return nullptr;
    const int block = row / kBlockRows;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        QList<QVariantList> rows = readBlock(block);
        if (m_blocks.size() >= kMaxBlocks && !m_lru.isEmpty())
            m_blocks.remove(m_lru.takeFirst());
        it = m_blocks.insert(block, std::move(rows));
    } else {
        m_lru.removeOne(block);
    }
    m_lru.append(block);
    const int offset = row % kBlockRows;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QList<QVariantList> WindowedTableModel::readBlock(int block) const
{
    // OFFSET steps over every row before the block, even along an index. So a block in the second half
    // is read from the other end, in the opposite order, and turned round: the last block costs what
    // the first does, and no block steps over more than half the rows (the sort indexes, UsageSummary,
    // let it step through an index rather than sort).
    const qint64 start = qint64(block) * kBlockRows;
    const int want = int(qMin<qint64>(kBlockRows, m_rows - start));
    const bool fromEnd = start > m_rows / 2;
    const bool ascending = (m_order == Qt::AscendingOrder) != fromEnd;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QVariantList binds;
    const QString where = whereClause(&binds);
    // The primary key breaks ties so that paging is stable across blocks.
    const QString sql = QStringLiteral("SELECT ") + m_spec.columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + m_spec.table + where + QStringLiteral(" ORDER BY ") + m_spec.sortExprs.at(m_sortColumn) + dir
        + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(want);
    q.addBindValue(fromEnd ? m_rows - start - want : start);
    QList<QVariantList> rows;
    rows.reserve(want);
    if (q.exec()) {
        const int n = int(m_spec.columns.size());
        while (q.next()) {
            QVariantList r;
            r.reserve(n);
            for (int i = 0; i < n; ++i)
                r.append(q.value(i));
            rows.append(std::move(r));
        }
    }
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QVariant WindowedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->first();
    if (role == RowDescriptionRole)
        return describeRow(*row);
    return cell(*row, index.column(), role);
}

QString WindowedTableModel::describeRow(const QVariantList &row) const
{
    QStringList parts;
    for (int c = 0; c < columnCount(); ++c) {
        const QString v = cell(row, c, Qt::DisplayRole).toString();
        if (!v.isEmpty())
            parts << Labels::labelled(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), v);
    }
    return parts.join(QLatin1Char('\n'));
}

void WindowedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_order = order;
    m_blocks.clear();
    m_lru.clear();
    // Persistent indexes cannot follow rows we have not loaded; drop them rather than point wrong.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WindowedTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    recount();
    endResetModel();
}

void WindowedTableModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    beginResetModel();
    m_from = from;
    m_to = to;
    recount();
    endResetModel();
}

void WindowedTableModel::setKindFilter(const QString &code)
{
    if (code == m_kind)
        return;
    beginResetModel();
    m_kind = code;
    recount();
    endResetModel();
}

void WindowedTableModel::reload()
{
    // A reset makes the view rebuild a header section for every row (tens of ms at a million rows):
    // when a sync left the number of rows as it was, the rows are only read again.
    if (const int n = countRows(); n == m_rows) {
        m_blocks.clear();
        m_lru.clear();
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0), index(n - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    recount();
    endResetModel();
}

} // namespace pd
