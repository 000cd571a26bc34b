// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace pd::ui {

/// The strip under the toolbar that tells the user about things they did not cause (sync
/// finished, offline, provider errors). Its kind shows as an icon and a word as well as colour,
/// and it is announced to screen readers: in Qt 6.4 the only thing Orca speaks unprompted is a
/// widget with the Notification role being shown (see NotificationBannerAccessible).
/// Its colours come from the current palette (system, dark or high contrast): a tint of the
/// kind's colour behind the text, and a border, stripe and icon in that colour, each adjusted to
/// meet WCAG 2.2 AA (text 4.5:1, graphics 3:1) on the background it is actually drawn on.
class NotificationBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Offline, Error };
    Q_ENUM(Kind)

    explicit NotificationBanner(QWidget *parent = nullptr);

    /// Shows `message`; `actionText` adds a button (e.g. "&Retry") that emits actionTriggered().
    void showMessage(Kind kind, const QString &message, const QString &actionText = {});
    void dismiss();
    /// Without the close button: a notice that stays until the user acts on it (a new policy).
    void setDismissible(bool dismissible);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    /// The message as shown and spoken, with its kind in words ("Offline: ...").
    QString displayText() const;
    QPushButton *actionButton() const { return m_action; }

    /// Gives the banner its Notification role; safe to call more than once.
    static void installAccessibility();

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

public:
    /// As tall as the message needs at the width the banner has.
    QSize sizeHint() const override;

private:
    void applyPalette();
    int stripeWidth() const;

    QColor m_background;
    QColor m_accent;

    Kind m_kind = Kind::Info;
    QString m_message;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace pd::ui
