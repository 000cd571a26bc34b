// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pd {
class Session;
}

namespace pd::ui {

/// The shape every "act on your data" dialog shares (UI.md, Dialogs): a summary of what will
/// happen, a short form, the notes that apply, and one primary button named for the action.
/// Esc cancels; Enter (Ctrl+Enter in a multi-line field) submits; problems are shown next to
/// their field and the focus moves to the first one. Submitting queues the action in the outbox
/// (committed before anything else happens) and closes the dialog; nothing is sent from here.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// The outbox seq of the queued action, once submitted.
    qint64 queuedSeq() const { return m_seq; }
    /// What to tell the user after queueing ("Saved on this computer. It will be sent ...").
    QString doneMessage() const;
    QPushButton *primaryButton() const { return m_primary; }
    /// The text of the problem label for `objectName`, for tests and screenshots.
    QString problemText(const QString &objectName) const;

protected:
    ActionDialog(Session *session, const QString &objectName, QWidget *parent);

    Session *session() const { return m_session; }
    QFormLayout *form() const { return m_form; }
    FieldErrors &errors() { return m_errors; }

    void setSummary(const QString &text);
    /// A note below the form (legal notes, what happens next).
    QLabel *addNote(const QString &text, const QString &objectName = {});
    void setPrimaryText(const QString &text);
    /// Adds a labelled row to the form and a problem label under it; `field` is ActionQueue's name.
    QLabel *addField(const QString &labelText, QWidget *input, const QString &field, const QString &accessibleName,
                     FieldErrors::Describe describe = {});
    /// What the dialog's action is called in "%1 saved" sentences ("Your deletion request").
    virtual QString actionName() const = 0;
    /// Queues the action; returns the outbox seq or an error (problems shown via errors()).
    virtual Result<qint64> submit() = 0;

    void showEvent(QShowEvent *event) override;
    /// Grows the dialog so wrapped text (notes, problems) is never cut.
    void fitHeight();

private:
    void onPrimary();

    Session *m_session;
    QLabel *m_summary;
    QFormLayout *m_form;
    QVBoxLayout *m_notes;
    QLabel *m_failure;
    QDialogButtonBox *m_buttons;
    QPushButton *m_primary;
    FieldErrors m_errors;
    qint64 m_seq = 0;
};

} // namespace pd::ui
