// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, signed in through the welcome page against the real reference provider:
// each tab shows alice's data, the keyboard reaches everything, every focusable control has an
// accessible name, and offline keeps the cached data with a Retry.
#include "GuiFixture.h"
#include "MainWindow.h"
#include "Page.h"
#include "Session.h"
#include "models/Labels.h"
#include "models/PersonalModel.h"
#include "models/WindowedTableModel.h"
#include "pages/OverviewPage.h"
#include "pages/TablePage.h"
#include "pages/UsagePage.h"
#include "pages/WelcomePage.h"
#include "widgets/NotificationBanner.h"
#include "widgets/RecordTable.h"
#include "widgets/UsageChart.h"
#include "widgets/WhyPanel.h"

#include <QMenuBar>
#include <QAbstractButton>
#include <QHash>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace pd;
using namespace pd::ui;

namespace {

// Expected texts come from the catalogue the app loaded, so every check holds in each language:
// CTest runs this test in English, zh_HK and zh_CN (PD_TEST_LANG), and so does scripts/screenshots.sh.
QString T(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// The fixed start of a translated pattern: "Synced %1 · %2" -> "Synced ".
QString prefixOf(const QString &pattern)
{
    const qsizetype at = pattern.indexOf(u'%');
    return at < 0 ? pattern : pattern.left(at);
}

constexpr const char *kWindow = "pd::ui::MainWindow";
constexpr const char *kSync = "pd::ui::SyncFeedback";

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
}

// Whether `w` is placed by `layout` or by a layout nested in it.
bool laidOutIn(QLayout *layout, QWidget *w)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == w || laidOutIn(item->layout(), w))
            return true;
    }
    return false;
}

// Widgets whose text is cut off or that overlap a sibling, on what is on screen now; checked by
// geometry, not by eye. A text is cut when the widget is smaller than the size its text needs
// (sizeHint for one-line texts, heightForWidth for wrapped ones); two siblings in one layout
// overlap when their rectangles share more than a pixel's edge; anything outside the window is cut.
QStringList layoutDefects(QWidget *window)
{
    QStringList bad;
    const QRect inWindow = window->rect();
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != window || w->width() <= 0 || w->height() <= 0)
            continue;
        // Inside a scroll area, being partly out of view is what scrolling is for.
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(p);
        if (!scrolled && !inWindow.contains(QRect(w->mapTo(window, QPoint(0, 0)), w->size()).adjusted(1, 1, -1, -1)))
            bad << describe(w) + QStringLiteral(": outside the window");
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                if (label->hasHeightForWidth() && label->height() < label->heightForWidth(label->width()))
                    bad << describe(w) + QStringLiteral(": wrapped text needs %1 px height, has %2")
                                             .arg(label->heightForWidth(label->width())).arg(label->height());
            } else if (label->width() < label->sizeHint().width() || label->height() < label->minimumSizeHint().height()) {
                bad << describe(w) + QStringLiteral(": text needs %1x%2, has %3x%4")
                                         .arg(label->sizeHint().width()).arg(label->minimumSizeHint().height())
                                         .arg(label->width()).arg(label->height());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w);
                   button && !button->text().isEmpty()
                   && !(qobject_cast<QToolButton *>(w) && static_cast<QToolButton *>(w)->toolButtonStyle() == Qt::ToolButtonIconOnly)) {
            // (An icon-only tool button's text is its accessible name, never drawn.)
            const QSize need = button->minimumSizeHint().expandedTo(
                QSize(button->fontMetrics().horizontalAdvance(Labels::withoutMnemonic(button->text())),
                      button->fontMetrics().height()));
            if (button->width() < need.width() || button->height() < need.height())
                bad << describe(w) + QStringLiteral(" \"%1\": needs %2x%3, has %4x%5")
                                         .arg(button->text()).arg(need.width()).arg(need.height())
                                         .arg(button->width()).arg(button->height());
        } else if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            // A box narrower than its longest choice cuts the words ("Desc…").
            if (w->height() < w->fontMetrics().height() || w->width() < combo->sizeHint().width())
                bad << describe(w) + QStringLiteral(": choices need %1x%2, has %3x%4")
                                         .arg(combo->sizeHint().width()).arg(w->fontMetrics().height())
                                         .arg(w->width()).arg(w->height());
        } else if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)) {
            if (w->height() < w->fontMetrics().height())
                bad << describe(w) + QStringLiteral(": shorter than its text");
        } else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                const int text = bar->fontMetrics().horizontalAdvance(Labels::withoutMnemonic(bar->tabText(i)));
                if (bar->isTabVisible(i) && bar->tabRect(i).width() < text)
                    bad << describe(w) + QStringLiteral(": tab \"%1\" cut").arg(bar->tabText(i));
            }
        }
        // Siblings laid out side by side (in the parent's layout or any layout nested in it) must not overlap.
        QWidget *parent = w->parentWidget();
        if (!parent || !laidOutIn(parent->layout(), w))
            continue;
        for (QObject *o : parent->children()) {
            auto *other = qobject_cast<QWidget *>(o);
            if (!other || other <= w || !other->isVisible() || !laidOutIn(parent->layout(), other))
                continue;
            const QRect both = w->geometry().intersected(other->geometry());
            if (both.width() > 1 && both.height() > 1)
                bad << describe(w) + QStringLiteral(" overlaps ") + describe(other);
        }
    }
    return bad;
}

} // namespace

