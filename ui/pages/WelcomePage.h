// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace pd {
class Session;
struct Error;
}

namespace pd::ui {

/// Shown instead of the tabs while nobody is signed in: what the app is, the provider address and
/// Sign in. While the browser sign-in runs it offers Cancel and the link to copy, in case the
/// browser did not open.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    explicit WelcomePage(Session *session, QWidget *parent = nullptr);

    /// How the sign-in URL is opened; QDesktopServices::openUrl by default. Tests drive the
    /// provider's form here instead of launching a browser.
    void setBrowserOpener(BrowserOpener opener);
    /// Shows why the last sign-in did not finish (empty clears it).
    void setMessage(const QString &text);
    void setProviderText(const QString &text);

    QLineEdit *providerField() const { return m_provider; }
    QPushButton *signInButton() const { return m_signIn; }
    QString addressError() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void startSignIn();
    void onStateChanged();
    void onBrowserUrl(const QUrl &url);

    Session *m_session;
    BrowserOpener m_opener;
    QWidget *m_column = nullptr;
    QUrl m_url;
    QLineEdit *m_provider;
    QLabel *m_addressError;
    QPushButton *m_signIn;
    QLabel *m_hint;
    QLabel *m_message;
    QWidget *m_signInForm; ///< the address, Sign in and its hint: hidden while a sign-in is reopened
    QLabel *m_restoring;
    QWidget *m_waiting;
    QLabel *m_waitingText;
    QPushButton *m_cancel;
    QLineEdit *m_link;
    QPushButton *m_copy;
};

} // namespace pd::ui
