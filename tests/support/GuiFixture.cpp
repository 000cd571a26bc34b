// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"

#include "BrowserDriver.h"
#include "Keyboard.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "Session.h"
#include "pages/WelcomePage.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace pd::test {

GuiFixture::GuiFixture() = default;

GuiFixture::~GuiFixture()
{
    tearDown();
}

bool GuiFixture::setUp(const Options &options)
{
    m_options = options;
    provider = std::make_unique<ProviderProcess>(options.providerArgs);
    if (!provider->start()) {
        m_error = provider->errorString();
        return false;
    }
    if (!data.isValid()) {
        m_error = QStringLiteral("no temporary data directory: ") + data.errorString();
        return false;
    }
    if (!options.language.isEmpty()) {
        languages = std::make_unique<ui::LanguageSwitcher>();
        languages->setLanguage(options.language);
    }
    nam = std::make_unique<QNetworkAccessManager>();
    tokens = std::make_unique<MemoryTokenStore>();
    session = std::make_unique<Session>(nam.get(), tokens.get(), data.path());
    window = std::make_unique<ui::MainWindow>(session.get());
    if (!options.confirmSignOut)
        window->setConfirmSignOut(false);
    // Instead of launching a browser, do what a person does in it: fill in the provider's form.
    window->welcomePage()->setBrowserOpener([this](const QUrl &url) {
        if (m_options.onBrowserOpened)
            m_options.onBrowserOpened(url);
        auto *driver = new BrowserDriver(window.get());
        QObject::connect(driver, &BrowserDriver::finished, driver, &QObject::deleteLater);
        driver->signIn(url, m_options.user, m_options.password);
        return true;
    });
    return true;
}

bool GuiFixture::showWindow()
{
    window->show();
    if (!activate(window.get())) {
        m_error = QStringLiteral("the window did not become active");
        return false;
    }
    return true;
}

void GuiFixture::tearDown()
{
    window.reset();
    session.reset();
}

bool GuiFixture::signInFromKeyboard()
{
    QWidget *w = window.get();
    if (!activate(w)) {
        m_error = QStringLiteral("the window did not become active");
        return false;
    }
    if (!Keyboard::tabTo(w, QStringLiteral("providerField"))) {
        m_error = QStringLiteral("Tab never reached the provider field; focus on ") + Keyboard::focusName();
        return false;
    }
    Keyboard::press(w, Qt::Key_A, Qt::ControlModifier);
    if (!Keyboard::type(provider->url().toString())) {
        m_error = QStringLiteral("nothing had the focus to type the provider's address into");
        return false;
    }
    Keyboard::press(w, Qt::Key_Tab);
    if (Keyboard::focusName() != QLatin1String("signInButton")) {
        m_error = QStringLiteral("Tab after the provider field went to ") + Keyboard::focusName();
        return false;
    }
    Keyboard::press(w, Qt::Key_Space);
    return true;
}

int GuiFixture::hook(const QString &pathAndQuery)
{
    QNetworkReply *reply = nam->post(QNetworkRequest(provider->url().resolved(QUrl(pathAndQuery))), QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(15000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

bool GuiFixture::activate(QWidget *w)
{
    for (int attempt = 0; attempt < 3 && QApplication::activeWindow() != w; ++attempt) {
        w->activateWindow();
        QApplication::setActiveWindow(w);
        if (QTest::qWaitForWindowActive(w, 2000))
            break;
    }
    return QApplication::activeWindow() == w;
}

} // namespace pd::test
