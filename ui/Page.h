// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QIcon>
#include <QWidget>

namespace pd {
class AccountView;
class Session;
} // namespace pd

namespace pd::ui {

/// One tab of the main window (or of a staff member's read-only view of a customer). MainWindow
/// only knows this interface, so adding a tab does not touch the window's shortcuts, Ctrl+F
/// handling or refresh wiring. A page reads the account through AccountView; pages that act
/// (requests, consent) need the signed-in Session.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AccountView *view, QWidget *parent = nullptr);

    /// Tab text, with a mnemonic.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// The categories this page shows, so the overview's "View" buttons can find it.
    virtual QList<Category> categories() const { return {}; }
    /// Brings `category` to the front when the page shows more than one.
    virtual void showCategory(Category) {}
    /// Re-reads from the session (models may have been replaced after signing in again).
    virtual void refresh() = 0;
    /// The field Ctrl+F moves to, or nullptr when the page has none.
    virtual QWidget *filterField() const { return nullptr; }

protected:
    AccountView *view() const { return m_view; }
    /// The signed-in session; null when the page shows someone else's data read-only.
    Session *session() const;

private:
    AccountView *m_view;
};

} // namespace pd::ui
