// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include <QApplication>

#include <algorithm>
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
    const double la = luminance(composite(a, b));
    const double lb = luminance(composite(b, a));
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor composite(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    if (a >= 1.0)
        return colour;
    auto mix = [a](double c, double b) { return c * a + b * (1.0 - a); };
    return QColor::fromRgbF(float(mix(colour.redF(), background.redF())),
                            float(mix(colour.greenF(), background.greenF())),
                            float(mix(colour.blueF(), background.blueF())));
}

QColor ensureContrast(const QColor &colour, const QList<QColor> &backgrounds, double minRatio)
{
    const QColor start = backgrounds.isEmpty() ? colour.toRgb() : composite(colour, backgrounds.first()).toRgb();
    auto worst = [&backgrounds](const QColor &c) {
        double r = 21.0;
        for (const QColor &b : backgrounds)
            r = std::min(r, contrastRatio(c, b));
        return r;
    };
    if (worst(start) >= minRatio)
        return start;
    // Step the lightness both ways, keeping hue and saturation; the smaller change that works wins,
    // so a red stays recognisably red on light and on dark backgrounds.
    float h = 0, s = 0, l = 0;
    start.getHslF(&h, &s, &l);
    for (int step = 1; step <= 100; ++step) {
        for (const float sign : {-1.0f, 1.0f}) {
            const float nl = l + sign * float(step) / 100.0f;
            if (nl < 0.0f || nl > 1.0f)
                continue;
            const QColor c = QColor::fromHslF(h, s, nl).toRgb();
            if (worst(c) >= minRatio)
                return c;
        }
    }
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return worst(black) >= worst(white) ? black : white;
}

QColor toneColour(Tone tone, const QPalette &palette, const QList<QColor> &backgrounds, double minRatio)
{
    QColor hue;
    switch (tone) {
    case Tone::Accent:
        hue = palette.color(QPalette::Highlight);
        break;
    case Tone::Warning:
        hue = QColor(0xb3, 0x5c, 0x00); // amber
        break;
    case Tone::Error:
        hue = QColor(0xc4, 0x1e, 0x2a); // red
        break;
    }
    // The high-contrast mode keeps its own promise (7:1) for these colours too.
    return ensureContrast(hue, backgrounds, s_highContrast ? std::max(minRatio, 7.0) : minRatio);
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

QPalette withReadableSelection(QPalette palette)
{
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(g, QPalette::HighlightedText);
        const QColor selection = palette.color(g, QPalette::Highlight);
        if (contrastRatio(text, composite(selection, palette.color(g, QPalette::Base))) < TextContrast)
            palette.setColor(g, QPalette::Highlight,
                             ensureContrast(composite(selection, palette.color(g, QPalette::Base)), {text}, TextContrast));
    }
    return palette;
}

void useReadableSelection()
{
    const QPalette current = QApplication::palette();
    const QPalette readable = withReadableSelection(current);
    if (readable != current)
        QApplication::setPalette(readable);
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
