// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Notices.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace pd {
class Session;
}

namespace pd::ui {

class MainWindow;
class NotificationBanner;
class NoticesPage;
class PolicyChangesDialog;
class PolicyDialog;

/// "Told in time" for the main window: Help > Privacy policy and Help > Contact, File > Export
/// consent records, the policy notice under the toolbar (it stays until the customer accepts the
/// new version or leaves), and telling the customer about a new policy, incident or disclosure as
/// it arrives (banner, which screen readers speak, and a desktop notification). MainWindow creates
/// it and places its actions and banner.
class NoticesController : public QObject
{
    Q_OBJECT
public:
    NoticesController(Session *session, MainWindow *window, NoticesPage *page);

    QAction *policyAction() const { return m_policy; }
    QAction *contactAction() const { return m_contact; }
    QAction *exportRecordsAction() const { return m_exportRecords; }
    /// The strip that says a new policy waits for an answer (hidden otherwise).
    NotificationBanner *policyBanner() const { return m_banner; }

    /// The dialogs open now, if any (tests).
    PolicyDialog *policyDialog() const;
    PolicyChangesDialog *changesDialog() const;

    /// Writes the consent records file (ISO/IEC TS 27560 shape) to `path`; false with `why` set
    /// in plain words when it could not.
    bool exportRecords(const QString &path, QString *why) const;

public Q_SLOTS:
    /// Help > Privacy policy; with `markChanges`, the changed passages framed.
    void showPolicy(bool markChanges = false);
    void showChanges();
    void showContact();
    void exportRecordsAs();

private:
    void update();
    void announce(const pd::NoticeNews &news);
    void accept(const QString &version);
    /// The consent purposes the new version's changes touch.
    QStringList consentPurposesOf(const QString &version) const;

    Session *m_session;
    MainWindow *m_window;
    NoticesPage *m_page;
    NotificationBanner *m_banner;
    QAction *m_policy;
    QAction *m_contact;
    QAction *m_exportRecords;
    QPointer<PolicyDialog> m_policyDialog;
    QPointer<PolicyChangesDialog> m_changesDialog;
};

} // namespace pd::ui
