// SPDX-License-Identifier: GPL-3.0-or-later
#include "Page.h"

namespace pd::ui {

Page::Page(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
}

} // namespace pd::ui
