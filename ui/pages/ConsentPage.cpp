// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentPage.h"

#include "ErrorText.h"
#include "Icons.h"
#include "Session.h"
#include "dialogs/ConsentHistoryDialog.h"
#include "models/Labels.h"
#include "sync/ActionQueue.h"
#include "widgets/ScrollPane.h"
#include "widgets/PlainText.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd::ui {

ConsentPage::ConsentPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_intro(plainLabel(this))
    , m_empty(plainLabel(this))
    , m_rowsHost(new QWidget(this))
    , m_rows(new QGridLayout(m_rowsHost))
    , m_status(plainLabel(this))
    , m_policy(plainLabel(this))
    , m_history(new QPushButton(tr("Hi&story…"), this))
{
    setObjectName(QStringLiteral("consentPage"));
    m_intro->setObjectName(QStringLiteral("consentIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Some uses of your data need your consent. You can allow or withdraw each one at any time; "
                        "withdrawing stops that use from then on (privacy policy VI.IV). Each change is saved on this "
                        "computer at once, sent to Hong Kong Cloud, and kept as a receipt."));
    m_empty->setObjectName(QStringLiteral("consentEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No consent settings have been synced yet. Press Sync now (F5) to fetch them."));
    m_rowsHost->setObjectName(QStringLiteral("consentRows"));
    m_rows->setColumnStretch(1, 1);
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setWordWrap(true);
    m_policy->setObjectName(QStringLiteral("consentPolicy"));
    m_policy->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("consentHistoryButton"));
    m_history->setToolTip(tr("Every consent change with its date and policy version"));

    QScrollArea *scroll = scrollPane(this, QStringLiteral("consentScroll"));
    scroll->setAccessibleName(tr("Consent settings"));
    auto *innerLayout = new QVBoxLayout(scroll->widget());
    innerLayout->addWidget(m_empty);
    innerLayout->addWidget(m_rowsHost);
    innerLayout->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_policy, 1);
    bottom->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    m_status->hide();

    connect(m_history, &QPushButton::clicked, this, &ConsentPage::showHistory);
    connect(session, &Session::outboxChanged, this, [this] {
        if (this->session()->state() == Session::State::SignedIn)
            refresh();
    });
}

QString ConsentPage::title() const
{
    return tr("Co&nsent");
}

QIcon ConsentPage::icon() const
{
    return Icons::security();
}

QCheckBox *ConsentPage::switchFor(const QString &purpose) const
{
    return m_widgets.value(purpose).box;
}

QString ConsentPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void ConsentPage::rebuild(const QStringList &purposes)
{
    for (const Row &r : std::as_const(m_widgets)) {
        delete r.box;
        delete r.affects;
        delete r.changed;
    }
    m_widgets.clear();
    m_order = purposes;
    int row = 0;
    for (const QString &p : purposes) {
        Row r;
        r.box = new QCheckBox(Labels::consentPurpose(p), m_rowsHost);
        r.box->setObjectName(QStringLiteral("consent_") + p);
        r.affects = plainLabel(m_rowsHost);
        r.affects->setObjectName(QStringLiteral("consentAffects_") + p);
        r.affects->setWordWrap(true);
        r.changed = plainLabel(m_rowsHost);
        r.changed->setObjectName(QStringLiteral("consentChanged_") + p);
        r.changed->setWordWrap(true);
        m_rows->addWidget(r.box, row, 0, Qt::AlignTop);
        m_rows->addWidget(r.affects, row, 1);
        m_rows->addWidget(r.changed, row + 1, 1);
        m_rows->setRowMinimumHeight(row + 2, fontMetrics().height() / 2);
        row += 3;
        connect(r.box, &QCheckBox::clicked, this, [this, p](bool checked) { onToggled(p, checked); });
        m_widgets.insert(p, r);
    }
    // Tab goes through the switches in the order shown, then History. They are made after the
    // rest of the window (new widgets join the end of the focus chain), so put them where they are
    // on screen: first on this page, right after the last focusable widget before it.
    // (setTabOrder ignores widgets that take no focus, such as this page itself.)
    QWidget *prev = previousInFocusChain();
    while (prev && prev != this && (!(prev->focusPolicy() & Qt::TabFocus) || isAncestorOf(prev)))
        prev = prev->previousInFocusChain();
    for (const QString &p : purposes) {
        setTabOrder(prev, m_widgets[p].box);
        prev = m_widgets[p].box;
    }
    setTabOrder(prev, m_history);
}