class TestGuiMain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void welcomeRefusesPlainHttpToOtherHosts();
    void signInThroughWelcomePage();
    void overviewShowsAccountAndCounts();
    void personalShowsAlice();
    void usageShowsEventsAndChart();
    void usageFilterReducesRows();
    void devicesAndCookiesHaveDetails();
    void whyPanelsExplain();
    void ctrlNumberReachesEveryTab();
    void ctrlTabCycles();
    void ctrlFFocusesFilter();
    void tabFollowsTheScreen();
    void f5StartsSync();
    void f1ListsEveryShortcut();
    void everyFocusableWidgetHasAName();
    void bannerIsANotification();
    void screenshots();
    void largeTextDoesNotClip();
    void offlineKeepsDataAndOffersRetry();
    void signOutReturnsToWelcome();
    void aNewWindowFitsTheScreen();
    void accessKeysAreUniqueOnEachTab();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier);
    int serverRows() const;

    test::GuiFixture m_gui;
    // The fixture's parts under the names the tests use.
    std::unique_ptr<test::ProviderProcess> &m_provider = m_gui.provider;
    QTemporaryDir &m_data = m_gui.data;
    std::unique_ptr<test::MemoryTokenStore> &m_tokens = m_gui.tokens;
    std::unique_ptr<Session> &m_session = m_gui.session;
    std::unique_ptr<MainWindow> &m_window = m_gui.window;
};

void TestGuiMain::initTestCase()
{
    // CTest and scripts/screenshots.sh run this once per language (en, zh_HK, zh_CN).
    // English too goes through its catalogue, as in the app: it carries the plural forms.
    const QString lang = qEnvironmentVariable("PD_TEST_LANG", qEnvironmentVariable("PD_SCREENSHOT_LANG", QStringLiteral("en")));
    test::GuiFixture::Options options;
    options.language = lang;
    options.confirmSignOut = false;
    options.onBrowserOpened = [this](const QUrl &) {
        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/welcome-signing-in.png"));
    };
    QVERIFY2(m_gui.setUp(options), qPrintable(m_gui.errorString()));
    // Proof the language took: a translated text differs from the English one unless English was asked for.
    QCOMPARE(T(kSync, "Not signed in") != QLatin1String("Not signed in"), !lang.startsWith(QLatin1String("en")));
    QCOMPARE(T(kSync, "%Ln record(s)", 2).contains(QLatin1String("(s)")), false);
    QVERIFY2(m_gui.showWindow(), qPrintable(m_gui.errorString()));
}

void TestGuiMain::cleanupTestCase()
{
    m_gui.tearDown();
}

void TestGuiMain::press(int key, Qt::KeyboardModifiers mods)
{
    // The offscreen platform does not give activation back after a modal dialog closes (a window
    // manager does); window shortcuts only fire in the active window.
    if (QApplication::activeWindow() != m_window.get()) {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), mods);
}

