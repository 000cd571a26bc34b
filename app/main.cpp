// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the core and the UI into the `privacy-dashboard` program: options, settings, the one
// QNetworkAccessManager, the keychain token store, the session and the main window.
#include "Appearance.h"
#include "Icons.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "Session.h"
#include "api/CaFile.h"
#include "domain/Origin.h"
#include "auth/KeychainTokenStore.h"
#include "ErrorText.h"
#include "dialogs/SettingsDialog.h"
#include "pages/WelcomePage.h"
#include "store/PrivateFolder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <utility>

namespace {

const QString kProviderKey = QStringLiteral("provider/url");
const QString kAccountKey = QStringLiteral("account/last");
const QString kAccountOriginKey = QStringLiteral("account/origin"); // the provider the account signed in at

// The account last signed in at one provider: each provider address has its own.
QString accountAtKey(const QString &origin)
{
    return QStringLiteral("accounts/") + pd::origin::folderName(origin);
}
const QString kGeometryKey = QStringLiteral("window/geometry");

// --help and --version only print: they work in a terminal with no display, so no GUI is made for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application =
        onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setOrganizationName(QStringLiteral("HK Cloud"));
    QApplication::setOrganizationDomain(QStringLiteral("cn2.hk"));
    QApplication::setApplicationName(QStringLiteral("Privacy Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("hk.cn2.PrivacyDashboard"));
    // The language and colours chosen in Settings (by default: the system's).
    pd::ui::LanguageSwitcher languages;
    {
        const QSettings chosen;
        languages.setLanguage(chosen.value(pd::ui::SettingsDialog::languageKey()).toString());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "See the personal data Hong Kong Cloud holds about you."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption providerOpt(QStringLiteral("provider"),
                                         QCoreApplication::translate("main", "Provider address (remembered)."),
                                         QStringLiteral("URL"));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE after the first sync, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption tabOpt(QStringLiteral("tab"),
                                    QCoreApplication::translate("main", "Open tab number N (1 = Overview)."),
                                    QStringLiteral("N"));
    const QCommandLineOption dataDirOpt(
        QStringLiteral("data-dir"), QCoreApplication::translate("main", "Keep the local copy of your data in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption signInOpt(
        QStringLiteral("sign-in"),
        QCoreApplication::translate("main", "Start signing in right away (opens the browser) unless already signed in."));
    const QCommandLineOption caFileOpt(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("main", "Trust the certificate authorities in FILE (PEM), besides the system's, "
                                            "for the provider (remembered, as in Settings)."),
        QStringLiteral("FILE"));
    parser.addOptions({providerOpt, screenshotOpt, tabOpt, dataDirOpt, signInOpt, caFileOpt});
    parser.process(app); // --help and --version print and end here
    QApplication::setWindowIcon(pd::ui::Icons::application());
    {
        const QSettings chosen;
        pd::ui::Appearance::useReadableSelection();
        pd::ui::Appearance::setHighContrast(chosen.value(pd::ui::SettingsDialog::highContrastKey(), false).toBool());
    }

    QSettings settings;
    QUrl provider = pd::Session::defaultProviderUrl();
    // Where the remembered account signed in. Settings from before this was kept: the address that
    // last worked, read before --provider replaces it.
    QString accountOrigin = settings.value(kAccountOriginKey).toString();
    if (accountOrigin.isEmpty())
        if (const auto saved = pd::Session::checkProviderUrl(settings.value(kProviderKey).toString()))
            accountOrigin = pd::origin::of(*saved);
    if (parser.isSet(providerOpt)) {
        const auto checked = pd::Session::checkProviderUrl(parser.value(providerOpt));
        if (!checked) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "The provider address %1 cannot be used: use https://, or "
                                                "http:// only for 127.0.0.1 or [::1] (not localhost).")
                                        .arg(parser.value(providerOpt))));
            return 2;
        }
        provider = *checked;
        settings.setValue(kProviderKey, provider.toString());
    } else if (const auto saved = pd::Session::checkProviderUrl(settings.value(kProviderKey).toString())) {
        provider = *saved;
    }

