// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Appearance.h"
#include "ErrorText.h"
#include "LanguageSwitcher.h"
#include "widgets/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pd::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_highContrast(new QCheckBox(tr("&High-contrast colours"), this))
    , m_caPath(new QLineEdit(this))
    , m_caChoose(new QPushButton(tr("Choo&se…"), this))
    , m_caClear(new QPushButton(tr("Clea&r"), this))
    , m_caError(plainLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    const QSettings settings;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("繁體中文（香港）"), QStringLiteral("zh_HK"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int current = m_language->findData(settings.value(languageKey()).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto *languageLabel = plainLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);

    m_highContrast->setObjectName(QStringLiteral("highContrastCheck"));
    m_highContrast->setAccessibleName(tr("High-contrast colours"));
    m_highContrast->setChecked(settings.value(highContrastKey(), false).toBool());
    auto *contrastNote = plainLabel(tr("White text on black, with a yellow selection. When off, the colours follow "
                                       "the system."),
                                    this);
    contrastNote->setWordWrap(true);
    m_highContrast->setAccessibleDescription(contrastNote->text());

    // The certificate authority file: shown, never typed (a path is chosen in the file dialog and
    // checked before it is taken).
    m_caPath->setObjectName(QStringLiteral("caFilePath"));
    m_caPath->setReadOnly(true);
    m_caPath->setAccessibleName(tr("Certificate authority file"));
    m_caPath->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_caChoose->setObjectName(QStringLiteral("caFileChoose"));
    m_caChoose->setAccessibleName(tr("Choose a certificate authority file"));
    m_caChoose->setAutoDefault(false);
    m_caClear->setObjectName(QStringLiteral("caFileClear"));
    m_caClear->setAccessibleName(tr("Clear the certificate authority file"));
    m_caClear->setAutoDefault(false);
    connect(m_caChoose, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(m_caClear, &QPushButton::clicked, this, &SettingsDialog::clearCaFile);
    auto *caLabel = plainLabel(tr("Certificate &authority file:"), this);
    caLabel->setBuddy(m_caPath);
    auto *caNote = plainLabel(tr("For a company with its own certificate authority: a PEM file with one or more "
                                 "certificates, trusted besides the system's."),
                              this);
    caNote->setWordWrap(true);
    m_caPath->setAccessibleDescription(caNote->text());
    m_caError->setObjectName(QStringLiteral("caFileError"));
    m_caError->setWordWrap(true);
    m_caError->hide();
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caPath, 1);
    caRow->addWidget(m_caChoose);
    caRow->addWidget(m_caClear);
    m_savedCaFile = settings.value(caFileKey()).toString();
    if (!m_savedCaFile.isEmpty()) {
        m_caFile = CaFile::load(m_savedCaFile);
        if (!m_caFile.ok())
            showCaFileError(ErrorText::caFile(m_caFile) + QLatin1Char(' ')
                            + tr("Choose the file again, or clear it."));
    }
    showCaFile();

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(tr("Appearance:"), m_highContrast);
    form->addRow(QString(), contrastNote);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), caNote);
    form->addRow(QString(), m_caError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 60, sizeHint().height());
    m_language->setFocus();
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("ui/language");
}

QString SettingsDialog::highContrastKey()
{
    return QStringLiteral("ui/highContrast");
}

QString SettingsDialog::caFileKey()
{
    return QStringLiteral("network/caFile");
}

void SettingsDialog::showCaFile()
{
    m_caPath->setText(QDir::toNativeSeparators(m_caFile.path));
    m_caPath->setCursorPosition(0);
    m_caClear->setEnabled(!m_caFile.path.isEmpty());
}

void SettingsDialog::showCaFileError(const QString &text)
{
    m_caError->setText(text);
    m_caError->setAccessibleName(text);
    m_caError->setVisible(!text.isEmpty());
}

QString SettingsDialog::caFileError() const
{
    return m_caError->isHidden() ? QString() : m_caError->text();
}

void SettingsDialog::browseCaFile()
{
    QFileDialog picker(this, tr("Choose a certificate authority file"));
    picker.setObjectName(QStringLiteral("caFileDialog"));
    picker.setFileMode(QFileDialog::ExistingFile);
    picker.setAcceptMode(QFileDialog::AcceptOpen);
    picker.setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    if (!m_caFile.path.isEmpty())
        picker.setDirectory(QFileInfo(m_caFile.path).absolutePath());
    if (picker.exec() != QDialog::Accepted || picker.selectedFiles().isEmpty())
        return;
    chooseCaFile(picker.selectedFiles().constFirst());
    m_caChoose->setFocus(Qt::OtherFocusReason);
}

bool SettingsDialog::chooseCaFile(const QString &path)
{
    CaFile file = CaFile::load(QFileInfo(path).absoluteFilePath());
    if (!file.ok()) {
        showCaFileError(ErrorText::caFile(file) + QLatin1Char(' ') + tr("The setting was not changed."));
        return false;
    }
    m_caFile = std::move(file);
    showCaFileError({});
    showCaFile();
    return true;
}

void SettingsDialog::clearCaFile()
{
    m_caFile = CaFile();
    showCaFileError({});
    showCaFile();
    m_caChoose->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::accept()
{
    // A file chosen now is read once more; the saved one, left as it was, stays saved (the window
    // says at start when it cannot be used).
    if (!m_caFile.path.isEmpty() && m_caFile.path != m_savedCaFile) {
        CaFile again = CaFile::load(m_caFile.path);
        if (!again.ok()) {
            showCaFileError(ErrorText::caFile(again) + QLatin1Char(' ') + tr("Choose the file again, or clear it."));
            m_caChoose->setFocus(Qt::OtherFocusReason);
            return;
        }
        m_caFile = std::move(again);
    }
    QDialog::accept();
}

void SettingsDialog::saveCaFile(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(caFileKey());
    else
        settings.setValue(caFileKey(), path);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::highContrast() const
{
    return m_highContrast->isChecked();
}

void SettingsDialog::apply(const QString &language, bool highContrast)
{
    QSettings settings;
    settings.setValue(languageKey(), language);
    settings.setValue(highContrastKey(), highContrast);
    Appearance::setHighContrast(highContrast);
    if (LanguageSwitcher *switcher = LanguageSwitcher::instance())
        switcher->setLanguage(language);
}

} // namespace pd::ui
