// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationBanner.h"

#include "Appearance.h"
#include "NotificationBannerAccessible.h"
#include "widgets/PlainText.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace pd::ui {

namespace {

using Kind = NotificationBanner::Kind;

/// The kind's sign, drawn rather than taken from the icon theme, whose fixed colours can vanish
/// on a dark or high-contrast background: a shape in `colour` with the sign cut out in `background`
/// (a circled "i", a triangle with "!", a circled "x").
QPixmap kindPixmap(Kind kind, const QColor &colour, const QColor &background, int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    const qreal u = size / 16.0; // the sign is laid out on a 16-unit grid
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    if (kind == Kind::Offline) {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        p.drawPath(triangle);
    } else {
        p.drawEllipse(r);
    }
    p.setBrush(background);
    const qreal cx = size / 2.0;
    switch (kind) {
    case Kind::Info:
        p.drawEllipse(QPointF(cx, 4.5 * u), 1.3 * u, 1.3 * u);
        p.drawRect(QRectF(cx - 1.1 * u, 6.8 * u, 2.2 * u, 6.2 * u));
        break;
    case Kind::Offline:
        p.drawRect(QRectF(cx - 1.0 * u, 5.5 * u, 2.0 * u, 5.5 * u));
        p.drawEllipse(QPointF(cx, 13.0 * u), 1.1 * u, 1.1 * u);
        break;
    case Kind::Error:
        p.setPen(QPen(background, 2.2 * u, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5 * u, 5 * u), QPointF(11 * u, 11 * u));
        p.drawLine(QPointF(11 * u, 5 * u), QPointF(5 * u, 11 * u));
        break;
    }
    return pm;
}

/// A plain "x" in the text colour for the dismiss button, for the same reason.
QIcon closeIcon(const QColor &colour, int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal u = size / 16.0;
    p.setPen(QPen(colour, 2.0 * u, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(4 * u, 4 * u), QPointF(12 * u, 12 * u));
    p.drawLine(QPointF(12 * u, 4 * u), QPointF(4 * u, 12 * u));
    return QIcon(pm);
}

} // namespace

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(plainLabel(this))
    , m_text(plainLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    installAccessibility();
    setObjectName(QStringLiteral("notificationBanner"));
    // Background, border and stripe are painted in paintEvent() in the kind's colours.
    setFrameShape(QFrame::NoFrame);
    // A strip as tall as its text; it never takes space a page could use.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_close->setObjectName(QStringLiteral("bannerDismiss"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    QMargins margins = layout->contentsMargins();
    margins.setLeft(margins.left() + stripeWidth());
    layout->setContentsMargins(margins);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    connect(m_action, &QPushButton::clicked, this, &NotificationBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    applyPalette();
    hide();
}

void NotificationBanner::installAccessibility()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(&NotificationBannerAccessible::factory);
        installed = true;
    }
}

void NotificationBanner::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

void NotificationBanner::showMessage(Kind kind, const QString &message, const QString &actionText)
{
    m_kind = kind;
    m_message = message;
    // The kind is said in words too, so it never depends on seeing the colour or the icon.
    switch (kind) {
    case Kind::Info:
        m_text->setText(message);
        break;
    case Kind::Offline:
        m_text->setText(tr("Offline: %1").arg(message));
        break;
    case Kind::Error:
        m_text->setText(tr("Problem: %1").arg(message));
        break;
    }
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    applyPalette();

    if (isVisible()) {
        // Already on screen: Orca only speaks a notification when it is shown, so say it again.
        QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChanged);
        QAccessibleEvent shown(this, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
    } else {
        show(); // QWidget::show() sends ObjectShow itself
    }
}

QSize NotificationBanner::sizeHint() const
{
    // The vertical Maximum policy caps the strip at its size hint, and a word-wrapped label's own
    // hint is for a width of its choosing: a long message (an access-log announcement) lost its
    // last line. The hint is the height the text needs at the width the banner has.
    QSize hint = QFrame::sizeHint();
    if (width() > 0)
        if (const int needed = heightForWidth(width()); needed > 0)
            hint.setHeight(needed);
    return hint;
}

void NotificationBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // a new width, a new height for the text
}

QString NotificationBanner::displayText() const
{
    return m_text->text();
}

void NotificationBanner::dismiss()
{
    m_message.clear();
    hide();
}

void NotificationBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The banner sets no palette of its own, so it is told when the application's or its parent's
    // palette changes (Settings > high contrast, a dark desktop) and works its colours out again.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

int NotificationBanner::stripeWidth() const
{
    return std::max(3, fontMetrics().height() / 4);
}

void NotificationBanner::applyPalette()
{
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const Appearance::Tone tone = m_kind == Kind::Info    ? Appearance::Tone::Accent
                                  : m_kind == Kind::Error ? Appearance::Tone::Error
                                                          : Appearance::Tone::Warning;
    // A light tint of the kind's colour on the window, so the banner reads as one strip; the
    // border and icon in the full colour, visible against both the tint and the window around it.
    QColor tint = Appearance::toneColour(tone, pal, {}, 0); // the plain hue: no background to meet yet
    tint.setAlphaF(0.12f);
    m_background = Appearance::composite(tint, window);
    m_accent = Appearance::toneColour(tone, pal, {m_background, window}, Appearance::GraphicsContrast);
    const QColor text =
        Appearance::ensureContrast(pal.color(QPalette::WindowText), {m_background}, Appearance::TextContrast);

    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::WindowText, text);
    m_text->setPalette(textPalette);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(kindPixmap(m_kind, m_accent, m_background, size, devicePixelRatioF()));
    m_close->setIcon(closeIcon(text, size, devicePixelRatioF()));
    update();
}

void NotificationBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_background);
    p.setPen(m_accent);
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    p.fillRect(QRect(0, 0, stripeWidth(), height()), m_accent);
}

} // namespace pd::ui