    // The cache and outbox hold personal data: their folder is the user's alone (0700), made so
    // when this creates it, and tightened when it is the app's own (not a folder given with --data-dir).
    QString dataRoot = parser.value(dataDirOpt);
    const bool ownFolder = dataRoot.isEmpty();
    if (ownFolder)
        dataRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (const pd::Status made = pd::makePrivateFolder(dataRoot, ownFolder); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "The data folder %1 could not be created.")
                                                    .arg(QDir::toNativeSeparators(dataRoot))));
        return 2;
    }

    // The certificate authority file (Settings, or --ca-file): the system's CAs and its own. One
    // given now that cannot be used stops the start; a saved one that cannot be used any more (moved,
    // deleted, expired) is said in the window, never passed over in silence.
    pd::CaFile caFile;
    if (parser.isSet(caFileOpt)) {
        caFile = pd::CaFile::load(QFileInfo(parser.value(caFileOpt)).absoluteFilePath());
        if (!caFile.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(pd::ui::ErrorText::caFile(caFile)));
            return 2;
        }
        settings.setValue(pd::ui::SettingsDialog::caFileKey(), caFile.path);
    } else if (const QString saved = settings.value(pd::ui::SettingsDialog::caFileKey()).toString(); !saved.isEmpty()) {
        caFile = pd::CaFile::load(saved);
    }

    QNetworkAccessManager nam;
    pd::KeychainTokenStore tokens;
    pd::Session session(&nam, &tokens, dataRoot);
    session.setCaCertificates(caFile.certificates);
    if (const pd::Status set = session.setProviderUrl(provider); !set) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "The provider address %1 cannot be used.")
                                                    .arg(provider.toString())));
        return 2;
    }

    auto window = std::make_unique<pd::ui::MainWindow>(&session);
    window->welcomePage()->setProviderText(provider.toString());
    window->restoreGeometry(settings.value(kGeometryKey).toByteArray());
    window->reportCaFile(caFile);

    // A language chosen in Settings: the window is built again in the new language, at the same
    // place and tab. The session (sign-in, local copy, outbox) stays as it is; it syncs once more
    // (incrementally) so the texts Hong Kong Cloud writes come in the new language
    // (Session::languageChanged), and the new window shows that sync. Done from the event loop so
    // the dialog that asked for it is gone first.
    QObject::connect(&languages, &pd::ui::LanguageSwitcher::languageChanged, &app, [&window, &session] {
        QTimer::singleShot(0, &session, [&window, &session] {
            window = pd::ui::MainWindow::rebuild(std::move(window), &session);
            // Still unusable (not changed in Settings): said again in the new language.
            if (const QString path = QSettings().value(pd::ui::SettingsDialog::caFileKey()).toString(); !path.isEmpty())
                window->reportCaFile(pd::CaFile::load(path));
        });
    });

    // Remember who is signed in (the account id only; tokens live in the keychain) and the
    // address that worked, so the next start shows the cached data at once.
    QObject::connect(&session, &pd::Session::stateChanged, &app, [&session](pd::Session::State s) {
        QSettings st;
        if (s == pd::Session::State::SignedIn) {
            st.setValue(accountAtKey(session.providerOrigin()), session.account().accountId);
            st.setValue(kAccountKey, session.account().accountId);
            st.setValue(kAccountOriginKey, session.providerOrigin());
            st.setValue(kProviderKey, session.providerUrl().toString());
        }
    });
    // Forgotten as soon as sign-out begins: the keychain may answer late (a prompt to unlock it), and
    // a start in between must not sign the account in again.
    const auto forgetAccount = [&session] {
        QSettings st;
        st.remove(accountAtKey(session.providerOrigin()));
        st.remove(kAccountKey);
        st.remove(kAccountOriginKey);
    };
    QObject::connect(&session, &pd::Session::signingOut, &app, forgetAccount);
    QObject::connect(&session, &pd::Session::signedOut, &app, forgetAccount);
    QObject::connect(&app, &QApplication::aboutToQuit, &app,
                     [&window] { QSettings().setValue(kGeometryKey, window->saveGeometry()); });

    if (parser.isSet(tabOpt)) {
        const int tab = parser.value(tabOpt).toInt() - 1;
        QObject::connect(&session, &pd::Session::stateChanged, &app, [&window, tab](pd::Session::State s) {
            if (s == pd::Session::State::SignedIn)
                window->tabs()->setCurrentIndex(tab);
        });
    }

    if (parser.isSet(screenshotOpt)) {
        // For documentation: wait for the real thing (the first sync, or the welcome page when
        // nobody is signed in), give the window a moment to paint, save it and quit.
        const QString file = parser.value(screenshotOpt);
        auto taken = std::make_shared<bool>(false);
        auto shoot = [&window, &app, file, taken] {
            if (std::exchange(*taken, true))
                return;
            QTimer::singleShot(300, &app, [&window, file] {
                const bool ok = window->grab().save(file);
                if (!ok)
                    std::fprintf(stderr, "Could not save %s\n", qPrintable(file));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        };
        QObject::connect(&session, &pd::Session::syncFinished, &app, shoot);
        QObject::connect(&session, &pd::Session::restoreFailed, &app, shoot);
        QTimer::singleShot(10000, &app, shoot);
        QObject::connect(&session, &pd::Session::signInFailed, &app, shoot);
        if (settings.value(accountAtKey(session.providerOrigin())).toString().isEmpty()
            && settings.value(kAccountKey).toString().isEmpty() && !parser.isSet(signInOpt))
            QTimer::singleShot(0, &app, shoot);
    }

    // Refresh in the background while signed in; F5 / Sync now does it at once.
    session.setAutoSyncInterval(15 * 60 * 1000);
    // The account signed in at this address; else the last one anywhere, which restore() either
    // opens (settings from before addresses were kept) or explains belongs to another address.
    // Before show(): a customer's cached copy opens at once, so the first paint is the data, not
    // a page that says it is opening.
    bool signInNow = false;
    if (const QString here = settings.value(accountAtKey(session.providerOrigin())).toString(); !here.isEmpty())
        session.restore(here, session.providerOrigin());
    else if (const QString last = settings.value(kAccountKey).toString(); !last.isEmpty())
        session.restore(last, accountOrigin);
    else
        signInNow = parser.isSet(signInOpt);
    // The copy is open: its sync starts now, before the window is built up on screen, so that its
    // first answer (or the news that nobody answers) is on its way while the window is painted.
    if (session.state() == pd::Session::State::SignedIn && !session.account().isStaff())
        session.sync();
    // One pass of the event loop before show(): Qt starts a network request from the event loop, so
    // this sets the sync's first call (or, while the keychain is asked for the tokens, the probe that
    // asks whether the provider is there) going now. Its answer then comes in while the window is laid
    // out and shown, before the first paint: an offline start's first frame already says "offline",
    // instead of a second frame a moment later.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    window->show();
    // After show(), not in the pass above: the browser it opens must come up over a window that is
    // already there, not be covered by it a moment later.
    if (signInNow)
        QTimer::singleShot(0, &session, [&session] { session.startSignIn(); });
    return QApplication::exec();
}
