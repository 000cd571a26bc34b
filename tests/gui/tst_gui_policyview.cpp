// SPDX-License-Identifier: GPL-3.0-or-later
// The policy reader's parts without a provider (issue 12): a PolicyDocument made here, with markup
// in every text the provider writes. The headings are headings for screen readers, every text is
// shown literally, Find moves forwards and backwards and wraps round, changed paragraphs are marked
// in words, the printable document has real heading levels, "What changed" groups every kind of
// change in the customer's order, and the Notices list and its details say what a notice holds.
#include "dialogs/PolicyChangesDialog.h"
#include "models/Labels.h"
#include "models/NoticesModel.h"
#include "pages/NoticesPage.h"
#include "widgets/HeadingLabel.h"
#include "widgets/PolicyView.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace pd;
using namespace Qt::StringLiterals;

namespace {

const QString kMarkup = u"<b>bold</b> <a href=\"https://evil.example\">link</a> <img src=x> <font color=red>RED</font>"_s;

PolicyDocument sample()
{
    PolicyDocument p;
    p.version = u"2026-12-01"_s;
    p.effective = QDate(2026, 12, 1);
    p.language = u"zh-HK"_s;
    p.governingLanguage = u"en"_s;
    p.isTranslation = true;
    p.contactEmail = u"service@cn2.hk"_s;
    const QStringList ids{u"I"_s, u"II"_s, u"III"_s};
    for (const QString &id : ids) {
        PolicyDocSection s;
        s.id = id;
        s.title = u"Title "_s + id + u' ' + kMarkup;
        s.paragraphs << PolicyParagraph{u"First paragraph of "_s + id + u" mentions cookies. "_s + kMarkup, {}};
        s.paragraphs << PolicyParagraph{u"Second paragraph of "_s + id + u" mentions cookies too."_s,
                                        id == u"III"_s ? u"c1"_s : QString()};
        p.sections << s;
    }
    const auto change = [](const QString &id, PolicyChangeKind kind, const QString &consent = {}) {
        PolicyChange c;
        c.id = id;
        c.kind = kind;
        c.section = u"III"_s;
        c.summary = u"Summary "_s + id + u' ' + kMarkup;
        c.oldText = u"old "_s + kMarkup;
        c.newText = u"new "_s + kMarkup;
        c.consentPurpose = consent;
        return c;
    };
    p.changes << change(u"c1"_s, PolicyChangeKind::RecipientAdded) << change(u"c2"_s, PolicyChangeKind::RightChanged)
              << change(u"c3"_s, PolicyChangeKind::RetentionShorter)
              << change(u"c4"_s, PolicyChangeKind::PurposeAdded, u"support_ai_training"_s)
              << change(u"c5"_s, PolicyChangeKind::DataAdded) << change(u"c6"_s, PolicyChangeKind::Unknown);
    return p;
}

} // namespace

class TestGuiPolicyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsAreHeadings();
    void everyTextIsPlain();
    void findForwardsBackwardsAndRound();
    void changedParagraphsAreMarked();
    void printableHasHeadingLevels();
    void changesAreGroupedInOrder();
    void noticesModelAndDetails();
};

void TestGuiPolicyView::headingsAreHeadings()
{
    ui::PolicyView view;
    view.setPolicy(sample(), false);
    view.show();
    QCOMPARE(view.sectionHeadings().size(), 3);
    for (ui::HeadingLabel *h : view.sectionHeadings()) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(h);
        QVERIFY(a);
        QCOMPARE(a->role(), QAccessible::Heading);
        QCOMPARE(a->text(QAccessible::Name), h->text());
        QVERIFY(h->focusPolicy() & Qt::TabFocus);
    }
    QCOMPARE(view.sectionHeadings().at(2)->text(), ui::PolicyView::sectionTitle(sample().sections.at(2)));
    // A translation says that the English text governs.
    QVERIFY(view.findChild<QLabel *>(u"translationNote"_s));
}

void TestGuiPolicyView::everyTextIsPlain()
{
    ui::PolicyView view;
    view.setPolicy(sample(), true);
    ui::PolicyChangesDialog dialog(sample(), u"2025-05-14"_s);
    for (QWidget *root : {static_cast<QWidget *>(&view), static_cast<QWidget *>(&dialog)})
        for (QLabel *l : root->findChildren<QLabel *>())
            if (l->text().contains(u"<b>"_s))
                QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
    int shown = 0;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        shown += l->text().contains(kMarkup) ? 1 : 0;
    QCOMPARE(shown, 6 * 3); // every change's summary, old and new wording, each shown as written
}

