// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, items 9 and 10: the provider's files are its owner's only; attachments have quotas per
// account; expired codes, tokens and old idempotency records are purged on schedule; an attachment's
// Idempotency-Key covers its Content-Type and X-Filename; attachment names are cleaned as the app
// shows them. Real provider over HTTP, its database read directly.
#include "ActionsTestSupport.h"
#include "Limits.h"
#include "SqlTestSupport.h"

#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray pngBytes(qint64 size = 48)
{
    QByteArray b("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    return b + QByteArray(qMax<qint64>(0, size - b.size()), 'x');
}

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

qint64 count(const QString &dir, const QString &sql)
{
    return valueOf(dir, sql).toLongLong();
}

} // namespace

class TestProviderStorage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void filesAreTheOwnersOnly();
    void attachmentCountQuota();
    void attachmentBytesQuota();
    void expiredRowsPurged();
    void idempotencyCoversFilenameAndType();
    void attachmentNamesCleaned_data();
    void attachmentNamesCleaned();

private:
    HttpResult upload(const QByteArray &token, const QByteArray &data, const QByteArray &type = "image/png",
                      const QByteArray &filename = {}, const QByteArray &key = newKey());

    std::unique_ptr<ProviderProcess> m_provider;
    std::unique_ptr<ApiClient> m_api;
    Tokens m_alice;
};

void TestProviderStorage::init()
{
    m_provider = std::make_unique<ProviderProcess>(QStringList{u"--test-hooks"_s});
    // A data directory an older provider (or a careless admin) left readable to everyone.
    QVERIFY(QFile::setPermissions(m_provider->dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                             | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                             | QFile::ExeOther));
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
    m_api = std::make_unique<ApiClient>(m_provider->url());
    HttpTestClient http(m_provider->url());
    m_alice = signIn(http, u"alice"_s, u"demo-alice"_s);
    QVERIFY(m_alice.ok());
}

void TestProviderStorage::cleanup()
{
    m_api.reset();
    m_provider.reset();
}

HttpResult TestProviderStorage::upload(const QByteArray &token, const QByteArray &data, const QByteArray &type,
                                       const QByteArray &filename, const QByteArray &key)
{
    Headers h{{"Idempotency-Key", key}};
    if (!filename.isEmpty())
        h.append({"X-Filename", filename});
    return m_api->call("PUT", u"/v1/me/attachments"_s, token, data, type, h);
}

void TestProviderStorage::filesAreTheOwnersOnly()
{
    const QString dir = m_provider->dataDir();
    QCOMPARE(modeOf(dir), 0700);
    // The WAL and shared-memory files exist while the provider runs, and were made 0600 too.
    for (const QString &name : {u"provider.sqlite"_s, u"provider.sqlite-wal"_s, u"provider.sqlite-shm"_s,
                                u"audit-signing.key"_s}) {
        QVERIFY2(QFileInfo::exists(dir + u'/' + name), qPrintable(name));
        QCOMPARE(modeOf(dir + u'/' + name), 0600);
    }
}

void TestProviderStorage::attachmentCountQuota()
{
    for (int i = 0; i < pd::limits::kAttachmentsPerAccountMax; ++i)
        QCOMPARE(upload(m_alice.access, pngBytes(48 + i)).status, 201);
    const HttpResult r = upload(m_alice.access, pngBytes());
    QCOMPARE(r.status, 409);
    QVERIFY(r.isProblem());
    QCOMPARE(r.problemType(), u"attachment-quota-exceeded"_s);
    QCOMPARE(r.json().value(u"limit"_s).toInt(), pd::limits::kAttachmentsPerAccountMax);
    QVERIFY(r.json().value(u"detail"_s).toString().contains(QString::number(pd::limits::kAttachmentsPerAccountMax)));
    QCOMPARE(count(m_provider->dataDir(), u"SELECT COUNT(*) FROM attachments a JOIN accounts c ON c.id=a.account "
                                          "WHERE c.username='alice'"_s),
             qint64(pd::limits::kAttachmentsPerAccountMax));
    // Another account has its own quota.
    HttpTestClient http(m_provider->url());
    const Tokens bob = signIn(http, u"bob"_s, u"demo-bob"_s);
    QCOMPARE(upload(bob.access, pngBytes()).status, 201);
}

void TestProviderStorage::attachmentBytesQuota()
{
    const qint64 each = pd::limits::kAttachmentBytesMax;
    const qint64 fit = pd::limits::kAttachmentBytesPerAccountMax / each;
    for (qint64 i = 0; i < fit; ++i)
        QCOMPARE(upload(m_alice.access, pngBytes(each)).status, 201);
    const HttpResult r = upload(m_alice.access, pngBytes(1024));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), u"attachment-quota-exceeded"_s);
    QCOMPARE(r.json().value(u"limit_bytes"_s).toInteger(), pd::limits::kAttachmentBytesPerAccountMax);
    QVERIFY(r.json().value(u"detail"_s).toString().contains(u"MiB"_s));
}

