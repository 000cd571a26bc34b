// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "ErrorText.h"
#include "Icons.h"
#include "Session.h"
#include "widgets/ScrollPane.h"
#include "widgets/PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd::ui {

WelcomePage::WelcomePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("welcomePage"));

    // A rich-text heading is sized relative to the current font, so it grows with large text.
    auto *heading = plainLabel(
        QStringLiteral("<h2>%1</h2>").arg(tr("See the personal data Hong Kong Cloud holds about you").toHtmlEscaped()),
        this);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    heading->setTextFormat(Qt::RichText);
    heading->setWordWrap(true);

    auto *intro = plainLabel(tr("Privacy Dashboard shows every piece of personal data Hong Kong Cloud holds about "
                                "you, why it holds it and how long it keeps it. Sign in with your Hong Kong Cloud "
                                "account to download a copy to this computer."),
                             this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

    m_provider = new QLineEdit(this);
    m_provider->setObjectName(QStringLiteral("providerField"));
    m_provider->setPlaceholderText(tr("https://privacy.hkcloud.example"));
    m_provider->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    auto *providerLabel = plainLabel(tr("Provider a&ddress:"), this);
    providerLabel->setBuddy(m_provider);
    m_addressError = plainLabel(this);
    m_addressError->setObjectName(QStringLiteral("providerError"));
    m_addressError->setWordWrap(true);
    m_addressError->hide();

    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_hint = plainLabel(tr("Your browser will open so you can sign in to Hong Kong Cloud. Come back here afterwards."),
                        this);
    m_hint->setObjectName(QStringLiteral("signInHint"));
    m_hint->setWordWrap(true);

    m_message = plainLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // Shown while the browser sign-in runs.
    m_waiting = new QWidget(this);
    m_waiting->setObjectName(QStringLiteral("signInWaiting"));
    m_waitingText = plainLabel(tr("Waiting for you to sign in in your browser…"), m_waiting);
    m_waitingText->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel sign-in"), m_waiting);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    auto *linkLabel = plainLabel(tr("If your browser did not open, copy this &link into it:"), m_waiting);
    linkLabel->setWordWrap(true);
    m_link = new QLineEdit(m_waiting);
    m_link->setObjectName(QStringLiteral("signInLink"));
    m_link->setReadOnly(true);
    linkLabel->setBuddy(m_link);
    m_copy = new QPushButton(Icons::copy(), tr("C&opy link"), m_waiting);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    auto *wl = new QVBoxLayout(m_waiting);
    wl->setContentsMargins(0, 0, 0, 0);
    auto *waitRow = new QHBoxLayout;
    waitRow->addWidget(m_waitingText, 1);
    waitRow->addWidget(m_cancel);
    wl->addLayout(waitRow);
    wl->addWidget(linkLabel);
    wl->addLayout(linkRow);
    m_waiting->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(providerLabel, m_provider);
    form->addRow(QString(), m_addressError);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_signIn);
    buttonRow->addStretch(1);

    // While a remembered sign-in is reopened (the keychain answers in a moment), this instead of a
    // form that would invite signing in again.
    m_restoring = plainLabel(tr("Opening your data…"), this);
    m_restoring->setObjectName(QStringLiteral("restoringText"));
    m_restoring->setWordWrap(true);
    m_restoring->hide();

    // A readable column in the middle of the window, not a line across a wide screen.
    // It scrolls when large text makes it taller than the window.
    QScrollArea *scroll = scrollPane(this, QStringLiteral("welcomeScroll"));
    QWidget *content = scroll->widget();
    auto *column = new QWidget(content);
    m_column = column;
    column->setObjectName(QStringLiteral("welcomeColumn"));
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto *cl = new QVBoxLayout(column);
    cl->addWidget(heading);
    cl->addWidget(intro);
    cl->addSpacing(fontMetrics().height());
    m_signInForm = new QWidget(column);
    m_signInForm->setObjectName(QStringLiteral("signInForm"));
    auto *fl = new QVBoxLayout(m_signInForm);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addLayout(form);
    fl->addLayout(buttonRow);
    fl->addWidget(m_hint);
    cl->addWidget(m_signInForm);
    cl->addWidget(m_restoring);
    cl->addWidget(m_message);
    cl->addWidget(m_waiting);

    auto *outer = new QHBoxLayout(content);
    outer->addStretch(1);
    auto *vcenter = new QVBoxLayout;
    vcenter->addStretch(1);
    vcenter->addWidget(column);
    vcenter->addStretch(2);
    outer->addLayout(vcenter, 4);
    outer->addStretch(1);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);

    setTabOrder(m_provider, m_signIn);
    setTabOrder(m_signIn, m_cancel);
    setTabOrder(m_cancel, m_link);
    setTabOrder(m_link, m_copy);

    m_provider->setText(m_session->providerUrl().toString());
    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::startSignIn);
    connect(m_provider, &QLineEdit::returnPressed, this, &WelcomePage::startSignIn);
    connect(m_provider, &QLineEdit::textEdited, this, [this] {
        m_addressError->hide();
        m_provider->setAccessibleDescription(QString());
    });
    connect(m_cancel, &QPushButton::clicked, m_session, &Session::cancelSignIn);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_copy->setText(tr("C&opied"));
    });
    connect(m_session, &Session::stateChanged, this, &WelcomePage::onStateChanged);
    connect(m_session, &Session::restoringChanged, this, &WelcomePage::onStateChanged);
    connect(m_session, &Session::browserUrlReady, this, &WelcomePage::onBrowserUrl);
    onStateChanged();
}

