// SPDX-License-Identifier: GPL-3.0-or-later
// File > Settings from the keyboard: the language changes without restarting the session (the
// window is rebuilt, Qt's own strings follow: zh_TW for zh_HK), high-contrast colours come and go,
// and the choices are kept in QSettings.
#include "Appearance.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "Session.h"
#include "dialogs/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace pd;
using namespace pd::ui;

class TestGuiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dialogIsLabelled();
    void escapeCancels();
    void languageSwitchesWithoutRestart();
    void highContrastTogglesThePalette();

private:
    /// Opens Settings with Ctrl+, and runs `drive` on the dialog once it is active.
    bool openSettings(const std::function<void(SettingsDialog *)> &drive);
    void activate();
    QString fileMenuTitle() const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<test::MemoryTokenStore> m_tokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;
    int m_rebuilds = 0;
};

void TestGuiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("HK Cloud Test"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_settings"));
    QSettings().clear();
    QSettings().setValue(SettingsDialog::languageKey(), QStringLiteral("en"));

    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(QStringLiteral("en"));
    m_tokens = std::make_unique<test::MemoryTokenStore>();
    m_session = std::make_unique<Session>(&m_nam, m_tokens.get(), m_dir.path());
    m_window = std::make_unique<MainWindow>(m_session.get());
    // As main.cpp does: the window is built again after a language change.
    connect(m_languages.get(), &LanguageSwitcher::languageChanged, this, [this] {
        QTimer::singleShot(0, this, [this] {
            m_window = MainWindow::rebuild(std::move(m_window), m_session.get());
            ++m_rebuilds;
        });
    });
    m_window->show();
    activate();
}

void TestGuiSettings::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

void TestGuiSettings::activate()
{
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("window did not become active");
}

QString TestGuiSettings::fileMenuTitle() const
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    return menu ? menu->title() : QString();
}

bool TestGuiSettings::openSettings(const std::function<void(SettingsDialog *)> &drive)
{
    auto ran = std::make_shared<bool>(false);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [drive, ran, poll] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, *poll);
            return;
        }
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            qWarning("settings dialog did not become active");
        *ran = true;
        drive(dialog);
        if (dialog->isVisible()) // the driver failed: do not leave the test hanging
            dialog->reject();
    };
    activate(); // the window that had the last dialog becomes active again
    QTimer::singleShot(0, *poll);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    *poll = nullptr;
    return *ran;
}

void TestGuiSettings::dialogIsLabelled()
{
    bool checked = false;
    QVERIFY(openSettings([&checked](SettingsDialog *d) {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *contrast = d->findChild<QCheckBox *>(QStringLiteral("highContrastCheck"));
        QVERIFY(combo && contrast);
        QVERIFY(combo->hasFocus());
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(2), QStringLiteral("繁體中文（香港）"));
        QCOMPARE(combo->itemText(3), QStringLiteral("简体中文"));
        QVERIFY(!combo->accessibleName().isEmpty());
        QVERIFY(!contrast->accessibleName().isEmpty());
        QVERIFY(contrast->text().contains(QLatin1Char('&')));
        QTest::keyClick(d, Qt::Key_Escape);
        checked = true;
    }));
    QVERIFY(checked);
}

