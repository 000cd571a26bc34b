// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticesPage.h"

#include "Icons.h"
#include "NoticeWatch.h"
#include "Session.h"
#include "models/Labels.h"
#include "models/NoticesModel.h"
#include "widgets/ListDetails.h"
#include "widgets/PlainText.h"

#include <QFont>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// Unread notices in bold as well as saying "Unread" (a QtCore model has no fonts).
class BoldUnread : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && !index.data(NoticesModel::ReadRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QStringList categoryCodes(const QList<Category> &categories)
{
    QStringList names;
    for (Category c : categories)
        names << Labels::category(c);
    return names;
}

} // namespace

NoticesPage::NoticesPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_model(new NoticesModel(this))
    , m_policy(plainLabel(this))
    , m_readPolicy(new QPushButton(tr("Read the policy"), this))
    , m_changes(new QPushButton(tr("See what changed…"), this))
    , m_summary(plainLabel(this))
    , m_allRead(new QPushButton(tr("&Mark all as read"), this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noticesPage"));
    m_policy->setObjectName(QStringLiteral("noticesPolicy"));
    m_policy->setWordWrap(true);
    m_readPolicy->setObjectName(QStringLiteral("noticesReadPolicy"));
    m_changes->setObjectName(QStringLiteral("noticesPolicyChanges"));
    m_summary->setObjectName(QStringLiteral("noticesSummary"));
    m_summary->setWordWrap(true);
    m_allRead->setObjectName(QStringLiteral("noticesAllRead"));
    auto *bold = new BoldUnread(this);
    bold->setSourceModel(m_model);
    m_table->setModel(bold);

    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(m_readPolicy);
    policyRow->addWidget(m_changes);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_allRead);
    QSplitter *split = listWithDetails(m_table, tr("Security incidents and disclosures"), m_details,
                                       tr("Details of the selected notice"),
                                       tr("Select a notice to read all of it."), QStringLiteral("notices"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(policyRow);
    layout->addLayout(summaryRow);
    layout->addWidget(split, 1);
    setTabOrder(m_readPolicy, m_changes);
    setTabOrder(m_changes, m_allRead);
    setTabOrder(m_allRead, m_table);
    setTabOrder(m_table, m_details);

    connect(m_readPolicy, &QPushButton::clicked, this, &NoticesPage::policyRequested);
    connect(m_changes, &QPushButton::clicked, this, &NoticesPage::policyChangesRequested);
    connect(m_allRead, &QPushButton::clicked, this, &NoticesPage::markAllRead);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NoticesPage::showCurrent);
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_details->setFocus(Qt::OtherFocusReason); });
    connect(session, &Session::noticesChanged, this, &NoticesPage::refresh);
    connect(session, &Session::outboxChanged, this, &NoticesPage::refresh);
    connect(session, &Session::stateChanged, this, &NoticesPage::refresh);
    refresh();
}

QString NoticesPage::title() const
{
    // No mnemonic: every letter of the word is taken by a tab or a page's button (Alt+T is "Cancel
    // request"); Ctrl+9 reaches it, as Ctrl+1..8 reach the others.
    return tr("Notices");
}

QIcon NoticesPage::icon() const
{
    return Icons::warning();
}

QString NoticesPage::summaryText() const
{
    return m_summary->text();
}

QString NoticesPage::policyText() const
{
    return m_policy->text();
}

QString NoticesPage::detailsText() const
{
    return m_details->toPlainText();
}

void NoticesPage::refresh()
{
    Session *s = session();
    NoticeWatch *notices = s ? s->notices() : nullptr;
    const QString selected = m_table->currentIndex().data(NoticesModel::IdRole).toString();
    // Putting the selection back is not the customer opening a notice: nothing is marked read (an
    // update to the selected incident stays unread until they look at it again).
    m_refreshing = true;
    m_model->reset(notices ? notices->incidents() : QList<Incident>(),
                   notices ? notices->disclosures() : QList<Disclosure>());
    if (const int row = m_model->rowOf(selected); row >= 0) {
        m_table->setCurrentIndex(m_table->model()->index(row, 0));
        showDetails(row);
    } else {
        m_details->clear();
    }
    m_refreshing = false;
    m_table->resizeColumnsToContents();

    const int all = m_model->rowCount();
    const int unread = m_model->unread();
    if (all == 0)
        m_summary->setText(tr("No security incident concerns your account, and Hong Kong Cloud has told you of no "
                              "disclosure of your data to an authority."));
    else if (unread == 0)
        m_summary->setText(tr("%n notice(s), all read on this computer.", nullptr, all));
    else
        m_summary->setText(tr("%n notice(s), %1 not read yet on this computer.", nullptr, all).arg(unread));
    m_allRead->setEnabled(unread > 0);

    const QString current = notices ? notices->currentPolicyVersion() : QString();
    const QString accepted = s ? s->account().policyVersionAccepted : QString();
    const bool waiting = notices && s && notices->policyAnswerNeeded(s->account());
    if (current.isEmpty())
        m_policy->setText(tr("Privacy policy: you accepted version %1.").arg(accepted));
    else if (waiting)
        m_policy->setText(tr("Privacy policy: version %1 is new and waits for your answer. You accepted version %2.")
                              .arg(current, accepted));
    else // accepted here (perhaps not sent yet) or at the provider
        m_policy->setText(tr("Privacy policy: version %1, which you accepted.").arg(current));
    m_changes->setVisible(waiting);
    m_readPolicy->setEnabled(!current.isEmpty());
}