void TestProviderStorage::expiredRowsPurged()
{
    const QString dir = m_provider->dataDir();
    QCOMPARE(upload(m_alice.access, pngBytes()).status, 201);
    QVERIFY(count(dir, u"SELECT COUNT(*) FROM auth_codes"_s) >= 1);
    QVERIFY(count(dir, u"SELECT COUNT(*) FROM tokens WHERE kind='access'"_s) >= 1);
    QVERIFY(count(dir, u"SELECT COUNT(*) FROM idempotency"_s) >= 1);
    const qint64 refresh = count(dir, u"SELECT COUNT(*) FROM tokens WHERE kind='refresh'"_s);
    QVERIFY(refresh >= 1);

    // A day and an hour later (the clock hook runs the scheduled maintenance at once).
    QVERIFY(m_provider->advanceClock((pd::limits::kIdempotencyRetentionHours + 1) * 3600));
    QCOMPARE(count(dir, u"SELECT COUNT(*) FROM auth_codes"_s), 0);
    QCOMPARE(count(dir, u"SELECT COUNT(*) FROM tokens WHERE kind='access'"_s), 0);
    QCOMPARE(count(dir, u"SELECT COUNT(*) FROM idempotency"_s), 0);
    // Refresh tokens live 30 days: kept, and they still work.
    QCOMPARE(count(dir, u"SELECT COUNT(*) FROM tokens WHERE kind='refresh'"_s), refresh);
    HttpTestClient http(m_provider->url());
    QCOMPARE(refreshTokens(http, m_alice.refresh).status, 200);
}

void TestProviderStorage::idempotencyCoversFilenameAndType()
{
    const QByteArray key = newKey();
    const HttpResult first = upload(m_alice.access, pngBytes(), "image/png", "a.png", key);
    QCOMPARE(first.status, 201);
    // The same request again is the same answer.
    const HttpResult again = upload(m_alice.access, pngBytes(), "image/png", "a.png", key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.json(), first.json());
    // Same key and bytes, another name or type: a different request, refused.
    for (const auto &[type, name] : {std::pair<QByteArray, QByteArray>{"image/png", "b.png"},
                                     {"image/png", ""},
                                     {"image/png; charset=binary", "a.png"}}) {
        const HttpResult r = upload(m_alice.access, pngBytes(), type, name, key);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.problemType(), u"idempotency-key-reused"_s);
    }
}

void TestProviderStorage::attachmentNamesCleaned_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stored");
    const auto enc = [](const QString &s) { return QUrl::toPercentEncoding(s); };
    QTest::newRow("right-to-left override") << enc(u"invoice\u202Efdp.png"_s) << 201 << u"invoicefdp.png"_s;
    QTest::newRow("zero width and controls") << enc(u"sc\u200Ban\u0007\u2066.png"_s) << 201 << u"scan.png"_s;
    QTest::newRow("dot") << enc(u"."_s) << 400 << QString();
    QTest::newRow("dot dot") << enc(u".."_s) << 400 << QString();
    QTest::newRow("dot dot behind invisible ones") << enc(u"\u200B..\u202E"_s) << 400 << QString();
    QTest::newRow("only invisible") << enc(u"\u200B\u200D\u2069"_s) << 400 << QString();
    QTest::newRow("too long") << enc(QString(pd::limits::kAttachmentNameMax + 1, u'n')) << 400 << QString();
    QTest::newRow("long but invisible padding")
        << enc(QString(pd::limits::kAttachmentNameMax, u'n') + u"\u200B\u200B"_s) << 201
        << QString(pd::limits::kAttachmentNameMax, u'n');
    QTest::newRow("not UTF-8") << QByteArray("%FF%FE.png") << 400 << QString();
}

void TestProviderStorage::attachmentNamesCleaned()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    QFETCH(QString, stored);
    const HttpResult r = upload(m_alice.access, pngBytes(), "image/png", sent);
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(r.json().value(u"filename"_s).toString(), stored);
        QCOMPARE(valueOf(m_provider->dataDir(), u"SELECT filename FROM attachments WHERE id='"_s
                                                    + r.json().value(u"id"_s).toString() + u'\'')
                     .toString(),
                 stored);
    } else {
        QCOMPARE(r.problemType(), u"invalid-request"_s);
    }
}

QTEST_GUILESS_MAIN(TestProviderStorage)
#include "tst_provider_storage.moc"
