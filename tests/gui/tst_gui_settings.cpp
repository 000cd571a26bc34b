// SPDX-License-Identifier: GPL-3.0-or-later
// File > Settings from the keyboard: the language changes without restarting the session (the
// window is rebuilt, Qt's own strings follow: zh_TW for zh_HK), high-contrast colours come and go,
// and the choices are kept in QSettings. The certificate authority file: reachable from the
// keyboard, chosen through the file dialog, refused in plain words when it cannot be used (missing,
// unreadable, no certificate, expired) and then not saved, applied to the session when it can, and
// reported in the window when a saved one has gone.
#include "Appearance.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "Session.h"
#include "api/CaFile.h"
#include "dialogs/SettingsDialog.h"
#include "widgets/NotificationBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
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
    void caFileRowIsKeyboardReachable();
    void caFileRefusesWhatCannotBeUsed();
    void caFileIsSavedAndApplied();
    void missingCaFileIsReportedAtStart();

private:
    /// openssl with `args` in m_certs; false (reason in m_opensslError) if it fails.
    bool openssl(const QStringList &args);
    /// A CA certificate (its own key) into m_certs/`name`.pem, valid from `from` to `to`.
    bool makeCa(const QString &name, const QDateTime &from, const QDateTime &to);
    QString cert(const QString &name) const
    {
        return m_certs.filePath(QString(name).replace(u' ', u'-') + QStringLiteral(".pem"));
    }
    QTemporaryDir m_certs;
    QString m_opensslError;

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

bool TestGuiSettings::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_certs.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_opensslError = p.errorString() + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

bool TestGuiSettings::makeCa(const QString &name, const QDateTime &from, const QDateTime &to)
{
    // `openssl ca -selfsign` is what sets both dates of a self-signed CA.
    const QString file = QString(name).replace(u' ', u'-');
    const QString base = m_certs.filePath(file);
    QFile config(base + QStringLiteral(".cnf"));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[ca]\ndefault_ca = test\n[test]\ndatabase = " + file.toUtf8() + ".index\nnew_certs_dir = .\nserial = "
                 + file.toUtf8() + ".serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n"
                 "[any]\ncommonName = supplied\n[ext]\nbasicConstraints = critical,CA:TRUE\n");
    config.close();
    QFile(base + QStringLiteral(".index")).open(QIODevice::WriteOnly);
    QFile serial(base + QStringLiteral(".serial"));
    if (!serial.open(QIODevice::WriteOnly))
        return false;
    serial.write("1000\n");
    serial.close();
    const auto stamp = [](const QDateTime &t) -> QString { return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'")); };
    return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                    base + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name})
           && openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-selfsign"),
                       QStringLiteral("-config"), base + QStringLiteral(".cnf"), QStringLiteral("-keyfile"),
                       base + QStringLiteral(".key"), QStringLiteral("-in"), base + QStringLiteral(".csr"),
                       QStringLiteral("-out"), base + QStringLiteral(".pem"), QStringLiteral("-extensions"),
                       QStringLiteral("ext"), QStringLiteral("-startdate"), stamp(from), QStringLiteral("-enddate"), stamp(to)});
}

void TestGuiSettings::caFileRowIsKeyboardReachable()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(makeCa(QStringLiteral("Company Root"), now.addDays(-1), now.addDays(30)), qPrintable(m_opensslError));
    const QString path = cert(QStringLiteral("Company Root"));
    bool checked = false;
    QVERIFY(openSettings([&](SettingsDialog *d) {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("caFilePath"));
        auto *choose = d->findChild<QPushButton *>(QStringLiteral("caFileChoose"));
        auto *clear = d->findChild<QPushButton *>(QStringLiteral("caFileClear"));
        QVERIFY(edit && choose && clear);
        QVERIFY(edit->isReadOnly());
        QVERIFY(edit->text().isEmpty());
        for (QWidget *w : {static_cast<QWidget *>(edit), static_cast<QWidget *>(choose), static_cast<QWidget *>(clear)})
            QVERIFY2(!w->accessibleName().isEmpty(), w->objectName().toUtf8().constData());
        QVERIFY(!clear->isEnabled()); // nothing to clear yet
        // Its label's mnemonic leads to the field; Tab goes on to "Choose…".
        QTest::keyClick(d, Qt::Key_A, Qt::AltModifier);
        QVERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY(choose->hasFocus());
        // Space opens the file dialog; the file picked there is checked and shown.
        QTimer::singleShot(0, d, [path] {
            auto pick = std::make_shared<std::function<void()>>();
            *pick = [path, pick] {
                auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!files) {
                    QTimer::singleShot(10, *pick);
                    return;
                }
                QCOMPARE(files->objectName(), QStringLiteral("caFileDialog"));
                files->selectFile(path);
                static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, protected there
                *pick = nullptr;
            };
            (*pick)();
        });
        QTest::keyClick(choose, Qt::Key_Space);
        QCOMPARE(d->caFile(), path);
        QCOMPARE(edit->text(), QDir::toNativeSeparators(path));
        QVERIFY(clear->isEnabled());
        QVERIFY(d->caFileError().isEmpty());
        QTest::keyClick(d, Qt::Key_Escape);
        checked = true;
    }));
    QVERIFY(checked);
    QVERIFY(!QSettings().contains(SettingsDialog::caFileKey())); // cancelled: nothing saved
}

