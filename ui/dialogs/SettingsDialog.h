// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace pd::ui {

/// File > Settings: the language (the system's, or one of the three) and high-contrast colours.
/// The choices are kept in QSettings ("ui/language", "ui/highContrast"); the caller applies them.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static QString languageKey();
    static QString highContrastKey();

    /// "" (follow the system), "en", "zh_HK" or "zh_CN".
    QString language() const;
    bool highContrast() const;

    /// Saves the choices and applies them: the palette at once, the language through the
    /// LanguageSwitcher (which makes the windows rebuild).
    static void apply(const QString &language, bool highContrast);

private:
    QComboBox *m_language;
    QCheckBox *m_highContrast;
};

} // namespace pd::ui
