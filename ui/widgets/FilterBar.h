// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace pd {
class WindowedTableModel;
}

namespace pd::ui {

/// The filter row above a table: text, optional From/To dates and an optional kind. Filtering
/// runs in SQLite through the model's setters (a proxy model would need every row in memory);
/// typing is debounced so a million-row table does not re-query on every key.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString placeholder;
        bool dates = false;
        /// code -> label pairs; empty means no Kind box.
        QList<QPair<QString, QString>> kinds;
    };

    FilterBar(const Options &options, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    QString text() const;
    QDate from() const; ///< invalid when "From" is unticked
    QDate to() const;
    QString kind() const;

    /// Pushes the current filters into `model`.
    void applyTo(WindowedTableModel *model) const;
    /// Sets the default dates offered when the user ticks From or To.
    void setDateBounds(const QDate &first, const QDate &last);

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_text;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    QTimer *m_debounce;
};

} // namespace pd::ui
