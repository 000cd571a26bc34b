// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QHash>

class QLabel;
class QPushButton;

namespace pd::ui {

/// Who is signed in, when the data was last fetched, and one card per category with its count and
/// a button that opens it.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(AccountView *view, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /// The count text on a category's card ("4,700 records").
    QString countText(Category category) const;

Q_SIGNALS:
    void viewRequested(pd::Category category);

private:
    struct Card
    {
        QLabel *count = nullptr;
        QPushButton *view = nullptr;
    };

    QLabel *m_heading;
    QLabel *m_account;
    QLabel *m_synced;
    QLabel *m_closing = nullptr;
    QLabel *m_policy;
    QHash<int, Card> m_cards;
};

} // namespace pd::ui
