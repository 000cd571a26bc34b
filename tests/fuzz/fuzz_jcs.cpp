// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 8785 canonical JSON: the client's (domain/Jcs.cpp), which the access-log witness hashes, against
// the provider's (provider/Jcs.cpp), which hashes and signs the log. For any JSON document Qt accepts:
//  - the client's form is JSON with no insignificant white space and no raw control characters;
//  - wherever the provider can hash a document (integers within 2^53, no lone surrogates), the
//    client writes exactly the same bytes (or an honest entry would be reported as altered), and
//    those bytes read back as the same document and are a fixed point;
//  - an entry's hash is 64 hex digits and ignores the entry's own `hash` member.
#include "FuzzSupport.h"

#include "domain/HashChain.h"
#include "domain/Jcs.h"
#include "provider/Jcs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pd;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pd::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(pd::fuzz::bytes(data, size), &pe);
    if (pe.error != QJsonParseError::NoError)
        return 0;
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QByteArray canonical = jcs::serialize(value);

    QJsonParseError again{};
    const QJsonDocument back = QJsonDocument::fromJson(canonical, &again);
    FUZZ_CHECK(again.error == QJsonParseError::NoError);
    if (const std::optional<QByteArray> signable = pd::provider::Jcs::serialize(value)) {
        FUZZ_CHECK(*signable == canonical);
        const QJsonValue backValue = back.isObject() ? QJsonValue(back.object()) : QJsonValue(back.array());
        FUZZ_CHECK(pd::fuzz::sameJson(backValue, value));
        FUZZ_CHECK(jcs::serialize(back.isObject() ? QJsonValue(back.object()) : QJsonValue(back.array())) == canonical);
    }
    // No insignificant white space: the only bytes below 0x21 outside strings would be spaces.
    bool inString = false, escaped = false;
    for (const char c : canonical) {
        if (inString) {
            FUZZ_CHECK(uchar(c) >= 0x20); // control characters are escaped
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else {
            FUZZ_CHECK(c != ' ' && c != '\n' && c != '\t' && c != '\r');
            inString = c == '"';
        }
    }

    if (doc.isObject()) {
        const QString h = hashchain::hashOf(hashchain::genesis(), doc.object());
        FUZZ_CHECK(h.size() == 64);
        // The hash ignores the entry's own `hash` member.
        QJsonObject withHash = doc.object();
        withHash.insert(QStringLiteral("hash"), h);
        FUZZ_CHECK(hashchain::hashOf(hashchain::genesis(), withHash) == hashchain::hashOf(hashchain::genesis(), [&] {
                       QJsonObject o = doc.object();
                       o.remove(QStringLiteral("hash"));
                       return o;
                   }()));
    } else {
        QList<QJsonObject> entries;
        for (const QJsonValue &v : doc.array())
            if (v.isObject())
                entries << v.toObject();
        (void)hashchain::verify(entries);
    }
    return 0;
}
