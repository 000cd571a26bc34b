// SPDX-License-Identifier: GPL-3.0-or-later
// The table models over the cache: windowed reads (20,000 server events), SQL-side sorting and
// filtering, and the words views and screen readers get. Every model also runs under
// QAbstractItemModelTester while it is sorted, filtered and reloaded.
#include "Fixtures.h"
#include "models/Labels.h"
#include "models/PersonalModel.h"
#include "models/TableModels.h"
#include "store/CacheDb.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kServerEvents = 20000;
constexpr int kDomainEvents = 600;
constexpr int kPage = 5000;
constexpr int kSortedPrefix = 300; // more than one 256-row block

QVariant sortValue(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column), WindowedTableModel::SortValueRole);
}

QString display(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

/// True when `a` comes before or with `b` in `order`, comparing as SQLite does for these columns.
bool inOrder(const QVariant &a, const QVariant &b, Qt::SortOrder order)
{
    const QPartialOrdering c = QVariant::compare(a, b);
    if (c == QPartialOrdering::Unordered)
        return a.isNull(); // SQLite sorts NULL first ascending
    return order == Qt::AscendingOrder ? c != QPartialOrdering::Greater : c != QPartialOrdering::Less;
}

} // namespace

class TstModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void modelTester_data();
    void modelTester();
    void headers_data();
    void headers();

    void serverRowCount();
    void serverDefaultOrder();
    void serverSort_data();
    void serverSort();
    void serverSortExtremes();
    void serverFarBlock();
    void serverRandomAccessAcrossEviction();
    void serverFilterText_data();
    void serverFilterText();
    void serverDateRange_data();
    void serverDateRange();
    void serverFiltersCombine();
    void serverUnitsInWords();
    void serverReloadAfterAppend();
    void serverOutOfRange();

    void domainKindFilter();
    void domainFilterText();
    void domainSort();
    void domainAccessibleText();

    void devices();
    void cookies();

    void personalRows();
    void personalPayments();
    void personalPassword();
    void personalEmpty();
    void personalReload();

private:
    int expectedServerCount(const std::function<bool(const ServerEvent &)> &pred) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDb> m_db;
    QLocale m_savedLocale;
};

// ---- fixture ---------------------------------------------------------------------------------

void TstModels::initTestCase()
{
#ifdef Q_OS_UNIX
    // Date ranges are local days: test in a zone that is not UTC (set before any use of it).
    qputenv("TZ", "Asia/Hong_Kong");
    tzset();
#endif
    m_savedLocale = QLocale();
    QLocale::setDefault(QLocale::c());

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto r = CacheDb::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    m_db = std::move(r).value();

    for (int first = 1; first <= kServerEvents; first += kPage) {
        QList<ServerEvent> page;
        page.reserve(kPage);
        for (int id = first; id < first + kPage; ++id)
            page << sampleServerEvent(id);
        QVERIFY(m_db->appendServerEvents(page, u"s-%1"_s.arg(first + kPage - 1)).ok());
    }
    QList<DomainEvent> domains;
    for (int id = 1; id <= kDomainEvents; ++id)
        domains << sampleDomainEvent(id);
    QVERIFY(m_db->appendDomainEvents(domains, u"d"_s).ok());
    QVERIFY(m_db->replaceDevices(sampleDevices()).ok());
    QVERIFY(m_db->replaceCookies(sampleCookies()).ok());
    QVERIFY(m_db->replacePersonal(samplePersonal(), u"\"e1\""_s).ok());
    QCOMPARE(m_db->count(Category::ServerUsage), kServerEvents);
}

void TstModels::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
    QLocale::setDefault(m_savedLocale);
}

int TstModels::expectedServerCount(const std::function<bool(const ServerEvent &)> &pred) const
{
    int n = 0;
    for (int id = 1; id <= kServerEvents; ++id)
        n += pred(sampleServerEvent(id)) ? 1 : 0;
    return n;
}

// ---- every model, generically ------------------------------------------------------------------

namespace {
std::unique_ptr<QAbstractItemModel> makeModel(const QString &which, CacheDb *db)
{
    if (which == u"servers")
        return std::make_unique<ServerUsageModel>(db);
    if (which == u"domains")
        return std::make_unique<DomainUsageModel>(db);
    if (which == u"devices")
        return std::make_unique<DevicesModel>(db);
    if (which == u"cookies")
        return std::make_unique<CookiesModel>(db);
    return std::make_unique<PersonalModel>(db);
}
} // namespace

void TstModels::modelTester_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("servers") << u"servers"_s << kServerEvents << int(ServerUsageModel::ColumnCount);
    QTest::newRow("domains") << u"domains"_s << kDomainEvents << int(DomainUsageModel::ColumnCount);
    QTest::newRow("devices") << u"devices"_s << 3 << int(DevicesModel::ColumnCount);
    QTest::newRow("cookies") << u"cookies"_s << 5 << int(CookiesModel::ColumnCount);
    QTest::newRow("personal") << u"personal"_s << 4 + 1 + 2 << int(PersonalModel::ColumnCount);
}

