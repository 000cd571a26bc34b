// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveConflictDialog.h"

#include "ErrorText.h"
#include "Session.h"
#include "models/Labels.h"
#include "sync/ActionQueue.h"
#include "widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pd::ui {

ResolveConflictDialog::ResolveConflictDialog(Session *session, const QueuedAction &action, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_seq(action.seq)
    , m_createdAt(action.createdAt)
    , m_conflict(action.conflict.value_or(Conflict{}))
    , m_status(plainLabel(this))
    , m_primary(new QPushButton(tr("&Use the chosen value"), this))
{
    setObjectName(QStringLiteral("resolveDialog"));
    const QString field = Labels::personalField(m_conflict.field.isEmpty() ? action.title : m_conflict.field);
    setWindowTitle(tr("Choose which %1 to keep").arg(QLocale().toLower(field)));
    const QDateTime changed = m_conflict.currentChangedAt;

    auto *intro = plainLabel(tr("Your %1 was changed somewhere else after this computer last synced, so Hong Kong "
                                "Cloud did not apply your change and nothing was overwritten. Choose which value to keep.")
                                 .arg(QLocale().toLower(field)),
                             this);
    intro->setWordWrap(true);

    auto *box = new QGroupBox(tr("Which value to keep"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_keepMine = new QRadioButton(tr("&Mine: %1").arg(m_conflict.mine), box);
    m_keepMine->setObjectName(QStringLiteral("resolveKeepMine"));
    m_keepCurrent = new QRadioButton(tr("The one at Hong Kong &Cloud: %1").arg(m_conflict.current), box);
    m_keepCurrent->setObjectName(QStringLiteral("resolveKeepCurrent"));
    // When each was changed goes on its own line under the choice, so long values are never cut.
    auto when = [box](const QString &text, QRadioButton *buddy) {
        auto *label = plainLabel(text, box);
        label->setWordWrap(true);
        label->setIndent(box->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + box->fontMetrics().averageCharWidth() * 2);
        buddy->setAccessibleDescription(text);
        return label;
    };
    boxLayout->addWidget(m_keepMine);
    boxLayout->addWidget(when(tr("Changed on this computer %1").arg(Labels::dateTime(m_createdAt)), m_keepMine));
    boxLayout->addWidget(m_keepCurrent);
    boxLayout->addWidget(when(changed.isValid() ? tr("Changed at Hong Kong Cloud %1").arg(Labels::dateTime(changed))
                                                : tr("Changed at Hong Kong Cloud since your last sync"),
                              m_keepCurrent));
    m_keepMine->setChecked(true);

    auto *note = plainLabel(tr("Keeping yours sends your change again. Keeping the one at Hong Kong Cloud discards "
                               "your change; nothing is sent."),
                            this);
    note->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("resolveStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_primary->setObjectName(QStringLiteral("resolvePrimary"));
    m_primary->setDefault(true);
    buttons->addButton(m_primary, QDialogButtonBox::AcceptRole);
    connect(m_primary, &QPushButton::clicked, this, &ResolveConflictDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(box);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_keepMine->setFocus();
}

void ResolveConflictDialog::showProblem(const QString &text)
{
    m_primary->setEnabled(true);
    m_status->setText(text);
    m_status->show();
}

void ResolveConflictDialog::apply()
{
    ActionQueue *actions = m_session->actions();
    if (!actions)
        return reject();
    const QString field = QLocale().toLower(Labels::personalField(m_conflict.field));
    if (m_keepCurrent->isChecked()) {
        if (Status s = actions->resolveConflict(m_seq, ActionQueue::ConflictChoice::KeepCurrent); !s)
            return showProblem(ErrorText::sync(s.error()));
        m_done = tr("Your change was discarded; the %1 at Hong Kong Cloud stays as it is.").arg(field);
        m_session->sync();
        accept();
        return;
    }
    keepMine(false);
}

void ResolveConflictDialog::keepMine(bool synced)
{
    ActionQueue *actions = m_session->actions();
    if (!actions)
        return reject();
    const Status s = actions->resolveConflict(m_seq, ActionQueue::ConflictChoice::KeepMine);
    if (!s && s.error().code == ErrorCode::Stale && !synced) {
        // This computer does not know the current version yet: fetch it, then send against it.
        m_primary->setEnabled(false);
        m_status->setText(tr("Checking the current version at Hong Kong Cloud…"));
        m_status->show();
        connect(m_session, &Session::syncFinished, this, [this](const Error &e) {
            if (e.code != ErrorCode::None)
                return showProblem(tr("The current version could not be fetched. %1").arg(ErrorText::sync(e)));
            keepMine(true);
        }, Qt::SingleShotConnection);
        m_session->sync();
        return;
    }
    if (!s)
        return showProblem(ErrorText::sync(s.error()));
    const QString field = QLocale().toLower(Labels::personalField(m_conflict.field));
    m_done = m_session->isOnline() ? tr("Your %1 is being sent again.").arg(field)
                                   : tr("Your %1 is saved on this computer. It will be sent when you are online.").arg(field);
    accept();
}

} // namespace pd::ui
