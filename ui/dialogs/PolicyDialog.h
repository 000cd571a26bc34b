// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Notices.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pd::ui {

class PolicyView;

/// Help > Privacy policy: the current policy as last synced, readable offline, in English,
/// Traditional Chinese (Hong Kong) or Simplified Chinese (the Chinese texts say they are
/// translations and that English governs). A list of sections to jump to, Find (Ctrl+F; Enter or
/// F3 for the next match, which takes the focus so a screen reader reads it; Shift+Enter or
/// Shift+F3 for the previous), Print and Save as PDF. With a new version,
/// "Mark what changed" frames the paragraphs its changes touched.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    /// The policy in a language code ("en", "zh-HK", "zh-CN"), as the cache has it.
    using Source = std::function<std::optional<PolicyDocument>(const QString &language)>;

    explicit PolicyDialog(Source source, QWidget *parent = nullptr);

    /// Shows `language` (one of the codes above).
    void setLanguage(const QString &language);
    QString language() const;
    void setMarkChanges(bool mark);
    PolicyView *view() const { return m_view; }
    /// Reads the policy again (a sync brought a new version); keeps the language and the marks.
    void reload();

    /// Writes the policy as shown (language, marks) to a PDF at `path`; false when it could not.
    [[nodiscard]] bool savePdf(const QString &path) const;

    /// The language code for the app's current language.
    static QString appLanguage();

private:
    /// Whether the changed paragraphs are marked (the document has changes and the box is ticked).
    bool marking() const;
    void findNext(bool backwards);
    void print();
    void askSavePdf();

    Source m_source;
    QComboBox *m_language;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QListWidget *m_sections;
    PolicyView *m_view;
    QLabel *m_missing;
    QCheckBox *m_mark;
    QPushButton *m_print;
    QPushButton *m_pdf;
    std::optional<PolicyDocument> m_doc;
    bool m_shownMarks = false; ///< whether the view shows the marks now
};

} // namespace pd::ui