void TstModels::modelTester()
{
    QFETCH(QString, which);
    QFETCH(int, rows);
    QFETCH(int, columns);
    std::unique_ptr<QAbstractItemModel> model = makeModel(which, m_db.get());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->columnCount(), columns);
    // A table: no children anywhere.
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
    QVERIFY(!model->hasChildren(model->index(0, 0)));

    // Every cell of the first and last rows answers the text roles (the tester only samples).
    for (int row : {0, rows - 1})
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model->index(row, c);
            QVERIFY(i.isValid());
            QVERIFY(model->data(i, Qt::DisplayRole).isValid());
            QVERIFY(model->data(i, Qt::AccessibleTextRole).isValid());
        }

    // The tester checks the signals of every change (each check walks every index, so sort
    // by two columns here; serverSort covers every column's order).
    for (int c : {0, columns - 1}) {
        model->sort(c, Qt::AscendingOrder);
        model->sort(c, Qt::DescendingOrder);
    }
    if (auto *w = qobject_cast<WindowedTableModel *>(model.get())) {
        w->setFilterText(u"e"_s);
        w->setKindFilter(u"query"_s);
        w->setDateRange(QDate(2025, 1, 2), QDate(2025, 1, 10));
        w->setFilterText(QString());
        w->setKindFilter(QString());
        w->setDateRange({}, {});
        w->reload();
        QCOMPARE(model->rowCount(), rows);
    } else {
        static_cast<PersonalModel *>(model.get())->reload();
        QCOMPARE(model->rowCount(), rows);
    }
}

