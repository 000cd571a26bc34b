// SPDX-License-Identifier: GPL-3.0-or-later
// Fault mode (--faults SPEC --fault-seed N): dropped connections before and after the commit,
// malformed answers, 429/503 with Retry-After, delays, determinism, and a retry loop that ends
// with exactly one effect per action.
#include "ActionsTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

const QJsonObject exportBody{{u"type"_s, u"export"_s}, {u"format"_s, u"json"_s}};

Headers actHeaders(const QByteArray &token, const QByteArray &key)
{
    return {{"Authorization", "Bearer " + token}, {"Idempotency-Key", key}, {"Content-Type", "application/json"}};
}

} // namespace

class TestProviderFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropBeforeHasNoEffect();
    void dropAfterCommitsAndRetryReplays();
    void malformedCommitsAndReplays();
    void retryAfter_data();
    void retryAfter();
    void delayStillAnswers();
    void decisionsFollowTheSeed();
    void retryLoopGivesOneEffectPerAction();
    void readsAreNeverFaulted();
    void badFaultArguments_data();
    void badFaultArguments();

private:
    bool launch(LaunchedProvider &p, QTemporaryDir &dir, const QString &spec, const QString &seed = u"7"_s);
    QByteArray signInAlice(const QUrl &url);
    qint64 requestsOf(const QUrl &url);
};

bool TestProviderFaults::launch(LaunchedProvider &p, QTemporaryDir &dir, const QString &spec, const QString &seed)
{
    QStringList args{u"--test-hooks"_s, u"--scale"_s, u"100"_s};
    if (!spec.isEmpty())
        args << u"--faults"_s << spec << u"--fault-seed"_s << seed;
    return dir.isValid() && p.start(dir.path(), args);
}

QByteArray TestProviderFaults::signInAlice(const QUrl &url)
{
    HttpTestClient http(url);
    return signIn(http, u"alice"_s, u"demo-alice"_s).access;
}

qint64 TestProviderFaults::requestsOf(const QUrl &url)
{
    ApiClient api(url);
    const HttpResult r = api.get(u"/test/effects?account=alice"_s, {});
    return r.status == 200 ? r.json().value(u"requests"_s).toInteger() : -1;
}

void TestProviderFaults::dropBeforeHasNoEffect()
{
    QTemporaryDir dir;
    LaunchedProvider p;
    QVERIFY(launch(p, dir, u"drop-before:1"_s));
    const QByteArray token = signInAlice(p.url());
    QVERIFY(!token.isEmpty());
    const QByteArray key = newKey();
    for (int i = 0; i < 3; ++i) {
        const RawResult r = rawSend(p.url(), "POST", u"/v1/me/requests"_s, actHeaders(token, key), json(exportBody));
        QVERIFY2(r.dropped, r.head.constData());
    }
    QCOMPARE(requestsOf(p.url()), 0);
    // Nothing was stored for the key either: without faults the first real attempt is processed.
    p.stop();
    QVERIFY(launch(p, dir, {}));
    ApiClient api(p.url());
    const HttpResult r = api.act("POST", u"/v1/me/requests"_s, token, exportBody, key);
    QCOMPARE(r.status, 201);
    QVERIFY(r.header("idempotent-replayed").isEmpty());
    QCOMPARE(requestsOf(p.url()), 1);
}

