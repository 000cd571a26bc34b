// SPDX-License-Identifier: GPL-3.0-or-later
// CacheDb: the per-account SQLite cache. Private file, WAL, versioned schema, one transaction per
// write (a failed write leaves the previous state), and no place for tokens or passwords.
#include "Fixtures.h"
#include "domain/Codecs.h"
#include "store/CacheDb.h"
#include "store/UsageSummary.h"
#include "store/PrivateFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QVariant scalar(const CacheDb &db, const QString &sql)
{
    QSqlQuery q(db.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

bool exec(const CacheDb &db, const QString &sql)
{
    QSqlQuery q(db.database());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

/// Runs `sql` on a private connection to `path` (not through CacheDb).
bool rawExec(const QString &path, const QStringList &sql)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : sql) {
            QSqlQuery q(db);
            if (!q.exec(s)) {
                qWarning() << s << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst-raw"_s);
    return ok;
}

int rawUserVersion(const QString &path)
{
    int v = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-raw"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                v = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst-raw"_s);
    return v;
}

QList<ServerEvent> serverPage(qint64 firstId, int n)
{
    QList<ServerEvent> out;
    for (qint64 id = firstId; id < firstId + n; ++id)
        out << sampleServerEvent(id);
    return out;
}

} // namespace

class TstCacheDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesPrivateFile();
    void openTightensAnExistingFile();
    void everyFolderItMakesIsPrivate();
    void walJournal();
    void schemaVersion();
    void reopenKeepsData();
    void futureVersionIsRefused();
    void migratesEmptyV0File();
    void migratesV0DatabaseWithoutTables();
    void migratesPreviousVersionKeepingData();
    void notADatabaseIsRefused();
    void pathFor_data();
    void pathFor();

    void account();
    void lastSyncedAt();
    void personal();
    void failedReplaceKeepsPreviousPersonal();
    void devices();
    void cookies();
    void categoryInfo();
    void categoryInfoReplaceClearsOld();
    void consents();
    void appendServerEvents();
    void appendIsIdempotent();
    void failedAppendKeepsCursorAndRows();
    void appendDomainEvents();
    void forgetEventsStartsUsageAgain();
    void accountClosingAndErasedTimes();
    void counts();
    void absentOptionalMembersAreStored_data();
    void absentOptionalMembersAreStored();
    void dailyTraffic();
    void dailyTrafficAtMostDays();
    void dailyTrafficEmpty();

    void removeDeletesCompanions();
    void removeMissingIsFine();
    void noTokenColumns();
    void noTokenMetaKeys();

private:
    QString dbPath() const { return m_dir->filePath(u"sub/dir/cache-C-1001.sqlite"_s); }
    std::unique_ptr<CacheDb> openOrFail(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCacheDb::initTestCase()
{
#ifdef Q_OS_UNIX
    // Local days matter (dailyTraffic): run in a zone that is not UTC, so grouping by the UTC
    // date instead of the local one shows up. Set before anything reads the local zone.
    qputenv("TZ", "Asia/Hong_Kong");
    tzset();
    QCOMPARE(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::LocalTime).offsetFromUtc(), 8 * 3600);
#endif
}

void TstCacheDb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstCacheDb::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<CacheDb> TstCacheDb::openOrFail(const QString &path)
{
    auto r = CacheDb::open(path);
    if (!r.ok()) {
        qWarning() << "open failed:" << r.error().detail;
        return nullptr;
    }
    return std::move(r).value();
}

// ---- file, journal, schema ---------------------------------------------------------------------

void TstCacheDb::openCreatesPrivateFile()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX file modes only: on Windows the cache relies on the per-user profile ACLs");
#else
    QVERIFY(!QFileInfo::exists(dbPath()));
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(QFileInfo::exists(dbPath()));
    QCOMPARE(db->path(), dbPath());
    const QFileDevice::Permissions p = QFile::permissions(dbPath());
    QVERIFY(p & QFileDevice::ReadOwner);
    QVERIFY(p & QFileDevice::WriteOwner);
    QCOMPARE(p & (kGroupOrOther | QFileDevice::ExeOwner), QFileDevice::Permissions());
    // The directory it created is private too.
    const QFileDevice::Permissions d = QFile::permissions(QFileInfo(dbPath()).absolutePath());
    QCOMPARE(d & kGroupOrOther, QFileDevice::Permissions());

    // The WAL and SHM companions SQLite creates take the same mode.
    QVERIFY(db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"customer"_s, u"2025-05-14"_s}).ok());
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        QVERIFY2(QFileInfo::exists(dbPath() + suffix), qPrintable(suffix));
        QCOMPARE(QFile::permissions(dbPath() + suffix) & kGroupOrOther, QFileDevice::Permissions());
    }
#endif
}

void TstCacheDb::openTightensAnExistingFile()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX file modes only: on Windows the cache relies on the per-user profile ACLs");
#else
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                 | QFileDevice::ReadOther));
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(QFile::permissions(dbPath()) & kGroupOrOther, QFileDevice::Permissions());
#endif
}