void TstModels::headers_data()
{
    QTest::addColumn<QString>("which");
    for (const char *m : {"servers", "domains", "devices", "cookies", "personal"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TstModels::headers()
{
    QFETCH(QString, which);
    std::unique_ptr<QAbstractItemModel> model = makeModel(which, m_db.get());
    QSet<QString> seen;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString h = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(!h.isEmpty(), qPrintable(u"column %1"_s.arg(c)));
        QVERIFY(!h.contains(u'_')); // words, not codes
        seen.insert(h);
        QCOMPARE(model->headerData(c, Qt::Horizontal, Qt::AccessibleTextRole).toString(), h);
    }
    QCOMPARE(seen.size(), model->columnCount()); // each column has its own header
    QVERIFY(!model->headerData(model->columnCount(), Qt::Horizontal).isValid());
    QVERIFY(!model->headerData(-1, Qt::Horizontal).isValid());
}

// ---- server usage: 20,000 rows -----------------------------------------------------------------

void TstModels::serverRowCount()
{
    ServerUsageModel m(m_db.get());
    QCOMPARE(m.rowCount(), kServerEvents);
    QCOMPARE(m.totalCount(), qint64(kServerEvents));
    QCOMPARE(m.columnCount(), int(ServerUsageModel::ColumnCount));
    QCOMPARE(m.rowCount(m.index(5, 0)), 0);
}

void TstModels::serverDefaultOrder()
{
    ServerUsageModel m(m_db.get());
    QCOMPARE(m.sortColumn(), int(ServerUsageModel::LoginAt));
    QCOMPARE(m.sortOrder(), Qt::DescendingOrder); // newest first
    QCOMPARE(m.data(m.index(0, 0), WindowedTableModel::IdRole).toLongLong(), qint64(kServerEvents));
    QCOMPARE(m.data(m.index(1, 0), WindowedTableModel::IdRole).toLongLong(), qint64(kServerEvents - 1));
}

void TstModels::serverSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<QPair<int, const char *>> cols{{ServerUsageModel::Server, "server"}, {ServerUsageModel::LoginAt, "login"},
                                               {ServerUsageModel::Duration, "duration"}, {ServerUsageModel::Traffic, "traffic"},
                                               {ServerUsageModel::Cpu, "cpu"}, {ServerUsageModel::Memory, "memory"},
                                               {ServerUsageModel::Disk, "disk"}};
    for (const auto &[c, name] : cols) {
        QTest::addRow("%s ascending", name) << c << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << c << Qt::DescendingOrder;
    }
}

void TstModels::serverSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    ServerUsageModel m(m_db.get());
    QSignalSpy about(&m, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy changed(&m, &QAbstractItemModel::layoutChanged);
    m.sort(column, order);
    QCOMPARE(about.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m.sortColumn(), column);
    QCOMPARE(m.sortOrder(), order);
    QCOMPARE(m.rowCount(), kServerEvents);

    QVariant prev = sortValue(m, 0, column);
    qint64 prevId = m.data(m.index(0, 0), WindowedTableModel::IdRole).toLongLong();
    for (int r = 1; r < kSortedPrefix; ++r) {
        const QVariant v = sortValue(m, r, column);
        const qint64 id = m.data(m.index(r, 0), WindowedTableModel::IdRole).toLongLong();
        QVERIFY2(inOrder(prev, v, order), qPrintable(u"row %1: %2 then %3"_s.arg(r).arg(prev.toString(), v.toString())));
        if (QVariant::compare(prev, v) == QPartialOrdering::Equivalent) // ties broken by id, same direction
            QVERIFY(order == Qt::AscendingOrder ? prevId < id : prevId > id);
        prev = v;
        prevId = id;
    }
    // The last rows are in order too (a block far from the first).
    for (int r = kServerEvents - 50; r < kServerEvents; ++r)
        QVERIFY(inOrder(sortValue(m, r - 1, column), sortValue(m, r, column), order));
}

void TstModels::serverSortExtremes()
{
    qint64 minTraffic = std::numeric_limits<qint64>::max(), maxTraffic = -1;
    double maxCpu = -1;
    for (int id = 1; id <= kServerEvents; ++id) {
        const ServerEvent e = sampleServerEvent(id);
        minTraffic = std::min(minTraffic, e.trafficBytes);
        maxTraffic = std::max(maxTraffic, e.trafficBytes);
        maxCpu = std::max(maxCpu, e.cpuPct);
    }
    ServerUsageModel m(m_db.get());
    m.sort(ServerUsageModel::Traffic, Qt::AscendingOrder);
    QCOMPARE(sortValue(m, 0, ServerUsageModel::Traffic).toLongLong(), minTraffic);
    QCOMPARE(sortValue(m, kServerEvents - 1, ServerUsageModel::Traffic).toLongLong(), maxTraffic);
    m.sort(ServerUsageModel::Traffic, Qt::DescendingOrder);
    QCOMPARE(sortValue(m, 0, ServerUsageModel::Traffic).toLongLong(), maxTraffic);
    QCOMPARE(display(m, 0, ServerUsageModel::Traffic), Labels::bytes(maxTraffic));
    m.sort(ServerUsageModel::Cpu, Qt::DescendingOrder);
    QCOMPARE(sortValue(m, 0, ServerUsageModel::Cpu).toDouble(), maxCpu);
    m.sort(ServerUsageModel::LoginAt, Qt::AscendingOrder);
    QCOMPARE(m.data(m.index(0, 0), WindowedTableModel::IdRole).toLongLong(), 1);
    // Out of range columns are ignored, the previous sort stays.
    m.sort(ServerUsageModel::ColumnCount, Qt::DescendingOrder);
    m.sort(-1, Qt::DescendingOrder);
    QCOMPARE(m.sortColumn(), int(ServerUsageModel::LoginAt));
    QCOMPARE(m.sortOrder(), Qt::AscendingOrder);
}

void TstModels::serverFarBlock()
{
    ServerUsageModel m(m_db.get());
    const int last = kServerEvents - 1;
    // Default order is newest first, so the last row is event 1.
    const ServerEvent e1 = sampleServerEvent(1);
    QCOMPARE(m.data(m.index(last, 0), WindowedTableModel::IdRole).toLongLong(), 1);
    QCOMPARE(display(m, last, ServerUsageModel::Server), e1.serverName);
    QCOMPARE(display(m, last, ServerUsageModel::LoginAt), Labels::dateTime(e1.loginAt));
    QCOMPARE(display(m, last, ServerUsageModel::Duration), Labels::duration(e1.durationS));
    QCOMPARE(display(m, last, ServerUsageModel::Traffic), Labels::bytes(e1.trafficBytes));
    QCOMPARE(display(m, last, ServerUsageModel::Cpu), Labels::percent(e1.cpuPct));
    QCOMPARE(display(m, last, ServerUsageModel::Memory), Labels::bytes(e1.memoryBytes));
    QCOMPARE(display(m, last, ServerUsageModel::Disk), Labels::bytes(e1.diskBytes));
    QCOMPARE(sortValue(m, last, ServerUsageModel::LoginAt).toLongLong(), e1.loginAt.toSecsSinceEpoch());
    QCOMPARE(sortValue(m, last, ServerUsageModel::Traffic).toLongLong(), e1.trafficBytes);

    // Ascending: the last row is the newest event.
    m.sort(ServerUsageModel::LoginAt, Qt::AscendingOrder);
    const ServerEvent en = sampleServerEvent(kServerEvents);
    QCOMPARE(m.data(m.index(last, 0), WindowedTableModel::IdRole).toLongLong(), qint64(kServerEvents));
    QCOMPARE(display(m, last, ServerUsageModel::Server), en.serverName);
    QCOMPARE(display(m, last, ServerUsageModel::Disk), Labels::bytes(en.diskBytes));

    // The details pane sentence names every column.
    const QString desc = m.data(m.index(last, 0), WindowedTableModel::RowDescriptionRole).toString();
    for (int c = 0; c < m.columnCount(); ++c)
        QVERIFY2(desc.contains(m.headerData(c, Qt::Horizontal).toString() + u": "_s + display(m, last, c)), qPrintable(desc));
}

void TstModels::serverRandomAccessAcrossEviction()
{
    // Touch more blocks than the model keeps (LRU), then go back: values must still be right.
    ServerUsageModel m(m_db.get());
    m.sort(ServerUsageModel::LoginAt, Qt::AscendingOrder); // row r holds id r + 1
    const QList<int> probes{0, kServerEvents - 1, kServerEvents / 2, 255, 256, 257};
    for (int round = 0; round < 2; ++round) {
        for (int r = 0; r < kServerEvents; r += 256 * 3) // ~26 blocks
            QCOMPARE(m.data(m.index(r, 0), WindowedTableModel::IdRole).toLongLong(), qint64(r + 1));
        for (int r = kServerEvents - 1; r >= 0; r -= 311)
            QCOMPARE(m.data(m.index(r, 0), WindowedTableModel::IdRole).toLongLong(), qint64(r + 1));
        for (int r : probes) {
            QCOMPARE(m.data(m.index(r, 0), WindowedTableModel::IdRole).toLongLong(), qint64(r + 1));
            QCOMPARE(display(m, r, ServerUsageModel::Server), sampleServerEvent(r + 1).serverName);
        }
    }
}

void TstModels::serverFilterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle"); // what each row's server name or id contains
    QTest::newRow("name") << u"web-3"_s << u"web-3"_s;
    QTest::newRow("case-insensitive") << u"WEB-3"_s << u"web-3"_s;
    QTest::newRow("server id") << u"srv-5"_s << u"web-5"_s;
    QTest::newRow("partial") << u"eb-7"_s << u"web-7"_s;
}

