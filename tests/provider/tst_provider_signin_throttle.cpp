// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, item 8: password guessing is slowed down per account and per address (429 with
// Retry-After, the sign-in page saying when to try again in the reader's language), throttled
// guesses never reach the password hash, and passwords are stored as PBKDF2-SHA256 with 600,000
// iterations, older hashes upgraded at the next successful sign-in. Real provider over HTTP.
#include "ActionsTestSupport.h"
#include "Limits.h"
#include "RawConnection.h"
#include "SqlTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

/// POSTs the sign-in form for `user`, from `from`, with `acceptLanguage`/`accept` as a browser would.
QByteArray signInFrom(const QUrl &base, const QHostAddress &from, const QString &user, const QString &password,
                      const QByteArray &acceptLanguage = "en", const QByteArray &accept = "text/html")
{
    HttpTestClient http(base);
    auto fields = HttpTestClient::hiddenFields(http.get(authorizeQuery()).body);
    fields << qMakePair(u"username"_s, user) << qMakePair(u"password"_s, password);
    const QByteArray body = HttpTestClient::encodeForm(fields);
    RawConnection c(base, from);
    c.send("POST /oauth/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Accept-Language: " + acceptLanguage + "\r\nAccept: " + accept + "\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    return c.response();
}

QByteArray retryAfter(const QByteArray &response)
{
    return RawConnection::headerValue(response.left(response.indexOf("\r\n\r\n")), "retry-after");
}

const QHostAddress kHere(QHostAddress::LocalHost);

} // namespace

class TestProviderSignInThrottle : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void growingDelaysPerAccount();
    void longestWaitIsCapped();
    void throttledPageSpeaksTheReadersLanguage();
    void problemJsonForClientsThatAskForIt();
    void perAddressAcrossAccounts();
    void productionHashIsPbkdf2With600000IterationsAndOldHashesAreUpgraded();

private:
    std::unique_ptr<ProviderProcess> m_provider;
};

void TestProviderSignInThrottle::init()
{
    m_provider = std::make_unique<ProviderProcess>(QStringList{u"--test-hooks"_s});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->errorString()));
}

void TestProviderSignInThrottle::cleanup()
{
    m_provider.reset();
}

namespace {

/// Fails `count` sign-ins for `user` (usernames `user`0, `user`1, ... with `distinct`), moving the
/// provider's clock past each wait as it grows, so the last failure is as fresh as the test is fast.
/// After it the wait is 2^(count - free) seconds. False if any attempt was not a plain 401.
bool failTimes(ProviderProcess &provider, const QString &user, int count, int freeFailures, bool distinct = false)
{
    for (int n = 0; n < count; ++n) {
        if (n >= freeFailures && !provider.advanceClock(qint64(1) << (n - freeFailures)))
            return false;
        const QString name = distinct ? user + QString::number(n) : user;
        if (RawConnection::status(signInFrom(provider.url(), kHere, name, u"wrong"_s)) != 401)
            return false;
    }
    return true;
}

/// Retry-After in whole seconds; a test is allowed to take up to a second between attempts.
bool retryAfterIs(const QByteArray &response, int seconds)
{
    const int got = retryAfter(response).toInt();
    return RawConnection::status(response) == 429 && (got == seconds || got == seconds - 1);
}

} // namespace

void TestProviderSignInThrottle::growingDelaysPerAccount()
{
    const QUrl url = m_provider->url();
    const int free = pd::limits::kSignInFreeFailuresPerAccount;
    QVERIFY(failTimes(*m_provider, u"alice"_s, free + 4, free));
    // Now each attempt waits 16 s. Even the right password is not looked at meanwhile.
    QVERIFY(retryAfterIs(signInFrom(url, kHere, u"alice"_s, u"demo-alice"_s), 16));
    QVERIFY(m_provider->advanceClock(16));
    QCOMPARE(RawConnection::status(signInFrom(url, kHere, u"alice"_s, u"wrong"_s)), 401);
    // The same account however it is typed; the wait doubled.
    QVERIFY(retryAfterIs(signInFrom(url, kHere, u"ALICE"_s, u"demo-alice"_s), 32));
    // Other accounts are not held up by alice's.
    QCOMPARE(RawConnection::status(signInFrom(url, kHere, u"bob"_s, u"demo-bob"_s)), 302);
    // Once the wait is over the right password works, and the count starts again.
    QVERIFY(m_provider->advanceClock(32));
    QCOMPARE(RawConnection::status(signInFrom(url, kHere, u"alice"_s, u"demo-alice"_s)), 302);
    QCOMPARE(RawConnection::status(signInFrom(url, kHere, u"alice"_s, u"wrong"_s)), 401);
}

void TestProviderSignInThrottle::longestWaitIsCapped()
{
    const int free = pd::limits::kSignInFreeFailuresPerAccount;
    QVERIFY(failTimes(*m_provider, u"bob"_s, free + 16, free));
    const QByteArray capped = signInFrom(m_provider->url(), kHere, u"bob"_s, u"demo-bob"_s);
    QVERIFY2(retryAfterIs(capped, pd::limits::kSignInDelayMaxS), capped.constData());
}

