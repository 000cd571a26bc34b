// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actions.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QRadioButton;

namespace pd {
class Session;
}

namespace pd::ui {

/// A change of a detail that was changed elsewhere meanwhile (the provider answered 412 and
/// changed nothing): shows both values and lets the user choose. Keeping theirs discards the
/// change; keeping their own sends it again, based on the version as it is now.
class ResolveConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /// `action` must be in conflict (QueuedAction::conflict set).
    ResolveConflictDialog(Session *session, const QueuedAction &action, QWidget *parent = nullptr);

    QString mine() const { return m_conflict.mine; }
    QString current() const { return m_conflict.current; }
    /// What was done, for the banner.
    QString doneMessage() const { return m_done; }

private:
    void apply();
    /// Sends the user's value again; with `synced`, after a sync brought the current version.
    void keepMine(bool synced);
    void showProblem(const QString &text);

    Session *m_session;
    qint64 m_seq;
    QDateTime m_createdAt;
    Conflict m_conflict;
    QRadioButton *m_keepMine;
    QRadioButton *m_keepCurrent;
    QLabel *m_status;
    QPushButton *m_primary;
    QString m_done;
};

} // namespace pd::ui