void TestGuiSettings::caFileRefusesWhatCannotBeUsed()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(makeCa(QStringLiteral("Old Root"), now.addYears(-3), now.addDays(-3)), qPrintable(m_opensslError));
    QVERIFY2(makeCa(QStringLiteral("Future Root"), now.addDays(10), now.addYears(2)), qPrintable(m_opensslError));
    const QString good = cert(QStringLiteral("Company Root"));
    QVERIFY(QFile::exists(good));
    const QString missing = m_certs.filePath(QStringLiteral("gone.pem"));
    const QString folder = m_certs.filePath(QStringLiteral("a-folder.pem"));
    QVERIFY(QDir().mkpath(folder));
    const QString text = m_certs.filePath(QStringLiteral("notes.pem"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is not a certificate.\n");
    }
    bool checked = false;
    QVERIFY(openSettings([&](SettingsDialog *d) {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("caFilePath"));
        auto *error = d->findChild<QLabel *>(QStringLiteral("caFileError"));
        QVERIFY(edit && error);
        QVERIFY(d->chooseCaFile(good));
        const struct
        {
            QString path;
            QString why;
        } refused[] = {
            {missing, QStringLiteral("does not exist")},
            {folder, QStringLiteral("cannot be read")},
            {text, QStringLiteral("holds no certificate")},
            {cert(QStringLiteral("Old Root")), QStringLiteral("(Old Root) that expired on")},
            {cert(QStringLiteral("Future Root")), QStringLiteral("(Future Root) that is not valid until")},
        };
        for (const auto &r : refused) {
            QVERIFY2(!d->chooseCaFile(r.path), qPrintable(r.path));
            const QString said = d->caFileError();
            QVERIFY2(said.contains(QDir::toNativeSeparators(r.path)), qPrintable(said)); // names the file
            QVERIFY2(said.contains(r.why), qPrintable(said));                             // and why
            QVERIFY2(said.endsWith(QStringLiteral("The setting was not changed.")), qPrintable(said));
            QVERIFY(!error->isHidden());
            QCOMPARE(error->textFormat(), Qt::PlainText);
            // The file before stays chosen.
            QCOMPARE(d->caFile(), good);
            QCOMPARE(edit->text(), QDir::toNativeSeparators(good));
        }
        QTest::keyClick(d, Qt::Key_Escape);
        checked = true;
    }));
    QVERIFY(checked);
    QVERIFY(!QSettings().contains(SettingsDialog::caFileKey()));
    QVERIFY(m_session->caCertificates().isEmpty());
}

void TestGuiSettings::caFileIsSavedAndApplied()
{
    const QString good = cert(QStringLiteral("Company Root"));
    QVERIFY(openSettings([&](SettingsDialog *d) {
        QVERIFY(d->chooseCaFile(good));
        d->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
    }));
    QCOMPARE(QSettings().value(SettingsDialog::caFileKey()).toString(), good); // the path only
    QCOMPARE(m_session->caCertificates().size(), 1);
    QCOMPARE(m_session->caCertificates().constFirst().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("Company Root"));

    // Shown when opened again; Clear from the keyboard, then OK: gone from the settings and the session.
    QVERIFY(openSettings([&](SettingsDialog *d) {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("caFilePath"));
        auto *clear = d->findChild<QPushButton *>(QStringLiteral("caFileClear"));
        QCOMPARE(edit->text(), QDir::toNativeSeparators(good));
        QVERIFY(clear->isEnabled());
        clear->setFocus();
        QTest::keyClick(clear, Qt::Key_Space);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(d->caFile().isEmpty());
        d->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
    }));
    QVERIFY(!QSettings().contains(SettingsDialog::caFileKey()));
    QVERIFY(m_session->caCertificates().isEmpty());
}

void TestGuiSettings::missingCaFileIsReportedAtStart()
{
    // A file chosen once and gone since: what main.cpp finds at start and shows.
    const QString gone = m_certs.filePath(QStringLiteral("moved-away.pem"));
    QFile::copy(cert(QStringLiteral("Company Root")), gone);
    QVERIFY(CaFile::load(gone).ok());
    QVERIFY(QFile::remove(gone));
    QSettings().setValue(SettingsDialog::caFileKey(), gone);
    const CaFile file = CaFile::load(gone);
    QCOMPARE(file.problem, CaFile::Problem::Missing);
    m_window->reportCaFile(file);
    NotificationBanner *banner = m_window->banner();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), NotificationBanner::Kind::Error);
    QVERIFY2(banner->message().contains(QDir::toNativeSeparators(gone)), qPrintable(banner->message()));
    QVERIFY2(banner->message().contains(QStringLiteral("does not exist")), qPrintable(banner->message()));
    QVERIFY(banner->actionButton()->isVisible());
    // Settings says it too, and OK with it left as it is keeps it (the user decides).
    QVERIFY(openSettings([&](SettingsDialog *d) {
        QVERIFY2(d->caFileError().contains(QStringLiteral("does not exist")), qPrintable(d->caFileError()));
        QCOMPARE(d->caFile(), gone);
        QVERIFY(d->caCertificates().isEmpty());
        d->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
    }));
    QCOMPARE(QSettings().value(SettingsDialog::caFileKey()).toString(), gone);
    QVERIFY(m_session->caCertificates().isEmpty());
    QSettings().remove(SettingsDialog::caFileKey());
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
