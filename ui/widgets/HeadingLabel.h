// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace pd::ui {

/// A heading in a long text (the privacy policy): plain text, larger and bold, and a screen reader
/// meets it as a heading (the Heading role over AT-SPI), so a reader hears where a section starts
/// instead of one long block. Qt 6.4 has no way to pass the heading's level (the attributes
/// interface is 6.8+), so a level-1 heading is the document's title and level 2 its sections, told
/// apart by their text ("III. Who we share it with"). Keyboard users reach it with Tab.
class HeadingLabel : public QLabel
{
    Q_OBJECT
public:
    HeadingLabel(const QString &text, int level, QWidget *parent = nullptr);
    int level() const { return m_level; }

    /// Registers the accessible interface (safe to call more than once).
    static void installAccessibility();

private:
    int m_level;
};

} // namespace pd::ui
