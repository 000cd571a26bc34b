// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace pd::ui {

/// Installs the catalogues for one language (ours, the core's and Qt's own) and switches between
/// languages while the program runs. The choice is a code: empty = follow the system, "en",
/// "zh_HK" (Traditional) or "zh_CN" (Simplified). Windows rebuild themselves on languageChanged.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    /// The one switcher of the program (the last one made), or null.
    static LanguageSwitcher *instance();

    /// The locale a code stands for (empty: the system's).
    static QLocale localeFor(const QString &code);

    QString language() const { return m_code; }
    /// Removes the catalogues installed before, installs the ones for `code`, makes its locale the
    /// default and emits languageChanged (not the first time, nor when nothing changes).
    void setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void install(const QLocale &locale);

    QList<QTranslator *> m_translators;
    QString m_code;
    bool m_installed = false;
};

} // namespace pd::ui