void TstCacheDb::everyFolderItMakesIsPrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX file modes only: on Windows the data folder relies on the per-user profile ACLs");
#else
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // The app's data folder and everything it makes above a cache file: 0700, never 0755.
    const QString data = root.filePath(u"share/HK Cloud/Privacy Dashboard"_s);
    QVERIFY(makePrivateFolder(data, true).ok());
    for (const QString &p : {root.filePath(u"share"_s), root.filePath(u"share/HK Cloud"_s), data})
        QCOMPARE(QFile::permissions(p) & (kGroupOrOther | QFileDevice::ExeOwner | QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto db = openOrFail(data + u"/accounts/C-1001/cache.sqlite"_s);
    QVERIFY(db);
    for (const QString &p : QStringList{data + u"/accounts"_s, data + u"/accounts/C-1001"_s})
        QCOMPARE(QFile::permissions(p) & kGroupOrOther, QFileDevice::Permissions());
    // The app's own folder, made 0755 by an earlier version, is tightened...
    QVERIFY(QFile::setPermissions(data, QFile::permissions(data) | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(makePrivateFolder(data, true).ok());
    QCOMPARE(QFile::permissions(data) & kGroupOrOther, QFileDevice::Permissions());
    // ...but a folder the user named that exists already (their home, say) is left as it is.
    const QString given = root.filePath(u"given"_s);
    QVERIFY(QDir().mkdir(given));
    QVERIFY(QFile::setPermissions(given, QFile::permissions(given) | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QVERIFY(makePrivateFolder(given).ok());
    QVERIFY(QFile::permissions(given) & QFileDevice::ReadOther);
    // A file where the folder should be is an error, not a folder.
    QFile file(root.filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Status notAFolder = makePrivateFolder(root.filePath(u"file"_s));
    QVERIFY(!notAFolder.ok());
    QCOMPARE(notAFolder.error().code, ErrorCode::Storage);
#endif
}

void TstCacheDb::walJournal()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    // WAL is persistent in the file: a plain connection sees it too.
    db.reset();
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst-wal"_s);
        raw.setDatabaseName(dbPath());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        ok = q.exec(u"PRAGMA journal_mode"_s) && q.next() && q.value(0).toString() == u"wal"_s;
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"tst-wal"_s);
    QVERIFY(ok);
}

void TstCacheDb::schemaVersion()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(db->userVersion(), CacheDb::kSchemaVersion);
    QCOMPARE(scalar(*db, u"PRAGMA user_version"_s).toInt(), CacheDb::kSchemaVersion);
    QVERIFY(CacheDb::kSchemaVersion >= 1);
    // Every table the models read exists.
    for (const QString &t : {u"meta"_s, u"personal_fields"_s, u"payment_methods"_s, u"server_events"_s,
                             u"domain_events"_s, u"devices"_s, u"cookies"_s, u"purposes"_s, u"sharing"_s, u"retention"_s})
        QVERIFY2(db->database().tables().contains(t), qPrintable(t));
}

void TstCacheDb::reopenKeepsData()
{
    {
        auto db = openOrFail(dbPath());
        QVERIFY(db);
        QVERIFY(db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"customer"_s, u"2025-05-14"_s}).ok());
        QVERIFY(db->appendServerEvents(serverPage(1, 10), u"cur-10"_s).ok());
        QVERIFY(db->replacePersonal(samplePersonal(), u"\"etag-1\""_s).ok());
    }
    const QStringList before = QSqlDatabase::connectionNames();
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(db->userVersion(), CacheDb::kSchemaVersion);
    const auto a = db->account();
    QVERIFY(a.ok());
    QCOMPARE(a->accountId, u"C-1001"_s);
    QCOMPARE(a->displayName, u"Alice Chan"_s);
    QCOMPARE(db->count(Category::ServerUsage), 10);
    QCOMPARE(db->serverCursor(), u"cur-10"_s);
    QCOMPARE(db->personalEtag(), u"\"etag-1\""_s);
    QCOMPARE(db->personal().fields.size(), 4);
    // Each instance has its own connection, and closing removes it.
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    db.reset();
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TstCacheDb::futureVersionIsRefused()
{
    {
        auto db = openOrFail(dbPath());
        QVERIFY(db);
        QVERIFY(db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"customer"_s, u"2025-05-14"_s}).ok());
    }
    const int future = CacheDb::kSchemaVersion + 1;
    QVERIFY(rawExec(dbPath(), {u"PRAGMA user_version = %1"_s.arg(future)}));

    const QStringList before = QSqlDatabase::connectionNames();
    const auto r = CacheDb::open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Storage);
    QVERIFY2(r.error().detail.contains(QString::number(future)), qPrintable(r.error().detail));
    // Refused without touching the file, and without leaking a connection.
    QCOMPARE(rawUserVersion(dbPath()), future);
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    QVERIFY(QFileInfo::exists(dbPath()));
}

void TstCacheDb::migratesEmptyV0File()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly)); // 0 bytes: SQLite's "new database", user_version 0
    }
    QCOMPARE(QFileInfo(dbPath()).size(), 0);
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(db->userVersion(), CacheDb::kSchemaVersion);
    QVERIFY(db->appendServerEvents(serverPage(1, 3), u"c"_s).ok());
    QCOMPARE(db->count(Category::ServerUsage), 3);
}

void TstCacheDb::migratesV0DatabaseWithoutTables()
{
    // A real SQLite file at user_version 0 (for example left by an interrupted first run: the
    // migration is one transaction, so it either has all v1 tables or none).
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    QVERIFY(rawExec(dbPath(), {u"PRAGMA journal_mode=WAL"_s, u"CREATE TABLE leftover (x)"_s}));
    QCOMPARE(rawUserVersion(dbPath()), 0);
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(db->userVersion(), CacheDb::kSchemaVersion);
    QVERIFY(db->database().tables().contains(u"server_events"_s));
}

