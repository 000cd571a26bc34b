// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keyboard.h"

#include "GuiFixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QTest>

namespace pd::test {

void Keyboard::press(QWidget *window, int key, Qt::KeyboardModifiers mods)
{
    // A window manager gives the keyboard back to the main window when a dialog closes.
    if (!QApplication::activePopupWidget() && !QApplication::activeModalWidget() && QApplication::activeWindow() != window)
        QVERIFY(GuiFixture::activate(window));
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow() ? QApplication::activeWindow() : window;
    QTest::keyClick(target, Qt::Key(key), mods);
}

bool Keyboard::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return false;
    QTest::keyClicks(target, text);
    return true;
}

QString Keyboard::focusName()
{
    QWidget *f = QApplication::focusWidget();
    return f ? f->objectName() : QStringLiteral("(no focus)");
}

bool Keyboard::tabTo(QWidget *window, const QString &name, int limit)
{
    for (int i = 0; i < limit && focusName() != name; ++i)
        press(window, Qt::Key_Tab);
    return focusName() == name;
}

bool Keyboard::arrowToRow(QWidget *window, QAbstractItemView *view, const std::function<bool(const QModelIndex &)> &match)
{
    if (QApplication::focusWidget() != view || !view->model())
        return false;
    auto here = [&] { return view->currentIndex().isValid() && match(view->currentIndex()); };
    if (here())
        return true;
    press(window, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < view->model()->rowCount() && !here(); ++i)
        press(window, Qt::Key_Down);
    return here();
}

QWidget *Keyboard::visibleTopLevel(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            return w;
    return nullptr;
}

} // namespace pd::test
