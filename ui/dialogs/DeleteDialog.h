// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionDialog.h"

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace pd::ui {

/// Records selected elsewhere (a Devices or Cookies selection), offered first in DeleteDialog.
struct DeletionSelection
{
    Category category = Category::Devices;
    QStringList ids;
    QString description; ///< "2 records selected in the Devices & networks tab"
};

/// Asks Hong Kong Cloud to delete data (policy VI.III): the whole account, one category, the
/// records selected in a tab, or usage in a date range. Says before sending what may have to be
/// kept (by law, for open orders or disputes) and that it is then restricted and deleted later;
/// the exact list comes back with the provider's answer, in the Requests tab. Needs "DELETE" typed.
class DeleteDialog : public ActionDialog
{
    Q_OBJECT
public:
    using Selection = DeletionSelection;

    DeleteDialog(Session *session, const Selection &selection = {}, QWidget *parent = nullptr);

    void chooseCategory(Category c);

protected:
    QString actionName() const override;
    Result<qint64> submit() override;

private:
    void updateEnabled();

    Selection m_selection;
    QButtonGroup *m_scope;
    QRadioButton *m_account;
    QRadioButton *m_category;
    QRadioButton *m_records;
    QRadioButton *m_range;
    QComboBox *m_categoryBox;
    QComboBox *m_rangeCategory;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_confirm;
};

} // namespace pd::ui