void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The readable column is measured in characters, so it widens with larger text.
    if (event->type() == QEvent::FontChange && m_column)
        m_column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
}

void WelcomePage::setBrowserOpener(BrowserOpener opener)
{
    m_opener = std::move(opener);
}

void WelcomePage::setProviderText(const QString &text)
{
    m_provider->setText(text);
}

QString WelcomePage::addressError() const
{
    return m_addressError->isVisible() || !m_addressError->text().isEmpty() ? m_addressError->text() : QString();
}

void WelcomePage::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void WelcomePage::startSignIn()
{
    if (m_session->state() == Session::State::SigningIn)
        return;
    const Result<QUrl> url = Session::checkProviderUrl(m_provider->text());
    Status set = url ? m_session->setProviderUrl(*url) : Status(url.error());
    if (!set) {
        // Next to the field, and as the field's description so a screen reader hears it on focus.
        const QString why = ErrorText::providerAddress(m_provider->text());
        m_addressError->setText(why);
        m_addressError->show();
        m_provider->setAccessibleDescription(why);
        m_provider->setFocus(Qt::OtherFocusReason);
        m_provider->selectAll();
        return;
    }
    m_addressError->clear();
    m_addressError->hide();
    m_provider->setAccessibleDescription(QString());
    setMessage(QString());
    m_session->startSignIn();
}

void WelcomePage::onStateChanged()
{
    const bool signingIn = m_session->state() == Session::State::SigningIn;
    const bool restoring = m_session->isRestoring() && !signingIn;
    m_signInForm->setVisible(!restoring);
    m_restoring->setVisible(restoring);
    m_waiting->setVisible(signingIn);
    m_signIn->setEnabled(!signingIn);
    m_provider->setReadOnly(signingIn);
    if (!signingIn) {
        m_url.clear();
        m_link->clear();
    } else {
        m_link->setText(tr("Preparing the sign-in link…"));
        m_copy->setEnabled(false);
    }
    m_copy->setText(tr("C&opy link"));
}

void WelcomePage::onBrowserUrl(const QUrl &url)
{
    m_url = url;
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);
    m_copy->setEnabled(true);
    m_cancel->setFocus(Qt::OtherFocusReason);
    if (!m_opener || !m_opener(url))
        m_waitingText->setText(tr("Your browser could not be opened. Copy the link below into your browser, "
                                  "sign in there, then come back here."));
    else
        m_waitingText->setText(tr("Waiting for you to sign in in your browser…"));
}

} // namespace pd::ui
