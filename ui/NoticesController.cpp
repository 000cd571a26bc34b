// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticesController.h"

#include "ActionsController.h"
#include "ErrorText.h"
#include "MainWindow.h"
#include "NoticeWatch.h"
#include "Session.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/PolicyChangesDialog.h"
#include "dialogs/PolicyDialog.h"
#include "domain/ConsentRecords.h"
#include "models/Labels.h"
#include "pages/NoticesPage.h"
#include "platform/DesktopNotifier.h"
#include "widgets/NotificationBanner.h"
#include "widgets/PolicyView.h"
#include "widgets/SaveFileDialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>

namespace pd::ui {

using Kind = NotificationBanner::Kind;

namespace {

/// The current policy in the app's language, else in English (the text that governs).
std::optional<PolicyDocument> currentPolicy(Session *session)
{
    NoticeWatch *notices = session->notices();
    if (!notices)
        return std::nullopt;
    if (auto doc = notices->policyDocument(PolicyDialog::appLanguage()))
        return doc;
    return notices->policyDocument(QStringLiteral("en"));
}

} // namespace

NoticesController::NoticesController(Session *session, MainWindow *window, NoticesPage *page)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_page(page)
    , m_banner(new NotificationBanner(window))
    , m_policy(new QAction(tr("&Privacy policy…"), this))
    , m_contact(new QAction(tr("&Contact Hong Kong Cloud…"), this))
    , m_exportRecords(new QAction(tr("Export consent &records…"), this))
{
    m_banner->setObjectName(QStringLiteral("policyBanner"));
    m_banner->setDismissible(false);
    m_banner->actionButton()->setObjectName(QStringLiteral("policyBannerAction"));
    m_banner->hide();
    m_policy->setObjectName(QStringLiteral("policyAction"));
    m_contact->setObjectName(QStringLiteral("contactAction"));
    m_exportRecords->setObjectName(QStringLiteral("exportRecordsAction"));
    connect(m_policy, &QAction::triggered, this, [this] { showPolicy(false); });
    connect(m_contact, &QAction::triggered, this, &NoticesController::showContact);
    connect(m_exportRecords, &QAction::triggered, this, &NoticesController::exportRecordsAs);
    connect(m_banner, &NotificationBanner::actionTriggered, this, &NoticesController::showChanges);
    connect(page, &NoticesPage::policyRequested, this, [this] { showPolicy(false); });
    connect(page, &NoticesPage::policyChangesRequested, this, &NoticesController::showChanges);

    connect(session, &Session::noticesChanged, this, &NoticesController::update);
    connect(session, &Session::outboxChanged, this, &NoticesController::update);
    connect(session, &Session::stateChanged, this, &NoticesController::update);
    connect(session, &Session::dataChanged, this, &NoticesController::update);
    // After the window's own "sync finished" message, so this one stays on screen.
    connect(session, &Session::noticesAnnounced, this, &NoticesController::announce, Qt::QueuedConnection);
    update();
}

PolicyDialog *NoticesController::policyDialog() const
{
    return m_policyDialog;
}

PolicyChangesDialog *NoticesController::changesDialog() const
{
    return m_changesDialog;
}

void NoticesController::update()
{
    const bool signedIn = m_session->state() == Session::State::SignedIn;
    m_exportRecords->setEnabled(signedIn);
    // Signed out under them: accepting or leaving could no longer be done, so they close.
    if (!signedIn && m_changesDialog)
        m_changesDialog->reject();
    if (m_policyDialog)
        m_policyDialog->reload(); // a sync may have brought a new version
    NoticeWatch *notices = m_session->notices();
    const auto doc = currentPolicy(m_session);
    if (!signedIn || !notices || !doc || !notices->policyAnswerNeeded(m_session->account())) {
        m_banner->dismiss();
        return;
    }
    const QString text = tr("Hong Kong Cloud has a new privacy policy, %1. Read what changes, then accept it or "
                            "see how to leave.")
                             .arg(PolicyView::versionLine(*doc));
    // Shown (and so spoken) once; shown again only when it says something new.
    if (m_banner->isHidden() || m_banner->message() != text)
        m_banner->showMessage(Kind::Info, text, tr("See &what changed…"));
}

void NoticesController::announce(const NoticeNews &news)
{
    DesktopNotifier *notifier = m_window->actionsUi()->notifier();
    if (!news.newPolicyVersion.isEmpty() && !m_banner->isHidden())
        notifier->notify(tr("A new privacy policy"), m_banner->message());
    QStringList parts;
    if (!news.newIncidents.isEmpty())
        parts << tr("%n security notice(s) about your account: %1.", nullptr, int(news.newIncidents.size()))
                     .arg(news.newIncidents.constFirst().title);
    if (!news.newDisclosures.isEmpty())
        parts << tr("Hong Kong Cloud tells you of %n disclosure(s) of your data to an authority.", nullptr,
                    int(news.newDisclosures.size()));
    if (parts.isEmpty())
        return;
    parts << tr("See the Notices tab (Ctrl+9).");
    const QString text = Labels::sentences(parts);
    const QString first = news.newIncidents.isEmpty() ? news.newDisclosures.constFirst().id : news.newIncidents.constFirst().id;
    m_window->showBanner(int(Kind::Info), text, tr("&Read notices"), [this, first] {
        m_window->tabs()->setCurrentWidget(m_page);
        m_page->showNotice(first);
    });
    notifier->notify(tr("Notices from Hong Kong Cloud"), text);
}

void NoticesController::showPolicy(bool markChanges)
{
    if (m_policyDialog) {
        m_policyDialog->setMarkChanges(markChanges);
        m_policyDialog->raise();
        m_policyDialog->activateWindow();
        return;
    }
    auto *parent = m_changesDialog ? static_cast<QWidget *>(m_changesDialog.data()) : m_window;
    m_policyDialog = new PolicyDialog(
        [session = m_session](const QString &language) -> std::optional<PolicyDocument> {
            return session->notices() ? session->notices()->policyDocument(language) : std::nullopt;
        },
        parent);
    m_policyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_policyDialog->setMarkChanges(markChanges);
    m_policyDialog->open();
}

void NoticesController::showChanges()
{
    const auto doc = currentPolicy(m_session);
    if (!doc || m_changesDialog)
        return;
    m_changesDialog = new PolicyChangesDialog(*doc, m_session->account().policyVersionAccepted, m_window);
    m_changesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changesDialog, &PolicyChangesDialog::acceptRequested, this, &NoticesController::accept);
    connect(m_changesDialog, &PolicyChangesDialog::declineRequested, this,
            [this, version = doc->version] { m_window->actionsUi()->leaveOverPolicy(version); });
    connect(m_changesDialog, &PolicyChangesDialog::fullTextRequested, this, [this] { showPolicy(true); });
    m_changesDialog->open();
}

