// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Notices.h"

#include <QDialog>

class QPushButton;
class QVBoxLayout;

namespace pd::ui {

/// "What changed" in a new version of the privacy policy (policy section VII): the changes grouped
/// by what they mean to the customer (uses of their data, who it is shared with, how long it is
/// kept, what is collected, their rights), each with the old and the new wording; a change to a use
/// that needs consent says that accepting the policy does not give that consent. Then the choice:
/// accept, decline and see the way out (cancelling the account), or decide later. The dialog only
/// reports the choice; the caller queues the acceptance or opens the cancellation.
class PolicyChangesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `policy` is the new version (with its changes), `accepted` the version the customer accepted.
    PolicyChangesDialog(const PolicyDocument &policy, const QString &accepted, QWidget *parent = nullptr);

    /// The groups shown, in order, by their heading (tests).
    QStringList groupTitles() const { return m_groups; }
    /// Consent purposes the changes touch (in the order shown).
    QStringList consentPurposes() const { return m_consentPurposes; }

    /// Heading of the group a kind of change belongs to ("Who your data is shared with").
    static QString groupTitle(PolicyChangeKind kind);

Q_SIGNALS:
    void acceptRequested(const QString &version);
    void declineRequested();
    /// "Read the full text": the reader with the changed passages marked.
    void fullTextRequested();

private:
    void addChange(QWidget *content, QVBoxLayout *layout, const PolicyChange &change);

    PolicyDocument m_policy;
    QStringList m_groups;
    QStringList m_consentPurposes;
};

} // namespace pd::ui