int TestGuiMain::serverRows() const
{
    auto *table = find<RecordTable>(QStringLiteral("serversTable"));
    return table && table->model() ? table->model()->rowCount() : -1;
}

void TestGuiMain::welcomeRefusesPlainHttpToOtherHosts()
{
    auto *stack = find<QStackedWidget>(QStringLiteral("mainStack"));
    QCOMPARE(stack->currentWidget(), m_window->welcomePage());
    QCOMPARE(m_window->windowTitle(), T(kWindow, "Privacy Dashboard"));

    auto *field = find<QLineEdit>(QStringLiteral("providerField"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("http://privacy.example.com"));
    auto *button = find<QPushButton>(QStringLiteral("signInButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *error = find<QLabel>(QStringLiteral("providerError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), T("ErrorText", "This address uses plain http://, which is only allowed for this computer "
                                          "(127.0.0.1). Use https://."));
    QVERIFY(field->hasFocus());
    QCOMPARE(field->accessibleDescription(), error->text());
    QCOMPARE(m_session->state(), Session::State::SignedOut);
    if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/welcome-bad-address.png"));
}

void TestGuiMain::signInThroughWelcomePage()
{
    QSignalSpy finished(m_session.get(), &Session::syncFinished);
    auto *field = find<QLineEdit>(QStringLiteral("providerField"));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, m_provider->url().toString());
    auto *button = find<QPushButton>(QStringLiteral("signInButton"));
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);

    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
    QCOMPARE(finished.first().first().value<Error>().code, ErrorCode::None);
    QCOMPARE(m_session->state(), Session::State::SignedIn);
    QCOMPARE(find<QStackedWidget>(QStringLiteral("mainStack"))->currentWidget(), m_window->tabs());
    QCOMPARE(m_window->windowTitle(), T(kWindow, "Privacy Dashboard - %1").arg(QStringLiteral("Alice Chan")));
    QVERIFY2(m_window->statusText().startsWith(prefixOf(T(kSync, "Synced %1 · %2"))), qPrintable(m_window->statusText()));
    QVERIFY(!find<QWidget>(QStringLiteral("syncProgress"))->isVisible());
    QVERIFY(m_window->banner()->isVisible());
    qint64 total = 0;
    for (Category c : kAllCategories)
        total += m_session->count(c);
    // The sync's result, unless the notices the first sync brought (alice's incident and disclosures,
    // issue 12) were announced after it: then the status line still says it.
    const QString upToDate = T(kSync, "Your data is up to date: %Ln record(s).", int(total));
    QVERIFY2(m_window->banner()->message() == upToDate || m_window->banner()->message().contains(QStringLiteral("Ctrl+9")),
             qPrintable(m_window->banner()->message()));
}

void TestGuiMain::overviewShowsAccountAndCounts()
{
    m_window->tabs()->setCurrentIndex(0);
    QVERIFY(find<QLabel>(QStringLiteral("overviewName"))->text().contains(QStringLiteral("Alice Chan")));
    QVERIFY(find<QLabel>(QStringLiteral("overviewAccount"))->text().contains(QStringLiteral("C-1001")));
    QVERIFY(find<QLabel>(QStringLiteral("overviewSynced"))->text().startsWith(prefixOf(T("pd::ui::OverviewPage", "Last synced: %1"))));
    QVERIFY(!find<QLabel>(QStringLiteral("overviewPolicy"))->text().isEmpty());
    auto *overview = find<OverviewPage>(QStringLiteral("overviewPage"));
    QCOMPARE(overview->countText(Category::ServerUsage), T("pd::ui::OverviewPage", "%Ln record(s)", 4700));
    QCOMPARE(overview->countText(Category::Devices), T("pd::ui::OverviewPage", "%Ln record(s)", 4));
    QCOMPARE(overview->countText(Category::Cookies), T("pd::ui::OverviewPage", "%Ln record(s)", 8));
    QVERIFY(overview->countText(Category::ServerUsage).contains(QLocale().toString(4700)));

    // "View" opens the category's tab and, for domains, the Domains sub-view.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("view_domain_usage")), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("usagePage"));
    QCOMPARE(find<UsagePage>(QStringLiteral("usagePage"))->views()->currentIndex(), 1);
    m_window->tabs()->setCurrentIndex(0);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("view_devices")), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget()->objectName(), QStringLiteral("devicesPage"));
}