void TestGuiPolicyView::findForwardsBackwardsAndRound()
{
    ui::PolicyView view;
    view.setPolicy(sample(), false);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto selected = [] {
        auto *l = qobject_cast<QLabel *>(QApplication::focusWidget());
        return l ? l->text().left(26) : QString();
    };
    QVERIFY(view.find(u"COOKIES"_s)); // case ignored
    QCOMPARE(selected(), u"First paragraph of I menti"_s);
    QVERIFY(view.find(u"cookies"_s));
    QCOMPARE(selected(), u"Second paragraph of I ment"_s);
    QVERIFY(view.find(u"cookies"_s, true));
    QCOMPARE(selected(), u"First paragraph of I menti"_s);
    QVERIFY(view.find(u"cookies"_s, true)); // round to the last one
    QCOMPARE(selected(), u"Second paragraph of III me"_s);
    QVERIFY(view.find(u"cookies"_s)); // and forwards round to the first
    QCOMPARE(selected(), u"First paragraph of I menti"_s);
    QVERIFY(!view.find(u"no such words"_s));
    QVERIFY(!view.find(QString()));
}

void TestGuiPolicyView::changedParagraphsAreMarked()
{
    ui::PolicyView view;
    view.setPolicy(sample(), false);
    QCOMPARE(view.markedParagraphs(), 0);
    view.setPolicy(sample(), true);
    QCOMPARE(view.markedParagraphs(), 1);
    auto *marked = view.findChild<QLabel *>(u"changedParagraph"_s);
    QVERIFY(marked);
    QVERIFY(marked->text().startsWith(ui::PolicyView::tr("Changed in this version:")));
    QVERIFY(marked->text().contains(u"Second paragraph of III"_s));
}

void TestGuiPolicyView::printableHasHeadingLevels()
{
    std::unique_ptr<QTextDocument> doc(ui::PolicyView::printable(sample(), true, nullptr));
    QList<int> levels;
    QString changed;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            levels << b.blockFormat().headingLevel();
        if (b.text().contains(u"Second paragraph of III"_s))
            changed = b.text();
    }
    QCOMPARE(levels, (QList<int>{1, 2, 2, 2}));
    QVERIFY(changed.startsWith(ui::PolicyView::tr("Changed in this version:")));
    QVERIFY(doc->toPlainText().contains(kMarkup)); // as text, not as markup
}

void TestGuiPolicyView::changesAreGroupedInOrder()
{
    ui::PolicyChangesDialog dialog(sample(), u"2025-05-14"_s);
    using K = PolicyChangeKind;
    using D = ui::PolicyChangesDialog;
    QCOMPARE(dialog.groupTitles(), (QStringList{D::groupTitle(K::PurposeAdded), D::groupTitle(K::RecipientAdded),
                                                D::groupTitle(K::RetentionShorter), D::groupTitle(K::DataAdded),
                                                D::groupTitle(K::RightChanged), D::groupTitle(K::Unknown)}));
    QCOMPARE(dialog.consentPurposes(), QStringList{u"support_ai_training"_s});
    auto *consent = dialog.findChild<QLabel *>(u"policyChangeConsent"_s);
    QVERIFY(consent);
    QVERIFY(consent->text().contains(Labels::consentPurpose(u"support_ai_training"_s)));
    // Pressing Enter on the way past accepts nothing: "later" is the default.
    QSignalSpy accepted(&dialog, &D::acceptRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
}

void TestGuiPolicyView::noticesModelAndDetails()
{
    Incident i;
    i.id = u"inc-1"_s;
    i.title = u"Phishing "_s + kMarkup;
    i.whatHappened = u"Someone sent e-mails."_s;
    i.updatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    i.categories = {Category::Registration};
    i.advice = {u"change_password"_s, u"watch_phishing"_s};
    i.updates = {IncidentUpdate{QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC), u"Sites taken down."_s}};
    Disclosure d;
    d.id = u"dis-1"_s;
    d.authority = u"Hong Kong Police Force"_s;
    d.legalBasis = u"Court order"_s;
    d.noticeDelayed = true;
    d.delayEndedAt = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    d.notifiedAt = QDateTime(QDate(2026, 11, 5), QTime(0, 0), Qt::UTC);
    d.read = true;
    NoticesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({i}, {d});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unread(), 1);
    // Newest news first: the disclosure was told on 5 November, the incident last updated on 2 November.
    QCOMPARE(model.index(0, NoticesModel::Title).data().toString(), Labels::disclosureTitle(d.authority));
    QCOMPARE(model.index(1, NoticesModel::State).data().toString(), Labels::readState(false));
    QCOMPARE(model.rowOf(u"inc-1"_s), 1);
    QVERIFY(model.incident(1));
    QVERIFY(!model.incident(0));

    const QString incidentText = ui::NoticesPage::incidentText(i);
    QVERIFY(incidentText.contains(Labels::incidentAdvice(u"watch_phishing"_s)));
    QVERIFY(incidentText.contains(u"Sites taken down."_s));
    const QString disclosureText = ui::NoticesPage::disclosureText(d);
    QVERIFY(disclosureText.contains(u"Court order"_s));
    QVERIFY(disclosureText.contains(Labels::dateTime(d.delayEndedAt)));
}

QTEST_MAIN(TestGuiPolicyView)
#include "tst_gui_policyview.moc"
