// SPDX-License-Identifier: GPL-3.0-or-later
// Text from the provider is never rendered as markup (issue 10, item 2). The real provider serves
// alice's data with markup in every text field a customer sees (names, personal details, server
// names, domain details, devices, cookies), the app signs in and syncs it through the real window,
// and the fields the provider's code writes itself (consent explanations, sharing, grants) are
// given markup in the app's cache. Then every label, text browser and tooltip in every page (and
// the dialogs that show a provider's value) must show the markup literally, and no label may be
// rich text unless it says so itself and escapes what it shows.
#include "GuiFixture.h"
#include "MainWindow.h"
#include "Page.h"
#include "Session.h"
#include "SessionInternals.h"
#include "dialogs/ConsentHistoryDialog.h"
#include "dialogs/EditFieldDialog.h"
#include "store/CacheDb.h"
#include "widgets/PlainText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>

using namespace pd;
using namespace pd::ui;

namespace {

/// What a hostile provider puts in a text field: bold, a link, an image and a colour.
QString hostile(const QString &tag)
{
    // Short enough for every field's length limit (128 characters for some).
    return QStringLiteral("<b>BOLD-%1</b><a href=\"https://evil.example/\">LINK</a><img src=\"x.png\"><font color=red>SUSPENDED</font>")
        .arg(tag);
}

/// The text a person sees for `text` shown in `format` (what Qt does with it).
QString rendered(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

/// What a tooltip shows: QToolTip guesses the format.
QString renderedToolTip(const QString &tip)
{
    return rendered(tip, Qt::AutoText);
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QObject *o = w; o; o = o->parent())
        chain.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return chain.join(QLatin1Char('/'));
}

} // namespace

class TestGuiPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpersShowMarkupLiterally();
    void providerTextIsShownLiterally();
    void noLabelIsRichWithProviderText();
    void tooltipsAreLiteral();
    void textBrowsersEscape();
    void dialogsShowValuesLiterally();

private:
    /// Every page refreshed, each table's first row selected so its details pane is filled.
    void loadEveryPage();
    /// Labels (in `root`) that show no raw markup: "" when all are fine, else what is wrong.
    QStringList labelProblems(QWidget *root) const;

    test::GuiFixture m_gui;
    QString m_name;
};

void TestGuiPlainText::initTestCase()
{
    test::GuiFixture::Options options;
    options.language = QStringLiteral("en");
    options.confirmSignOut = false;
    QVERIFY2(m_gui.setUp(options), qPrintable(m_gui.errorString()));

    // The provider's own data, changed in its database before the app first syncs.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile-provider"));
        db.setDatabaseName(m_gui.provider->dataDir() + QStringLiteral("/provider.sqlite"));
        QVERIFY(db.open());
        QSqlQuery pragma(db);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout=10000")));
        const QString alice = QStringLiteral("(SELECT id FROM accounts WHERE username='alice')");
        const QList<QPair<QString, QStringList>> updates = {
            {QStringLiteral("UPDATE accounts SET display_name=? WHERE username='alice'"), {hostile(QStringLiteral("name"))}},
            {QStringLiteral("UPDATE personal_fields SET value=? WHERE key IN ('name','address') AND account=") + alice,
             {hostile(QStringLiteral("personal"))}},
            {QStringLiteral("UPDATE server_events SET server_name=? WHERE account=") + alice, {hostile(QStringLiteral("server"))}},
            {QStringLiteral("UPDATE domain_events SET details=? WHERE account=") + alice, {hostile(QStringLiteral("domain"))}},
            {QStringLiteral("UPDATE documents SET body=json_set(body,'$.model',?,'$.os',?,'$.browser',?,'$.operator',?) "
                            "WHERE collection='devices' AND account=")
                 + alice,
             {hostile(QStringLiteral("model")), hostile(QStringLiteral("os")), hostile(QStringLiteral("browser")),
              hostile(QStringLiteral("operator"))}},
            {QStringLiteral("UPDATE documents SET body=json_set(body,'$.name',?) WHERE collection='cookies' AND account=") + alice,
             {hostile(QStringLiteral("cookie"))}},
        };
        for (const auto &[sql, values] : updates) {
            QSqlQuery q(db);
            QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
            for (const QString &v : values)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
            QVERIFY2(q.numRowsAffected() > 0, qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile-provider"));

    QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.errorString()));
    QSignalSpy finished(m_gui.session.get(), &Session::syncFinished);
    auto *field = m_gui.window->findChild<QLineEdit *>(QStringLiteral("providerField"));
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, m_gui.provider->url().toString());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
    QCOMPARE(m_gui.session->state(), Session::State::SignedIn);
    QCOMPARE(finished.constLast().at(0).value<Error>().code, ErrorCode::None);

    // Texts the provider's code writes (not its database): given markup in the app's cache.
    CacheDb *cache = SessionInternals::cache(*m_gui.session);
    QVERIFY(cache);
    QSqlQuery q(cache->database());
    QVERIFY(q.prepare(QStringLiteral("UPDATE consents SET affects=?")));
    q.addBindValue(hostile(QStringLiteral("affects")));
    QVERIFY2(q.exec() && q.numRowsAffected() > 0, qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("UPDATE sharing SET name=?, data=?, why=?")));
    q.addBindValue(hostile(QStringLiteral("sharing-name")));
    q.addBindValue(hostile(QStringLiteral("sharing-data")));
    q.addBindValue(hostile(QStringLiteral("sharing-why")));
    QVERIFY2(q.exec() && q.numRowsAffected() > 0, qPrintable(q.lastError().text()));
    loadEveryPage();
}