void TestGuiMain::personalShowsAlice()
{
    auto *table = find<RecordTable>(QStringLiteral("personalTable"));
    QAbstractItemModel *model = table->model();
    QVERIFY(model);
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, PersonalModel::Value).data().toString();
    QVERIFY2(values.contains(QStringLiteral("Alice Chan")), qPrintable(values.join(u'|')));
    QVERIFY(values.join(u'|').contains(QStringLiteral("4242")));
    QVERIFY(!values.join(u'|').contains(QStringLiteral("4242 4242")));
    QVERIFY(find<QLabel>(QStringLiteral("personalPassword"))
                ->text()
                .endsWith(T("pd::ui::PersonalPage", "The password itself is never shown or stored here.")));
    QVERIFY(!find<QLabel>(QStringLiteral("personalPayment"))->text().isEmpty());
    // The purpose and legal basis of the selected row are in the details pane.
    table->setCurrentIndex(model->index(0, 0));
    auto *details = find<QTextBrowser>(QStringLiteral("personalDetails"));
    QTRY_VERIFY(details->toPlainText().contains(T("pd::PersonalModel", "Used for")));
}

void TestGuiMain::usageShowsEventsAndChart()
{
    QTRY_VERIFY(serverRows() > 1000);
    auto *count = find<QLabel>(QStringLiteral("serversCount"));
    QCOMPARE(count->text(), T("pd::ui::UsagePage", "Showing %L1 of %Ln event(s)", 4700).arg(4700));
    auto *domains = find<RecordTable>(QStringLiteral("domainsTable"));
    QCOMPARE(domains->model()->rowCount(), 300);
    QVERIFY(domains->isSortingEnabled());

    auto *chart = find<UsageChart>(QStringLiteral("usageChart"));
    QVERIFY(!chart->data().isEmpty());
    const QString summary = T("pd::ui::UsageChart", "Traffic per day, %1 to %2: highest %3 on %4");
    QVERIFY2(chart->summary().startsWith(prefixOf(summary)), qPrintable(chart->summary()));
    QVERIFY(chart->summary().size() > summary.size());
    QCOMPARE(chart->accessibleDescription(), chart->summary());
    QCOMPARE(find<QLabel>(QStringLiteral("chartCaption"))->text(), chart->summary());

    // The chart can be hidden; the caption in words stays.
    m_window->tabs()->setCurrentWidget(find<QWidget>(QStringLiteral("usagePage")));
    find<UsagePage>(QStringLiteral("usagePage"))->views()->setCurrentIndex(0);
    auto *toggle = find<QAbstractButton>(QStringLiteral("chartToggle"));
    QVERIFY(chart->isVisible());
    toggle->click();
    QVERIFY(!chart->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("chartCaption"))->isVisible());
    toggle->click();
    QVERIFY(chart->isVisible());

    // Sorting goes through the model (SQL): sorting by traffic descending puts the biggest first.
    auto *servers = find<RecordTable>(QStringLiteral("serversTable"));
    servers->sortByColumn(3, Qt::DescendingOrder);
    const qint64 first = servers->model()->index(0, 3).data(WindowedTableModel::SortValueRole).toLongLong();
    const qint64 second = servers->model()->index(1, 3).data(WindowedTableModel::SortValueRole).toLongLong();
    QVERIFY(first >= second);
}

