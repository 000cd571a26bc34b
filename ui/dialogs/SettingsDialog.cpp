// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Appearance.h"
#include "LanguageSwitcher.h"
#include "widgets/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace pd::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_highContrast(new QCheckBox(tr("&High-contrast colours"), this))
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

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_language);
    form->addRow(tr("Appearance:"), m_highContrast);
    form->addRow(QString(), contrastNote);

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
