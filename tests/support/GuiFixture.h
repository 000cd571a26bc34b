// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MemoryTokenStore.h"
#include "ProviderProcess.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QWidget;

namespace pd {
class Session;
namespace ui {
class LanguageSwitcher;
class MainWindow;
} // namespace ui
} // namespace pd

namespace pd::test {

/// The set-up GUI tests share when they sign in through the real window: the real reference
/// provider, a Session with an in-memory token store and a temporary data directory, and the real
/// MainWindow whose browser opener does what a person does in the browser (BrowserDriver fills in
/// the provider's sign-in form and follows the redirect into the app's loopback listener).
/// The parts are public, as they were when each test built its own; they are destroyed window
/// first, then the session, then the rest. Links Widgets: GUI tests only (pd_guitestsupport).
class GuiFixture
{
public:
    struct Options
    {
        QStringList providerArgs;   ///< e.g. --test-hooks
        QString language;           ///< when set, a LanguageSwitcher loads this catalogue first
        bool confirmSignOut = true; ///< false: signing out asks nothing
        QString user = QStringLiteral("alice");
        QString password = QStringLiteral("demo-alice");
        /// Runs when the app opens the browser, before the form is filled in (e.g. a screenshot).
        std::function<void(const QUrl &)> onBrowserOpened;
    };

    GuiFixture();
    ~GuiFixture();
    GuiFixture(const GuiFixture &) = delete;
    GuiFixture &operator=(const GuiFixture &) = delete;

    /// Starts the provider and builds session and window (not yet shown). False, with
    /// errorString(), when something could not be started.
    bool setUp(const Options &options);
    /// Shows the window and makes it the active one, as a window manager would.
    bool showWindow();
    /// Destroys the window, then the session (what each test's cleanupTestCase did).
    void tearDown();
    /// From the keyboard alone: Tab to the welcome page's provider field, type the provider's
    /// address, Tab to Sign in and press Space. Returns once the button was pressed (false, with
    /// errorString(), when a step did not land); the caller waits for what it expects next.
    bool signInFromKeyboard();
    /// POSTs one of the provider's --test-hooks endpoints; the HTTP status (0: no answer).
    int hook(const QString &pathAndQuery);
    /// Makes `w` the active window; the offscreen platform does not hand activation around as a
    /// window manager does, and mnemonics and window shortcuts only fire in the active window.
    static bool activate(QWidget *w);

    QString errorString() const { return m_error; }

    std::unique_ptr<ProviderProcess> provider;
    std::unique_ptr<ui::LanguageSwitcher> languages;
    QTemporaryDir data;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<MemoryTokenStore> tokens;
    std::unique_ptr<Session> session;
    std::unique_ptr<ui::MainWindow> window;

private:
    Options m_options;
    QString m_error;
};

} // namespace pd::test