void TestGuiMain::usageFilterReducesRows()
{
    m_window->tabs()->setCurrentWidget(find<QWidget>(QStringLiteral("usagePage")));
    find<UsagePage>(QStringLiteral("usagePage"))->views()->setCurrentIndex(0);
    const int all = serverRows();
    auto *filter = find<QLineEdit>(QStringLiteral("serversFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("db-1"));
    QTRY_VERIFY(serverRows() > 0 && serverRows() < all);
    QTRY_VERIFY(find<QLabel>(QStringLiteral("serversCount"))->text() != T("pd::ui::UsagePage", "Showing %L1 of %Ln event(s)", 4700).arg(4700));
    QVERIFY(find<QLabel>(QStringLiteral("serversCount"))->text().contains(QLocale().toString(4700)));
    QTest::keyClicks(filter, QStringLiteral("-no-such-server"));
    QTRY_COMPARE(serverRows(), 0);
    QCOMPARE(find<QLabel>(QStringLiteral("serversCount"))->text(),
             T("pd::ui::UsagePage", "No events match the filter. Clear the filter to see all %Ln event(s).", 4700));
    filter->clear();
    QTRY_COMPARE(serverRows(), all);

    // Domain kind filter.
    find<UsagePage>(QStringLiteral("usagePage"))->views()->setCurrentIndex(1);
    auto *kind = find<QComboBox>(QStringLiteral("kindFilter"));
    auto *domains = find<RecordTable>(QStringLiteral("domainsTable"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("renewal")));
    QTRY_VERIFY(domains->model()->rowCount() < 300);
    kind->setCurrentIndex(0);
    QTRY_COMPARE(domains->model()->rowCount(), 300);
}

void TestGuiMain::devicesAndCookiesHaveDetails()
{
    for (const QString &prefix : {QStringLiteral("devices"), QStringLiteral("cookies")}) {
        auto *page = find<TablePage>(prefix + QStringLiteral("Page"));
        m_window->tabs()->setCurrentWidget(page);
        auto *table = find<RecordTable>(prefix + QStringLiteral("Table"));
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(find<QWidget>(prefix + QStringLiteral("Empty"))->isHidden()
                || !find<QWidget>(prefix + QStringLiteral("Empty"))->isVisible());
        table->setFocus();
        table->selectRow(0);
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *details = find<QTextBrowser>(prefix + QStringLiteral("Details"));
        QTRY_VERIFY(!details->toPlainText().isEmpty());
        QVERIFY(details->toPlainText().contains(table->model()->index(0, 0).data().toString()));
        // Enter takes the reader to the details.
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(details->hasFocus());
    }
    QCOMPARE(find<QLabel>(QStringLiteral("devicesCount"))->text(), T("pd::ui::DevicesPage", "Showing %L1 of %Ln device(s)", 4).arg(4));
}

void TestGuiMain::whyPanelsExplain()
{
    for (const QString &name : {QStringLiteral("personalWhy"), QStringLiteral("serversWhy"), QStringLiteral("domainsWhy"),
                                QStringLiteral("devicesWhy"), QStringLiteral("cookiesWhy")}) {
        auto *why = find<WhyPanel>(name);
        QVERIFY2(why, qPrintable(name));
        const QString notYet = T("pd::ui::WhyPanel", "Not known yet. It appears after the first sync.");
        QVERIFY2(!why->usedForText().isEmpty() && why->usedForText() != notYet,
                 qPrintable(name + QStringLiteral(": ") + why->usedForText()));
        QVERIFY2(why->keptForText() != notYet, qPrintable(why->keptForText()));
        QVERIFY(!why->sharedWithText().isEmpty());
    }
    auto *why = find<WhyPanel>(QStringLiteral("devicesWhy"));
    why->setExpanded(false);
    QVERIFY(!why->isExpanded());
    why->setExpanded(true);
}

void TestGuiMain::ctrlNumberReachesEveryTab()
{
    const int n = m_window->tabs()->count();
    QCOMPARE(n, 9);
    for (int i = n - 1; i >= 0; --i) {
        press(Qt::Key_1 + i, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), i);
    }
}

void TestGuiMain::ctrlTabCycles()
{
    m_window->tabs()->setCurrentIndex(0);
    m_window->tabs()->tabBar()->setFocus();
    const int n = m_window->tabs()->count();
    for (int i = 1; i <= n; ++i) {
        press(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->currentIndex(), i % n);
    }
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), n - 1);

    // From inside the usage page (which has its own sub-tabs), Ctrl+Tab still moves between the
    // main tabs.
    m_window->tabs()->setCurrentWidget(find<QWidget>(QStringLiteral("usagePage")));
    find<RecordTable>(QStringLiteral("serversTable"))->setFocus();
    const int usage = m_window->tabs()->currentIndex();
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), usage + 1);
}

