// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace pd::ui {

namespace {
QPointer<LanguageSwitcher> s_instance;
}

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
    s_instance = this;
}

LanguageSwitcher::~LanguageSwitcher()
{
    for (QTranslator *t : std::as_const(m_translators))
        QCoreApplication::removeTranslator(t);
    qDeleteAll(m_translators);
}

LanguageSwitcher *LanguageSwitcher::instance()
{
    return s_instance.data();
}

QLocale LanguageSwitcher::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code == QLatin1String("en"))
        // Keep the system's English (en_GB, en_HK dates) when it is English already.
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == QLatin1String("zh_HK"))
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::HongKong);
    if (code == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return system;
}

void LanguageSwitcher::setLanguage(const QString &code)
{
    if (m_installed && code == m_code)
        return;
    const bool first = !m_installed;
    m_code = code;
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    install(locale);
    m_installed = true;
    if (!first)
        Q_EMIT languageChanged(code);
}

/// Loads Qt's own strings and ours for the language; a missing catalogue is not an error
/// (English is built in).
void LanguageSwitcher::install(const QLocale &locale)
{
    for (QTranslator *t : std::as_const(m_translators))
        QCoreApplication::removeTranslator(t);
    qDeleteAll(m_translators);
    m_translators.clear();
    auto add = [this](QTranslator *t) {
        QCoreApplication::installTranslator(t);
        m_translators.append(t);
    };

    // Our own catalogues exist for zh_HK (Traditional) and zh_CN (Simplified). Other Chinese locales
    // (zh_TW, zh_MO, zh_SG, ...) get the one in their script rather than English.
    QString chinese;
    if (locale.language() == QLocale::Chinese) {
        const bool traditional = locale.script() == QLocale::TraditionalChineseScript
                                 || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macau
                                 || locale.territory() == QLocale::Taiwan;
        chinese = traditional ? QStringLiteral("zh_HK") : QStringLiteral("zh_CN");
    }
    // Qt's own strings (standard buttons, context menus): Qt ships qtbase_zh_TW and qtbase_zh_CN but
    // no zh_HK, so Traditional Chinese loads zh_TW.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(this);
    const bool qtLoaded = chinese == QLatin1String("zh_HK")
                              ? qt->load(QStringLiteral("qtbase_zh_TW"), qtDir)
                              : qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)
                                    || (!chinese.isEmpty() && qt->load(QStringLiteral("qtbase_") + chinese, qtDir));
    if (qtLoaded)
        add(qt);
    else
        delete qt;
    // The core (codes in words, units) and the UI each have a catalogue. English ones exist too:
    // they carry the plural forms ("1 day", "3 days"), so they are the fallback for any language
    // we do not have yet, including the C locale of a bare system.
    for (const QString &name : {QStringLiteral("core"), QStringLiteral("privacy-dashboard")}) {
        auto *own = new QTranslator(this);
        if (own->load(locale, name, QStringLiteral("_"), QStringLiteral(":/i18n"))
            || (!chinese.isEmpty()
                && own->load(QStringLiteral(":/i18n/") + name + QLatin1Char('_') + chinese + QStringLiteral(".qm")))
            || own->load(QStringLiteral(":/i18n/") + name + QStringLiteral("_en.qm")))
            add(own);
        else
            delete own;
    }
}

} // namespace pd::ui
