// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QScrollArea>
#include <QString>

namespace pd::ui {

/// A frameless area that scrolls its content when large text or a small window would otherwise cut
/// it. The controls inside take focus; the area itself does not, since it could not show it. The
/// content widget is scrollPane(...)->widget().
inline QScrollArea *scrollPane(QWidget *parent, const QString &objectName)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(new QWidget(scroll));
    return scroll;
}

} // namespace pd::ui