void TstModels::serverFilterText()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    ServerUsageModel m(m_db.get());
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.setFilterText(text);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m.filterText(), text);
    const int expected = expectedServerCount([&](const ServerEvent &e) { return e.serverName == needle; });
    QVERIFY(expected > 0 && expected < kServerEvents);
    QCOMPARE(m.rowCount(), expected);
    QCOMPARE(m.totalCount(), qint64(kServerEvents)); // "showing n of total"
    for (int r : {0, 1, 255, 256, expected - 1})
        QCOMPARE(display(m, r, ServerUsageModel::Server), needle);
    // Setting the same text again does nothing.
    m.setFilterText(text);
    QCOMPARE(reset.size(), 1);
    m.setFilterText(QString());
    QCOMPARE(m.rowCount(), kServerEvents);
}

void TstModels::serverDateRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("one day") << QDate(2025, 1, 5) << QDate(2025, 1, 5);
    QTest::newRow("three days") << QDate(2025, 1, 5) << QDate(2025, 1, 7);
    QTest::newRow("first day (local)") << QDate(2025, 1, 1) << QDate(2025, 1, 1);
    QTest::newRow("open start") << QDate() << QDate(2025, 1, 3);
    QTest::newRow("open end") << QDate(2025, 1, 20) << QDate();
    QTest::newRow("before all data") << QDate(2020, 1, 1) << QDate(2020, 12, 31);
    QTest::newRow("after all data") << QDate(2030, 1, 1) << QDate();
    QTest::newRow("inverted") << QDate(2025, 1, 7) << QDate(2025, 1, 5);
}

void TstModels::serverDateRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    ServerUsageModel m(m_db.get());
    m.setDateRange(from, to);
    // Inclusive local dates.
    const int expected = expectedServerCount([&](const ServerEvent &e) {
        const QDate d = e.loginAt.toLocalTime().date();
        return (!from.isValid() || d >= from) && (!to.isValid() || d <= to);
    });
    QCOMPARE(m.rowCount(), expected);
    for (int r = 0; r < std::min(expected, kSortedPrefix); ++r) {
        const QDate d = QDateTime::fromSecsSinceEpoch(sortValue(m, r, ServerUsageModel::LoginAt).toLongLong()).date();
        QVERIFY2((!from.isValid() || d >= from) && (!to.isValid() || d <= to), qPrintable(d.toString(Qt::ISODate)));
    }
    m.setDateRange({}, {});
    QCOMPARE(m.rowCount(), kServerEvents);
}

void TstModels::serverFiltersCombine()
{
    ServerUsageModel m(m_db.get());
    m.setFilterText(u"web-1"_s);
    m.setDateRange(QDate(2025, 1, 5), QDate(2025, 1, 8));
    m.sort(ServerUsageModel::Traffic, Qt::DescendingOrder);
    const int expected = expectedServerCount([](const ServerEvent &e) {
        const QDate d = e.loginAt.toLocalTime().date();
        return e.serverName == u"web-1" && d >= QDate(2025, 1, 5) && d <= QDate(2025, 1, 8);
    });
    QVERIFY(expected > 0);
    QCOMPARE(m.rowCount(), expected);
    for (int r = 1; r < expected; ++r)
        QVERIFY(sortValue(m, r - 1, ServerUsageModel::Traffic).toLongLong() >= sortValue(m, r, ServerUsageModel::Traffic).toLongLong());
    // LIKE wildcards in the filter are literal characters, not patterns.
    m.setDateRange({}, {});
    m.setFilterText(u"%"_s);
    QCOMPARE(m.rowCount(), 0);
    m.setFilterText(u"web_1"_s);
    QCOMPARE(m.rowCount(), 0);
    m.setFilterText(u"\\"_s);
    QCOMPARE(m.rowCount(), 0);
    m.setFilterText(u"' OR 1=1 --"_s);
    QCOMPARE(m.rowCount(), 0);
}