void TestGuiPlainText::cleanupTestCase()
{
    m_gui.tearDown();
}

void TestGuiPlainText::loadEveryPage()
{
    for (Page *page : m_gui.window->pages())
        page->refresh();
    for (QAbstractItemView *view : m_gui.window->findChildren<QAbstractItemView *>())
        if (view->model() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    // Each tab shown once, so whatever fills on show is filled.
    if (QTabWidget *tabs = m_gui.window->tabs())
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
        }
}

QStringList TestGuiPlainText::labelProblems(QWidget *root) const
{
    QStringList problems;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        // The convention: a label says what it is. AutoText guesses, and guesses "rich" for markup.
        if (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))
            problems << describe(label) + QStringLiteral(": rich by guess: ") + text.left(120);
        // A rich label may be rich only with escaped provider text: nothing hostile survives as markup.
        if (label->textFormat() != Qt::PlainText && text.contains(QStringLiteral("<b>BOLD-")))
            problems << describe(label) + QStringLiteral(": provider markup rendered: ") + text.left(120);
        if (text.contains(QStringLiteral("BOLD-")) && !rendered(text, label->textFormat()).contains(QStringLiteral("<b>BOLD-")))
            problems << describe(label) + QStringLiteral(": not shown literally: ") + text.left(120);
    }
    return problems;
}

void TestGuiPlainText::helpersShowMarkupLiterally()
{
    const QString h = hostile(QStringLiteral("x"));
    QWidget parent;
    QLabel *label = plainLabel(h, &parent);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(rendered(label->text(), label->textFormat()), h);
    QCOMPARE(renderedToolTip(plainToolTip(h)), h);
    QCOMPARE(renderedToolTip(plainToolTip(QStringLiteral("line one\n<i>two</i>"))), QStringLiteral("line one\n<i>two</i>"));
    QCOMPARE(plainToolTip(QStringLiteral("Plain words, a < b")), QStringLiteral("Plain words, a < b"));
    QCOMPARE(plainToolTip(QString()), QString());
}

