// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/CaFile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::ui {

/// File > Settings: the language (the system's, or one of the three), high-contrast colours, and a
/// certificate authority file trusted besides the system's (a company's own CA). The choices are
/// kept in QSettings ("ui/language", "ui/highContrast", "network/caFile": the path only); the
/// caller applies them. A CA file that cannot be used is refused when chosen, saying why, and
/// the setting keeps what it had.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static QString languageKey();
    static QString highContrastKey();
    static QString caFileKey();

    /// "" (follow the system), "en", "zh_HK" or "zh_CN".
    QString language() const;
    bool highContrast() const;
    /// The CA file chosen (empty: none) and its certificates, checked when chosen.
    QString caFile() const { return m_caFile.path; }
    QList<QSslCertificate> caCertificates() const { return m_caFile.certificates; }

    /// Takes `path` as the CA file if CaFile::load finds it usable; otherwise keeps the one before
    /// and says why (caFileError()). What "Choose…" does with the file picked. True if taken.
    bool chooseCaFile(const QString &path);
    /// No CA file: the system's CAs alone.
    void clearCaFile();
    /// Why the last file chosen was refused (or the saved one cannot be used now); empty if nothing.
    QString caFileError() const;

    /// Saves the CA file path (empty: removes it).
    static void saveCaFile(const QString &path);

public Q_SLOTS:
    /// Checks the CA file once more (it may have changed since it was chosen): refused, the
    /// dialog stays open and says why.
    void accept() override;

    /// Saves the choices and applies them: the palette at once, the language through the
    /// LanguageSwitcher (which makes the windows rebuild).
    static void apply(const QString &language, bool highContrast);

private:
    void browseCaFile();
    void showCaFile();
    void showCaFileError(const QString &text);

    QComboBox *m_language;
    QCheckBox *m_highContrast;
    QLineEdit *m_caPath;
    QPushButton *m_caChoose;
    QPushButton *m_caClear;
    QLabel *m_caError;
    CaFile m_caFile; ///< what is chosen now (path empty: none)
    QString m_savedCaFile; ///< the path in QSettings when the dialog opened
};

} // namespace pd::ui
