// SPDX-License-Identifier: GPL-3.0-or-later
// WCAG 2.2 AA contrast of what the app draws itself (the usage chart, the notification banner, the
// red of overdue requests), measured on the pixels it renders, in a light, a dark and the app's
// high-contrast palette: text at least 4.5:1 against the background it is drawn on (1.4.3), bars,
// icons and borders at least 3:1 (1.4.11). Set PD_CONTRAST_SHOTS to a folder to keep the images.
#include "Appearance.h"
#include "MemoryTokenStore.h"
#include "Session.h"
#include "models/RequestsModel.h"
#include "pages/RequestsPage.h"
#include "widgets/NotificationBanner.h"
#include "widgets/UsageChart.h"

#include <QApplication>
#include <QHash>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <tuple>

using namespace pd;
using namespace pd::ui;

namespace {

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

/// The colour covering most of `r`, leaving out `except` (pass an invalid colour to count all).
QColor dominant(const QImage &img, const QRect &r, const QColor &except = {})
{
    QHash<QRgb, int> counts;
    const QRect area = r.intersected(img.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb px = img.pixel(x, y);
            if (!except.isValid() || px != except.rgb())
                ++counts[px];
        }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return most < 0 ? QColor() : QColor::fromRgb(best);
}

/// The pixel in `r` that stands out most from `background`: for text, the core of the glyphs (their
/// anti-aliased edges are blends of text and background, so never further from the background).
QColor strongest(const QImage &img, const QRect &r, const QColor &background)
{
    QColor best = background;
    double ratio = 1.0;
    const QRect area = r.intersected(img.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = QColor::fromRgb(img.pixel(x, y));
            const double cr = Appearance::contrastRatio(c, background);
            if (cr > ratio) {
                ratio = cr;
                best = c;
            }
        }
    return best;
}

QPalette darkPalette()
{
    // A common dark Fusion palette (as dark-theme guides for Qt apps give it).
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

/// 30 days of traffic with a clear peak, as the Usage tab shows it.
QList<QPair<QDate, qint64>> sampleDays()
{
    QList<QPair<QDate, qint64>> days;
    const QDate first(2025, 11, 1);
    for (int i = 0; i < 30; ++i)
        days.append({first.addDays(i), qint64(400 + (i * 37) % 300 + (i == 13 ? 2600 : 0)) * 1000 * 1000});
    return days;
}

} // namespace

class TestGuiContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void ratioOfKnownColours();
    void ensureContrastMeetsTheRatio_data();
    void ensureContrastMeetsTheRatio();
    void selectionIsReadable();

    void chart_data();
    void chart();
    void emptyChart_data();
    void emptyChart();
    void banner_data();
    void banner();
    void overdueRequest_data();
    void overdueRequest();

    void highContrastSwitchRecolours();

private:
    void addPaletteRows();
    void applyPalette(const QString &name);
    void save(const QImage &img, const QString &name);
    void expectRatio(const QString &what, const QColor &fg, const QColor &bg, double minimum);

    QStringList m_report;
};

void TestGuiContrast::initTestCase()
{
    // Fusion everywhere, as on a desktop without a platform theme, so the pixels do not depend on
    // which style plugins happen to be installed.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(QFont(QApplication::font().family(), 9));
}

void TestGuiContrast::cleanup()
{
    Appearance::setHighContrast(false);
    QApplication::setPalette(QApplication::style()->standardPalette());
    for (const QString &line : std::as_const(m_report))
        qInfo("%s", qPrintable(line));
    m_report.clear();
}

