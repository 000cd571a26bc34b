// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "AccountView.h"
#include "Icons.h"
#include "NoticeWatch.h"
#include "Session.h"
#include "models/Labels.h"
#include "widgets/ScrollPane.h"
#include "widgets/PlainText.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *l = plainLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

OverviewPage::OverviewPage(AccountView *view, QWidget *parent)
    : Page(view, parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    if (Session *s = session())
        connect(s, &Session::noticesChanged, this, &OverviewPage::refresh);

    // A scroll area so large text or a small window never clips the cards.
    QScrollArea *scroll = scrollPane(this, QStringLiteral("overviewScroll"));
    QWidget *content = scroll->widget();
    content->setObjectName(QStringLiteral("overviewContent"));

    m_heading = wrapped(QStringLiteral("overviewName"), content);
    // A rich-text heading is sized relative to the current font, so it grows with large text.
    m_heading->setTextFormat(Qt::RichText);
    m_account = wrapped(QStringLiteral("overviewAccount"), content);
    m_synced = wrapped(QStringLiteral("overviewSynced"), content);
    m_policy = wrapped(QStringLiteral("overviewPolicy"), content);
    m_closing = wrapped(QStringLiteral("overviewClosing"), content);
    m_closing->hide();

    auto *intro = wrapped(QStringLiteral("overviewIntro"), content);
    intro->setText(view->isReadOnly()
                       ? tr("The customer's data that your access covers, read-only. Groups your access does not "
                            "cover show no records.")
                       : tr("This is the personal data Hong Kong Cloud holds about you, in five groups. "
                            "Open a group to see every record, why we hold it and how long we keep it."));

    auto *grid = new QGridLayout;
    int i = 0;
    for (Category c : kAllCategories) {
        const QString code = categoryCode(c);
        auto *card = new QFrame(content);
        card->setObjectName(QStringLiteral("card_") + code);
        card->setFrameShape(QFrame::StyledPanel);
        auto *name = plainLabel(Labels::category(c), card);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setWordWrap(true);
        Card k;
        k.count = wrapped(QStringLiteral("count_") + code, card);
        k.view = new QPushButton(tr("View"), card);
        k.view->setObjectName(QStringLiteral("view_") + code);
        // Five buttons all reading "View" would be useless to a screen reader: name the group.
        k.view->setAccessibleName(tr("View %1").arg(Labels::category(c)));
        connect(k.view, &QPushButton::clicked, this, [this, c] { Q_EMIT viewRequested(c); });
        auto *cl = new QVBoxLayout(card);
        cl->addWidget(name);
        cl->addWidget(k.count);
        cl->addStretch(1);
        cl->addWidget(k.view, 0, Qt::AlignLeft);
        m_cards.insert(int(c), k);
        grid->addWidget(card, i / 3, i % 3);
        ++i;
    }

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_account);
    layout->addWidget(m_synced);
    layout->addWidget(m_policy);
    layout->addWidget(m_closing);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QString OverviewPage::title() const
{
    return tr("&Overview");
}

QIcon OverviewPage::icon() const
{
    return Icons::overview();
}

QString OverviewPage::countText(Category category) const
{
    return m_cards.value(int(category)).count->text();
}

void OverviewPage::refresh()
{
    const Account a = view()->account();
    // Someone else's data (a staff view): say whose, not who is signed in.
    const QString name = a.displayName.isEmpty() ? a.username : a.displayName;
    const QString heading = view()->isReadOnly() ? tr("Customer: %1").arg(name.isEmpty() ? a.accountId : name)
                            : a.displayName.isEmpty() ? tr("Signed in")
                                                      : tr("Signed in as %1").arg(a.displayName);
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped()));
    const QString role = a.isStaff() ? tr("staff member") : tr("customer");
    m_account->setText(a.accountId.isEmpty() ? QString()
                                             : tr("Account %1 (%2), user name %3").arg(a.accountId, role, a.username));

    const QDateTime synced = view()->lastSyncedAt();
    m_synced->setText(synced.isValid() ? tr("Last synced: %1").arg(Labels::dateTime(synced))
                                       : tr("Not synced yet. Your data appears here after the first sync."));
    // Policy versions are ISO dates; show them as dates in the user's locale when they are.
    const QDate policyDate = QDate::fromString(a.policyVersionAccepted, Qt::ISODate);
    const QString policy = policyDate.isValid() ? Labels::date(policyDate) : a.policyVersionAccepted;
    QStringList notices{policy.isEmpty() ? tr("Privacy policy: no accepted version on record.")
                                         : tr("Privacy policy you accepted: version of %1.").arg(policy)};
    // Any notice: a newer policy waiting for an answer, incidents or disclosures not read here.
    if (const NoticeWatch *watch = session() ? session()->notices() : nullptr) {
        if (watch->policyAnswerNeeded(a))
            notices << tr("A new version (%1) waits for your answer.").arg(watch->currentPolicyVersion());
        if (const int unread = watch->unreadCount(); unread > 0)
            notices << tr("%n notice(s) about security incidents or disclosures not read yet: see the Notices tab.",
                          nullptr, unread);
    }
    m_policy->setText(Labels::sentences(notices));

    // A completed cancellation: say when sign-in stops, so nobody is surprised by it.
    m_closing->setVisible(a.closesAt.isValid());
    m_closing->setText(a.closesAt.isValid()
                           ? tr("Your account closes on %1, as you asked. After that you can no longer sign in; "
                                "save an export before then if you want a copy of your data.")
                                 .arg(Labels::dateTime(a.closesAt))
                           : QString());

    for (Category c : kAllCategories) {
        const qint64 n = view()->count(c);
        const Card &k = m_cards[int(c)];
        k.count->setText(n == 0 ? tr("No records") : tr("%Ln record(s)", nullptr, int(n)));
        k.view->setAccessibleDescription(k.count->text());
    }
}

} // namespace pd::ui
