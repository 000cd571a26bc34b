// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON the cache keeps lists in (Codecs.h: encode/decodeIdentifiers, encode/decodeMessages): the
// first byte picks the list, the rest is the stored text. Invariant: decode -> encode -> decode gives
// the same list, and encoding is stable (encode(decode(encode(x))) == encode(x)).
#include "FuzzSupport.h"

#include "domain/Codecs.h"

using namespace pd;

namespace {

bool sameIdentifiers(const QList<DeviceIdentifier> &a, const QList<DeviceIdentifier> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].kind != b[i].kind || a[i].value != b[i].value || a[i].masked != b[i].masked)
            return false;
    return true;
}

bool sameMessages(const QList<RequestMessage> &a, const QList<RequestMessage> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const RequestMessage &x = a[i], &y = b[i];
        if (x.at.isValid() != y.at.isValid() || (x.at.isValid() && x.at != y.at))
            return false;
        if (x.fromStaff != y.fromStaff || x.staff != y.staff || x.kind != y.kind || x.text != y.text
            || x.attachments != y.attachments)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pd::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray stored = pd::fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1) {
        const QList<DeviceIdentifier> ids = codec::decodeIdentifiers(stored);
        const QByteArray encoded = codec::encodeIdentifiers(ids);
        const QList<DeviceIdentifier> again = codec::decodeIdentifiers(encoded);
        FUZZ_CHECK(sameIdentifiers(ids, again));
        FUZZ_CHECK(codec::encodeIdentifiers(again) == encoded);
    } else {
        const QList<RequestMessage> messages = codec::decodeMessages(stored);
        const QByteArray encoded = codec::encodeMessages(messages);
        const QList<RequestMessage> again = codec::decodeMessages(encoded);
        FUZZ_CHECK(sameMessages(messages, again));
        FUZZ_CHECK(codec::encodeMessages(again) == encoded);
    }
    return 0;
}