void TstCacheDb::migratesPreviousVersionKeepingData()
{
    // A cache written by the previous release (schema v1: everything but the consents table,
    // added in v2) is upgraded in place and keeps what it held.
    static_assert(CacheDb::kSchemaVersion >= 2, "this test upgrades a v1 cache");
    {
        auto db = openOrFail(dbPath());
        QVERIFY(db);
        QVERIFY(db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"customer"_s, u"2025-05-14"_s}).ok());
        QVERIFY(db->appendServerEvents(serverPage(1, 25), u"c25"_s).ok());
        QVERIFY(db->replaceDevices(sampleDevices()).ok());
    }
    // ... and without what later versions added (v3: the access log and its witness; v4: notices;
    // v5: the usage summary).
    QVERIFY(rawExec(dbPath(), {u"DROP TABLE server_event_buckets"_s, u"DROP TABLE server_event_texts"_s,
                               u"DELETE FROM meta WHERE key = 'usage_summary_from'"_s, u"DROP TABLE consents"_s, u"DROP TABLE access_log"_s, u"DROP TABLE access_warnings"_s,
                               u"DROP TABLE access_grants"_s, u"DROP TABLE policy_documents"_s, u"DROP TABLE policy_versions"_s,
                               u"DROP TABLE incidents"_s, u"DROP TABLE disclosures"_s, u"DROP TABLE policy_acceptances"_s,
                               u"DROP TABLE notice_reads"_s, u"PRAGMA user_version = 1"_s}));
    QCOMPARE(rawUserVersion(dbPath()), 1);

    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(db->userVersion(), CacheDb::kSchemaVersion);
    QVERIFY(db->database().tables().contains(u"consents"_s));
    QVERIFY(db->database().tables().contains(u"notice_reads"_s));
    QCOMPARE(db->account()->accountId, u"C-1001"_s);
    QCOMPARE(db->count(Category::ServerUsage), 25);
    QCOMPARE(db->count(Category::Devices), 3);
    QCOMPARE(db->serverCursor(), u"c25"_s);
    // The events it held are not in the new summary yet: counted from the rows until a refresh.
    QVERIFY(!usage::summaryCurrent(db->database()));
    QVERIFY(db->refreshUsageSummary().ok());
    QCOMPARE(usage::countServerEvents(db->database(), {}), 25);
    QVERIFY(db->replaceConsents({u"2025-05-14"_s, {{u"marketing"_s, true, utcTime(2025, 6, 1), u"Offers"_s}}}).ok());
}

void TstCacheDb::notADatabaseIsRefused()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'J')); // not an SQLite header
    }
    const QStringList before = QSqlDatabase::connectionNames();
    const auto r = CacheDb::open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Storage);
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TstCacheDb::pathFor_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << u"C-1001"_s << u"cache-C-1001.sqlite"_s;
    QTest::newRow("dots and underscores") << u"a.b_c"_s << u"cache-a.b_c.sqlite"_s;
    QTest::newRow("path traversal") << u"../../etc/passwd"_s << u"cache-.._.._etc_passwd.sqlite"_s;
    QTest::newRow("backslash") << u"..\\..\\x"_s << u"cache-.._.._x.sqlite"_s;
    QTest::newRow("spaces and unicode") << u"Ali ce\u4E2D"_s << u"cache-Ali_ce_.sqlite"_s;
}

void TstCacheDb::pathFor()
{
    QFETCH(QString, accountId);
    QFETCH(QString, fileName);
    const QString root = m_dir->path();
    const QString p = CacheDb::pathFor(root, accountId);
    QCOMPARE(QFileInfo(p).fileName(), fileName);
    QCOMPARE(QFileInfo(p).absolutePath(), QFileInfo(root).absoluteFilePath()); // never outside the root
}

// ---- records -----------------------------------------------------------------------------------

void TstCacheDb::account()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    const auto none = db->account();
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);

    QVERIFY(db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"staff"_s, u"2025-05-14"_s}).ok());
    const auto a = db->account();
    QVERIFY(a.ok());
    QCOMPARE(a->accountId, u"C-1001"_s);
    QCOMPARE(a->username, u"alice"_s);
    QCOMPARE(a->displayName, u"Alice Chan"_s);
    QCOMPARE(a->role, u"staff"_s);
    QCOMPARE(a->policyVersionAccepted, u"2025-05-14"_s);

    // Storing again updates in place.
    QVERIFY(db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Wong"_s, u"customer"_s, u"2025-06-01"_s}).ok());
    QCOMPARE(db->account()->displayName, u"Alice Wong"_s);
    QCOMPARE(db->account()->role, u"customer"_s);
    QCOMPARE(db->account()->policyVersionAccepted, u"2025-06-01"_s);

    QVERIFY(db->setMeta(u"k"_s, u"v1"_s).ok());
    QVERIFY(db->setMeta(u"k"_s, u"v2"_s).ok());
    QCOMPARE(db->meta(u"k"_s), u"v2"_s);
    QCOMPARE(db->meta(u"absent"_s), QString());
}

void TstCacheDb::lastSyncedAt()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(!db->lastSyncedAt().isValid());
    const QDateTime t = utcTime(2025, 11, 3, 14, 5, 7);
    QVERIFY(db->setLastSyncedAt(t).ok());
    QCOMPARE(db->lastSyncedAt(), t);
    QCOMPARE(db->lastSyncedAt().timeSpec(), Qt::UTC);
}

