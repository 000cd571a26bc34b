// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's RFC 8785 (JCS) serializer, which the audit chains hash and the checkpoints sign,
// against the RFC's own examples that fit what it writes (strings, integers, literals, arrays,
// objects; no fractions).
#include "Jcs.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using pd::provider::Jcs;
using namespace Qt::StringLiterals;

class TestProviderJcs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples_data();
    void rfcExamples();
    void integers_data();
    void integers();
    void refused();
    void deterministic();
    void everyMemberOfAParsedObject();
};

static QByteArray canonical(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return "parse error: " + error.errorString().toUtf8();
    const auto out = Jcs::serialize(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return out.value_or("refused");
}

void TestProviderJcs::rfcExamples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // RFC 8785 §3.2.2 (the sample input without its "numbers", which are fractions).
    QTest::newRow("3.2.2 literals and string")
        << QByteArray("{\n  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                      "  \"literals\": [null, true, false]\n}")
        << QByteArray("{\"literals\":[null,true,false],\"string\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    // RFC 8785 §3.2.3: members sorted by UTF-16 code units (the emoji is a surrogate pair, so it
    // sorts before U+FB33 although its code point is higher).
    QTest::newRow("3.2.3 sorting")
        << QByteArray("{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet "
                      "With Dagesh\", \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": "
                      "\"Control\", \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}")
        << QByteArray("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\",\"\xc3\xb6\":\"Latin Small "
                      "Letter O With Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\",\"\xf0\x9f\x98\x80\":\"Emoji: Grinning "
                      "Face\",\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}");
    // RFC 8785 §3.2.2.2: the short escapes JSON has, \u00xx (lower case) for the other controls,
    // everything else (U+2028 included) as UTF-8.
    QTest::newRow("escapes")
        << QByteArray("[\"\\b\\t\\n\\f\\r\\u0000\\u001F\\u007f\\u2028\"]")
        << QByteArray("[\"\\b\\t\\n\\f\\r\\u0000\\u001f\x7f\xe2\x80\xa8\"]");
    QTest::newRow("nesting, no white space")
        << QByteArray("{ \"b\" : [ 1 , { \"d\" : true , \"c\" : null } ] , \"a\" : { } , \"\" : [ ] }")
        << QByteArray("{\"\":[],\"a\":{},\"b\":[1,{\"c\":null,\"d\":true}]}");
}

void TestProviderJcs::rfcExamples()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(canonical(input), expected);
}

void TestProviderJcs::integers_data()
{
    // RFC 8785 Appendix B rows that are integers (IEEE 754 bit pattern, then the expected text).
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0x0000000000000000") << 0.0 << QByteArray("0");
    QTest::newRow("0x8000000000000000 (minus zero)") << -0.0 << QByteArray("0");
    QTest::newRow("0x433fffffffffffff") << 9007199254740991.0 << QByteArray("9007199254740991");
    QTest::newRow("0xc33fffffffffffff") << -9007199254740991.0 << QByteArray("-9007199254740991");
    QTest::newRow("295") << 295.0 << QByteArray("295");
}

void TestProviderJcs::integers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Jcs::serialize(QJsonArray{value}).value_or("refused"), QByteArray("[" + expected + "]"));
}

void TestProviderJcs::refused()
{
    // What the audit log never stores: fractions, integers JSON cannot carry exactly, lone surrogates.
    QVERIFY(!Jcs::serialize(QJsonArray{4.5}));
    QVERIFY(!Jcs::serialize(QJsonArray{1e30}));
    QVERIFY(!Jcs::serialize(QJsonArray{9007199254740992.0}));
    QVERIFY(!Jcs::serialize(QJsonArray{QString(QChar(0xd800))}));
    QVERIFY(!Jcs::serialize(QJsonObject{{QString(QChar(0xdc00)), 1}}));
    QVERIFY(!Jcs::serialize(QJsonValue(QJsonValue::Undefined)));
}

void TestProviderJcs::deterministic()
{
    // The same object built in two orders gives the same bytes.
    QJsonObject a{{u"seq"_s, 3}, {u"action"_s, u"viewed"_s}, {u"details"_s, QJsonObject{{u"z"_s, 1}, {u"a"_s, 2}}}};
    QJsonObject b;
    b.insert(u"details"_s, QJsonObject{{u"a"_s, 2}, {u"z"_s, 1}});
    b.insert(u"action"_s, u"viewed"_s);
    b.insert(u"seq"_s, 3);
    QCOMPARE(Jcs::serialize(a), Jcs::serialize(b));
    QCOMPARE(*Jcs::serialize(a), QByteArray("{\"action\":\"viewed\",\"details\":{\"a\":2,\"z\":1},\"seq\":3}"));
}

// Found by tests/fuzz/fuzz_jcs: in Qt 6.4, QJsonObject::value(key) on a parsed object can miss a key
// that iterating finds (keys mixing supplementary characters and U+E000..U+FFFF); Jcs looked members
// up by key and wrote such a member as null, so the same entry hashed differently once read back.
void TestProviderJcs::everyMemberOfAParsedObject()
{
    QFile f(QStringLiteral(PD_SOURCE_DIR "/tests/fuzz/corpus/fuzz_jcs/regress-key-lookup"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject first = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!first.isEmpty());
    const QByteArray once = Jcs::serialize(first).value_or("refused");
    QVERIFY(!once.contains("null"));
    // Read back from its own canonical bytes (as a stored entry is): the same bytes again.
    const QByteArray twice = Jcs::serialize(QJsonDocument::fromJson(once).object()).value_or("refused");
    QCOMPARE(twice, once);
}

QTEST_GUILESS_MAIN(TestProviderJcs)
#include "tst_provider_jcs.moc"
