// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessLogPage.h"

#include "ErrorText.h"
#include "Icons.h"
#include "Session.h"
#include "domain/Limits.h"
#include "models/AccessLogModel.h"
#include "models/Labels.h"
#include "sync/ActionQueue.h"
#include "widgets/ListDetails.h"
#include "widgets/PlainText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

AccessLogPage::AccessLogPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_summary(plainLabel(this))
    , m_warning(plainLabel(this))
    , m_dismiss(new QPushButton(tr("I have read this, &hide it"), this))
    , m_askFirst(new QCheckBox(tr("As&k me first before staff can see my data"), this))
    , m_askFirstHelp(plainLabel(this))
    , m_pendingLabel(plainLabel(tr("Waiting for your answer:"), this))
    , m_pending(new QListWidget(this))
    , m_approve(new QPushButton(tr("Approv&e"), this))
    , m_decline(new QPushButton(tr("Dec&line"), this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("accessLogPage"));
    m_summary->setObjectName(QStringLiteral("accessSummary"));
    m_summary->setWordWrap(true);

    m_warning->setObjectName(QStringLiteral("accessWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setFrameShape(QFrame::Box);
    m_warning->setFocusPolicy(Qt::StrongFocus);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warning->setAccessibleName(tr("Warning about your access log"));
    m_dismiss->setObjectName(QStringLiteral("accessDismissWarnings"));
    m_dismiss->setToolTip(tr("Hide these warnings; this app still keeps its record of them"));

    m_askFirst->setObjectName(QStringLiteral("accessAskFirst"));
    m_askFirst->setAccessibleName(tr("Ask me first before staff can see my data"));
    m_askFirstHelp->setObjectName(QStringLiteral("accessAskFirstHelp"));
    m_askFirstHelp->setWordWrap(true);
    m_askFirstHelp->setText(tr("When this is on, a staff member who needs to look at your data must wait until you "
                               "approve it here. You see who asks, why and for how long. A request you do not "
                               "answer expires after %n hour(s), and they cannot look.",
                               nullptr, limits::kPendingGrantHours));
    m_askFirst->setAccessibleDescription(m_askFirstHelp->text());

    m_pendingLabel->setObjectName(QStringLiteral("accessPendingLabel"));
    m_pendingLabel->setBuddy(m_pending);
    m_pending->setObjectName(QStringLiteral("accessPending"));
    usePlainToolTips(m_pending);
    m_pending->setAccessibleName(tr("Staff requests waiting for your answer"));
    m_pending->setWordWrap(true);
    m_pending->setMaximumHeight(fontMetrics().height() * 7);
    m_approve->setObjectName(QStringLiteral("accessApprove"));
    m_approve->setToolTip(tr("Let this staff member see the data they asked for, for the time they asked"));
    m_decline->setObjectName(QStringLiteral("accessDecline"));
    m_decline->setToolTip(tr("Refuse: they cannot see your data"));

    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warning, 1);
    warningRow->addWidget(m_dismiss, 0, Qt::AlignTop);
    auto *pendingButtons = new QVBoxLayout;
    pendingButtons->addWidget(m_approve);
    pendingButtons->addWidget(m_decline);
    pendingButtons->addStretch(1);
    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pending, 1);
    pendingRow->addLayout(pendingButtons);

    QSplitter *split = listWithDetails(m_table, tr("Who looked at your data"), m_details, tr("Details of the selected entry"),
                                       tr("Select an entry to see all it records."), QStringLiteral("access"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(warningRow);
    layout->addWidget(m_askFirst);
    layout->addWidget(m_askFirstHelp);
    layout->addWidget(m_pendingLabel);
    layout->addLayout(pendingRow);
    layout->addWidget(split, 1);

    setTabOrder(m_warning, m_dismiss);
    setTabOrder(m_dismiss, m_askFirst);
    setTabOrder(m_askFirst, m_pending);
    setTabOrder(m_pending, m_approve);
    setTabOrder(m_approve, m_decline);
    setTabOrder(m_decline, m_table);
    setTabOrder(m_table, m_details);

    connect(m_askFirst, &QCheckBox::clicked, this, [this](bool on) {
        ActionQueue *actions = this->session() ? this->session()->actions() : nullptr;
        if (!actions)
            return;
        if (const Result<qint64> r = actions->setAskFirst(on); !r) {
            Q_EMIT message(ErrorText::sync(r.error()));
            updateAccessState();
            return;
        }
        const QString what = on ? tr("Ask me first is on: staff will need your approval to see your data.")
                                : tr("Ask me first is off: staff can see your data when they have a reason, and "
                                     "each look is in this log.");
        Q_EMIT message(Labels::sentences({what, this->session()->isOnline()
                                                    ? tr("Saved on this computer and being sent now.")
                                                    : tr("Saved on this computer. It will be sent when you are online.")}));
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_dismiss, &QPushButton::clicked, this, &AccessLogPage::dismissWarnings);
    connect(m_pending, &QListWidget::currentRowChanged, this, [this] {
        const bool answerable = m_pending->currentItem() && m_pending->currentItem()->data(Qt::UserRole + 1).toBool();
        m_approve->setEnabled(answerable);
        m_decline->setEnabled(answerable);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_details->setFocus(Qt::OtherFocusReason); });
    connect(session, &Session::accessChanged, this, &AccessLogPage::refresh);
    connect(session, &Session::outboxChanged, this, &AccessLogPage::updateAccessState);
    updateAccessState();
}

QString AccessLogPage::title() const
{
    return tr("Access lo&g");
}

QIcon AccessLogPage::icon() const
{
    return Icons::security();
}

QString AccessLogPage::summaryText() const
{
    return m_summary->text();
}

QString AccessLogPage::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString AccessLogPage::detailsText() const
{
    return m_details->toPlainText();
}

void AccessLogPage::refresh()
{
    Session *s = session();
    AccessLogModel *model = s ? s->accessLogModel() : nullptr;
    if (model != m_model) {
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        m_table->setModel(model);
        if (model) {
            const int cw = fontMetrics().averageCharWidth();
            for (auto [column, chars] : {std::pair{int(AccessLogModel::When), 20}, std::pair{int(AccessLogModel::Staff), 22},
                                         std::pair{int(AccessLogModel::Action), 34}, std::pair{int(AccessLogModel::Reason), 28},
                                         std::pair{int(AccessLogModel::Ticket), 16}, std::pair{int(AccessLogModel::Categories), 30}})
                // Wide enough for the column's title too ("Ticket or request" was cut to "cket or reque").
                m_table->horizontalHeader()->resizeSection(
                    column, std::max(chars * cw, m_table->horizontalHeader()->sectionSizeHint(column)));
            connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
            connect(model, &QAbstractItemModel::modelReset, this, [this] {
                if (m_model && m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_model->index(0, 0));
                showCurrent();
            });
        }
    }
    if (m_model && m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateAccessState();
    showCurrent();
}

void AccessLogPage::showCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    m_details->setPlainText(i.isValid() ? i.data(AccessLogModel::DetailsRole).toString() : QString());
}

void AccessLogPage::updateAccessState()
{
    Session *s = session();
    const bool in = s && s->state() == Session::State::SignedIn;
    m_summary->setText(m_model ? m_model->summary() : QString());

    const QList<WitnessWarning> warnings = in ? s->accessWarnings() : QList<WitnessWarning>();
    QStringList lines;
    for (const WitnessWarning &w : warnings)
        lines << AccessLogModel::warningText(w);
    if (!lines.isEmpty())
        lines.prepend(tr("This app keeps every entry of your access log it has seen, and something does not match:"));
    lines.removeDuplicates();
    m_warning->setText(lines.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    m_dismiss->setVisible(!warnings.isEmpty());

    const bool askFirstOn = in && s->askFirst().value_or(false);
    m_askFirst->setEnabled(in && s->actions());
    m_askFirst->setChecked(askFirstOn);

    const QString keep = m_pending->currentItem() ? m_pending->currentItem()->data(Qt::UserRole).toString() : QString();
    m_pending->clear();
    const QList<Grant> pending = in ? s->pendingGrants() : QList<Grant>();
    for (const Grant &g : pending) {
        QStringList cats;
        for (Category c : g.categories)
            cats << Labels::category(c);
        QString text = tr("%1 asks to see %2 for %3. Why: %4 (ticket %5).")
                           .arg(g.staff, Labels::list(cats), Labels::duration(qint64(g.minutes) * 60),
                                Labels::accessReason(g.reasonCode), g.ticket);
        if (!g.justification.isEmpty())
            text = Labels::sentences({text, tr("They wrote: “%1”").arg(g.justification)});
        text = Labels::sentences({text, tr("Asked %1; expires unanswered %2.")
                                            .arg(Labels::dateTime(g.requestedAt),
                                                 Labels::dateTime(g.requestedAt.addSecs(qint64(limits::kPendingGrantHours) * 3600)))});
        const std::optional<bool> queued = s->queuedGrantDecision(g.id);
        if (queued)
            text = Labels::sentences({text, *queued ? tr("You approved it: saved here, being sent.")
                                                    : tr("You declined it: saved here, being sent.")});
        auto *item = new QListWidgetItem(text, m_pending); // QListWidget shows plain text
        item->setData(Qt::UserRole, g.id);
        item->setData(Qt::UserRole + 1, !queued.has_value());
        if (g.id == keep)
            m_pending->setCurrentItem(item);
    }
    if (pending.isEmpty()) {
        auto *none = new QListWidgetItem(askFirstOn ? tr("No staff request is waiting for your answer.")
                                                                   : tr("Nothing waits for your answer. Switch on Ask "
                                                                        "me first to approve each staff look yourself."),
                                         m_pending);
        none->setFlags(Qt::ItemIsEnabled);
    } else if (!m_pending->currentItem()) {
        m_pending->setCurrentRow(0);
    }
    const bool answerable = m_pending->currentItem() && m_pending->currentItem()->data(Qt::UserRole + 1).toBool();
    m_approve->setEnabled(answerable);
    m_decline->setEnabled(answerable);
}

void AccessLogPage::decide(bool approve)
{
    Session *s = session();
    QListWidgetItem *item = m_pending->currentItem();
    if (!s || !s->actions() || !item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (id.isEmpty())
        return;
    if (const Result<qint64> r = s->actions()->decideGrant(id, approve); !r) {
        Q_EMIT message(ErrorText::sync(r.error()));
        return;
    }
    const QString what = approve ? tr("You approved the staff request %1.").arg(id) : tr("You declined the staff request %1.").arg(id);
    Q_EMIT message(Labels::sentences({what, s->isOnline() ? tr("Saved on this computer and being sent now.")
                                                           : tr("Saved on this computer. It will be sent when you are online.")}));
    updateAccessState();
    m_pending->setFocus();
}

void AccessLogPage::dismissWarnings()
{
    Session *s = session();
    if (!s)
        return;
    for (const WitnessWarning &w : s->accessWarnings())
        if (Status st = s->dismissAccessWarning(w.id); !st) {
            Q_EMIT message(ErrorText::sync(st.error()));
            return;
        }
    m_askFirst->setFocus();
}

} // namespace pd::ui