void TestProviderFaults::dropAfterCommitsAndRetryReplays()
{
    QTemporaryDir dir;
    LaunchedProvider p;
    QVERIFY(launch(p, dir, u"drop-after:1"_s));
    const QByteArray token = signInAlice(p.url());
    const QByteArray key = newKey();
    RawResult r = rawSend(p.url(), "POST", u"/v1/me/requests"_s, actHeaders(token, key), json(exportBody));
    QVERIFY(r.dropped);
    QCOMPARE(requestsOf(p.url()), 1);
    // The retry is dropped again (rate 1), and still does not act twice.
    r = rawSend(p.url(), "POST", u"/v1/me/requests"_s, actHeaders(token, key), json(exportBody));
    QVERIFY(r.dropped);
    QCOMPARE(requestsOf(p.url()), 1);
    // After a restart without faults the retry gets the stored outcome.
    p.stop();
    QVERIFY(launch(p, dir, {}));
    ApiClient api(p.url());
    const HttpResult replay = api.act("POST", u"/v1/me/requests"_s, token, exportBody, key);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(requestsOf(p.url()), 1);
    const QJsonArray items = api.get(u"/v1/me/requests"_s, token).json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0][u"id"_s], replay.json().value(u"id"_s));
}

void TestProviderFaults::malformedCommitsAndReplays()
{
    QTemporaryDir dir;
    LaunchedProvider p;
    QVERIFY(launch(p, dir, u"malformed:1"_s));
    const QByteArray token = signInAlice(p.url());
    ApiClient api(p.url());
    const QByteArray key = newKey();
    const HttpResult first = api.act("POST", u"/v1/me/requests"_s, token, exportBody, key);
    QCOMPARE(first.status, 201);
    QJsonParseError error{};
    QJsonDocument::fromJson(first.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(!first.body.isEmpty());
    QCOMPARE(requestsOf(p.url()), 1);
    const HttpResult again = api.act("POST", u"/v1/me/requests"_s, token, exportBody, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(requestsOf(p.url()), 1);
    // The whole stored answer is intact: the truncation happens on the wire only.
    p.stop();
    QVERIFY(launch(p, dir, {}));
    ApiClient clean(p.url());
    const HttpResult intact = clean.act("POST", u"/v1/me/requests"_s, token, exportBody, key);
    QCOMPARE(intact.status, 201);
    QVERIFY(intact.body.startsWith(first.body));
    QVERIFY(intact.json().value(u"id"_s).toString().startsWith(u"R-"_s));
    // Refusals are not garbled (only 2xx answers are).
    p.stop();
    QVERIFY(launch(p, dir, u"malformed:1"_s));
    ApiClient api2(p.url());
    const HttpResult refused = api2.act("POST", u"/v1/me/requests"_s, token, {{u"type"_s, u"nonsense"_s}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.problemType(), u"invalid-request"_s);
}

void TestProviderFaults::retryAfter_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("429") << u"429:1:7"_s << 429 << QByteArray("7");
    QTest::newRow("503") << u"503:1:3"_s << 503 << QByteArray("3");
}

void TestProviderFaults::retryAfter()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QTemporaryDir dir;
    LaunchedProvider p;
    QVERIFY(launch(p, dir, spec));
    const QByteArray token = signInAlice(p.url());
    ApiClient api(p.url());
    const QByteArray key = newKey();
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = api.act("POST", u"/v1/me/requests"_s, token, exportBody, key);
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("retry-after"), retryAfter);
        QVERIFY(r.isProblem());
    }
    QCOMPARE(requestsOf(p.url()), 0);
}

void TestProviderFaults::delayStillAnswers()
{
    QTemporaryDir dir;
    LaunchedProvider p;
    QVERIFY(launch(p, dir, u"delay:1:300"_s));
    const QByteArray token = signInAlice(p.url());
    ApiClient api(p.url());
    const HttpResult r = api.act("POST", u"/v1/me/requests"_s, token, exportBody);
    QCOMPARE(r.status, 201);
    QVERIFY(r.json().value(u"id"_s).toString().startsWith(u"R-"_s));
    QCOMPARE(requestsOf(p.url()), 1);
}