void TestGuiContrast::addPaletteRows()
{
    QTest::addColumn<QString>("palette");
    for (const char *name : {"light", "dark", "high contrast"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestGuiContrast::applyPalette(const QString &name)
{
    Appearance::setHighContrast(false);
    QApplication::setPalette(name == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    // What the app does at start-up (main.cpp): Fusion's light selection is too light under white text.
    Appearance::useReadableSelection();
    // The high-contrast palette the way the user gets it: Settings calls setHighContrast().
    if (name == QLatin1String("high contrast"))
        Appearance::setHighContrast(true);
}

void TestGuiContrast::save(const QImage &img, const QString &name)
{
    const QString dir = qEnvironmentVariable("PD_CONTRAST_SHOTS");
    if (!dir.isEmpty())
        img.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestGuiContrast::expectRatio(const QString &what, const QColor &fg, const QColor &bg, double minimum)
{
    const double ratio = Appearance::contrastRatio(fg, bg);
    const QString line = QStringLiteral("%1 %2: %3 on %4 = %5:1 (needs %6:1)")
                             .arg(QString::fromLatin1(QTest::currentDataTag()), what, hex(fg), hex(bg))
                             .arg(ratio, 0, 'f', 2)
                             .arg(minimum, 0, 'f', 1);
    m_report.append(line);
    QVERIFY2(ratio >= minimum, qPrintable(line));
}

void TestGuiContrast::ratioOfKnownColours()
{
    QCOMPARE(Appearance::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(Appearance::contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(Appearance::contrastRatio(Qt::white, Qt::white), 1.0);
    // #777 on white is the classic "just fails AA" grey: 4.48:1.
    QVERIFY(qAbs(Appearance::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    // #767676 is the lightest grey that passes on white: 4.54:1.
    QVERIFY(qAbs(Appearance::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    // Translucent colours count as drawn over the other colour: half-transparent black on white
    // is #7f7f7f (4.00:1), not black.
    QVERIFY(qAbs(Appearance::contrastRatio(QColor(0, 0, 0, 128), Qt::white) - 4.0) < 0.01);
    QCOMPARE(Appearance::composite(QColor(0, 0, 0, 128), Qt::white), QColor(0x7f, 0x7f, 0x7f));
}

void TestGuiContrast::ensureContrastMeetsTheRatio_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    QTest::newRow("light grey on white, text") << QColor(0xcc, 0xcc, 0xcc) << QColor(Qt::white) << 4.5;
    QTest::newRow("dark red on dark grey, text") << QColor(0xa4, 0x00, 0x0f) << QColor(0x2a, 0x2a, 0x2a) << 4.5;
    QTest::newRow("blue on black, graphics") << QColor(0x00, 0x00, 0xc0) << QColor(Qt::black) << 3.0;
    QTest::newRow("yellow on white, text") << QColor(Qt::yellow) << QColor(Qt::white) << 4.5;
    QTest::newRow("mid grey on mid grey, text") << QColor(0x77, 0x77, 0x77) << QColor(0x76, 0x76, 0x76) << 4.5;
    QTest::newRow("already fine") << QColor(Qt::black) << QColor(Qt::white) << 4.5;
}

void TestGuiContrast::ensureContrastMeetsTheRatio()
{
    QFETCH(QColor, colour);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    const QColor c = Appearance::ensureContrast(colour, {background}, minimum);
    QVERIFY2(Appearance::contrastRatio(c, background) >= minimum,
             qPrintable(QStringLiteral("%1 -> %2").arg(hex(colour), hex(c))));
    if (Appearance::contrastRatio(colour, background) >= minimum)
        QCOMPARE(c, colour); // nothing to fix, nothing changed
    else if (colour.hslSaturation() > 0 && c != Qt::black && c != Qt::white)
        QVERIFY2(qAbs(c.hslHue() - colour.hslHue()) <= 3, qPrintable(hex(c))); // still the same hue
}

void TestGuiContrast::selectionIsReadable()
{
    // Fusion's own light selection (white on #308cc6, 3.7:1) becomes a darker blue; a palette whose
    // selection is already readable (the dark one, the high-contrast one) is left exactly as it is.
    const QPalette fusion = QApplication::style()->standardPalette();
    QVERIFY(Appearance::contrastRatio(fusion.color(QPalette::HighlightedText), fusion.color(QPalette::Highlight)) < 4.5);
    const QPalette fixed = Appearance::withReadableSelection(fusion);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive}) {
        QVERIFY(Appearance::contrastRatio(fixed.color(g, QPalette::HighlightedText), fixed.color(g, QPalette::Highlight))
                >= Appearance::TextContrast);
        QVERIFY(qAbs(fixed.color(g, QPalette::Highlight).hslHue() - fusion.color(g, QPalette::Highlight).hslHue()) <= 3);
    }
    QCOMPARE(fixed.color(QPalette::Window), fusion.color(QPalette::Window));
    QCOMPARE(fixed.color(QPalette::Text), fusion.color(QPalette::Text));
    QCOMPARE(Appearance::withReadableSelection(darkPalette()), darkPalette());
    QCOMPARE(Appearance::withReadableSelection(Appearance::highContrastPalette()), Appearance::highContrastPalette());
}

void TestGuiContrast::chart_data()
{
    addPaletteRows();
}

void TestGuiContrast::chart()
{
    QFETCH(QString, palette);
    applyPalette(palette);
    UsageChart chart;
    chart.setData(sampleDays());
    chart.resize(chart.sizeHint());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage img = chart.grab().toImage().convertToFormat(QImage::Format_RGB32);
    save(img, QStringLiteral("chart-") + palette);

    const QColor bg = QColor::fromRgb(img.pixel(0, 0));
    QCOMPARE(bg, chart.palette().color(QPalette::Base));
    const QColor bars = dominant(img, img.rect(), bg);
    expectRatio(QStringLiteral("bars"), bars, bg, Appearance::GraphicsContrast);

    // The axes: the row and the column with the most pixels that are neither background nor bar.
    // `pixel(i, j)` is pixel j of row or column i; returns {which line, how many such pixels}.
    auto busiest = [&](int lines, int length, auto pixel) {
        std::pair<int, int> best{0, 0};
        for (int i = 0; i < lines; ++i) {
            int n = 0;
            for (int j = 0; j < length; ++j) {
                const QRgb px = pixel(i, j);
                n += px != bg.rgb() && px != bars.rgb();
            }
            if (n > best.second)
                best = {i, n};
        }
        return best;
    };
    const auto [axisRow, rowCount] = busiest(img.height(), img.width(), [&](int y, int x) { return img.pixel(x, y); });
    const auto [axisColumn, columnCount] =
        busiest(img.width(), img.height(), [&](int x, int y) { return img.pixel(x, y); });
    QVERIFY2(rowCount > img.width() / 2, "no x axis found");
    QVERIFY2(columnCount > img.height() / 2, "no y axis found");
    expectRatio(QStringLiteral("axis"), QColor::fromRgb(img.pixel(img.width() * 3 / 4, axisRow)), bg,
                Appearance::GraphicsContrast);

    // Text: the dates under the x axis, and the scale left of the y axis.
    const QRect dates(axisColumn + 1, axisRow + 2, img.width(), img.height());
    const QRect scale(0, 0, axisColumn - 1, img.height());
    for (const auto &[what, r] : {std::pair{QStringLiteral("dates"), dates}, {QStringLiteral("scale"), scale}}) {
        const QColor text = strongest(img, r, bg);
        QVERIFY2(text != bg, qPrintable(what + QStringLiteral(": nothing drawn")));
        expectRatio(what, text, bg, Appearance::TextContrast);
    }
}

void TestGuiContrast::emptyChart_data()
{
    addPaletteRows();
}

void TestGuiContrast::emptyChart()
{
    QFETCH(QString, palette);
    applyPalette(palette);
    UsageChart chart;
    chart.resize(chart.sizeHint());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage img = chart.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QColor bg = QColor::fromRgb(img.pixel(0, 0));
    const QColor text = strongest(img, img.rect(), bg);
    QVERIFY2(text != bg, "the 'no usage' sentence is not drawn");
    expectRatio(QStringLiteral("no-data text"), text, bg, Appearance::TextContrast);
}

void TestGuiContrast::banner_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<NotificationBanner::Kind>("kind");
    for (const char *name : {"light", "dark", "high contrast"})
        for (auto [kindName, kind] : {std::pair{"info", NotificationBanner::Kind::Info},
                                      {"offline", NotificationBanner::Kind::Offline},
                                      {"error", NotificationBanner::Kind::Error}})
            QTest::addRow("%s, %s", name, kindName) << QString::fromLatin1(name) << kind;
}

void TestGuiContrast::banner()
{
    QFETCH(QString, palette);
    QFETCH(NotificationBanner::Kind, kind);
    applyPalette(palette);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new NotificationBanner(&window);
    layout->addWidget(banner);
    layout->addStretch();
    window.resize(640, 140);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    banner->showMessage(kind, QStringLiteral("You are offline. Showing data from 3 Dec 14:05. 2 requests waiting to send."),
                        kind == NotificationBanner::Kind::Error ? QStringLiteral("&Retry") : QString());
    QApplication::processEvents();
    const QImage img = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    save(img, QStringLiteral("banner-%1-%2").arg(palette).arg(int(kind)));

    const QColor windowBg = QColor::fromRgb(img.pixel(1, img.height() - 2));
    const QRect area = banner->geometry();
    auto inBanner = [&](const char *name) {
        auto *w = banner->findChild<QWidget *>(QLatin1String(name));
        return QRect(w->mapTo(&window, QPoint(0, 0)), w->size());
    };
    const QColor bg = dominant(img, area);
    QVERIFY2(bg != windowBg, "the banner does not stand apart from the window");

    const QColor text = strongest(img, inBanner("bannerText"), bg);
    QVERIFY2(text != bg, "no message text drawn");
    expectRatio(QStringLiteral("text"), text, bg, Appearance::TextContrast);

    const QColor border = QColor::fromRgb(img.pixel(area.center().x(), area.top()));
    expectRatio(QStringLiteral("border on banner"), border, bg, Appearance::GraphicsContrast);
    expectRatio(QStringLiteral("border on window"), border, windowBg, Appearance::GraphicsContrast);
    const QColor stripe = QColor::fromRgb(img.pixel(area.left() + 1, area.center().y()));
    expectRatio(QStringLiteral("stripe"), stripe, bg, Appearance::GraphicsContrast);

    const QColor icon = dominant(img, inBanner("bannerIcon"), bg);
    expectRatio(QStringLiteral("icon"), icon, bg, Appearance::GraphicsContrast);
    const QColor close = strongest(img, inBanner("bannerDismiss"), bg);
    expectRatio(QStringLiteral("dismiss x"), close, bg, Appearance::GraphicsContrast);

    if (banner->actionButton()->isVisible()) {
        // The button's own face, inside its frame; its label on it.
        const QRect button = inBanner("bannerAction").adjusted(4, 4, -4, -4);
        const QColor face = dominant(img, button);
        expectRatio(QStringLiteral("button label"), strongest(img, button, face), face, Appearance::TextContrast);
    }
}

void TestGuiContrast::overdueRequest_data()
{
    addPaletteRows();
}

void TestGuiContrast::overdueRequest()
{
    QFETCH(QString, palette);
    applyPalette(palette);
    // The real Requests page; its table's view model gets two requests, one overdue, in place of a
    // synced account's.
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    test::MemoryTokenStore tokens;
    Session session(&nam, &tokens, dir.path());
    RequestsPage page(&session);
    auto *table = page.findChild<QTableView *>(QStringLiteral("requestsTable"));
    QVERIFY(table);
    auto *view = qobject_cast<QIdentityProxyModel *>(table->model());
    QVERIFY(view);
    QStandardItemModel source(2, RequestsModel::ColumnCount);
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < RequestsModel::ColumnCount; ++column) {
            auto *item = new QStandardItem(QStringLiteral("Copy of your data (overdue)"));
            item->setData(row == 0, RequestsModel::OverdueRole);
            source.setItem(row, column, item);
        }
    view->setSourceModel(&source);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    table->clearSelection();
    table->setCurrentIndex({});

    const QImage img = table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    save(img, QStringLiteral("overdue-") + palette);
    // The subject column: the status column also has a warning icon, which must not be measured.
    const QRect overdue = table->visualRect(view->index(0, RequestsModel::Subject)).adjusted(1, 1, -1, -1);
    const QRect normal = table->visualRect(view->index(1, RequestsModel::Subject)).adjusted(1, 1, -1, -1);
    const QColor bg = dominant(img, overdue);
    const QColor red = strongest(img, overdue, bg);
    QVERIFY2(red != bg, "no text drawn in the overdue cell");
    expectRatio(QStringLiteral("overdue text"), red, bg, Appearance::TextContrast);
    // The overdue row is coloured (besides its words): not the ordinary text colour.
    const QColor ordinary = strongest(img, normal, dominant(img, normal));
    QVERIFY2(red != ordinary, qPrintable(hex(red)));

    // Selected, the row takes the palette's highlighted-text colour, on the highlight.
    table->selectRow(0);
    const QImage selected = table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QColor selBg = dominant(selected, overdue);
    expectRatio(QStringLiteral("overdue text, selected"), strongest(selected, overdue, selBg), selBg,
                Appearance::TextContrast);
    view->setSourceModel(nullptr);
}

void TestGuiContrast::highContrastSwitchRecolours()
{
    // Switching high contrast on in Settings recolours what is already on screen, no restart.
    applyPalette(QStringLiteral("light"));
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new NotificationBanner(&window);
    auto *chart = new UsageChart(&window);
    layout->addWidget(banner);
    layout->addWidget(chart);
    chart->setData(sampleDays());
    banner->showMessage(NotificationBanner::Kind::Offline, QStringLiteral("You are offline."));
    window.resize(640, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto colours = [&] {
        const QImage img = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        save(img, Appearance::isHighContrast() ? QStringLiteral("switched-on") : QStringLiteral("switched-off"));
        const QRect chartArea = chart->geometry();
        const QColor chartBg = QColor::fromRgb(img.pixel(chartArea.topLeft()));
        return std::tuple{dominant(img, banner->geometry()), chartBg, dominant(img, chartArea, chartBg)};
    };
    const auto [lightBanner, lightPlot, lightBars] = colours();
    Appearance::setHighContrast(true);
    QApplication::processEvents();
    const auto [hcBanner, hcPlot, hcBars] = colours();
    const QPalette hc = Appearance::highContrastPalette();
    QCOMPARE(hcPlot, hc.color(QPalette::Base));
    QCOMPARE(hcBars, hc.color(QPalette::Highlight));
    QVERIFY2(hcBanner != lightBanner, qPrintable(hex(hcBanner)));
    // A dark banner on the black window, with white text readable on it.
    QVERIFY2(Appearance::contrastRatio(hcBanner, Qt::white) >= 7.0, qPrintable(hex(hcBanner)));

    Appearance::setHighContrast(false);
    QApplication::processEvents();
    const auto [backBanner, backPlot, backBars] = colours();
    QCOMPARE(backBanner, lightBanner);
    QCOMPARE(backPlot, lightPlot);
    QCOMPARE(backBars, lightBars);
}

QTEST_MAIN(TestGuiContrast)
#include "tst_gui_contrast.moc"
