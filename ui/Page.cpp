// SPDX-License-Identifier: GPL-3.0-or-later
#include "Page.h"

#include "Session.h"

namespace pd::ui {

Page::Page(AccountView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
}

Session *Page::session() const
{
    return qobject_cast<Session *>(m_view);
}

} // namespace pd::ui
