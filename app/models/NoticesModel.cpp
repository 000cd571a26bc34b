// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticesModel.h"

#include "Labels.h"

#include <algorithm>

namespace pd {

NoticesModel::NoticesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int NoticesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoticesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void NoticesModel::reset(const QList<Incident> &incidents, const QList<Disclosure> &disclosures)
{
    beginResetModel();
    m_incidents = incidents;
    m_disclosures = disclosures;
    m_rows.clear();
    for (int i = 0; i < m_incidents.size(); ++i) {
        const Incident &x = m_incidents[i];
        m_rows << Row{true, i, x.updatedAt.isValid() ? x.updatedAt : x.notifiedAt};
    }
    for (int i = 0; i < m_disclosures.size(); ++i) {
        const Disclosure &d = m_disclosures[i];
        m_rows << Row{false, i, d.notifiedAt.isValid() ? d.notifiedAt : d.disclosedAt};
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.news > b.news; });
    endResetModel();
}

std::optional<Incident> NoticesModel::incident(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].incident)
        return std::nullopt;
    return m_incidents[m_rows[row].index];
}

std::optional<Disclosure> NoticesModel::disclosure(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].incident)
        return std::nullopt;
    return m_disclosures[m_rows[row].index];
}

QString NoticesModel::id(const Row &r) const
{
    return r.incident ? m_incidents[r.index].id : m_disclosures[r.index].id;
}

int NoticesModel::rowOf(const QString &noticeId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (id(m_rows[i]) == noticeId)
            return i;
    return -1;
}

bool NoticesModel::isRead(const Row &r) const
{
    return r.incident ? m_incidents[r.index].read : m_disclosures[r.index].read;
}

int NoticesModel::unread() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [this](const Row &r) { return !isRead(r); }));
}

QString NoticesModel::title(const Row &r) const
{
    if (r.incident)
        return m_incidents[r.index].title;
    const Disclosure &d = m_disclosures[r.index];
    return Labels::disclosureTitle(d.authority);
}

QVariant NoticesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case IdRole: return id(r);
    case IsIncidentRole: return r.incident;
    case ReadRole: return isRead(r);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Kind: return Labels::noticeKind(r.incident);
        case Title: return title(r);
        case When: return Labels::dateTime(r.news);
        case State: return Labels::readState(isRead(r));
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant NoticesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Title: return tr("What");
    case When: return tr("Latest news");
    case State: return tr("Read here");
    default: break;
    }
    return {};
}

} // namespace pd