void TestGuiMain::ctrlFFocusesFilter()
{
    press(Qt::Key_3, Qt::ControlModifier);
    find<UsagePage>(QStringLiteral("usagePage"))->views()->setCurrentIndex(0);
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("serversFilter")));
    find<UsagePage>(QStringLiteral("usagePage"))->views()->setCurrentIndex(1);
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("domainsFilter")));
    press(Qt::Key_4, Qt::ControlModifier);
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("devicesFilter")));
    press(Qt::Key_5, Qt::ControlModifier);
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(QStringLiteral("cookiesFilter")));
}

void TestGuiMain::tabFollowsTheScreen()
{
    press(Qt::Key_3, Qt::ControlModifier);
    find<UsagePage>(QStringLiteral("usagePage"))->views()->setCurrentIndex(0);
    find<QWidget>(QStringLiteral("chartToggle"))->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i < 20 && !order.contains(QStringLiteral("whyToggle")); ++i) {
        press(Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    const QString seen = order.join(QStringLiteral(" > "));
    QVERIFY2(order.value(0) == QStringLiteral("serversFilter"), qPrintable(seen));
    QVERIFY2(order.indexOf(QStringLiteral("fromCheck")) > 0, qPrintable(seen));
    QVERIFY2(order.indexOf(QStringLiteral("serversTable")) > order.indexOf(QStringLiteral("toCheck")), qPrintable(seen));
    QVERIFY2(order.indexOf(QStringLiteral("whyToggle")) > order.indexOf(QStringLiteral("serversTable")), qPrintable(seen));
}

void TestGuiMain::f5StartsSync()
{
    QSignalSpy started(m_session.get(), &Session::syncStarted);
    QSignalSpy finished(m_session.get(), &Session::syncFinished);
    QStringList progressTexts;
    auto conn = connect(m_session.get(), &Session::syncProgress, this, [&] {
        auto *label = find<QLabel>(QStringLiteral("syncProgressLabel"));
        progressTexts << label->text();
        if (progressTexts.size() == 1) {
            QVERIFY(label->isVisible());
            QVERIFY(find<QWidget>(QStringLiteral("cancelSyncButton"))->isVisible());
            if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty())
                m_window->grab().save(dir + QStringLiteral("/syncing.png"));
        }
    });
    press(Qt::Key_F5);
    QCOMPARE(started.count(), 1);
    QVERIFY(find<QWidget>(QStringLiteral("cancelSyncButton"))->isVisible() || finished.count() == 1);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    disconnect(conn);
    QCOMPARE(finished.first().first().value<Error>().code, ErrorCode::None);
    QTRY_VERIFY(serverRows() > 1000);
    QVERIFY(!progressTexts.isEmpty());
    for (const QString &t : std::as_const(progressTexts))
        QVERIFY2(t.startsWith(prefixOf(T(kSync, "Fetching %1…"))) && t.contains(u'\u2026'), qPrintable(t));
    QVERIFY(!find<QWidget>(QStringLiteral("cancelSyncButton"))->isVisible());
}

void TestGuiMain::f1ListsEveryShortcut()
{
    QStringList listed;
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = dialog->objectName() == QStringLiteral("shortcutsDialog");
        if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable")))
            for (int r = 0; r < table->rowCount(); ++r)
                listed << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
        if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/shortcuts.png"));
        QTest::keyClick(dialog, Qt::Key_Escape); // Esc closes
    });
    press(Qt::Key_F1);
    QVERIFY(seen);
    const QString all = listed.join(u'\n');
    for (QAction *a : m_window->shortcutActions())
        for (const QKeySequence &k : a->shortcuts())
            if (k[0].key() != Qt::Key_Backtab)
                QVERIFY2(all.contains(k.toString(QKeySequence::NativeText)), qPrintable(k.toString()));
    // Tab names are read without their mnemonic: "Devices && networks" / "裝置及網絡(&D)" become plain words.
    const QString overview = Labels::withoutMnemonic(m_window->tabs()->tabText(0));
    QVERIFY(!overview.contains(u'&') && !overview.isEmpty());
    QVERIFY2(all.contains(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText) + QStringLiteral(" = ")
                          + T(kWindow, "Go to the %1 tab").arg(overview)),
             qPrintable(all));
    const QString devices = Labels::withoutMnemonic(m_window->tabs()->tabText(3));
    QVERIFY2(all.contains(devices) && !devices.contains(QStringLiteral("&&")), qPrintable(devices + QStringLiteral(" in ") + all));
}

