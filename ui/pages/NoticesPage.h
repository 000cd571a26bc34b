// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "domain/Notices.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pd {
class NoticesModel;
}

namespace pd::ui {

/// Notices: what Hong Kong Cloud has told the customer. The privacy policy (the version in force,
/// and a newer one waiting for an answer, with "What changed"), security incidents that concern the
/// account (what happened, when, which data, what was done, what to do, and later updates) and
/// disclosures of their data to authorities (to whom, on what legal basis, which data, when, and
/// when a delay the law imposed ended). Opening a notice marks it read on this computer.
class NoticesPage : public Page
{
    Q_OBJECT
public:
    explicit NoticesPage(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    QTableView *table() const { return m_table; }
    QString summaryText() const;
    QString policyText() const;
    QString detailsText() const;
    /// Selects the notice `id` and shows it (from an announcement).
    void showNotice(const QString &id);

    /// The details pane's text for an incident or a disclosure.
    static QString incidentText(const Incident &incident);
    static QString disclosureText(const Disclosure &disclosure);

Q_SIGNALS:
    void policyRequested();
    void policyChangesRequested();

private:
    void showCurrent();
    /// The details of `row`, without marking it read.
    void showDetails(int row);
    void markAllRead();

    NoticesModel *m_model;
    QLabel *m_policy;
    QPushButton *m_readPolicy;
    QPushButton *m_changes;
    QLabel *m_summary;
    QPushButton *m_allRead;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    bool m_refreshing = false;
};

} // namespace pd::ui