void TstModels::serverUnitsInWords()
{
    ServerUsageModel m(m_db.get());
    const QRegularExpression size(u"^\\d+(\\.\\d)? (bytes|kB|MB|GB|TB)$"_s);
    const QRegularExpression pct(u"^\\d+\\.\\d%$"_s);
    QSet<QString> units;
    for (int r = 0; r < 200; ++r) {
        for (int c : {ServerUsageModel::Traffic, ServerUsageModel::Memory, ServerUsageModel::Disk}) {
            const QString d = display(m, r, c);
            const auto match = size.match(d);
            QVERIFY2(match.hasMatch(), qPrintable(d));
            units.insert(match.captured(2));
            QCOMPARE(display(m, r, c, Qt::AccessibleTextRole), d);
        }
        QVERIFY2(pct.match(display(m, r, ServerUsageModel::Cpu)).hasMatch(), qPrintable(display(m, r, ServerUsageModel::Cpu)));
        QVERIFY(display(m, r, ServerUsageModel::Cpu, Qt::AccessibleTextRole).endsWith(u'%'));
    }
    QVERIFY(units.contains(u"GB"_s));
    QVERIFY(units.contains(u"MB"_s));

    // A known event, worded in full.
    m.sort(ServerUsageModel::LoginAt, Qt::AscendingOrder);
    const ServerEvent e = sampleServerEvent(1);
    QCOMPARE(display(m, 0, ServerUsageModel::Traffic), Labels::bytes(e.trafficBytes));
    const QString acc = display(m, 0, ServerUsageModel::Server, Qt::AccessibleTextRole);
    QVERIFY2(acc.contains(e.serverName), qPrintable(acc));
    QVERIFY2(acc.contains(Labels::dateTime(e.loginAt)), qPrintable(acc));
    QVERIFY(acc != display(m, 0, ServerUsageModel::Server)); // says more than the bare name
    // Numbers align right, names left.
    QCOMPARE(m.data(m.index(0, ServerUsageModel::Traffic), Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!m.data(m.index(0, ServerUsageModel::Server), Qt::TextAlignmentRole).isValid());
    // Roles a table does not use are empty, not garbage.
    QVERIFY(!m.data(m.index(0, ServerUsageModel::Traffic), Qt::DecorationRole).isValid());
}

void TstModels::serverReloadAfterAppend()
{
    ServerUsageModel m(m_db.get());
    m.setFilterText(u"web-4"_s);
    m.sort(ServerUsageModel::LoginAt, Qt::DescendingOrder);
    const int before = m.rowCount();
    QList<ServerEvent> page;
    for (int id = kServerEvents + 1; id <= kServerEvents + 70; ++id)
        page << sampleServerEvent(id);
    const int added = int(std::count_if(page.cbegin(), page.cend(), [](const ServerEvent &e) { return e.serverName == u"web-4"; }));
    QVERIFY(m_db->appendServerEvents(page, u"s-more"_s).ok());

    QCOMPARE(m.rowCount(), before); // nothing changes under a view until reload
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    m.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m.rowCount(), before + added);
    QCOMPARE(m.filterText(), u"web-4"_s); // filter and sort kept
    QCOMPARE(m.sortColumn(), int(ServerUsageModel::LoginAt));
    // Newest first: the top row is the newest web-4 event just appended.
    qint64 newest = 0;
    for (const ServerEvent &e : std::as_const(page))
        if (e.serverName == u"web-4")
            newest = e.id;
    QCOMPARE(m.data(m.index(0, 0), WindowedTableModel::IdRole).toLongLong(), newest);
    QCOMPARE(m.totalCount(), qint64(kServerEvents + 70));

    // Put the shared fixture back.
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"DELETE FROM server_events WHERE id > %1"_s.arg(kServerEvents)));
    QCOMPARE(m_db->count(Category::ServerUsage), kServerEvents);
}

