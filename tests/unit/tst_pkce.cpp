// SPDX-License-Identifier: GPL-3.0-or-later
// PKCE (RFC 7636) helpers and the provider-URL check that keeps tokens off plain http.
#include "Session.h"
#include "auth/Pkce.h"

#include <QSet>
#include <QTest>

using namespace pd;
using namespace Qt::StringLiterals;

class TstPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifierShape();
    void verifierLengthFollowsBytes_data();
    void verifierLengthFollowsBytes();
    void verifiersAreUnique();
    void rfc7636AppendixB();
    void challengeIsDeterministicAndUrlSafe();

    void providerUrlAccepted_data();
    void providerUrlAccepted();
    void providerUrlRefused_data();
    void providerUrlRefused();
};

namespace {
bool isBase64UrlAlphabet(const QByteArray &s)
{
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

void TstPkce::verifierShape()
{
    // RFC 7636 4.1: 43..128 characters of [A-Z a-z 0-9 - . _ ~]; 32 random bytes give exactly 43.
    for (int i = 0; i < 50; ++i) {
        const QByteArray v = pkce::randomToken();
        QCOMPARE(v.size(), 43);
        QVERIFY2(isBase64UrlAlphabet(v), v.constData());
        QVERIFY(!v.contains('='));
        // It really is 32 bytes of entropy, not text padded out.
        QCOMPARE(QByteArray::fromBase64(v, QByteArray::Base64UrlEncoding).size(), 32);
    }
}

void TstPkce::verifierLengthFollowsBytes_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("chars");
    QTest::newRow("16") << 16 << 22;
    QTest::newRow("31 (not a multiple of 4)") << 31 << 42;
    QTest::newRow("32") << 32 << 43;
    QTest::newRow("33") << 33 << 44;
    QTest::newRow("96 (128 chars, the RFC maximum)") << 96 << 128;
}

void TstPkce::verifierLengthFollowsBytes()
{
    QFETCH(int, bytes);
    QFETCH(int, chars);
    const QByteArray v = pkce::randomToken(bytes);
    QCOMPARE(v.size(), chars);
    QVERIFY(isBase64UrlAlphabet(v));
    QCOMPARE(QByteArray::fromBase64(v, QByteArray::Base64UrlEncoding).size(), bytes);
}

void TstPkce::verifiersAreUnique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(pkce::randomToken());
    QCOMPARE(seen.size(), 1000);
    // Also the raw bytes are not all zero / constant (a broken generator could still be "unique" by accident only rarely).
    const QByteArray raw = QByteArray::fromBase64(pkce::randomToken(), QByteArray::Base64UrlEncoding);
    QVERIFY(raw.count(raw.at(0)) < raw.size());
}

void TstPkce::rfc7636AppendixB()
{
    // RFC 7636 Appendix B, verbatim: the 32 octets, their base64url form (the verifier), and the
    // S256 challenge. (Note "...gFWFOEjXk": a commonly misquoted variant ends "...gFWxOEjXk".)
    const unsigned char octets[] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,  125, 216, 173, 187, 186,
                                    22,  212, 37,  77,  105, 214, 191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
    const QByteArray verifier = QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(octets), sizeof octets)
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
             verifier);
    QCOMPARE(pkce::challengeS256(verifier), QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TstPkce::challengeIsDeterministicAndUrlSafe()
{
    const QByteArray v = pkce::randomToken();
    const QByteArray c = pkce::challengeS256(v);
    QCOMPARE(pkce::challengeS256(v), c);
    QCOMPARE(c.size(), 43); // SHA-256 is 32 bytes
    QVERIFY(isBase64UrlAlphabet(c));
    QVERIFY(c != v);
    QVERIFY(pkce::challengeS256(pkce::randomToken()) != c);
}

void TstPkce::providerUrlAccepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::newRow("https") << u"https://privacy.example.hk/"_s << u"privacy.example.hk"_s;
    QTest::newRow("https with port and path") << u"https://privacy.example.hk:8443/api/"_s << u"privacy.example.hk"_s;
    QTest::newRow("HTTPS upper case") << u"HTTPS://Privacy.Example.HK/"_s << u"privacy.example.hk"_s;
    QTest::newRow("surrounding spaces") << u"  https://privacy.example.hk/  "_s << u"privacy.example.hk"_s;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << u"127.0.0.1"_s;
    QTest::newRow("http 127.0.0.1 with path") << u"http://127.0.0.1:41234/"_s << u"127.0.0.1"_s;
    QTest::newRow("http other 127/8") << u"http://127.1.2.3:9000/"_s << u"127.1.2.3"_s;
    QTest::newRow("http [::1]") << u"http://[::1]:8080/"_s << u"::1"_s;
    // https checks the certificate, so the name may be looked up like any other.
    QTest::newRow("https localhost") << u"https://localhost:8443/"_s << u"localhost"_s;
}

void TstPkce::providerUrlAccepted()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    const Result<QUrl> r = Session::checkProviderUrl(url);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r->host(), host);
}

void TstPkce::providerUrlRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain http to a public host") << u"http://example.com/"_s;
    QTest::newRow("plain http with port") << u"http://example.com:8080/"_s;
    QTest::newRow("http to a LAN address") << u"http://192.168.1.10:8080/"_s;
    QTest::newRow("http to 0.0.0.0") << u"http://0.0.0.0:8080/"_s;
    // A name, not a loopback address: a hosts file or resolver could send it anywhere (RFC 8252 8.3).
    QTest::newRow("http localhost") << u"http://localhost:8080/"_s;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST:8080/"_s;
    QTest::newRow("http localhost.") << u"http://localhost.:8080/"_s;
    QTest::newRow("http localhost as a subdomain") << u"http://localhost.example.com/"_s;
    QTest::newRow("http 127.0.0.1 as a subdomain") << u"http://127.0.0.1.example.com/"_s;
    QTest::newRow("ftp") << u"ftp://example.com/"_s;
    QTest::newRow("ftp loopback") << u"ftp://127.0.0.1/"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s;
    QTest::newRow("garbage") << u"not a url at all"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("no host") << u"https:///path"_s;
    QTest::newRow("host without scheme") << u"privacy.example.hk"_s;
    QTest::newRow("user:pass@host") << u"https://user:pass@privacy.example.hk/"_s;
    QTest::newRow("user@host") << u"https://user@privacy.example.hk/"_s;
    QTest::newRow("user:pass@loopback") << u"http://user:pass@127.0.0.1:8080/"_s;
    QTest::newRow("bare user:pass@host") << u"user:pass@host"_s;
    QTest::newRow("query") << u"https://privacy.example.hk/?x=1"_s;
    QTest::newRow("fragment") << u"https://privacy.example.hk/#x"_s;
    QTest::newRow("invalid port") << u"https://privacy.example.hk:99999/"_s;
}

void TstPkce::providerUrlRefused()
{
    QFETCH(QString, url);
    const Result<QUrl> r = Session::checkProviderUrl(url);
    QVERIFY2(!r.ok(), qPrintable(url + u" was accepted"_s));
    QCOMPARE(r.error().code, ErrorCode::InsecureUrl);
    QVERIFY(!r.error().detail.isEmpty());
}

QTEST_GUILESS_MAIN(TstPkce)
#include "tst_pkce.moc"