void TstCacheDb::personal()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    const PersonalData in = samplePersonal();
    QVERIFY(db->replacePersonal(in, u"W/\"p1\""_s).ok());
    QCOMPARE(db->personalEtag(), u"W/\"p1\""_s);

    const PersonalData out = db->personal();
    QCOMPARE(out.fields.size(), in.fields.size());
    for (qsizetype i = 0; i < in.fields.size(); ++i) { // order kept
        QCOMPARE(out.fields.at(i).key, in.fields.at(i).key);
        QCOMPARE(out.fields.at(i).value, in.fields.at(i).value);
        QCOMPARE(out.fields.at(i).editable, in.fields.at(i).editable);
        QCOMPARE(out.fields.at(i).meta.purposes, in.fields.at(i).meta.purposes);
        QCOMPARE(out.fields.at(i).meta.legalBasis, in.fields.at(i).meta.legalBasis);
        QCOMPARE(out.fields.at(i).meta.source, in.fields.at(i).meta.source);
        QCOMPARE(out.fields.at(i).meta.retention, in.fields.at(i).meta.retention);
        QCOMPARE(out.fields.at(i).meta.updatedAt, in.fields.at(i).meta.updatedAt);
    }
    QCOMPARE(out.passwordChangedAt, in.passwordChangedAt);
    QCOMPARE(out.paymentMethods.size(), 2);
    const PaymentMethod &card = out.paymentMethods.at(0);
    QCOMPARE(card.id, u"pm-1"_s);
    QCOMPARE(card.kind, u"card"_s);
    QCOMPARE(card.brand, u"Visa"_s);
    QCOMPARE(card.last4, u"4242"_s);
    QCOMPARE(card.expiry, u"2027-08"_s);
    QCOMPARE(card.meta.purposes, QStringList{u"billing"_s});
    QCOMPARE(card.meta.updatedAt, utcTime(2025, 8, 1));
    const PaymentMethod &wallet = out.paymentMethods.at(1);
    QCOMPARE(wallet.kind, u"platform"_s);
    QCOMPARE(wallet.platform, u"AlipayHK"_s);
    QCOMPARE(wallet.accountMasked, u"a***e@example.com"_s);
    QCOMPARE(wallet.meta.legalBasis, u"consent"_s);
    QCOMPARE(wallet.meta.source, u"third_party"_s);
    QCOMPARE(db->count(Category::Registration), 6);

    // Replacing is a replacement: removed fields and payment methods are gone.
    PersonalData less = in;
    less.fields.removeLast();
    less.paymentMethods.removeFirst();
    less.passwordChangedAt = QDateTime();
    QVERIFY(db->replacePersonal(less, u"\"p2\""_s).ok());
    const PersonalData out2 = db->personal();
    QCOMPARE(out2.fields.size(), 3);
    QCOMPARE(out2.paymentMethods.size(), 1);
    QCOMPARE(out2.paymentMethods.at(0).id, u"pm-2"_s);
    QVERIFY(!out2.passwordChangedAt.isValid());
    QCOMPARE(db->personalEtag(), u"\"p2\""_s);
    QCOMPARE(db->count(Category::Registration), 4);
}

void TstCacheDb::failedReplaceKeepsPreviousPersonal()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->replacePersonal(samplePersonal(), u"\"good\""_s).ok());
    // Two fields with the same key violate the primary key half-way through the write.
    PersonalData bad = samplePersonal();
    bad.fields[0].value = u"Mallory"_s;
    bad.fields.append(bad.fields.at(1));
    const Status s = db->replacePersonal(bad, u"\"bad\""_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Storage);
    // Nothing of the failed write is visible.
    const PersonalData now = db->personal();
    QCOMPARE(now.fields.size(), 4);
    QCOMPARE(now.fields.at(0).value, u"Alice Chan"_s);
    QCOMPARE(now.paymentMethods.size(), 2);
    QCOMPARE(db->personalEtag(), u"\"good\""_s);
}

void TstCacheDb::devices()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    const QList<Device> in = sampleDevices();
    QVERIFY(db->replaceDevices(in).ok());
    QCOMPARE(db->count(Category::Devices), 3);

    QSqlQuery q(db->database());
    QVERIFY(q.exec(u"SELECT id, type, model, os, os_version, browser, browser_version, identifiers, ip, operator,"
                   " connection, first_seen, last_seen FROM devices ORDER BY position"_s));
    for (const Device &d : in) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), d.id);
        QCOMPARE(q.value(1).toString(), d.type);
        QCOMPARE(q.value(2).toString(), d.model);
        QCOMPARE(q.value(3).toString(), d.os);
        QCOMPARE(q.value(4).toString(), d.osVersion);
        QCOMPARE(q.value(5).toString(), d.browser);
        QCOMPARE(q.value(6).toString(), d.browserVersion);
        const QList<DeviceIdentifier> ids = codec::decodeIdentifiers(q.value(7).toString().toUtf8());
        QCOMPARE(ids.size(), d.identifiers.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(ids.at(i).kind, d.identifiers.at(i).kind);
            QCOMPARE(ids.at(i).value, d.identifiers.at(i).value);
            QCOMPARE(ids.at(i).masked, d.identifiers.at(i).masked);
        }
        QCOMPARE(q.value(8).toString(), d.ip);
        QCOMPARE(q.value(9).toString(), d.networkOperator);
        QCOMPARE(q.value(10).toString(), d.connection);
        QCOMPARE(q.value(11).toLongLong(), d.firstSeen.toSecsSinceEpoch());
        QCOMPARE(q.value(12).toLongLong(), d.lastSeen.toSecsSinceEpoch());
    }
    QVERIFY(!q.next());

    QVERIFY(db->replaceDevices({in.at(1)}).ok());
    QCOMPARE(db->count(Category::Devices), 1);
    QCOMPARE(scalar(*db, u"SELECT id FROM devices"_s).toString(), u"dev-2"_s);
    QVERIFY(db->replaceDevices({}).ok());
    QCOMPARE(db->count(Category::Devices), 0);
}

void TstCacheDb::cookies()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->replaceCookies(sampleCookies()).ok());
    QCOMPARE(db->count(Category::Cookies), 5);
    // A session cookie is NULL, not 0: "until you close the browser" differs from "0 seconds".
    QCOMPARE(scalar(*db, u"SELECT lifetime_s IS NULL FROM cookies WHERE id = 'ck-1'"_s).toInt(), 1);
    QCOMPARE(scalar(*db, u"SELECT lifetime_s FROM cookies WHERE id = 'ck-2'"_s).toLongLong(), 63072000);
    QCOMPARE(scalar(*db, u"SELECT consent_required FROM cookies WHERE id = 'ck-2'"_s).toInt(), 1);
    QCOMPARE(scalar(*db, u"SELECT kind FROM cookies WHERE id = 'ck-4'"_s).toString(), u"web_beacon"_s);
    QVERIFY(db->replaceCookies(sampleCookies().mid(0, 2)).ok());
    QCOMPARE(db->count(Category::Cookies), 2);
}

