// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include <QApplication>

#include <cmath>
#include <optional>

namespace pd::ui::Appearance {

namespace {
std::optional<QPalette> s_systemPalette;
bool s_highContrast = false;

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor light(0xc0, 0xc0, 0xc0);   // 11.6:1 on black
    const QColor disabled(0xb0, 0xb0, 0xb0); // 9.7:1 on black, 8:1 on the alternate rows
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = g == QPalette::Disabled ? disabled : white;
        p.setColor(g, QPalette::Window, black);
        p.setColor(g, QPalette::WindowText, text);
        p.setColor(g, QPalette::Base, black);
        p.setColor(g, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(g, QPalette::Text, text);
        p.setColor(g, QPalette::PlaceholderText, light);
        p.setColor(g, QPalette::Button, black);
        p.setColor(g, QPalette::ButtonText, text);
        p.setColor(g, QPalette::BrightText, yellow);
        p.setColor(g, QPalette::ToolTipBase, black);
        p.setColor(g, QPalette::ToolTipText, white);
        p.setColor(g, QPalette::Highlight, g == QPalette::Disabled ? disabled : yellow);
        p.setColor(g, QPalette::HighlightedText, black);
        p.setColor(g, QPalette::Link, QColor(0x00, 0xff, 0xff));
        p.setColor(g, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
        // Frames and edges in white, so control outlines stand out too.
        p.setColor(g, QPalette::Light, white);
        p.setColor(g, QPalette::Midlight, light);
        p.setColor(g, QPalette::Mid, light);
        p.setColor(g, QPalette::Dark, white);
        p.setColor(g, QPalette::Shadow, white);
    }
    return p;
}

void setHighContrast(bool on)
{
    if (on == s_highContrast)
        return;
    if (on) {
        if (!s_systemPalette)
            s_systemPalette = QApplication::palette();
        QApplication::setPalette(highContrastPalette());
    } else if (s_systemPalette) {
        QApplication::setPalette(*s_systemPalette);
    }
    s_highContrast = on;
}

bool isHighContrast()
{
    return s_highContrast;
}

} // namespace pd::ui::Appearance