void TestProviderSignInThrottle::throttledPageSpeaksTheReadersLanguage()
{
    const QUrl url = m_provider->url();
    const int free = pd::limits::kSignInFreeFailuresPerAccount;
    QVERIFY(failTimes(*m_provider, u"kim"_s, free + 7, free));
    // The next attempt waits 128 s, said as "3 minutes" (rounded up).
    const QByteArray en = signInFrom(url, kHere, u"kim"_s, u"nope"_s);
    QVERIFY(retryAfterIs(en, 128));
    QVERIFY(en.contains("text/html"));
    QVERIFY(en.contains("role=\"alert\""));
    QVERIFY2(en.contains("You can try again in 3 minutes."), en.constData());
    const QByteArray hk = signInFrom(url, kHere, u"kim"_s, u"nope"_s, "zh-HK,zh;q=0.9");
    QVERIFY(hk.contains("lang=\"zh-HK\""));
    QVERIFY2(hk.contains(u"請在 3 分鐘後再試"_s.toUtf8()), hk.constData());
    const QByteArray cn = signInFrom(url, kHere, u"kim"_s, u"nope"_s, "zh-CN");
    QVERIFY2(cn.contains(u"请在 3 分钟后重试"_s.toUtf8()), cn.constData());
}

void TestProviderSignInThrottle::problemJsonForClientsThatAskForIt()
{
    const int free = pd::limits::kSignInFreeFailuresPerAccount;
    QVERIFY(failTimes(*m_provider, u"sam"_s, free + 4, free));
    const QByteArray r = signInFrom(m_provider->url(), kHere, u"sam"_s, u"x"_s, "en", "application/problem+json");
    QVERIFY(retryAfterIs(r, 16));
    QVERIFY(r.contains("Content-Type: application/problem+json"));
    const QJsonObject p = QJsonDocument::fromJson(RawConnection::body(r)).object();
    QCOMPARE(p.value(u"type"_s).toString(), u"/problems/too-many-attempts"_s);
    QVERIFY(p.value(u"retry_after"_s).toInt() >= 15);
}

void TestProviderSignInThrottle::perAddressAcrossAccounts()
{
    // One address guessing many usernames (existing or not) is slowed down as a whole...
    const int free = pd::limits::kSignInFreeFailuresPerAddress;
    QVERIFY(failTimes(*m_provider, u"nobody"_s, free + 4, free, true));
    QVERIFY(retryAfterIs(signInFrom(m_provider->url(), kHere, u"bob"_s, u"demo-bob"_s), 16));
    // ... while another address is not.
    QCOMPARE(RawConnection::status(signInFrom(m_provider->url(), QHostAddress(u"127.0.0.2"_s), u"bob"_s, u"demo-bob"_s)),
             302);
}

void TestProviderSignInThrottle::productionHashIsPbkdf2With600000IterationsAndOldHashesAreUpgraded()
{
    m_provider.reset();
    // Seeded with a cheap hash (as tests do), then run as in production: no iterations option.
    QTemporaryDir dir;
    const auto hashOf = [&dir](const char *user) {
        return valueOf(dir.path(), u"SELECT password_hash FROM accounts WHERE username='"_s + QLatin1String(user) + u'\'')
            .toString();
    };
    {
        LaunchedProvider cheap;
        QVERIFY(cheap.start(dir.path(), {u"--test-password-iterations"_s, u"1000"_s}));
    }
    QVERIFY(hashOf("alice").startsWith(u"pbkdf2-sha256$1000$"_s));
    LaunchedProvider production;
    QVERIFY(production.start(dir.path(), {}, true));
    QVERIFY(hashOf("alice").startsWith(u"pbkdf2-sha256$1000$"_s)); // nothing changes until alice signs in
    QCOMPARE(RawConnection::status(signInFrom(production.url(), kHere, u"alice"_s, u"demo-alice"_s)), 302);
    const QString upgraded = hashOf("alice");
    QCOMPARE(upgraded.section(u'$', 0, 1), u"pbkdf2-sha256$600000"_s);
    QCOMPARE(QByteArray::fromBase64(upgraded.section(u'$', 2, 2).toLatin1()).size(), 16); // salt
    QCOMPARE(QByteArray::fromBase64(upgraded.section(u'$', 3, 3).toLatin1()).size(), 32); // SHA-256
    QVERIFY(hashOf("bob").startsWith(u"pbkdf2-sha256$1000$"_s));
    // The new hash verifies; a wrong password still fails against it.
    QCOMPARE(RawConnection::status(signInFrom(production.url(), kHere, u"alice"_s, u"demo-alice"_s)), 302);
    QCOMPARE(RawConnection::status(signInFrom(production.url(), kHere, u"alice"_s, u"demo-bob"_s)), 401);
    QCOMPARE(hashOf("alice"), upgraded);
}

QTEST_GUILESS_MAIN(TestProviderSignInThrottle)
#include "tst_provider_signin_throttle.moc"
