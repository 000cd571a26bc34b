// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Outbox.h"

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
    ResolveConflictDialog(Session *session, const OutboxItem &item, QWidget *parent = nullptr);

    QString mine() const { return m_mine; }
    QString current() const { return m_current; }
    /// What was done, for the banner.
    QString doneMessage() const { return m_done; }

private:
    void apply();
    void requeueMine(const QString &etag);

    Session *m_session;
    OutboxItem m_item;
    QString m_mine;
    QString m_current;
    QString m_currentEtag;
    QRadioButton *m_keepMine;
    QRadioButton *m_keepCurrent;
    QLabel *m_status;
    QPushButton *m_primary;
    QString m_done;
};

} // namespace pd::ui