void NoticesPage::showNotice(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    m_table->setFocus(Qt::OtherFocusReason);
}

QString NoticesPage::incidentText(const Incident &i)
{
    QStringList lines;
    lines << i.title << QString();
    lines << Labels::labelled(tr("What happened"), i.whatHappened);
    if (i.occurredAt.isValid())
        lines << Labels::labelled(tr("When it happened"), Labels::dateTime(i.occurredAt));
    if (i.detectedAt.isValid())
        lines << Labels::labelled(tr("When Hong Kong Cloud found it"), Labels::dateTime(i.detectedAt));
    if (i.notifiedAt.isValid())
        lines << Labels::labelled(tr("When you were told"), Labels::dateTime(i.notifiedAt));
    lines << Labels::labelled(tr("Your data it concerns"), Labels::list(categoryCodes(i.categories)));
    lines << Labels::labelled(tr("What Hong Kong Cloud did"), i.whatWeDid);
    if (!i.advice.isEmpty()) {
        lines << QString() << tr("What you should do:");
        for (const QString &code : i.advice)
            lines << QStringLiteral("• ") + Labels::incidentAdvice(code);
    }
    if (!i.updates.isEmpty()) {
        lines << QString() << tr("Updates:");
        for (const IncidentUpdate &u : i.updates)
            lines << Labels::labelled(Labels::dateTime(u.at), u.text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString NoticesPage::disclosureText(const Disclosure &d)
{
    QStringList lines;
    lines << Labels::disclosureTitle(d.authority) << QString();
    lines << Labels::labelled(tr("To whom"), d.authority);
    lines << Labels::labelled(tr("Legal basis"), d.legalBasis);
    lines << Labels::labelled(tr("Your data disclosed"), Labels::list(categoryCodes(d.categories)));
    if (d.disclosedAt.isValid())
        lines << Labels::labelled(tr("When"), Labels::dateTime(d.disclosedAt));
    if (!d.reference.isEmpty())
        lines << Labels::labelled(tr("Their reference"), d.reference);
    if (d.noticeDelayed)
        lines << (d.delayEndedAt.isValid()
                      ? tr("The law did not allow Hong Kong Cloud to tell you at once. That delay ended on %1.")
                            .arg(Labels::dateTime(d.delayEndedAt))
                      : tr("The law did not allow Hong Kong Cloud to tell you at once."));
    if (d.notifiedAt.isValid())
        lines << Labels::labelled(tr("When you were told"), Labels::dateTime(d.notifiedAt));
    return lines.join(QLatin1Char('\n'));
}

void NoticesPage::showDetails(int row)
{
    if (const auto incident = m_model->incident(row))
        m_details->setPlainText(incidentText(*incident));
    else if (const auto disclosure = m_model->disclosure(row))
        m_details->setPlainText(disclosureText(*disclosure));
    else
        m_details->clear();
}

void NoticesPage::showCurrent()
{
    if (m_refreshing)
        return;
    const int row = m_table->currentIndex().row();
    NoticeWatch *notices = session() ? session()->notices() : nullptr;
    // Marked after this selection change has finished: marking reloads the list.
    if (const auto incident = m_model->incident(row)) {
        m_details->setPlainText(incidentText(*incident));
        if (!incident->read && notices)
            QMetaObject::invokeMethod(notices, [notices, id = incident->id] {
                (void)notices->markIncidentRead(id); // a failed mark only leaves it bold
            }, Qt::QueuedConnection);
    } else if (const auto disclosure = m_model->disclosure(row)) {
        m_details->setPlainText(disclosureText(*disclosure));
        if (!disclosure->read && notices)
            QMetaObject::invokeMethod(notices, [notices, id = disclosure->id] {
                (void)notices->markDisclosureRead(id);
            }, Qt::QueuedConnection);
    } else {
        m_details->clear();
    }
}

void NoticesPage::markAllRead()
{
    NoticeWatch *notices = session() ? session()->notices() : nullptr;
    if (!notices)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto incident = m_model->incident(row); incident && !incident->read)
            (void)notices->markIncidentRead(incident->id);
        else if (const auto disclosure = m_model->disclosure(row); disclosure && !disclosure->read)
            (void)notices->markDisclosureRead(disclosure->id);
    }
}

} // namespace pd::ui