void TestGuiMain::everyFocusableWidgetHasAName()
{
    // Show every page once so lazily built parts exist, then check the whole window.
    QStringList nameless;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // Explicitly hidden widgets (the banner's action button when there is no action) cannot
        // take focus; widgets on pages not shown right now are still checked.
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || w->window() != m_window.get() || w->isHidden())
            continue;
        // Parts of compound widgets (a spin box's line edit) take their name from the compound.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            nameless << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
}

void TestGuiMain::bannerIsANotification()
{
    NotificationBanner *banner = m_window->banner();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Notification);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    QCOMPARE(iface->text(QAccessible::Name), banner->displayText());
}

void TestGuiMain::screenshots()
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR", m_data.path());
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        m_window->tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        const QImage img = m_window->grab().toImage();
        QVERIFY(!img.isNull());
        QVERIFY(img.width() > 400 && img.height() > 300);
        const QString file = QStringLiteral("%1/tab-%2-%3.png").arg(dir).arg(i + 1).arg(m_window->tabs()->widget(i)->objectName());
        QVERIFY(img.save(file));
        // At the normal text size too, nothing is cut or overlaps.
        const QStringList defects = layoutDefects(m_window.get());
        QVERIFY2(defects.isEmpty(), qPrintable(m_window->tabs()->widget(i)->objectName() + QStringLiteral(": ") + defects.join(u'\n')));
    }
    auto *usage = find<UsagePage>(QStringLiteral("usagePage"));
    m_window->tabs()->setCurrentWidget(usage);
    usage->views()->setCurrentIndex(1);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/tab-3-usage-domains.png")));
    usage->views()->setCurrentIndex(0);
}

void TestGuiMain::largeTextDoesNotClip()
{
    // 200% text, as RECIPES.md describes: nothing uses its own pixel font, so everything grows.
    const QFont original = QApplication::font();
    QFont big = original;
    big.setPointSizeF(original.pointSizeF() * 2);
    QApplication::setFont(big);
    // Font changes post layout requests, which post more: let them settle.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    QCOMPARE(find<QWidget>(QStringLiteral("serversTable"))->font().pointSizeF(), big.pointSizeF());
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    QStringList defects;
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        m_window->tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        const QImage img = m_window->grab().toImage();
        QVERIFY(!img.isNull());
        if (!dir.isEmpty())
            img.save(QStringLiteral("%1/large-%2.png").arg(dir).arg(i + 1));
        for (const QString &d : layoutDefects(m_window.get()))
            defects << m_window->tabs()->widget(i)->objectName() + QStringLiteral(": ") + d;
    }
    QApplication::setFont(original);
    QApplication::processEvents();
    m_window->tabs()->setCurrentIndex(0);
    QVERIFY2(defects.isEmpty(), qPrintable(defects.join(u'\n')));
}

void TestGuiMain::offlineKeepsDataAndOffersRetry()
{
    m_provider->kill();
    QSignalSpy finished(m_session.get(), &Session::syncFinished);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    const ErrorCode code = finished.first().first().value<Error>().code;
    QVERIFY(code == ErrorCode::Network || code == ErrorCode::Timeout);

    NotificationBanner *banner = m_window->banner();
    QCOMPARE(banner->kind(), NotificationBanner::Kind::Offline);
    QVERIFY2(banner->message().startsWith(prefixOf(
                 T(kSync, "You are offline or Hong Kong Cloud is not answering. Showing data from %1."))),
             qPrintable(banner->message()));
    QVERIFY(banner->actionButton()->isVisible());
    QCOMPARE(QAccessible::queryAccessibleInterface(banner)->text(QAccessible::Name), banner->displayText());
    QVERIFY(banner->displayText().startsWith(prefixOf(T("pd::ui::NotificationBanner", "Offline: %1"))));
    QVERIFY(serverRows() > 1000); // cached data stays
    if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/offline.png"));

    QVERIFY(m_provider->restart());
    QVERIFY(m_session->setProviderUrl(m_provider->url()));
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 60000);
    QCOMPARE(finished.last().first().value<Error>().code, ErrorCode::None);
    QCOMPARE(banner->kind(), NotificationBanner::Kind::Info);
    QVERIFY2(banner->message().startsWith(T(kSync, "You are back online.")), qPrintable(banner->message()));
}

