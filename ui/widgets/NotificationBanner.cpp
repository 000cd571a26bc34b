// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationBanner.h"

#include "Icons.h"
#include "NotificationBannerAccessible.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace pd::ui {

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    installAccessibility();
    setObjectName(QStringLiteral("notificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_close->setObjectName(QStringLiteral("bannerDismiss"));
    m_close->setIcon(Icons::close());
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
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

void NotificationBanner::showMessage(Kind kind, const QString &message, const QString &actionText)
{
    m_kind = kind;
    m_message = message;
    // The kind is said in words too, so it never depends on seeing the colour or the icon.
    QString prefix;
    QIcon icon;
    switch (kind) {
    case Kind::Info:
        icon = Icons::info();
        break;
    case Kind::Offline:
        icon = Icons::warning();
        prefix = tr("Offline:");
        break;
    case Kind::Error:
        icon = Icons::error();
        prefix = tr("Problem:");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    m_text->setText(prefix.isEmpty() ? message : prefix + QLatin1Char(' ') + message);
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
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Avoid recursion: applyPalette() itself changes the palette.
        static bool busy = false;
        if (!busy) {
            busy = true;
            applyPalette();
            busy = false;
        }
    }
}

void NotificationBanner::applyPalette()
{
    // Colours only from the palette, so dark and high-contrast themes keep working.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QPalette::ColorRole bg = m_kind == Kind::Info ? QPalette::AlternateBase : QPalette::ToolTipBase;
    const QPalette::ColorRole fg = m_kind == Kind::Info ? QPalette::Text : QPalette::ToolTipText;
    pal.setColor(QPalette::Window, pal.color(bg));
    pal.setColor(QPalette::WindowText, pal.color(fg));
    setPalette(pal);
}

} // namespace pd::ui