void TstCacheDb::categoryInfo()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->replaceCategoryInfo(samplePurposes(), sampleSharing(), sampleRetention()).ok());

    const CategoryInfo reg = db->categoryInfo(Category::Registration);
    QCOMPARE(reg.category, Category::Registration);
    QCOMPARE(reg.purposes.size(), 3);
    QCOMPARE(reg.purposes.at(0).code, u"service"_s);
    QCOMPARE(reg.purposes.at(1).code, u"security"_s); // order kept
    QCOMPARE(reg.purposes.at(1).legalBasis, u"legitimate_interest"_s);
    QCOMPARE(reg.sharing.size(), 1);
    QCOMPARE(reg.sharing.at(0).name, u"PayCo Ltd"_s);
    QCOMPARE(reg.sharing.at(0).recipient, u"payment_processing"_s);
    QCOMPARE(reg.sharing.at(0).data, u"Name and card"_s);
    QCOMPARE(reg.sharing.at(0).why, u"To take payments"_s);
    QVERIFY(reg.retention.has_value());
    QCOMPARE(reg.retention->period, u"P3Y"_s);
    QCOMPARE(reg.retention->starts, u"account_closed"_s);
    QCOMPARE(reg.retention->basis, u"legal_obligation"_s);

    // Sharing is filtered by category: server usage goes to two recipients, in order.
    const CategoryInfo srv = db->categoryInfo(Category::ServerUsage);
    QCOMPARE(srv.sharing.size(), 2);
    QCOMPARE(srv.sharing.at(0).name, u"Stats Inc"_s);
    QCOMPARE(srv.sharing.at(0).categories, (QList<Category>{Category::ServerUsage, Category::Cookies}));
    QCOMPARE(srv.sharing.at(1).name, u"Fixit Co"_s);
    QVERIFY(srv.purposes.isEmpty());
    QCOMPARE(srv.retention->period, u"P1Y6M"_s);

    const CategoryInfo cookies = db->categoryInfo(Category::Cookies);
    QCOMPARE(cookies.purposes.size(), 1);
    QCOMPARE(cookies.purposes.at(0).consentRequired, true);
    QCOMPARE(cookies.sharing.size(), 1);

    // A category nobody shares and without a retention rule.
    const CategoryInfo dom = db->categoryInfo(Category::DomainUsage);
    QCOMPARE(dom.category, Category::DomainUsage);
    QVERIFY(dom.purposes.isEmpty());
    QVERIFY(dom.sharing.isEmpty());
    QVERIFY(!dom.retention.has_value());
}

void TstCacheDb::categoryInfoReplaceClearsOld()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->replaceCategoryInfo(samplePurposes(), sampleSharing(), sampleRetention()).ok());
    QVERIFY(db->replaceCategoryInfo({{Category::Devices, {{u"security"_s, u"legitimate_interest"_s, false}}}}, {}, {}).ok());
    const CategoryInfo reg = db->categoryInfo(Category::Registration);
    QVERIFY(reg.purposes.isEmpty());
    QVERIFY(reg.sharing.isEmpty());
    QVERIFY(!reg.retention.has_value());
    QCOMPARE(db->categoryInfo(Category::Devices).purposes.size(), 1);
}

void TstCacheDb::consents()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->consents().items.isEmpty());
    const ConsentState in{u"2025-05-14"_s,
                          {{u"personalisation"_s, true, utcTime(2025, 6, 1, 12), u"Recommendations stop being tailored"_s},
                           {u"analytics_cookies"_s, false, QDateTime(), u"We cannot see which pages are slow"_s},
                           {u"marketing"_s, false, utcTime(2025, 7, 2), u"No offers"_s}}};
    QVERIFY(db->replaceConsents(in).ok());
    const ConsentState out = db->consents();
    QCOMPARE(out.policyVersion, u"2025-05-14"_s);
    QCOMPARE(out.items.size(), 3);
    for (qsizetype i = 0; i < in.items.size(); ++i) { // order kept
        QCOMPARE(out.items.at(i).purpose, in.items.at(i).purpose);
        QCOMPARE(out.items.at(i).granted, in.items.at(i).granted);
        QCOMPARE(out.items.at(i).changedAt, in.items.at(i).changedAt);
        QCOMPARE(out.items.at(i).affects, in.items.at(i).affects);
    }
    QVERIFY(!out.items.at(1).changedAt.isValid());
    // Replaced as a whole.
    QVERIFY(db->replaceConsents({u"2025-09-01"_s, {{u"marketing"_s, true, utcTime(2025, 9, 2), u"No offers"_s}}}).ok());
    QCOMPARE(db->consents().items.size(), 1);
    QCOMPARE(db->consents().policyVersion, u"2025-09-01"_s);
    QCOMPARE(db->consents().items.at(0).granted, true);
    // A failed replace (duplicate purpose) keeps the previous state.
    const ConsentPurpose dup{u"marketing"_s, false, QDateTime(), u"x"_s};
    QVERIFY(!db->replaceConsents({u"2025-10-01"_s, {dup, dup}}).ok());
    QCOMPARE(db->consents().policyVersion, u"2025-09-01"_s);
    QCOMPARE(db->consents().items.size(), 1);
    QCOMPARE(db->consents().items.at(0).granted, true);
}