QStringList NoticesController::consentPurposesOf(const QString &version) const
{
    QStringList purposes;
    const auto doc = currentPolicy(m_session);
    if (!doc || doc->version != version)
        return purposes;
    for (const PolicyChange &c : doc->changes)
        if (!c.consentPurpose.isEmpty() && !purposes.contains(c.consentPurpose))
            purposes << c.consentPurpose;
    return purposes;
}

void NoticesController::accept(const QString &version)
{
    NoticeWatch *notices = m_session->notices();
    if (!notices)
        return;
    if (Status s = notices->acceptPolicy(version); !s) {
        m_window->banner()->showMessage(Kind::Error, ErrorText::sync(s.error()));
        return;
    }
    m_window->banner()->showMessage(
        Kind::Info, Labels::sentences({tr("You accepted the privacy policy version %1.").arg(version),
                                       m_session->isOnline() ? tr("Saved on this computer and being sent now.")
                                                             : tr("Saved on this computer. It will be sent when you "
                                                                  "are online.")}));
    // Accepting the policy gives no consent: ask about the uses that need it, separately.
    QStringList off;
    const ConsentState consents = m_session->consents();
    for (const QString &purpose : consentPurposesOf(version)) {
        bool granted = false;
        for (const ConsentPurpose &p : consents.items)
            granted = granted || (p.purpose == purpose && p.granted);
        if (!granted)
            off << Labels::consentPurpose(purpose);
    }
    if (off.isEmpty())
        return;
    // Not exec(): the window keeps working (and syncing) while the question is open.
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Your consent is a separate choice"),
                                tr("The new policy has uses of your data that need your consent: %1. Accepting the "
                                   "policy did not switch them on; they stay off unless you do. Do you want to look "
                                   "at them now?")
                                    .arg(Labels::list(off)),
                                QMessageBox::NoButton, m_window);
    ask->setObjectName(QStringLiteral("askConsentAfterPolicy"));
    ask->setTextFormat(Qt::PlainText); // a purpose this version does not know is shown by its code
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = ask->addButton(tr("&Open the Consent tab"), QMessageBox::AcceptRole);
    ask->setEscapeButton(ask->addButton(tr("&Not now"), QMessageBox::RejectRole));
    connect(ask, &QMessageBox::buttonClicked, this, [this, open](QAbstractButton *clicked) {
        if (clicked == open)
            if (auto *consent = m_window->findChild<QAction *>(QStringLiteral("consentAction")))
                consent->trigger();
    });
    ask->open();
}

void NoticesController::showContact()
{
    const auto doc = currentPolicy(m_session);
    const QString account = m_session->state() == Session::State::SignedIn ? m_session->account().accountId : QString();
    auto *dialog = new ContactDialog(doc ? doc->contactEmail : QString(), doc ? doc->contactPhone : QString(), account,
                                     m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool NoticesController::exportRecords(const QString &path, QString *why) const
{
    NoticeWatch *notices = m_session->notices();
    if (!notices) {
        *why = tr("Sign in first: the records are kept with your account.");
        return false;
    }
    const QByteArray json = consentRecordsJson(m_session->account(), m_session->consentReceipts(),
                                               notices->policyAcceptances(), QDateTime::currentDateTimeUtc(),
                                               notices->policyDocument(QStringLiteral("en")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *why = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void NoticesController::exportRecordsAs()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/consent-records.json");
    const QString path = SaveFileDialog::fileName(m_window, tr("Export consent records"), suggested,
                                                  tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!exportRecords(path, &why)) {
        m_window->banner()->showMessage(Kind::Error, why);
        return;
    }
    m_window->banner()->showMessage(Kind::Info, tr("Your consent records and policy acceptances are saved in %1.").arg(path));
}

} // namespace pd::ui
