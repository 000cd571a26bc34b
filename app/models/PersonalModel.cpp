// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalModel.h"

#include "Labels.h"
#include "store/CacheDb.h"

namespace pd {

PersonalModel::PersonalModel(CacheDb *db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void PersonalModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_data = m_db ? m_db->personal() : PersonalData{};
    // The provider names a category's retention rule on each field; spell out that rule.
    auto retentionText = [this](const QString &code) {
        if (const auto cat = categoryFromCode(code); cat && m_db) {
            if (const auto rule = m_db->categoryInfo(*cat).retention)
                return tr("%1 %2").arg(Labels::isoDuration(rule->period), Labels::retentionStarts(rule->starts));
        }
        return Labels::retention(code);
    };
    for (const PersonalField &f : std::as_const(m_data.fields)) {
        m_rows.push_back({f.key, Labels::personalField(f.key), f.value, f.editable, f.meta});
        m_rows.last().retentionText = retentionText(f.meta.retention);
    }
    if (m_data.passwordChangedAt.isValid() || !m_data.fields.isEmpty()) {
        // The password itself is never sent to this app; only when it last changed.
        DataMeta m;
        m.updatedAt = m_data.passwordChangedAt;
        m.purposes = {QStringLiteral("security")};
        m.legalBasis = QStringLiteral("contract");
        m.source = QStringLiteral("you");
        // Registration data, kept as the other details are (the provider names no rule of its own).
        m.retention = m_data.fields.isEmpty() ? QStringLiteral("registration") : m_data.fields.first().meta.retention;
        m_rows.push_back({QStringLiteral("password"), Labels::personalField(QStringLiteral("password")),
                          tr("Not shown: last changed %1").arg(Labels::dateTime(m_data.passwordChangedAt)), false, m});
        m_rows.last().retentionText = retentionText(m.retention);
        m_rows.last().changedElsewhere = true;
    }
    for (const PaymentMethod &p : std::as_const(m_data.paymentMethods)) {
        QString value;
        if (p.kind == QLatin1String("card"))
            value = p.expiry.isEmpty() ? tr("%1 ending %2").arg(p.brand, p.last4)
                                       : tr("%1 ending %2, expires %3").arg(p.brand, p.last4, p.expiry);
        else
            value = tr("%1 account %2").arg(p.platform, p.accountMasked);
        m_rows.push_back({QStringLiteral("payment:") + p.id, tr("Payment method"), value, false, p.meta});
        m_rows.last().retentionText = retentionText(p.meta.retention);
        m_rows.last().changedElsewhere = true;
    }
    endResetModel();
}

int PersonalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == KeyRole)
        return r.key;
    if (role == EditableRole)
        return r.editable;
    if (role == SortValueRole && index.column() == UpdatedAt)
        return r.meta.updatedAt;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole
        && role != SortValueRole)
        return {};
    switch (index.column()) {
    case Field: return r.label;
    case Value:
        if (role == Qt::AccessibleTextRole)
            return tr("%1: %2").arg(r.label, r.value);
        return r.value;
    case Editable:
        // Not "ask us": neither is changed by a request from this app (PersonalPage offers none).
        if (r.changedElsewhere)
            return tr("Change it in your account settings");
        return r.editable ? tr("You can edit this") : tr("Ask us to correct this");
    case Purpose: {
        QStringList p;
        for (const QString &c : r.meta.purposes)
            p << Labels::purpose(c);
        return Labels::list(p);
    }
    case LegalBasis: return Labels::legalBasis(r.meta.legalBasis);
    case Source: return Labels::source(r.meta.source);
    case Retention: return r.retentionText.isEmpty() ? Labels::retention(r.meta.retention) : r.retentionText;
    case UpdatedAt: return Labels::dateTime(r.meta.updatedAt);
    }
    return {};
}

QVariant PersonalModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case Field: return tr("Item");
    case Value: return tr("What we hold");
    case Editable: return tr("Changing it");
    case Purpose: return tr("Used for");
    case LegalBasis: return tr("Why we may");
    case Source: return tr("Where it came from");
    case Retention: return tr("Kept for");
    case UpdatedAt: return tr("Last updated");
    }
    return {};
}

} // namespace pd
