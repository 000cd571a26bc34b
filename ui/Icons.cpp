// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace pd::ui {

namespace {

// The colour the bundled SVGs are drawn in; replaced by the palette's text colour when painted.
constexpr char kInk[] = "#3d4f5c";

class PaletteSvgEngine : public QIconEngine
{
public:
    explicit PaletteSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor ink = mode == QIcon::Selected ? QApplication::palette().color(group, QPalette::HighlightedText)
                                                   : QApplication::palette().color(group, QPalette::WindowText);
        QByteArray svg = m_svg;
        svg.replace(kInk, ink.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new PaletteSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("pd-palette-svg"); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon Icons::bundled(const QString &name)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new PaletteSvgEngine(file.readAll()));
}

QIcon Icons::themed(const QString &name)
{
    // One theme lookup (hasThemeIcon() is a fromTheme() of its own).
    const QIcon icon = QIcon::fromTheme(name);
    return icon.name() == name ? icon : bundled(name);
}

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/icons/hk.cn2.PrivacyDashboard.svg"));
}

QIcon Icons::sync() { return themed(QStringLiteral("view-refresh")); }
QIcon Icons::account() { return themed(QStringLiteral("system-users")); }
QIcon Icons::help() { return themed(QStringLiteral("help-contents")); }
QIcon Icons::warning() { return themed(QStringLiteral("dialog-warning")); }
QIcon Icons::copy() { return themed(QStringLiteral("edit-copy")); }
QIcon Icons::overview() { return themed(QStringLiteral("go-home")); }
QIcon Icons::personal() { return themed(QStringLiteral("user-info")); }
QIcon Icons::usage() { return themed(QStringLiteral("network-server")); }
QIcon Icons::devices() { return themed(QStringLiteral("computer")); }
QIcon Icons::cookies() { return themed(QStringLiteral("text-html")); }
QIcon Icons::requests() { return themed(QStringLiteral("mail-send")); }
QIcon Icons::security() { return themed(QStringLiteral("security-medium")); }

} // namespace pd::ui
