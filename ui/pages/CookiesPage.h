// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePage.h"

namespace pd::ui {

/// Cookies, web beacons and local storage on our websites (policy I.IV).
class CookiesPage : public TablePage
{
    Q_OBJECT
public:
    explicit CookiesPage(AccountView *view, QWidget *parent = nullptr);
    QString title() const override;
    QIcon icon() const override;

protected:
    WindowedTableModel *currentModel() const override;
    QString showing(qint64 shown, qint64 total) const override;
};

} // namespace pd::ui