void TstModels::serverOutOfRange()
{
    ServerUsageModel m(m_db.get());
    QVERIFY(!m.index(kServerEvents, 0).isValid());
    QVERIFY(!m.index(0, ServerUsageModel::ColumnCount).isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Index .* is not valid"_s));
    QVERIFY(!m.data(QModelIndex()).isValid());
    // A model without a cache (signed out) is empty, not crashing.
    ServerUsageModel none(nullptr);
    QCOMPARE(none.rowCount(), 0);
    QCOMPARE(none.totalCount(), 0);
    none.sort(ServerUsageModel::Traffic);
    none.setFilterText(u"x"_s);
    none.reload();
    QCOMPARE(none.rowCount(), 0);
}

// ---- domains -----------------------------------------------------------------------------------

void TstModels::domainKindFilter()
{
    DomainUsageModel m(m_db.get());
    QCOMPARE(m.rowCount(), kDomainEvents);
    for (const QString &kind : {u"query"_s, u"dns_change"_s, u"transfer"_s}) {
        m.setKindFilter(kind);
        int expected = 0;
        for (int id = 1; id <= kDomainEvents; ++id)
            expected += sampleDomainEvent(id).kind == kind ? 1 : 0;
        QCOMPARE(m.rowCount(), expected);
        for (int r = 0; r < m.rowCount(); ++r) {
            QCOMPARE(sortValue(m, r, DomainUsageModel::Kind).toString(), kind);
            QCOMPARE(display(m, r, DomainUsageModel::Kind), Labels::domainEventKind(kind));
        }
    }
    m.setKindFilter(u"no_such_kind"_s);
    QCOMPARE(m.rowCount(), 0);
    m.setKindFilter(QString());
    QCOMPARE(m.rowCount(), kDomainEvents);
}

void TstModels::domainFilterText()
{
    DomainUsageModel m(m_db.get());
    // Matches the domain...
    m.setFilterText(u"SHOP.example"_s);
    QCOMPARE(m.rowCount(), kDomainEvents / 4);
    QCOMPARE(display(m, 0, DomainUsageModel::Domain), u"shop.example.hk"_s);
    // ...and the details text.
    m.setFilterText(u"-> 203.0.113.17"_s);
    int expected = 0;
    for (int id = 1; id <= kDomainEvents; ++id)
        expected += sampleDomainEvent(id).details.contains(u"-> 203.0.113.17"_s) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(m.rowCount(), expected);
    for (int r = 0; r < m.rowCount(); ++r)
        QVERIFY(display(m, r, DomainUsageModel::Details).contains(u"-> 203.0.113.17"_s));
    // Kind codes are not searched as text (they are a separate filter).
    m.setFilterText(u"dns_change"_s);
    QCOMPARE(m.rowCount(), 0);
}

void TstModels::domainSort()
{
    DomainUsageModel m(m_db.get());
    QCOMPARE(m.sortColumn(), int(DomainUsageModel::At));
    QCOMPARE(m.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(m.data(m.index(0, 0), WindowedTableModel::IdRole).toLongLong(), qint64(kDomainEvents));
    for (int c = 0; c < DomainUsageModel::ColumnCount; ++c)
        for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m.sort(c, o);
            for (int r = 1; r < kDomainEvents; ++r)
                QVERIFY2(inOrder(sortValue(m, r - 1, c), sortValue(m, r, c), o), qPrintable(u"column %1 row %2"_s.arg(c).arg(r)));
        }
    m.sort(DomainUsageModel::Domain, Qt::AscendingOrder);
    QCOMPARE(display(m, 0, DomainUsageModel::Domain), u"alice.example"_s);
    QCOMPARE(display(m, kDomainEvents - 1, DomainUsageModel::Domain), u"shop.example.hk"_s);
}

void TstModels::domainAccessibleText()
{
    DomainUsageModel m(m_db.get());
    const DomainEvent e = sampleDomainEvent(kDomainEvents); // top row
    QCOMPARE(display(m, 0, DomainUsageModel::Domain), e.domain);
    const QString acc = display(m, 0, DomainUsageModel::Domain, Qt::AccessibleTextRole);
    QVERIFY2(acc.contains(e.domain) && acc.contains(Labels::domainEventKind(e.kind)), qPrintable(acc));
    QCOMPARE(display(m, 0, DomainUsageModel::At), Labels::dateTime(e.at));
    QCOMPARE(display(m, 0, DomainUsageModel::Details), e.details);
    QVERIFY(!display(m, 0, DomainUsageModel::Kind).contains(u'_')); // "DNS change", not "dns_change"
}

// ---- devices and cookies -----------------------------------------------------------------------

void TstModels::devices()
{
    DevicesModel m(m_db.get());
    QCOMPARE(m.rowCount(), 3);
    // Most recently seen first.
    QCOMPARE(m.data(m.index(0, 0), WindowedTableModel::IdRole).toString(), u"dev-1"_s);
    QCOMPARE(m.data(m.index(1, 0), WindowedTableModel::IdRole).toString(), u"dev-3"_s);
    QCOMPARE(m.data(m.index(2, 0), WindowedTableModel::IdRole).toString(), u"dev-2"_s);
    QCOMPARE(display(m, 0, DevicesModel::Type), u"Mobile phone"_s);
    QCOMPARE(display(m, 0, DevicesModel::Model), u"Pixel 8"_s);
    QCOMPARE(display(m, 0, DevicesModel::System), u"Android 15"_s);
    QCOMPARE(display(m, 0, DevicesModel::Browser), u"Chrome 131.0"_s);
    const QString ids = display(m, 0, DevicesModel::Identifiers);
    QVERIFY2(ids.contains(u"IMEI 35-****-****-1234"_s) && ids.contains(u"MAC address 00:1A:2B:**:**:5E"_s), qPrintable(ids));
    QVERIFY2(ids.contains(u"partly hidden"_s), qPrintable(ids));
    QCOMPARE(display(m, 0, DevicesModel::Ip), u"203.0.113.7"_s);
    QCOMPARE(display(m, 0, DevicesModel::Operator), u"CMHK"_s);
    QCOMPARE(display(m, 0, DevicesModel::Connection), u"5G mobile"_s);
    QCOMPARE(display(m, 0, DevicesModel::LastSeen), Labels::dateTime(utcTime(2025, 11, 3, 14, 5)));
    QCOMPARE(display(m, 2, DevicesModel::Connection), u"Wired (Ethernet)"_s);

    m.setFilterText(u"pixel"_s);
    QCOMPARE(m.rowCount(), 1);
    m.setFilterText(u"198.51.100"_s); // IP
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(display(m, 0, DevicesModel::Model), u"ThinkPad X1"_s);
    m.setFilterText(QString());
    m.setKindFilter(u"tablet"_s);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(display(m, 0, DevicesModel::Type), u"Tablet"_s);
    m.setKindFilter(QString());
    m.setDateRange(QDate(2025, 11, 1), QDate(2025, 11, 30)); // on last seen
    QCOMPARE(m.rowCount(), 2);
    m.setDateRange({}, {});
    m.sort(DevicesModel::FirstSeen, Qt::AscendingOrder);
    QCOMPARE(m.data(m.index(0, 0), WindowedTableModel::IdRole).toString(), u"dev-2"_s);
}

void TstModels::cookies()
{
    CookiesModel m(m_db.get());
    QCOMPARE(m.rowCount(), 5);
    QCOMPARE(m.sortColumn(), int(CookiesModel::Name));
    QCOMPARE(m.sortOrder(), Qt::AscendingOrder);
    QStringList names;
    for (int r = 0; r < m.rowCount(); ++r)
        names << display(m, r, CookiesModel::Name);
    QCOMPARE(names, (QStringList{u"_ga"_s, u"csrf"_s, u"lang"_s, u"pixel"_s, u"session_id"_s}));

    const int session = int(names.indexOf(u"session_id"_s));
    QCOMPARE(display(m, session, CookiesModel::Lifetime), u"Until you close the browser"_s);
    QCOMPARE(display(m, session, CookiesModel::Consent), u"No"_s);
    QCOMPARE(display(m, session, CookiesModel::Purpose), u"Essential"_s);
    const int ga = int(names.indexOf(u"_ga"_s));
    QVERIFY(display(m, ga, CookiesModel::Lifetime).startsWith(u"2 year"_s));
    QCOMPARE(display(m, ga, CookiesModel::Consent), u"Yes"_s);
    QCOMPARE(display(m, ga, CookiesModel::Kind), u"Cookie"_s);
    QCOMPARE(display(m, ga, CookiesModel::Domain), u".hkcloud.example"_s);
    QCOMPARE(display(m, names.indexOf(u"pixel"_s), CookiesModel::Kind), u"Web beacon"_s);

    // Session cookies (no lifetime) sort before any lifetime.
    m.sort(CookiesModel::Lifetime, Qt::AscendingOrder);
    QCOMPARE(display(m, 0, CookiesModel::Name), u"session_id"_s);
    QVERIFY(sortValue(m, 0, CookiesModel::Lifetime).isNull());
    QCOMPARE(display(m, 1, CookiesModel::Name), u"csrf"_s); // 1 hour
    m.sort(CookiesModel::Lifetime, Qt::DescendingOrder);
    QCOMPARE(display(m, 0, CookiesModel::Name), u"_ga"_s);

    m.setKindFilter(u"cookie"_s);
    QCOMPARE(m.rowCount(), 3);
    m.setKindFilter(QString());
    m.setFilterText(u"ads.example"_s);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(display(m, 0, CookiesModel::Name), u"pixel"_s);
    // No time column: a date range does not hide cookies.
    m.setFilterText(QString());
    m.setDateRange(QDate(2000, 1, 1), QDate(2000, 1, 2));
    QCOMPARE(m.rowCount(), 5);
}

// ---- personal ----------------------------------------------------------------------------------

void TstModels::personalRows()
{
    PersonalModel m(m_db.get());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 7);
    QStringList keys;
    for (int r = 0; r < m.rowCount(); ++r)
        keys << m.data(m.index(r, 0), PersonalModel::KeyRole).toString();
    QCOMPARE(keys, (QStringList{u"name"_s, u"mobile"_s, u"email"_s, u"address"_s, u"password"_s, u"payment:pm-1"_s,
                                u"payment:pm-2"_s}));
    QCOMPARE(display(m, 0, PersonalModel::Field), u"Name"_s);
    QCOMPARE(display(m, 0, PersonalModel::Value), u"Alice Chan"_s);
    QCOMPARE(display(m, 1, PersonalModel::Field), u"Mobile phone"_s);
    QCOMPARE(display(m, 3, PersonalModel::Value), u"1 Queen's Road, Central"_s);
    QCOMPARE(m.data(m.index(0, 0), PersonalModel::EditableRole).toBool(), true);
    QCOMPARE(m.data(m.index(2, 0), PersonalModel::EditableRole).toBool(), false);
    QCOMPARE(display(m, 0, PersonalModel::Editable), u"You can edit this"_s);
    QCOMPARE(display(m, 2, PersonalModel::Editable), u"Ask us to correct this"_s);
    QCOMPARE(display(m, 0, PersonalModel::Purpose), Labels::purpose(u"service"_s) + u"; "_s + Labels::purpose(u"security"_s));
    QCOMPARE(display(m, 0, PersonalModel::LegalBasis), Labels::legalBasis(u"contract"_s));
    QCOMPARE(display(m, 0, PersonalModel::Source), Labels::source(u"you"_s));
    QCOMPARE(display(m, 0, PersonalModel::Retention), Labels::isoDuration(u"P7Y"_s));
    QCOMPARE(display(m, 2, PersonalModel::Retention), u"While your account exists"_s);
    QCOMPARE(display(m, 0, PersonalModel::UpdatedAt), Labels::dateTime(utcTime(2025, 10, 1, 9, 30)));
    QCOMPARE(m.data(m.index(0, PersonalModel::UpdatedAt), PersonalModel::SortValueRole).toDateTime(), utcTime(2025, 10, 1, 9, 30));
    // The screen reader hears the label with the value.
    const QString acc = display(m, 2, PersonalModel::Value, Qt::AccessibleTextRole);
    QVERIFY2(acc.contains(u"Email address"_s) && acc.contains(u"alice@example.com"_s), qPrintable(acc));
    // Nothing in any visible cell is a raw code.
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c : {PersonalModel::Field, PersonalModel::Purpose, PersonalModel::LegalBasis, PersonalModel::Source})
            QVERIFY2(!display(m, r, c).contains(u'_'), qPrintable(display(m, r, c)));
}

