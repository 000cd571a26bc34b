// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Notices.h"

#include <QScrollArea>

class QLabel;
class QTextDocument;
class QVBoxLayout;

namespace pd::ui {

class HeadingLabel;

/// The privacy policy as a reader sees it: its title and version, a note when it is a translation
/// (English governs), then each section with a heading (a real heading for screen readers) and its
/// paragraphs, all plain text. Paragraphs a change touched can be marked. Tab moves from heading to
/// paragraph; find() selects the next match and brings it into view.
class PolicyView : public QScrollArea
{
    Q_OBJECT
public:
    explicit PolicyView(QWidget *parent = nullptr);

    /// Shows `policy`; with `markChanges`, paragraphs the version changed are framed and say so.
    void setPolicy(const PolicyDocument &policy, bool markChanges);
    const PolicyDocument &policy() const { return m_policy; }
    /// Section headings in order ("III. Who we share it with").
    QList<HeadingLabel *> sectionHeadings() const { return m_sections; }
    /// Scrolls to section `index` and gives its heading the focus.
    void showSection(int index);
    /// Selects the next (or previous) occurrence of `text` after the last one found, wrapping
    /// round; false when the text is nowhere. Case is ignored.
    bool find(const QString &text, bool backwards = false);
    /// Paragraphs shown as changed (tests).
    int markedParagraphs() const { return m_marked; }

    /// The same text as a QTextDocument for printing and PDF: headings as headings, changed
    /// paragraphs marked in words as well as in colour.
    static QTextDocument *printable(const PolicyDocument &policy, bool markChanges, QObject *parent);
    /// "Version 2026-12-01, in effect from 1 December 2026" in the user's locale.
    static QString versionLine(const PolicyDocument &policy);
    /// "III. Who we share it with".
    static QString sectionTitle(const PolicyDocSection &section);

private:
    void clear();
    QLabel *addParagraph(const QString &text, bool changed);

    PolicyDocument m_policy;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<HeadingLabel *> m_sections;
    QList<QLabel *> m_texts; ///< every label find() searches, in reading order
    int m_found = -1;        ///< index in m_texts of the last match
    int m_foundAt = -1;      ///< its position in that label's text
    int m_marked = 0;
};

} // namespace pd::ui