void TstCacheDb::appendServerEvents()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(db->serverCursor(), QString());
    QVERIFY(db->appendServerEvents(serverPage(1, 100), u"cursor-100"_s).ok());
    QCOMPARE(db->count(Category::ServerUsage), 100);
    QCOMPARE(db->serverCursor(), u"cursor-100"_s);
    QVERIFY(db->appendServerEvents(serverPage(101, 50), u"cursor-150"_s).ok());
    QCOMPARE(db->count(Category::ServerUsage), 150);
    QCOMPARE(db->serverCursor(), u"cursor-150"_s);
    // An empty last page still moves the cursor.
    QVERIFY(db->appendServerEvents({}, u"cursor-150b"_s).ok());
    QCOMPARE(db->serverCursor(), u"cursor-150b"_s);
    QCOMPARE(db->domainCursor(), QString()); // the two streams are separate

    const ServerEvent want = sampleServerEvent(123);
    QSqlQuery q(db->database());
    QVERIFY(q.exec(u"SELECT server_id, server_name, login_at, duration_s, traffic_bytes, cpu_pct, memory_bytes,"
                   " disk_bytes FROM server_events WHERE id = 123"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), want.serverId);
    QCOMPARE(q.value(1).toString(), want.serverName);
    QCOMPARE(q.value(2).toLongLong(), want.loginAt.toSecsSinceEpoch());
    QCOMPARE(q.value(3).toLongLong(), want.durationS);
    QCOMPARE(q.value(4).toLongLong(), want.trafficBytes);
    QCOMPARE(q.value(5).toDouble(), want.cpuPct);
    QCOMPARE(q.value(6).toLongLong(), want.memoryBytes);
    QCOMPARE(q.value(7).toLongLong(), want.diskBytes);
}

void TstCacheDb::appendIsIdempotent()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->appendServerEvents(serverPage(1, 100), u"c1"_s).ok());
    // A retry after a lost response delivers the same page again: no duplicates.
    QVERIFY(db->appendServerEvents(serverPage(1, 100), u"c1"_s).ok());
    QCOMPARE(db->count(Category::ServerUsage), 100);
    // Overlapping pages: only the new ids add rows.
    QVERIFY(db->appendServerEvents(serverPage(51, 100), u"c2"_s).ok());
    QCOMPARE(db->count(Category::ServerUsage), 150);

    QList<DomainEvent> domains;
    for (qint64 id = 1; id <= 20; ++id)
        domains << sampleDomainEvent(id);
    QVERIFY(db->appendDomainEvents(domains, u"d1"_s).ok());
    QVERIFY(db->appendDomainEvents(domains, u"d1"_s).ok());
    QCOMPARE(db->count(Category::DomainUsage), 20);
}

void TstCacheDb::failedAppendKeepsCursorAndRows()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->appendServerEvents(serverPage(1, 10), u"c10"_s).ok());
    // Event 3 of 5 cannot be stored (a failure injected on this connection: the disk filling up
    // would look the same): the page and its cursor go together or not at all, so the next sync
    // asks for the same page again.
    QVERIFY(exec(*db, u"CREATE TEMP TRIGGER fail_13 BEFORE INSERT ON server_events WHEN NEW.id = 13"
                      " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    const Status s = db->appendServerEvents(serverPage(11, 5), u"c15"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Storage);
    QCOMPARE(db->count(Category::ServerUsage), 10);
    QCOMPARE(db->serverCursor(), u"c10"_s);
    QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM server_events WHERE id > 10"_s).toInt(), 0);
    QVERIFY2(s.error().detail.contains(u"injected failure"_s), qPrintable(s.error().detail));
    // And the cache is still usable afterwards (no transaction left open).
    QVERIFY(exec(*db, u"DROP TRIGGER fail_13"_s));
    QVERIFY(db->appendServerEvents(serverPage(11, 5), u"c15"_s).ok());
    QCOMPARE(db->count(Category::ServerUsage), 15);
    QCOMPARE(db->serverCursor(), u"c15"_s);
}

void TstCacheDb::forgetEventsStartsUsageAgain()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->replacePersonal(samplePersonal(), u"\"etag-1\""_s).ok());
    QVERIFY(db->appendServerEvents(serverPage(1, 10), u"cur-10"_s).ok());
    QVERIFY(db->appendDomainEvents({sampleDomainEvent(1), sampleDomainEvent(2)}, u"dcur-2"_s).ok());
    QCOMPARE(db->count(Category::ServerUsage), 10);
    QCOMPARE(db->count(Category::DomainUsage), 2);

    QVERIFY(db->forgetEvents().ok());
    QCOMPARE(db->count(Category::ServerUsage), 0);
    QCOMPARE(db->count(Category::DomainUsage), 0);
    QVERIFY(db->serverCursor().isEmpty());
    QVERIFY(db->domainCursor().isEmpty());
    // Only usage: the rest of the cache stays.
    QVERIFY(db->count(Category::Registration) > 0);
    QCOMPARE(db->personalEtag(), u"\"etag-1\""_s);
}

void TstCacheDb::accountClosingAndErasedTimes()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    Account a{u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"customer"_s, u"2025-05-14"_s};
    QVERIFY(db->storeAccount(a).ok());
    QVERIFY(!db->account()->closesAt.isValid());
    QVERIFY(!db->account()->erasedAt.isValid());

    a.closesAt = QDateTime(QDate(2026, 12, 20), QTime(8, 30), Qt::UTC);
    a.erasedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 15, 7), Qt::UTC);
    QVERIFY(db->storeAccount(a).ok());
    QCOMPARE(db->account()->closesAt, a.closesAt);
    QCOMPARE(db->account()->erasedAt, a.erasedAt);

    // A provider that stops sending them (a reopened account) clears them.
    a.closesAt = {};
    QVERIFY(db->storeAccount(a).ok());
    QVERIFY(!db->account()->closesAt.isValid());
    QCOMPARE(db->account()->erasedAt, a.erasedAt);
}

