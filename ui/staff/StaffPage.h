// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/StaffDesk.h"

#include <QPointer>
#include <QWidget>


namespace pd::ui {

/// One tab of the staff workspace: a title with a mnemonic, what F5 and Ctrl+F do there.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    StaffPage(StaffDesk *desk, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_desk(desk)
    {
    }

    virtual QString title() const = 0;
    /// Fetches again from the provider (F5).
    virtual void refresh() = 0;
    /// Where Ctrl+F goes, or nullptr.
    virtual QWidget *filterField() const { return nullptr; }

Q_SIGNALS:
    /// Something the window should say in its banner (announced to screen readers).
    void message(const QString &text, bool problem);
    /// The text of the workspace's status line may have changed.
    void statusChanged();

protected:
    StaffDesk *desk() const { return m_desk; }

private:
    QPointer<StaffDesk> m_desk;
};

} // namespace pd::ui