void TestGuiPlainText::providerTextIsShownLiterally()
{
    // Where each field shows, it shows as typed: the consent explanation on its label, the name
    // on the account button and in the title.
    const QList<QLabel *> affects = m_gui.window->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^consentAffects_")));
    QVERIFY(!affects.isEmpty());
    for (const QLabel *l : affects) {
        QCOMPARE(l->textFormat(), Qt::PlainText);
        QCOMPARE(l->text(), hostile(QStringLiteral("affects")));
    }
    const QString name = hostile(QStringLiteral("name"));
    QVERIFY2(m_gui.window->windowTitle().contains(name), qPrintable(m_gui.window->windowTitle()));
    bool accountButton = false;
    for (const QToolButton *b : m_gui.window->findChildren<QToolButton *>()) {
        if (b->text() != name)
            continue;
        accountButton = true;
        QVERIFY2(renderedToolTip(b->toolTip()).contains(name), qPrintable(b->toolTip()));
    }
    QVERIFY(accountButton);
    // Every field the provider filled with markup reached some widget as literal text.
    QStringList shown;
    for (const QWidget *w : m_gui.window->findChildren<QWidget *>()) {
        if (const auto *l = qobject_cast<const QLabel *>(w))
            shown << rendered(l->text(), l->textFormat());
        else if (const auto *b = qobject_cast<const QTextBrowser *>(w))
            shown << b->toPlainText();
        else if (const auto *v = qobject_cast<const QAbstractItemView *>(w); v && v->model())
            for (int r = 0; r < qMin(v->model()->rowCount(), 50); ++r)
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    shown << v->model()->index(r, c).data().toString();
    }
    const QString all = shown.join(QLatin1Char('\n'));
    for (const char *tag : {"personal", "server", "domain", "model", "browser", "cookie", "affects", "sharing-name"})
        QVERIFY2(all.contains(hostile(QString::fromLatin1(tag))), tag);
}

void TestGuiPlainText::noLabelIsRichWithProviderText()
{
    const QStringList problems = labelProblems(m_gui.window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Stricter, so that a label added later cannot slip by while it happens to show plain words:
    // every label in the window states its format.
    QStringList guessing;
    for (const QLabel *label : m_gui.window->findChildren<QLabel *>())
        if (label->textFormat() == Qt::AutoText)
            guessing << describe(label);
    QVERIFY2(guessing.isEmpty(), qPrintable(QStringLiteral("labels with Qt::AutoText (make them with plainLabel()): ")
                                            + guessing.join(QStringLiteral(", "))));
}

void TestGuiPlainText::tooltipsAreLiteral()
{
    int checked = 0;
    for (QAbstractItemView *view : m_gui.window->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model || model->rowCount() == 0 || qobject_cast<QHeaderView *>(view)) // headers show no cells' tips
            continue;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(0, c);
            const QString tip = index.data(Qt::ToolTipRole).toString();
            if (!tip.contains(QStringLiteral("BOLD-")))
                continue;
            // What the view does when the pointer rests on the cell.
            QStyleOptionViewItem option;
            option.rect = view->visualRect(index);
            QHelpEvent event(QEvent::ToolTip, option.rect.center(), view->viewport()->mapToGlobal(option.rect.center()));
            QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
            QVERIFY2(delegate, qPrintable(describe(view)));
            QVERIFY2(delegate->helpEvent(&event, view, option, index), qPrintable(describe(view)));
            QVERIFY2(QToolTip::isVisible(), qPrintable(describe(view)));
            QCOMPARE(renderedToolTip(QToolTip::text()), tip);
            QToolTip::hideText();
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    // Widgets' own tooltips too.
    for (const QWidget *w : m_gui.window->findChildren<QWidget *>())
        if (w->toolTip().contains(QStringLiteral("BOLD-")))
            QVERIFY2(renderedToolTip(w->toolTip()).contains(QStringLiteral("<b>BOLD-")), qPrintable(describe(w)));
}

void TestGuiPlainText::textBrowsersEscape()
{
    int showing = 0;
    for (const QTextBrowser *b : m_gui.window->findChildren<QTextBrowser *>()) {
        const QString html = b->toHtml();
        QVERIFY2(!html.contains(QStringLiteral("evil.example/\"")) || b->toPlainText().contains(QStringLiteral("<a href")),
                 qPrintable(describe(b)));
        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(describe(b)));
        if (b->toPlainText().contains(QStringLiteral("<b>BOLD-")))
            ++showing;
    }
    QVERIFY(showing > 0);
}

void TestGuiPlainText::dialogsShowValuesLiterally()
{
    const QString value = hostile(QStringLiteral("edit"));
    EditFieldDialog edit(m_gui.session.get(), QStringLiteral("name"), value, m_gui.window.get());
    QStringList problems = labelProblems(&edit);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    bool shown = false;
    for (const QLabel *l : edit.findChildren<QLabel *>())
        shown = shown || rendered(l->text(), l->textFormat()) == value;
    QVERIFY(shown);

    ConsentHistoryDialog history(m_gui.session->consentReceipts(), m_gui.window.get());
    problems = labelProblems(&history);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiPlainText)
#include "tst_gui_plaintext.moc"
