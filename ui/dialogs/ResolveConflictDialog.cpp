// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolveConflictDialog.h"

#include "ErrorText.h"
#include "Session.h"
#include "models/Labels.h"
#include "store/CacheDb.h"
#include "sync/OutboxSender.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pd::ui {

ResolveConflictDialog::ResolveConflictDialog(Session *session, const OutboxItem &item, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_item(item)
    , m_status(new QLabel(this))
    , m_primary(new QPushButton(tr("&Use the chosen value"), this))
{
    setObjectName(QStringLiteral("resolveDialog"));
    const QString field = Labels::personalField(item.title);
    setWindowTitle(tr("Choose which %1 to keep").arg(QLocale().toLower(field)));
    m_mine = QJsonDocument::fromJson(item.body).object().value(QLatin1String("value")).toString();
    const QJsonObject problem = QJsonDocument::fromJson(item.response).object();
    const QJsonObject current = problem.value(QLatin1String("current")).toObject();
    m_current = current.value(QLatin1String("value")).toString();
    // The 412's ETag, when the core keeps it with the problem.
    m_currentEtag = problem.value(QLatin1String("etag")).toString();
    const QDateTime changed = QDateTime::fromString(current.value(QLatin1String("updated_at")).toString(), Qt::ISODate);

    auto *intro = new QLabel(tr("Your %1 was changed somewhere else after this computer last synced, so Hong Kong "
                                "Cloud did not apply your change and nothing was overwritten. Choose which value to keep.")
                                 .arg(QLocale().toLower(field)),
                             this);
    intro->setWordWrap(true);

    auto *box = new QGroupBox(tr("Which value to keep"), this);
    auto *boxLayout = new QVBoxLayout(box);
    m_keepMine = new QRadioButton(tr("&Mine: %1").arg(m_mine), box);
    m_keepMine->setObjectName(QStringLiteral("resolveKeepMine"));
    m_keepCurrent = new QRadioButton(tr("The one at Hong Kong &Cloud: %1").arg(m_current), box);
    m_keepCurrent->setObjectName(QStringLiteral("resolveKeepCurrent"));
    // When each was changed goes on its own line under the choice, so long values are never cut.
    auto when = [box](const QString &text, QRadioButton *buddy) {
        auto *label = new QLabel(text, box);
        label->setWordWrap(true);
        label->setIndent(box->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + box->fontMetrics().averageCharWidth() * 2);
        buddy->setAccessibleDescription(text);
        return label;
    };
    boxLayout->addWidget(m_keepMine);
    boxLayout->addWidget(when(tr("Changed on this computer %1").arg(Labels::dateTime(item.createdAt)), m_keepMine));
    boxLayout->addWidget(m_keepCurrent);
    boxLayout->addWidget(when(changed.isValid() ? tr("Changed at Hong Kong Cloud %1").arg(Labels::dateTime(changed))
                                                : tr("Changed at Hong Kong Cloud since your last sync"),
                              m_keepCurrent));
    m_keepMine->setChecked(true);

    auto *note = new QLabel(tr("Keeping yours sends your change again. Keeping the one at Hong Kong Cloud discards "
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

void ResolveConflictDialog::apply()
{
    Outbox *outbox = m_session->outbox();
    if (!outbox)
        return reject();
    if (m_keepCurrent->isChecked()) {
        if (Status s = outbox->discard(m_item.seq); !s) {
            m_status->setText(ErrorText::sync(s.error()));
            m_status->show();
            return;
        }
        m_done = tr("Your change was discarded; the %1 at Hong Kong Cloud stays as it is.")
                     .arg(QLocale().toLower(Labels::personalField(m_item.title)));
        // Outbox is not a QObject: tell the window the queue changed.
        Q_EMIT m_session->outboxChanged();
        m_session->sync();
        accept();
        return;
    }
    // Keep mine: send again, based on the version as it is now.
    QString etag = m_currentEtag;
    if (etag.isEmpty() && m_session->cache() && m_session->cache()->personalEtag() != m_item.ifMatch)
        etag = m_session->cache()->personalEtag();
    if (!etag.isEmpty())
        return requeueMine(etag);
    // The cache is as old as the change: fetch the current version first.
    m_primary->setEnabled(false);
    m_status->setText(tr("Checking the current version at Hong Kong Cloud…"));
    m_status->show();
    connect(m_session, &Session::syncFinished, this, [this](const Error &e) {
        m_primary->setEnabled(true);
        if (e.code != ErrorCode::None) {
            m_status->setText(tr("The current version could not be fetched. %1").arg(ErrorText::sync(e)));
            return;
        }
        requeueMine(m_session->cache() ? m_session->cache()->personalEtag() : QString());
    }, Qt::SingleShotConnection);
    m_session->sync();
}

void ResolveConflictDialog::requeueMine(const QString &etag)
{
    Outbox *outbox = m_session->outbox();
    if (!outbox)
        return reject();
    if (Status s = outbox->requeue(m_item.seq, QJsonObject{{QStringLiteral("value"), m_mine}}, etag); !s) {
        m_status->setText(ErrorText::sync(s.error()));
        m_status->show();
        return;
    }
    m_done = m_session->isOnline() ? tr("Your %1 is being sent again.").arg(QLocale().toLower(Labels::personalField(m_item.title)))
                                   : tr("Your %1 is saved on this computer. It will be sent when you are online.")
                                         .arg(QLocale().toLower(Labels::personalField(m_item.title)));
    Q_EMIT m_session->outboxChanged();
    if (m_session->sender())
        m_session->sender()->kick();
    accept();
}

} // namespace pd::ui