void TstCacheDb::appendDomainEvents()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QList<DomainEvent> page;
    for (qint64 id = 1; id <= 30; ++id)
        page << sampleDomainEvent(id);
    QVERIFY(db->appendDomainEvents(page, u"dc-30"_s).ok());
    QCOMPARE(db->count(Category::DomainUsage), 30);
    QCOMPARE(db->domainCursor(), u"dc-30"_s);
    QCOMPARE(db->serverCursor(), QString());
    const DomainEvent want = sampleDomainEvent(17);
    QSqlQuery q(db->database());
    QVERIFY(q.exec(u"SELECT domain, kind, at, details FROM domain_events WHERE id = 17"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), want.domain);
    QCOMPARE(q.value(1).toString(), want.kind);
    QCOMPARE(q.value(2).toLongLong(), want.at.toSecsSinceEpoch());
    QCOMPARE(q.value(3).toString(), want.details);

    // Same rule as servers: a failing event fails the page and keeps the cursor.
    QVERIFY(exec(*db, u"CREATE TEMP TRIGGER fail_32 BEFORE INSERT ON domain_events WHEN NEW.id = 32"
                      " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    QVERIFY(!db->appendDomainEvents({sampleDomainEvent(31), sampleDomainEvent(32)}, u"dc-32"_s).ok());
    QCOMPARE(db->count(Category::DomainUsage), 30);
    QCOMPARE(db->domainCursor(), u"dc-30"_s);
}

void TstCacheDb::counts()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    for (Category c : kAllCategories)
        QCOMPARE(db->count(c), 0);
    QVERIFY(db->replacePersonal(samplePersonal(), u"\"e\""_s).ok());
    QVERIFY(db->appendServerEvents(serverPage(1, 7), u"c"_s).ok());
    QList<DomainEvent> d{sampleDomainEvent(1), sampleDomainEvent(2)};
    QVERIFY(db->appendDomainEvents(d, u"c"_s).ok());
    QVERIFY(db->replaceDevices(sampleDevices()).ok());
    QVERIFY(db->replaceCookies(sampleCookies()).ok());
    QCOMPARE(db->count(Category::Registration), 4 + 2); // fields + payment methods
    QCOMPARE(db->count(Category::ServerUsage), 7);
    QCOMPARE(db->count(Category::DomainUsage), 2);
    QCOMPARE(db->count(Category::Devices), 3);
    QCOMPARE(db->count(Category::Cookies), 5);
}

void TstCacheDb::absentOptionalMembersAreStored_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("account without policy_version_accepted") << u"account"_s;
    QTest::newRow("personal data without an ETag") << u"etag"_s;
    QTest::newRow("card without expiry") << u"expiry"_s;
    QTest::newRow("device without model, browser, connection") << u"device"_s;
    QTest::newRow("domain event without details") << u"domain"_s;
    QTest::newRow("sharing entry without data and why") << u"sharing"_s;
    QTest::newRow("consent without affects") << u"consent"_s;
}

void TstCacheDb::absentOptionalMembersAreStored()
{
    // The codecs accept these members as optional and leave the QString null; the cache must
    // store them (as empty text), or one absent member fails a whole sync step, and for event
    // pages keeps failing on every later sync, because the cursor never moves past that page.
    QFETCH(QString, what);
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    Status s = okStatus();
    if (what == u"account") {
        s = db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"customer"_s, QString()});
    } else if (what == u"etag") {
        s = db->replacePersonal(samplePersonal(), QString());
    } else if (what == u"expiry") {
        PersonalData p = samplePersonal();
        p.paymentMethods[0].expiry = QString();
        s = db->replacePersonal(p, u"\"e\""_s);
    } else if (what == u"device") {
        Device d = sampleDevices().at(0);
        d.model = d.browser = d.browserVersion = d.connection = d.ip = QString();
        s = db->replaceDevices({d});
    } else if (what == u"domain") {
        DomainEvent e = sampleDomainEvent(1);
        e.details = QString();
        s = db->appendDomainEvents({e}, u"d1"_s);
    } else if (what == u"sharing") {
        SharingEntry e = sampleSharing().at(0);
        e.data = e.why = QString();
        s = db->replaceCategoryInfo({}, {e}, {});
    } else if (what == u"consent") {
        s = db->replaceConsents({u"2025-05-14"_s, {{u"marketing"_s, false, QDateTime(), QString()}}});
    }
    if (what != u"expiry") // nullable columns
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    // Stored, and read back as empty text.
    if (what == u"account") {
        QVERIFY(db->account().ok());
        QVERIFY(db->account()->policyVersionAccepted.isEmpty());
    } else if (what == u"etag") {
        QCOMPARE(db->personal().fields.size(), 4);
        QVERIFY(db->personalEtag().isEmpty());
    } else if (what == u"expiry") {
        QVERIFY(db->personal().paymentMethods.at(0).expiry.isEmpty());
    } else if (what == u"device") {
        QCOMPARE(db->count(Category::Devices), 1);
        QCOMPARE(scalar(*db, u"SELECT model FROM devices"_s).toString(), QString());
    } else if (what == u"domain") {
        QCOMPARE(db->count(Category::DomainUsage), 1);
        QCOMPARE(db->domainCursor(), u"d1"_s);
    } else if (what == u"sharing") {
        QCOMPARE(db->categoryInfo(Category::Registration).sharing.size(), 1);
    } else if (what == u"consent") {
        QCOMPARE(db->consents().items.size(), 1);
        QVERIFY(db->consents().items.at(0).affects.isEmpty());
    }
}

namespace {
/// Two sessions a day at 05:00 and 20:00 *local* time for `days` consecutive local days ending
/// on `last`; traffic = day index * 1000 + 1 and + 2. In Hong Kong 05:00 is 21:00 UTC the day
/// before, so grouping by UTC date instead of local date gives other dates and sums.
QList<ServerEvent> twoADay(const QDate &last, int days, QHash<QDate, qint64> *expected)
{
    QList<ServerEvent> out;
    qint64 id = 1;
    for (int i = 0; i < days; ++i) {
        const QDate day = last.addDays(i - days + 1);
        for (int hour : {5, 20}) {
            ServerEvent e = sampleServerEvent(id);
            e.id = id++;
            e.loginAt = QDateTime(day, QTime(hour, 0), Qt::LocalTime).toUTC();
            e.trafficBytes = qint64(i) * 1000 + (hour == 5 ? 1 : 2);
            (*expected)[day] += e.trafficBytes;
            out << e;
        }
    }
    return out;
}
} // namespace

