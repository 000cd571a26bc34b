// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhyPanel.h"

#include "AccountView.h"
#include "models/Labels.h"

#include <QEvent>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {


WhyPanel::WhyPanel(AccountView *view, Category category, QWidget *parent)
    : QFrame(parent)
    , m_view(view)
    , m_category(category)
    , m_toggle(new QToolButton(this))
    , m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("whyPanel"));
    setFrameShape(QFrame::StyledPanel);

    m_toggle->setObjectName(QStringLiteral("whyToggle"));
    m_toggle->setText(tr("&Why we hold this"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setToolTip(tr("Show or hide why we hold this data, who we share it with and how long we keep it"));

    // A text browser rather than labels: it wraps and scrolls at any font size and window height,
    // and a screen-reader user can move into it and read it line by line.
    m_body->setObjectName(QStringLiteral("whyBody"));
    m_body->setAccessibleName(tr("Why we hold this"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->viewport()->setAutoFillBackground(false);
    // The default 40 px list indent wastes a narrow panel; two characters scale with the font.
    m_body->document()->setIndentWidth(fontMetrics().averageCharWidth() * 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body, 1);

    applyWidths();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    connect(m_toggle, &QToolButton::toggled, this, &WhyPanel::setExpanded);
}

void WhyPanel::applyWidths()
{
    // Wide enough for a sentence per line at any font size, never wider than a third of a laptop
    // screen, and never narrower than its button's words (Chinese characters are wider than the
    // average Latin one). Collapsed, the panel shrinks to its button so the table gets the room.
    const int ch = fontMetrics().averageCharWidth();
    const QMargins m = layout() ? layout()->contentsMargins() : QMargins();
    const int button = m_toggle->sizeHint().width() + m.left() + m.right();
    setMinimumWidth(m_toggle->isChecked() ? std::max(ch * 28, button) : 0);
    setMaximumWidth(std::max(ch * 45, button));
}

void WhyPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        m_body->document()->setIndentWidth(fontMetrics().averageCharWidth() * 2);
        // The button hears of the new size in its own turn: measure once it has.
        QMetaObject::invokeMethod(this, &WhyPanel::applyWidths, Qt::QueuedConnection);
    }
}

bool WhyPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void WhyPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
    applyWidths();
    setSizePolicy(QSizePolicy::Preferred, expanded ? QSizePolicy::Expanding : QSizePolicy::Maximum);
}

void WhyPanel::refresh()
{
    const CategoryInfo info = m_view->categoryInfo(m_category);

    const QString notYet = tr("Not known yet. It appears after the first sync.");
    QStringList used;
    for (const PurposeUse &p : info.purposes) {
        used << (p.consentRequired && p.legalBasis != QLatin1String("consent")
                     ? tr("%1 (legal basis: %2), only with your consent")
                     : tr("%1 (legal basis: %2)"))
                    .arg(Labels::purpose(p.code), Labels::legalBasis(p.legalBasis));
    }
    m_usedFor = used.isEmpty() ? notYet : used.join(QLatin1Char('\n'));

    QStringList shared;
    for (const SharingEntry &s : info.sharing) {
        const QString who = s.name.isEmpty() ? Labels::recipient(s.recipient)
                                             : tr("%1 (%2)").arg(s.name, Labels::recipient(s.recipient));
        shared << (s.why.isEmpty() ? who : tr("%1: %2").arg(who, s.why));
    }
    m_sharedWith = shared.isEmpty() ? tr("Nobody. We do not share this data.") : shared.join(QLatin1Char('\n'));

    if (info.retention) {
        // A zero period ("P0D") means deleted as soon as the starting event happens.
        static const QRegularExpression zero(QStringLiteral("^PT?(0[YMWDHS])+$"));
        QString kept = zero.match(info.retention->period).hasMatch()
                           ? tr("Deleted right %1.").arg(Labels::retentionStarts(info.retention->starts))
                           : tr("%1 %2.", "a period, then when it starts: 1 year after each event.")
                                 .arg(Labels::isoDuration(info.retention->period),
                                      Labels::retentionStarts(info.retention->starts));
        if (!info.retention->basis.isEmpty())
            kept = Labels::sentences({kept, tr("Legal basis: %1.").arg(Labels::legalBasis(info.retention->basis))});
        m_keptFor = kept;
    } else {
        m_keptFor = notYet;
    }

    auto list = [](const QStringList &items) -> QString {
        if (items.size() == 1)
            return QString(QStringLiteral("<p>%1</p>").arg(items.first().toHtmlEscaped()));
        QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
        for (const QString &i : items)
            html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
        return QString(html + QStringLiteral("</ul>"));
    };
    const QString section = QStringLiteral("<h4>%1</h4>%2");
    m_body->setHtml(section.arg(tr("Used for").toHtmlEscaped(), list(m_usedFor.split(QLatin1Char('\n'))))
                    + section.arg(tr("Shared with").toHtmlEscaped(), list(m_sharedWith.split(QLatin1Char('\n'))))
                    + section.arg(tr("Kept for").toHtmlEscaped(), list({m_keptFor})));
}

} // namespace pd::ui
