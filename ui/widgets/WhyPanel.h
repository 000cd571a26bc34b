// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QFrame>

class QTextBrowser;
class QToolButton;

namespace pd {
class AccountView;
}

namespace pd::ui {

/// "Why we hold this": what a category is used for and on what legal basis, who it is shared
/// with and why, and how long it is kept. Beside every category page so the answer is always one
/// glance away; collapsible for people who want the room.
class WhyPanel : public QFrame
{
    Q_OBJECT
public:
    WhyPanel(AccountView *view, Category category, QWidget *parent = nullptr);

    void refresh();
    bool isExpanded() const;
    void setExpanded(bool expanded);

    QString usedForText() const { return m_usedFor; }
    QString sharedWithText() const { return m_sharedWith; }
    QString keptForText() const { return m_keptFor; }
    QTextBrowser *body() const { return m_body; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyWidths();

    AccountView *m_view;
    Category m_category;
    QToolButton *m_toggle;
    QTextBrowser *m_body;
    QString m_usedFor;
    QString m_sharedWith;
    QString m_keptFor;
};

} // namespace pd::ui