void TstCacheDb::dailyTraffic()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QHash<QDate, qint64> expected;
    const QDate last(2025, 11, 10);
    QVERIFY(db->appendServerEvents(twoADay(last, 10, &expected), u"c"_s).ok());

    const QList<QPair<QDate, qint64>> all = db->dailyTraffic(90);
    QCOMPARE(all.size(), 10);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).first, last.addDays(i - 9)); // oldest first, local dates
        QCOMPARE(all.at(i).second, expected.value(all.at(i).first));
    }

    // The most recent days are complete sums.
    const QList<QPair<QDate, qint64>> recent = db->dailyTraffic(3);
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.last().first, last);
    QCOMPARE(recent.last().second, expected.value(last));
    QCOMPARE(recent.at(recent.size() - 2).second, expected.value(last.addDays(-1)));
}

void TstCacheDb::dailyTrafficAtMostDays()
{
    // Session::dailyTraffic promises "at most `days` days", each a whole day's total. The query
    // takes `days` * 24 h back from the newest event, which reaches into a (days+1)th day and
    // returns a partial total for it.
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QHash<QDate, qint64> expected;
    const QDate last(2025, 11, 10);
    QVERIFY(db->appendServerEvents(twoADay(last, 10, &expected), u"c"_s).ok());
    const QList<QPair<QDate, qint64>> recent = db->dailyTraffic(3);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.first().first, last.addDays(-2));
    QCOMPARE(recent.first().second, expected.value(last.addDays(-2)));
}

void TstCacheDb::dailyTrafficEmpty()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QVERIFY(db->dailyTraffic(90).isEmpty());
}

// ---- deleting, and what is never stored --------------------------------------------------------

void TstCacheDb::removeDeletesCompanions()
{
    {
        auto db = openOrFail(dbPath());
        QVERIFY(db);
        QVERIFY(db->appendServerEvents(serverPage(1, 50), u"c"_s).ok());
        QVERIFY(QFileInfo::exists(dbPath() + u"-wal"_s));
        QVERIFY(QFileInfo::exists(dbPath() + u"-shm"_s));
    }
    // After a crash SQLite leaves its companions behind; simulate that (a clean close may
    // already have checkpointed and deleted them).
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile f(dbPath() + suffix);
        if (!f.exists()) {
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("left over");
        }
    }
    const QString unrelated = dbPath() + u".bak"_s;
    {
        QFile f(unrelated);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(CacheDb::remove(dbPath()).ok());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QVERIFY2(!QFileInfo::exists(dbPath() + suffix), qPrintable(suffix));
    QVERIFY(QFileInfo::exists(unrelated)); // only the cache's own files

    // A removed cache opens as a new, empty one.
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QCOMPARE(db->count(Category::ServerUsage), 0);
}

void TstCacheDb::removeMissingIsFine()
{
    QVERIFY(CacheDb::remove(m_dir->filePath(u"never-created.sqlite"_s)).ok());
}

void TstCacheDb::noTokenColumns()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    QSqlQuery q(db->database());
    QVERIFY(q.exec(u"SELECT name, sql FROM sqlite_master"_s));
    QStringList objects;
    while (q.next()) {
        objects << q.value(0).toString();
        const QString sql = q.value(1).toString().toLower();
        for (const char *word : {"token", "password", "secret", "credential"})
            QVERIFY2(!sql.contains(QLatin1String(word)), qPrintable(q.value(0).toString() + u": "_s + sql));
    }
    QVERIFY(objects.size() >= 10);
    int columns = 0;
    for (const QString &table : db->database().tables()) {
        const QSqlRecord rec = db->database().record(table);
        QVERIFY2(!rec.isEmpty(), qPrintable(table));
        for (int i = 0; i < rec.count(); ++i) {
            const QString name = rec.fieldName(i).toLower();
            ++columns;
            QVERIFY2(!name.contains(u"token"_s) && !name.contains(u"password"_s) && !name.contains(u"secret"_s),
                     qPrintable(table + u'.' + name));
        }
    }
    QVERIFY(columns > 50); // the check really looked at the schema
}

void TstCacheDb::noTokenMetaKeys()
{
    auto db = openOrFail(dbPath());
    QVERIFY(db);
    // Everything a sync writes: account, personal, both streams, last sync.
    QVERIFY(db->storeAccount({u"C-1001"_s, u"alice"_s, u"Alice Chan"_s, u"customer"_s, u"2025-05-14"_s}).ok());
    QVERIFY(db->replacePersonal(samplePersonal(), u"\"e\""_s).ok());
    QVERIFY(db->appendServerEvents(serverPage(1, 3), u"c"_s).ok());
    QVERIFY(db->appendDomainEvents({sampleDomainEvent(1)}, u"d"_s).ok());
    QVERIFY(db->setLastSyncedAt(utcTime(2025, 11, 3)).ok());
    QSqlQuery q(db->database());
    QVERIFY(q.exec(u"SELECT key FROM meta"_s));
    int keys = 0;
    while (q.next()) {
        const QString k = q.value(0).toString().toLower();
        ++keys;
        QVERIFY2(!k.contains(u"token"_s) && !k.contains(u"secret"_s) && k != u"password"_s, qPrintable(k));
    }
    QVERIFY(keys >= 8);
}

QTEST_GUILESS_MAIN(TstCacheDb)
#include "tst_cachedb.moc"
