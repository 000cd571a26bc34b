// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyView.h"

#include "HeadingLabel.h"
#include "PlainText.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString changedTag()
{
    return PolicyView::tr("Changed in this version:");
}

QString translationNote()
{
    return PolicyView::tr("This is a translation of the English text. Where they differ, the English text applies.");
}

} // namespace

PolicyView::PolicyView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("policyView"));
    setWidgetResizable(true);
    setFocusPolicy(Qt::NoFocus); // its headings and paragraphs take the focus, one by one
    m_content->setObjectName(QStringLiteral("policyContent"));
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    const int margin = fontMetrics().height();
    m_layout->setContentsMargins(margin, margin, margin, margin);
    setWidget(m_content);
}

QString PolicyView::versionLine(const PolicyDocument &policy)
{
    if (!policy.effective.isValid())
        return tr("Version %1").arg(policy.version);
    // Day, month and year in words, without the weekday the locale's long format adds.
    //: The date a policy takes effect, as a QDate format: Chinese "yyyy年M月d日".
    const QString format = tr("d MMMM yyyy", "date format");
    return tr("Version %1, in effect from %2").arg(policy.version, QLocale().toString(policy.effective, format));
}

QString PolicyView::sectionTitle(const PolicyDocSection &section)
{
    //: A section of the privacy policy: its Roman number, then its title ("III. Who we share it with").
    return tr("%1. %2").arg(section.id, section.title);
}

void PolicyView::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sections.clear();
    m_texts.clear();
    m_found = m_foundAt = -1;
    m_marked = 0;
}

QLabel *PolicyView::addParagraph(const QString &text, bool changed)
{
    QLabel *label = plainLabel(changed ? changedTag() + QLatin1Char('\n') + text : text, m_content);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    if (changed) {
        // A frame and a tint as well as the words, so the mark never depends on colour alone.
        label->setObjectName(QStringLiteral("changedParagraph"));
        label->setFrameShape(QFrame::Box);
        label->setMargin(fontMetrics().height() / 3);
        label->setBackgroundRole(QPalette::AlternateBase);
        label->setAutoFillBackground(true);
        ++m_marked;
    } else {
        label->setObjectName(QStringLiteral("policyParagraph"));
    }
    m_layout->addWidget(label);
    m_texts << label;
    return label;
}

void PolicyView::setPolicy(const PolicyDocument &policy, bool markChanges)
{
    clear();
    m_policy = policy;
    auto *title = new HeadingLabel(tr("Privacy policy"), 1, m_content);
    title->setObjectName(QStringLiteral("policyTitle"));
    m_layout->addWidget(title);
    m_texts << title;
    QLabel *version = plainLabel(versionLine(policy), m_content);
    version->setObjectName(QStringLiteral("policyVersionLine"));
    version->setWordWrap(true);
    m_layout->addWidget(version);
    if (policy.isTranslation) {
        QLabel *note = addParagraph(translationNote(), false);
        note->setObjectName(QStringLiteral("translationNote"));
    }
    for (const PolicyDocSection &section : policy.sections) {
        m_layout->addSpacing(fontMetrics().height() / 2);
        auto *heading = new HeadingLabel(sectionTitle(section), 2, m_content);
        heading->setObjectName(QStringLiteral("policySection_%1").arg(section.id));
        m_layout->addWidget(heading);
        m_sections << heading;
        m_texts << heading;
        for (const PolicyParagraph &p : section.paragraphs)
            addParagraph(p.text, markChanges && !p.changeId.isEmpty());
    }
    m_layout->addStretch(1);
    // Shown now, not when the layout's queued show comes: find() may focus one at once.
    for (QLabel *label : std::as_const(m_texts))
        label->setVisible(true);
    version->setVisible(true);
}

void PolicyView::showSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return;
    HeadingLabel *heading = m_sections[index];
    // Top of the view, so the section reads from its start.
    m_content->adjustSize();
    ensureWidgetVisible(heading, 0, 0);
    heading->setFocus(Qt::OtherFocusReason);
}

bool PolicyView::find(const QString &text, bool backwards)
{
    if (text.isEmpty() || m_texts.isEmpty())
        return false;
    const int n = int(m_texts.size());
    constexpr int kWhole = -2; // search the whole label
    int label = m_found < 0 ? (backwards ? n - 1 : 0) : m_found;
    int from = m_found < 0 ? kWhole : (backwards ? m_foundAt - 1 : m_foundAt + 1);
    // Every label once, and the one the search starts in a second time (the part before the start).
    for (int step = 0; step <= n; ++step) {
        const QString hay = m_texts[label]->text();
        int at = -1;
        if (backwards) {
            if (from == kWhole)
                at = hay.lastIndexOf(text, hay.size(), Qt::CaseInsensitive);
            else if (from >= 0)
                at = hay.lastIndexOf(text, from, Qt::CaseInsensitive);
        } else {
            at = hay.indexOf(text, from == kWhole ? 0 : from, Qt::CaseInsensitive);
        }
        if (at >= 0) {
            m_found = label;
            m_foundAt = at;
            QLabel *hit = m_texts[label];
            ensureWidgetVisible(hit);
            hit->setFocus(Qt::OtherFocusReason);
            hit->setSelection(at, int(text.size()));
            return true;
        }
        label = backwards ? (label + n - 1) % n : (label + 1) % n;
        from = kWhole;
    }
    return false;
}

QTextDocument *PolicyView::printable(const PolicyDocument &policy, bool markChanges, QObject *parent)
{
    auto *doc = new QTextDocument(parent);
    QTextCursor c(doc);
    const auto heading = [&c](const QString &text, int level, bool first) {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(first ? 0 : 12);
        block.setBottomMargin(6);
        QTextCharFormat chars;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level <= 1 ? 18 : 13);
        if (first)
            c.setBlockFormat(block);
        else
            c.insertBlock(block);
        c.setCharFormat(chars);
        c.insertText(text);
    };
    const auto paragraph = [&c](const QString &text, bool changed) {
        QTextBlockFormat block;
        block.setBottomMargin(6);
        QTextCharFormat chars;
        chars.setFontPointSize(11);
        if (changed) {
            block.setBackground(QColor(0xff, 0xf4, 0xc2)); // pale yellow: prints on any printer
            block.setLeftMargin(6);
        }
        c.insertBlock(block);
        if (changed) {
            QTextCharFormat tag = chars;
            tag.setFontWeight(QFont::Bold);
            c.setCharFormat(tag);
            c.insertText(changedTag() + QLatin1Char(' '));
        }
        c.setCharFormat(chars);
        c.insertText(text);
    };
    heading(tr("Privacy policy"), 1, true);
    paragraph(versionLine(policy), false);
    if (policy.isTranslation)
        paragraph(translationNote(), false);
    for (const PolicyDocSection &section : policy.sections) {
        heading(sectionTitle(section), 2, false);
        for (const PolicyParagraph &p : section.paragraphs)
            paragraph(p.text, markChanges && !p.changeId.isEmpty());
    }
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Privacy policy") + QLatin1Char(' ') + policy.version);
    return doc;
}

} // namespace pd::ui
