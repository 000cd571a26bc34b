// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QKeySequence>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace pd {
class WindowedTableModel;
}

namespace pd::ui {

class RecordTable;

/// The filter row above a table: text, a sort choice, optional From/To dates and an optional kind.
/// Filtering runs in SQLite through the model's setters (a proxy model would need every row in
/// memory); typing is debounced so a million-row table does not re-query on every key.
///
/// The "Sort by" column and "Order" boxes are the keyboard's way to sort (a header takes no focus):
/// they move the table's sort indicator, which sorts through the model (SQL ORDER BY), and follow
/// it when a header is clicked.
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

    /// Object names for tests and tools: "devices" -> devicesFilterBar, devicesFilter, devicesSortColumn...
    void setObjectNames(const QString &prefix);
    QLineEdit *textField() const { return m_text; }
    QString text() const;
    QDate from() const; ///< invalid when "From" is unticked
    QDate to() const;
    QString kind() const;

    /// Pushes the current filters into `model`.
    void applyTo(WindowedTableModel *model) const;
    /// Sets the default dates offered when the user ticks From or To.
    void setDateBounds(const QDate &first, const QDate &last);

    /// Sorts `table` from the Sort by and Order boxes and keeps them in step with its header and
    /// its model (the columns are offered again when the table gets a new model).
    void setSortTable(RecordTable *table);
    QComboBox *sortColumnBox() const { return m_sortColumn; }
    QComboBox *sortOrderBox() const { return m_sortOrder; }
    /// The keys that move to the Sort by and Order boxes (Alt+B, Alt+E in English; the translator
    /// picks the letters).
    static QKeySequence sortShortcut();
    static QKeySequence orderShortcut();

Q_SIGNALS:
    void changed();

private:
    void refreshSortColumns();
    void showSortIndicator();
    void sortTable();

    QLineEdit *m_text;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_sortLabel;
    QComboBox *m_sortColumn;
    QLabel *m_orderLabel;
    QComboBox *m_sortOrder;
    RecordTable *m_table = nullptr;
    QTimer *m_debounce;
    QTimer *m_sortDebounce;
};

} // namespace pd::ui
