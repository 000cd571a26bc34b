// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyChangesDialog.h"

#include "models/Labels.h"
#include "widgets/HeadingLabel.h"
#include "widgets/PlainText.h"
#include "widgets/PolicyView.h"
#include "widgets/ScrollPane.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <map>

namespace pd::ui {

namespace {

/// Groups in the order a customer cares about them: what is done with their data first.
int groupOrder(PolicyChangeKind kind)
{
    switch (kind) {
    case PolicyChangeKind::PurposeAdded:
    case PolicyChangeKind::PurposeRemoved: return 0;
    case PolicyChangeKind::RecipientAdded:
    case PolicyChangeKind::RecipientRemoved: return 1;
    case PolicyChangeKind::RetentionShorter:
    case PolicyChangeKind::RetentionLonger: return 2;
    case PolicyChangeKind::DataAdded: return 3;
    case PolicyChangeKind::RightAdded:
    case PolicyChangeKind::RightChanged: return 4;
    case PolicyChangeKind::Unknown: break;
    }
    return 5;
}

QString kindText(PolicyChangeKind kind)
{
    switch (kind) {
    case PolicyChangeKind::PurposeAdded: return PolicyChangesDialog::tr("A new use of your data");
    case PolicyChangeKind::PurposeRemoved: return PolicyChangesDialog::tr("A use that stops");
    case PolicyChangeKind::RecipientAdded: return PolicyChangesDialog::tr("A new recipient");
    case PolicyChangeKind::RecipientRemoved: return PolicyChangesDialog::tr("A recipient that no longer gets your data");
    case PolicyChangeKind::RetentionShorter: return PolicyChangesDialog::tr("Kept for less time");
    case PolicyChangeKind::RetentionLonger: return PolicyChangesDialog::tr("Kept for longer");
    case PolicyChangeKind::DataAdded: return PolicyChangesDialog::tr("A new kind of data collected");
    case PolicyChangeKind::RightAdded: return PolicyChangesDialog::tr("A new right");
    case PolicyChangeKind::RightChanged: return PolicyChangesDialog::tr("A changed right");
    case PolicyChangeKind::Unknown: break;
    }
    return PolicyChangesDialog::tr("A change");
}

QLabel *textLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

} // namespace

QString PolicyChangesDialog::groupTitle(PolicyChangeKind kind)
{
    switch (groupOrder(kind)) {
    case 0: return tr("How your data is used");
    case 1: return tr("Who your data is shared with");
    case 2: return tr("How long your data is kept");
    case 3: return tr("What is collected");
    case 4: return tr("Your rights");
    default: break;
    }
    return tr("Other changes");
}

PolicyChangesDialog::PolicyChangesDialog(const PolicyDocument &policy, const QString &accepted, QWidget *parent)
    : QDialog(parent)
    , m_policy(policy)
{
    setObjectName(QStringLiteral("policyChangesDialog"));
    setWindowTitle(tr("What changes in the privacy policy"));

    QScrollArea *scroll = scrollPane(this, QStringLiteral("policyChangesScroll"));
    QWidget *content = scroll->widget();
    auto *layout = new QVBoxLayout(content);

    auto *title = new HeadingLabel(tr("The privacy policy changes"), 1, content);
    title->setObjectName(QStringLiteral("policyChangesTitle"));
    layout->addWidget(title);
    QString intro = PolicyView::versionLine(policy) + tr(".", "end of the version line");
    if (!accepted.isEmpty())
        intro = Labels::sentences({intro, tr("You accepted version %1. Here is what is different, grouped by what it "
                                             "means for you.")
                                              .arg(accepted)});
    layout->addWidget(textLabel(intro, QStringLiteral("policyChangesIntro"), content));

    std::map<int, QList<PolicyChange>> groups;
    for (const PolicyChange &c : policy.changes)
        groups[groupOrder(c.kind)] << c;
    for (const auto &[order, changes] : groups) {
        const QString heading = groupTitle(changes.first().kind);
        m_groups << heading;
        auto *h = new HeadingLabel(heading, 2, content);
        h->setObjectName(QStringLiteral("policyChangeGroup%1").arg(order));
        layout->addSpacing(fontMetrics().height() / 2);
        layout->addWidget(h);
        for (const PolicyChange &c : changes)
            addChange(content, layout, c);
    }
    if (policy.changes.isEmpty())
        layout->addWidget(textLabel(tr("The provider did not list the changes. Read the full text below."),
                                    QStringLiteral("policyNoChanges"), content));
    layout->addStretch(1);

    auto *fullText = new QPushButton(tr("Read the &full text with the changes marked…"), this);
    fullText->setObjectName(QStringLiteral("policyFullText"));
    fullText->setAutoDefault(false);
    connect(fullText, &QPushButton::clicked, this, &PolicyChangesDialog::fullTextRequested);

    auto *buttons = new QDialogButtonBox(this);
    auto *acceptButton = buttons->addButton(tr("&Accept the new policy"), QDialogButtonBox::AcceptRole);
    acceptButton->setObjectName(QStringLiteral("policyAccept"));
    auto *decline = buttons->addButton(tr("&Decline and see how to leave…"), QDialogButtonBox::DestructiveRole);
    decline->setObjectName(QStringLiteral("policyDecline"));
    auto *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("policyLater"));
    // Nothing is accepted by pressing Enter on the way past: the default is "later".
    acceptButton->setAutoDefault(false);
    decline->setAutoDefault(false);
    later->setDefault(true);
    connect(acceptButton, &QPushButton::clicked, this, [this] {
        Q_EMIT acceptRequested(m_policy.version);
        QDialog::accept();
    });
    connect(decline, &QPushButton::clicked, this, [this] {
        Q_EMIT declineRequested();
        reject();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(fullText, 0, Qt::AlignLeft);
    outer->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 100, fm.height() * 36);
}

void PolicyChangesDialog::addChange(QWidget *content, QVBoxLayout *layout, const PolicyChange &change)
{
    auto *box = new QFrame(content);
    box->setObjectName(QStringLiteral("policyChange_%1").arg(change.id));
    box->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(box);
    QLabel *kind = textLabel(kindText(change.kind), QStringLiteral("policyChangeKind"), box);
    QFont bold = kind->font();
    bold.setBold(true);
    kind->setFont(bold);
    kind->setFocusPolicy(Qt::NoFocus); // said with the summary, as its accessible name
    v->addWidget(kind);
    QLabel *summary = textLabel(change.summary, QStringLiteral("policyChangeSummary"), box);
    summary->setAccessibleName(Labels::labelled(kindText(change.kind), change.summary));
    v->addWidget(summary);
    if (!change.oldText.isEmpty()) {
        QLabel *old = textLabel(Labels::labelled(tr("Before"), change.oldText), QStringLiteral("policyChangeOld"), box);
        v->addWidget(old);
    }
    if (!change.newText.isEmpty())
        v->addWidget(textLabel(Labels::labelled(tr("Now"), change.newText), QStringLiteral("policyChangeNew"), box));
    if (!change.consentPurpose.isEmpty()) {
        m_consentPurposes << change.consentPurpose;
        QLabel *consent = textLabel(
            tr("This use needs your consent. Accepting the policy does not give it: your choice for “%1” stays as "
               "it is (off, if you never gave it), and you decide on the Consent tab.")
                .arg(Labels::consentPurpose(change.consentPurpose)),
            QStringLiteral("policyChangeConsent"), box);
        consent->setFont(bold);
        v->addWidget(consent);
    }
    layout->addWidget(box);
}

} // namespace pd::ui