void TestGuiMain::signOutReturnsToWelcome()
{
    QVERIFY(m_tokens->has(Session::tokenKeyFor(m_session->providerOrigin(), QStringLiteral("C-1001"))));
    QSignalSpy out(m_session.get(), &Session::signedOut);
    m_window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QTRY_COMPARE(out.count(), 1);
    QCOMPARE(find<QStackedWidget>(QStringLiteral("mainStack"))->currentWidget(), m_window->welcomePage());
    QCOMPARE(m_window->windowTitle(), T(kWindow, "Privacy Dashboard"));
    QVERIFY(!m_tokens->has(Session::tokenKeyFor(m_session->providerOrigin(), QStringLiteral("C-1001"))));
    QCOMPARE(m_window->banner()->message(), T(kWindow, "You are signed out. The copy of your data on this computer was deleted; "
                                                       "your data at Hong Kong Cloud is unchanged."));
    // Shortcuts that need data do nothing on the welcome page.
    press(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!m_session->isSyncing());
}

void TestGuiMain::aNewWindowFitsTheScreen()
{
    // In Chinese the window once opened 2040 pixels wide on a 1400-pixel screen (its width came from
    // the CJK font's average character): the side panel and the banner's button were off the screen.
    MainWindow fresh(m_gui.session.get());
    const QRect free = fresh.screen()->availableGeometry();
    QVERIFY2(fresh.width() <= free.width() && fresh.height() <= free.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(fresh.width()).arg(fresh.height()).arg(free.width()).arg(free.height())));
    // The same room in every language: measured on Latin letters, not on the font's average character.
    const int latin = fresh.fontMetrics().horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) * 170 / 26;
    QCOMPARE(fresh.width(), std::min(latin, free.width()));
}

namespace {
// The access key of a text ("Co&nsent" -> 'n', "網域(&N)" -> 'n'), or a null QChar.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}
} // namespace

void TestGuiMain::accessKeysAreUniqueOnEachTab()
{
    // Alt+letter must reach one thing: two on screen at once with the same key reach neither (Qt calls
    // it ambiguous). Everything visible counts: the menu bar, the main tabs, a page's own tabs, its
    // buttons and check boxes, and labels that lead to a field.
    QTabWidget *tabs = m_window->tabs();
    QStringList clashes;
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QCoreApplication::processEvents();
        QHash<QChar, QStringList> seen;
        const auto note = [&](const QString &text, const QString &what) {
            if (const QChar k = accessKey(text); !k.isNull())
                seen[k] << what;
        };
        for (QAction *a : m_window->menuBar()->actions())
            if (a->isVisible())
                note(a->text(), QStringLiteral("menu ") + a->text());
        for (QTabBar *bar : m_window->findChildren<QTabBar *>())
            if (bar->isVisible())
                for (int i = 0; i < bar->count(); ++i)
                    if (bar->isTabVisible(i))
                        note(bar->tabText(i), QStringLiteral("tab ") + bar->tabText(i));
        for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>())
            if (b->isVisible() && !qobject_cast<QToolButton *>(b))
                note(b->text(), QStringLiteral("button ") + b->text());
        for (QLabel *l : m_window->findChildren<QLabel *>())
            if (l->isVisible() && l->buddy())
                note(l->text(), QStringLiteral("label ") + l->text());
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            if (it->size() > 1)
                clashes << QStringLiteral("on %1, Alt+%2: %3").arg(Labels::withoutMnemonic(tabs->tabText(t)), it.key(),
                                                                    it->join(QStringLiteral(", ")));
    }
    tabs->setCurrentIndex(0);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

QTEST_MAIN(TestGuiMain)
#include "tst_gui_main.moc"
