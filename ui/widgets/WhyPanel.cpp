// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhyPanel.h"

#include "Session.h"
#include "models/Labels.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QLabel *body(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

} // namespace

WhyPanel::WhyPanel(Session *session, Category category, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_category(category)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
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

    m_usedFor = body(QStringLiteral("whyUsedFor"), m_body);
    m_sharedWith = body(QStringLiteral("whySharedWith"), m_body);
    m_keptFor = body(QStringLiteral("whyKeptFor"), m_body);

    auto *bl = new QVBoxLayout(m_body);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(heading(tr("Used for"), m_body));
    bl->addWidget(m_usedFor);
    bl->addSpacing(fontMetrics().height() / 2);
    bl->addWidget(heading(tr("Shared with"), m_body));
    bl->addWidget(m_sharedWith);
    bl->addSpacing(fontMetrics().height() / 2);
    bl->addWidget(heading(tr("Kept for"), m_body));
    bl->addWidget(m_keptFor);
    bl->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body, 1);

    // Wide enough for a sentence per line at any font size, never wider than a third of a laptop screen.
    setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    setMaximumWidth(fontMetrics().averageCharWidth() * 45);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    connect(m_toggle, &QToolButton::toggled, this, &WhyPanel::setExpanded);
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
    // Collapsed, the panel shrinks to its button so the table gets the room.
    setMinimumWidth(expanded ? fontMetrics().averageCharWidth() * 28 : 0);
    setSizePolicy(QSizePolicy::Preferred, expanded ? QSizePolicy::Expanding : QSizePolicy::Maximum);
}

void WhyPanel::refresh()
{
    const CategoryInfo info = m_session->categoryInfo(m_category);
    const QString bullet = QStringLiteral("\u2022 ");

    QStringList used;
    for (const PurposeUse &p : info.purposes) {
        QString line = bullet + tr("%1 (legal basis: %2)").arg(Labels::purpose(p.code), Labels::legalBasis(p.legalBasis));
        if (p.consentRequired)
            line += QLatin1Char(' ') + tr("only with your consent");
        used << line;
    }
    m_usedFor->setText(used.isEmpty() ? tr("Not known yet. It appears after the first sync.") : used.join(QLatin1Char('\n')));

    QStringList shared;
    for (const SharingEntry &s : info.sharing) {
        const QString who = s.name.isEmpty() ? Labels::recipient(s.recipient)
                                             : tr("%1 (%2)").arg(s.name, Labels::recipient(s.recipient));
        QString line = bullet + who;
        if (!s.why.isEmpty())
            line += QStringLiteral(": ") + s.why;
        shared << line;
    }
    m_sharedWith->setText(shared.isEmpty() ? tr("Nobody. We do not share this data.") : shared.join(QLatin1Char('\n')));

    if (info.retention) {
        QString kept = tr("%1, counted from %2.").arg(Labels::isoDuration(info.retention->period),
                                                     Labels::retentionStarts(info.retention->starts));
        if (!info.retention->basis.isEmpty())
            kept += QLatin1Char(' ') + tr("Legal basis: %1.").arg(Labels::legalBasis(info.retention->basis));
        m_keptFor->setText(kept);
    } else {
        m_keptFor->setText(tr("Not known yet. It appears after the first sync."));
    }

    setAccessibleDescription(tr("Used for: %1. Shared with: %2. Kept for: %3")
                                 .arg(m_usedFor->text(), m_sharedWith->text(), m_keptFor->text()));
}

QString WhyPanel::usedForText() const { return m_usedFor->text(); }
QString WhyPanel::sharedWithText() const { return m_sharedWith->text(); }
QString WhyPanel::keptForText() const { return m_keptFor->text(); }

} // namespace pd::ui
