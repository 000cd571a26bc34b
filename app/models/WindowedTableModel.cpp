// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowedTableModel.h"

#include "Labels.h"
#include "store/CacheDb.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace pd {
namespace {
constexpr int kBlockRows = 256;
constexpr int kMaxBlocks = 32;

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
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
            binds->append(likePattern(m_filter));
        }
        terms << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!m_spec.timeColumn.isEmpty()) {
        if (m_from.isValid()) {
            terms << m_spec.timeColumn + QStringLiteral(" >= ?");
            binds->append(m_from.startOfDay().toSecsSinceEpoch());
        }
        if (m_to.isValid()) {
            terms << m_spec.timeColumn + QStringLiteral(" < ?");
            binds->append(m_to.addDays(1).startOfDay().toSecsSinceEpoch());
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
    m_rows = 0;
    if (!m_db)
        return;
    QVariantList binds;
    const QString where = whereClause(&binds);
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.table + where);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (q.exec() && q.next())
        m_rows = int(qMin<qint64>(q.value(0).toLongLong(), std::numeric_limits<int>::max()));
}

qint64 WindowedTableModel::totalCount() const
{
    if (!m_db)
        return 0;
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
        QVariantList binds;
        const QString where = whereClause(&binds);
        const QString dir = m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        // The primary key breaks ties so that paging is stable across blocks.
        const QString sql = QStringLiteral("SELECT ") + m_spec.columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
            + m_spec.table + where + QStringLiteral(" ORDER BY ") + m_spec.sortExprs.at(m_sortColumn) + dir
            + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
        QSqlQuery q(m_db->database());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(kBlockRows);
        q.addBindValue(qint64(block) * kBlockRows);
        QList<QVariantList> rows;
        rows.reserve(kBlockRows);
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
    beginResetModel();
    recount();
    endResetModel();
}

} // namespace pd