void ConsentPage::refresh()
{
    const ConsentState state = session()->consents();
    QStringList purposes;
    for (const ConsentPurpose &c : state.items)
        purposes << c.purpose;
    if (purposes != m_order)
        rebuild(purposes);
    m_empty->setVisible(purposes.isEmpty());
    m_rowsHost->setVisible(!purposes.isEmpty());
    m_policy->setText(state.policyVersion.isEmpty() ? QString()
                                                    : tr("Your choices refer to privacy policy version %1.").arg(state.policyVersion));

    // The user's latest change per purpose, in the order made (seq): receipts share a timestamp when
    // changes come quickly, so their order cannot tell which is newest.
    struct Latest
    {
        bool granted = false;
        QDateTime at;
        bool waiting = false;
    };
    QHash<QString, Latest> latest;
    if (ActionQueue *actions = session()->actions()) {
        for (const QueuedAction &a : actions->actions()) {
            const auto *consent = a.as<ConsentPayload>();
            if (!consent || a.state == ActionState::Discarded)
                continue;
            latest.insert(consent->purpose, {consent->granted, a.createdAt, a.state != ActionState::Sent});
        }
    }
    for (const ConsentPurpose &c : state.items) {
        Row r = m_widgets.value(c.purpose);
        if (!r.box)
            continue;
        bool granted = c.granted;
        QDateTime when = c.changedAt;
        bool waiting = false;
        // A change made here that the last sync does not know yet wins.
        if (const auto it = latest.constFind(c.purpose);
            it != latest.cend() && (it->waiting || !c.changedAt.isValid() || it->at > c.changedAt)) {
            granted = it->granted;
            when = it->at;
            waiting = it->waiting;
        }
        r.box->setChecked(granted);
        const QString title = Labels::consentPurpose(c.purpose);
        r.box->setAccessibleName(title);
        r.box->setAccessibleDescription(granted ? tr("Allowed. %1").arg(c.affects) : tr("Not allowed. %1").arg(c.affects));
        r.box->setToolTip(granted ? tr("Allowed: clear to withdraw your consent") : tr("Not allowed: tick to allow"));
        // The provider's sentence says what stops without the consent, in the reader's language (docs/api).
        r.affects->setText(c.affects);
        QString changed;
        if (waiting)
            changed = granted ? tr("Allowed on %1 on this computer; waiting to send.").arg(Labels::dateTime(when))
                              : tr("Withdrawn on %1 on this computer; waiting to send.").arg(Labels::dateTime(when));
        else if (when.isValid())
            changed = granted ? tr("Allowed. Last changed %1.").arg(Labels::dateTime(when))
                              : tr("Not allowed. Last changed %1.").arg(Labels::dateTime(when));
        else
            changed = granted ? tr("Allowed. Never changed.") : tr("Not allowed. Never changed.");
        r.changed->setText(changed);
    }
}

void ConsentPage::onToggled(const QString &purpose, bool granted)
{
    ActionQueue *actions = session()->actions();
    if (!actions)
        return;
    const Result<qint64> r = actions->setConsent(purpose, granted, session()->consents().policyVersion);
    const QString title = Labels::consentPurpose(purpose);
    if (!r) {
        m_status->setText(tr("Your choice for %1 could not be saved. %2").arg(title, ErrorText::sync(r.error())));
        refresh(); // back to what is really saved
    } else if (!session()->isOnline()) {
        m_status->setText(granted ? tr("%1 allowed. Saved. It will be sent when you are online.").arg(title)
                                  : tr("%1 withdrawn. Saved. It will be sent when you are online.").arg(title));
    } else {
        m_status->setText(granted ? tr("%1 allowed. Saved, and being sent now.").arg(title)
                                  : tr("%1 withdrawn. Saved, and being sent now.").arg(title));
    }
    m_status->show();
}

void ConsentPage::showHistory()
{
    auto *dialog = new ConsentHistoryDialog(session()->consentReceipts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pd::ui