void TestProviderFaults::decisionsFollowTheSeed()
{
    const auto pattern = [this](const QString &seed) {
        QTemporaryDir dir;
        LaunchedProvider p;
        if (!launch(p, dir, u"drop-before:0.5"_s, seed))
            return QString();
        const QByteArray token = signInAlice(p.url());
        QString out;
        for (int i = 0; i < 12; ++i)
            out += rawSend(p.url(), "POST", u"/v1/me/requests"_s, actHeaders(token, newKey()), json(exportBody)).dropped
                ? u'D'
                : u'.';
        return out;
    };
    const QString a = pattern(u"42"_s);
    const QString b = pattern(u"42"_s);
    QCOMPARE(a.size(), 12);
    QCOMPARE(a, b);
    QVERIFY2(a.contains(u'D') && a.contains(u'.'), qPrintable(a));
}

void TestProviderFaults::retryLoopGivesOneEffectPerAction()
{
    // What the client's outbox does: one key per action, retried until a clean answer.
    QTemporaryDir dir;
    LaunchedProvider p;
    QVERIFY(launch(p, dir, u"drop-before:0.15,drop-after:0.15,delay:0.1:50,429:0.1:0,503:0.1:0,malformed:0.15"_s,
                   u"2025"_s));
    const QByteArray token = signInAlice(p.url());
    constexpr int Actions = 12;
    int faults = 0;
    for (int i = 0; i < Actions; ++i) {
        const QByteArray key = newKey();
        const QString subject = u"Idea "_s + QString::number(i);
        const QJsonObject body{{u"type"_s, u"complaint"_s}, {u"kind"_s, u"suggestion"_s},
                               {u"subject"_s, subject}, {u"message"_s, u"m"_s}};
        bool done = false;
        for (int attempt = 0; attempt < 200 && !done; ++attempt) {
            const RawResult r = rawSend(p.url(), "POST", u"/v1/me/requests"_s, actHeaders(token, key), json(body));
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
            done = r.status == 201 && error.error == QJsonParseError::NoError && doc.isObject();
            if (!done)
                ++faults;
            else
                QCOMPARE(doc.object().value(u"summary"_s)[u"subject"_s].toString(), subject);
        }
        QVERIFY(done);
    }
    QVERIFY(faults > 0);
    QCOMPARE(requestsOf(p.url()), Actions);
}

void TestProviderFaults::readsAreNeverFaulted()
{
    QTemporaryDir dir;
    LaunchedProvider p;
    QVERIFY(launch(p, dir, u"drop-before:1"_s));
    const QByteArray token = signInAlice(p.url());
    QVERIFY(!token.isEmpty());
    ApiClient api(p.url());
    for (const QString &path : QStringList{u"/v1/me"_s, u"/v1/me/requests"_s, u"/v1/me/consents"_s,
                                           u"/v1/me/consents/receipts"_s, u"/v1/me/personal"_s})
        QCOMPARE(api.get(path, token).status, 200);
}

void TestProviderFaults::badFaultArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown kind") << QStringList{u"--faults"_s, u"explode:0.5"_s};
    QTest::newRow("rate above 1") << QStringList{u"--faults"_s, u"drop-before:1.5"_s};
    QTest::newRow("rate not a number") << QStringList{u"--faults"_s, u"drop-after:often"_s};
    QTest::newRow("delay without ms") << QStringList{u"--faults"_s, u"delay:0.5"_s};
    QTest::newRow("429 bad seconds") << QStringList{u"--faults"_s, u"429:0.5:-1"_s};
    QTest::newRow("seed without faults") << QStringList{u"--fault-seed"_s, u"3"_s};
    QTest::newRow("seed not a number") << QStringList{u"--faults"_s, u"malformed:0.1"_s, u"--fault-seed"_s, u"x"_s};
}

void TestProviderFaults::badFaultArguments()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QProcess proc;
    proc.start(ProviderProcess::executable(),
               QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dir.path()} + args);
    QVERIFY(proc.waitForFinished(30000));
    QCOMPARE(proc.exitCode(), 2);
    QVERIFY(!proc.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestProviderFaults)
#include "tst_provider_faults.moc"