void TstModels::personalPayments()
{
    PersonalModel m(m_db.get());
    const int card = 5, wallet = 6;
    QCOMPARE(display(m, card, PersonalModel::Field), u"Payment method"_s);
    const QString c = display(m, card, PersonalModel::Value);
    QVERIFY2(c.contains(u"Visa"_s) && c.contains(u"ending 4242"_s), qPrintable(c));
    QVERIFY2(c.contains(u"2027-08"_s), qPrintable(c));
    QVERIFY(display(m, card, PersonalModel::Value, Qt::AccessibleTextRole).contains(u"ending 4242"_s));
    QCOMPARE(display(m, card, PersonalModel::Purpose), Labels::purpose(u"billing"_s));
    const QString w = display(m, wallet, PersonalModel::Value);
    QVERIFY2(w.contains(u"AlipayHK"_s) && w.contains(u"a***e@example.com"_s), qPrintable(w));
    QCOMPARE(display(m, wallet, PersonalModel::Source), Labels::source(u"third_party"_s));
    QCOMPARE(m.data(m.index(card, 0), PersonalModel::EditableRole).toBool(), false);
    QCOMPARE(display(m, card, PersonalModel::Editable), u"Change it in your account settings"_s);

    // A card without expiry reads naturally.
    PersonalData p = samplePersonal();
    p.paymentMethods[0].expiry.clear();
    QVERIFY(m_db->replacePersonal(p, u"\"e2\""_s).ok());
    m.reload();
    QCOMPARE(display(m, card, PersonalModel::Value), u"Visa ending 4242"_s);
    QVERIFY(m_db->replacePersonal(samplePersonal(), u"\"e1\""_s).ok());
}