void TestGuiSettings::escapeCancels()
{
    QPointer<MainWindow> before = m_window.get();
    const int rebuilds = m_rebuilds;
    QSignalSpy languageChanged(m_languages.get(), &LanguageSwitcher::languageChanged);
    QVERIFY(openSettings([](SettingsDialog *d) {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_HK"));
        QTest::keyClick(combo, Qt::Key_Escape);
        QVERIFY(!d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
    }));
    // openSettings returns once the window has handled the dialog's end (exec() returned and any
    // choice was applied). No language change was announced, so no rebuild is queued behind it.
    QCOMPARE(languageChanged.count(), 0);
    QCOMPARE(m_rebuilds, rebuilds);
    QCOMPARE(m_window.get(), before.data());
    QCOMPARE(m_languages->language(), QStringLiteral("en"));
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
}

void TestGuiSettings::languageSwitchesWithoutRestart()
{
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
    const int rebuilds = m_rebuilds;
    QPointer<MainWindow> before = m_window.get();
    Session *session = m_session.get();

    QVERIFY(openSettings([](SettingsDialog *d) {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_HK"));
        QTest::keyClick(combo, Qt::Key_Return);
        QVERIFY(!d->isVisible());
    }));
    QTRY_COMPARE(m_rebuilds, rebuilds + 1);
    QTRY_VERIFY(before.isNull()); // the old window went away once the dialog was gone
    activate();
    QCOMPARE(m_languages->language(), QStringLiteral("zh_HK"));
    QCOMPARE(QSettings().value(SettingsDialog::languageKey()).toString(), QStringLiteral("zh_HK"));
    QCOMPARE(QLocale().territory(), QLocale::HongKong);
    // Our strings...
    QCOMPARE(fileMenuTitle(), QStringLiteral("檔案(&F)"));
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("signInButton"))->text(), QStringLiteral("登入(&S)"));
    // ...and Qt's own, from qtbase_zh_TW.
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    }
    // Same session, still there.
    QCOMPARE(m_session.get(), session);
    QVERIFY(m_window->isVisible());

    // The dialog itself now speaks Chinese too; back to English from the keyboard.
    QVERIFY(openSettings([](SettingsDialog *d) {
        auto *box = d->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_HK"));
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
        QTest::keyClick(combo, Qt::Key_Return);
    }));
    QTRY_COMPARE(m_rebuilds, rebuilds + 2);
    activate();
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
    QCOMPARE(QSettings().value(SettingsDialog::languageKey()).toString(), QStringLiteral("en"));
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }
}

void TestGuiSettings::highContrastTogglesThePalette()
{
    const QPalette original = QApplication::palette();
    const int rebuilds = m_rebuilds;
    QVERIFY(openSettings([](SettingsDialog *d) {
        auto *contrast = d->findChild<QCheckBox *>(QStringLiteral("highContrastCheck"));
        QVERIFY(!contrast->isChecked());
        QTest::keyClick(d->focusWidget(), Qt::Key_Tab);
        QVERIFY(contrast->hasFocus());
        QTest::keyClick(contrast, Qt::Key_Space);
        QVERIFY(contrast->isChecked());
        QTest::keyClick(contrast, Qt::Key_Return);
    }));
    QTRY_VERIFY(Appearance::isHighContrast());
    QCOMPARE(m_rebuilds, rebuilds); // colours need no new window
    const QPalette p = QApplication::palette();
    QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
    QTRY_COMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::black));
    for (auto [fg, bg] : {std::pair{QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
                          {QPalette::ButtonText, QPalette::Button}, {QPalette::HighlightedText, QPalette::Highlight},
                          {QPalette::Text, QPalette::AlternateBase}, {QPalette::ToolTipText, QPalette::ToolTipBase},
                          {QPalette::Link, QPalette::Base}, {QPalette::PlaceholderText, QPalette::Base}}) {
        for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            const double ratio = Appearance::contrastRatio(p.color(g, fg), p.color(g, bg));
            QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("role %1 on %2: %3").arg(fg).arg(bg).arg(ratio)));
        }
    }
    QCOMPARE(QSettings().value(SettingsDialog::highContrastKey()).toBool(), true);

    QVERIFY(openSettings([](SettingsDialog *d) {
        auto *contrast = d->findChild<QCheckBox *>(QStringLiteral("highContrastCheck"));
        QVERIFY(contrast->isChecked());
        QTest::keyClick(d->focusWidget(), Qt::Key_Tab);
        QTest::keyClick(contrast, Qt::Key_Space);
        QVERIFY(!contrast->isChecked());
        QTest::keyClick(contrast, Qt::Key_Return);
    }));
    QTRY_VERIFY(!Appearance::isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), original.color(QPalette::WindowText));
    QCOMPARE(QSettings().value(SettingsDialog::highContrastKey()).toBool(), false);
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