void TstModels::personalPassword()
{
    PersonalModel m(m_db.get());
    const int row = 4;
    QCOMPARE(m.data(m.index(row, 0), PersonalModel::KeyRole).toString(), u"password"_s);
    QCOMPARE(display(m, row, PersonalModel::Field), u"Password"_s);
    const QString v = display(m, row, PersonalModel::Value);
    QCOMPARE(v, u"Not shown: last changed "_s + Labels::dateTime(utcTime(2025, 9, 30, 8, 0)));
    QCOMPARE(m.data(m.index(row, 0), PersonalModel::EditableRole).toBool(), false);
    // Changed in the account settings: not "ask us to correct", which the page does not offer for it.
    QCOMPARE(display(m, row, PersonalModel::Editable), u"Change it in your account settings"_s);
    // Kept as the other registration details are (its "Kept for" was empty).
    QCOMPARE(display(m, row, PersonalModel::Retention), display(m, 0, PersonalModel::Retention));
    QCOMPARE(display(m, row, PersonalModel::UpdatedAt), Labels::dateTime(utcTime(2025, 9, 30, 8, 0)));
    // No role of any column carries more than that.
    for (int c = 0; c < m.columnCount(); ++c)
        for (int role : {int(Qt::DisplayRole), int(Qt::AccessibleTextRole), int(Qt::ToolTipRole), int(Qt::EditRole),
                         int(PersonalModel::SortValueRole)}) {
            const QString s = m.data(m.index(row, c), role).toString();
            QVERIFY2(!s.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(s));
        }
    // The model has no password to show: the cache never had one.
    QVERIFY(!m.personal().fields.isEmpty());
    for (const PersonalField &f : m.personal().fields)
        QVERIFY(f.key != u"password");

    // Without a known date it still says "not shown".
    PersonalData p = samplePersonal();
    p.passwordChangedAt = QDateTime();
    QVERIFY(m_db->replacePersonal(p, u"\"e3\""_s).ok());
    m.reload();
    QVERIFY(display(m, row, PersonalModel::Value).startsWith(u"Not shown"_s));
    QCOMPARE(display(m, row, PersonalModel::UpdatedAt), u"unknown"_s);
    QVERIFY(m_db->replacePersonal(samplePersonal(), u"\"e1\""_s).ok());
}

void TstModels::personalEmpty()
{
    QTemporaryDir dir;
    auto r = CacheDb::open(dir.filePath(u"empty.sqlite"_s));
    QVERIFY(r.ok());
    std::unique_ptr<CacheDb> db = std::move(r).value();
    PersonalModel m(db.get());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 0); // no invented password row before the first sync
    PersonalModel none(nullptr);
    QCOMPARE(none.rowCount(), 0);
    QCOMPARE(none.columnCount(), int(PersonalModel::ColumnCount));
}

void TstModels::personalReload()
{
    PersonalModel m(m_db.get());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    PersonalData p = samplePersonal();
    p.fields[0].value = u"Alice Chan Tai-man"_s;
    p.paymentMethods.removeLast();
    QVERIFY(m_db->replacePersonal(p, u"\"e4\""_s).ok());
    QCOMPARE(display(m, 0, PersonalModel::Value), u"Alice Chan"_s); // until reload
    m.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m.rowCount(), 6);
    QCOMPARE(display(m, 0, PersonalModel::Value), u"Alice Chan Tai-man"_s);
    QVERIFY(m_db->replacePersonal(samplePersonal(), u"\"e1\""_s).ok());
    m.reload();
    QCOMPARE(m.rowCount(), 7);
}

QTEST_GUILESS_MAIN(TstModels)
#include "tst_models.moc"
