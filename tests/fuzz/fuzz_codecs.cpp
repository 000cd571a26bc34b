// SPDX-License-Identifier: GPL-3.0-or-later
// Every JSON decoder in app/domain (Codecs.h, StaffCodecs.h, NoticeCodecs.h). The first byte picks the decoder, the
// rest is the body. Invariants, besides "no crash, no sanitizer report":
//  - a decoder accepts only a JSON object, and what it accepts respects the caps it documents;
//  - the RFC 8785 (JCS) form of the same document decodes to the same verdict (same error code and
//    JSON path): canonicalising never changes what a document means (this also checks Jcs.cpp);
//  - an accepted access log goes through the witness (HashChain, AccessWitness) without trouble;
//  - an accepted notice (policy, incident, disclosure) reads back the same from the JSON the cache
//    keeps it as (NoticeCodecs' encoders), and a marked paragraph names a change of its document.
#include "FuzzSupport.h"

#include "domain/AccessWitness.h"
#include "domain/Codecs.h"
#include "domain/HashChain.h"
#include "domain/Jcs.h"
#include "domain/NoticeCodecs.h"
#include "domain/StaffCodecs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace pd;

namespace {

/// The verdict of one decode, comparable across the two forms of a document.
struct Verdict
{
    bool ok = false;
    ErrorCode code = ErrorCode::None;
    QString detail;
};

template<typename T>
Verdict verdictOf(const Result<T> &r)
{
    return r ? Verdict{true, ErrorCode::None, {}} : Verdict{false, r.error().code, r.error().detail};
}

/// What the cache keeps of `value` (encode) decodes to a value that encodes the same.
template<typename T, typename Encode, typename Decode>
void checkKept(const T &value, Encode encode, Decode decode)
{
    const QByteArray kept = encode(value);
    auto again = decode(kept);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(encode(*again) == kept);
}

template<typename T>
void checkPage(const ApiPage<T> &p)
{
    FUZZ_CHECK(p.items.size() <= codec::kMaxPageItems);
    FUZZ_CHECK(p.nextCursor.size() <= 1024);
}

/// Decodes `body` with decoder `which`, checks what an accepted document must satisfy, and returns the verdict.
Verdict decode(int which, const QByteArray &body)
{
    using namespace codec;
    switch (which) {
    case 0: {
        auto r = decodeAccount(body);
        if (r) {
            FUZZ_CHECK(!r->accountId.isEmpty() && r->accountId.size() <= 64);
            FUZZ_CHECK(r->role == QLatin1String("customer") || r->role == QLatin1String("staff")
                       || r->role == QLatin1String("supervisor"));
        }
        return verdictOf(r);
    }
    case 1: {
        auto r = decodePersonal(body);
        if (r) {
            FUZZ_CHECK(r->fields.size() <= 256 && r->paymentMethods.size() <= 64);
            for (const PaymentMethod &m : r->paymentMethods) {
                if (m.kind != QLatin1String("card"))
                    continue;
                // Never more than the last four digits of a card in the cache.
                FUZZ_CHECK(m.last4.size() == 4);
                for (QChar c : m.last4)
                    FUZZ_CHECK(c.isDigit() && c.unicode() < 128);
            }
        }
        return verdictOf(r);
    }
    case 2: {
        auto r = decodeServerEvents(body);
        if (r) {
            checkPage(*r);
            for (const ServerEvent &e : r->items)
                FUZZ_CHECK(e.id >= 1 && e.cpuPct >= 0 && e.cpuPct <= 100 && e.loginAt.isValid());
        }
        return verdictOf(r);
    }
    case 3: {
        auto r = decodeDomainEvents(body);
        if (r)
            checkPage(*r);
        return verdictOf(r);
    }
    case 4: {
        auto r = decodeDevices(body);
        if (r) {
            FUZZ_CHECK(r->size() <= 1000);
            for (const Device &d : *r)
                FUZZ_CHECK(d.identifiers.size() <= 32 && d.firstSeen.isValid() && d.lastSeen.isValid());
        }
        return verdictOf(r);
    }
    case 5: {
        auto r = decodeCookies(body);
        if (r)
            for (const CookieItem &k : *r)
                FUZZ_CHECK(!k.lifetimeS || (*k.lifetimeS >= 0 && *k.lifetimeS <= qint64(100) * 366 * 86400));
        return verdictOf(r);
    }
    case 6: return verdictOf(decodePurposes(body));
    case 7: return verdictOf(decodeSharing(body));
    case 8: return verdictOf(decodeRetention(body));
    case 9: {
        auto r = decodePolicy(body);
        if (r)
            for (const PolicySection &s : r->sections)
                FUZZ_CHECK(s.body.size() <= 64 * 1024 && s.id.size() <= 16);
        return verdictOf(r);
    }
    case 10: {
        auto r = decodeTokens(body);
        if (r) {
            FUZZ_CHECK(!r->accessToken.isEmpty() && r->accessToken.size() <= 2048 && r->refreshToken.size() <= 2048);
            FUZZ_CHECK(r->expiresIn >= 1 && r->expiresIn <= qint64(366) * 86400);
        }
        return verdictOf(r);
    }
    case 11: {
        auto r = decodeRequest(body);
        if (r) {
            FUZZ_CHECK(!r->id.isEmpty() && r->id.size() <= 64 && r->receivedAt.isValid() && r->dueAt.isValid());
            FUZZ_CHECK(r->messages.size() <= 500);
            // What the cache keeps of a request's messages reads back the same (Codecs: encodeMessages).
            const QList<RequestMessage> again = decodeMessages(encodeMessages(r->messages));
            FUZZ_CHECK(again.size() == r->messages.size());
            for (qsizetype i = 0; i < again.size(); ++i)
                FUZZ_CHECK(again[i].at == r->messages[i].at && again[i].text == r->messages[i].text
                           && again[i].attachments == r->messages[i].attachments);
        }
        return verdictOf(r);
    }
    case 12: {
        auto r = decodeRequests(body);
        if (r)
            checkPage(*r);
        return verdictOf(r);
    }
    case 13: return verdictOf(decodeReceipt(body));
    case 14: return verdictOf(decodeReceipts(body));
    case 15: {
        auto r = decodeConsents(body);
        if (r)
            FUZZ_CHECK(r->items.size() <= 64); // an empty policy_version is allowed by docs/api (a plain string)
        return verdictOf(r);
    }
    case 16: {
        auto r = decodeStaffQueue(body);
        if (r)
            checkPage(*r);
        return verdictOf(r);
    }
    case 17: return verdictOf(decodeStaffRequest(body));
    case 18: return verdictOf(decodeGrant(body));
    case 19: return verdictOf(decodeGrants(body));
    case 20: {
        auto r = decodeAccessLog(body);
        if (r) {
            FUZZ_CHECK(r->items.size() <= kMaxPageItems);
            QList<QJsonObject> raws;
            QMap<qint64, KeptEntry> kept;
            for (const AccessEntry &e : r->items) {
                FUZZ_CHECK(e.seq >= 1 && e.hash.size() <= 64 && e.prevHash.size() <= 64);
                raws << e.raw;
                // Stored and read back exactly as sent (AccessLogStore keeps the raw JSON).
                FUZZ_CHECK(codec::accessEntryFromJson(e.raw).hash == e.hash);
                kept.insert(e.seq, KeptEntry{e.raw, e.hash});
            }
            (void)hashchain::verify(raws);
            const WitnessResult first = witness::compare({}, r->items, std::nullopt, r->checkpoint);
            FUZZ_CHECK(first.added.size() <= r->items.size());
            // Seeing the same log again adds nothing new.
            const WitnessResult again = witness::compare(kept, r->items, first.keep, r->checkpoint);
            FUZZ_CHECK(again.added.isEmpty());
        }
        return verdictOf(r);
    }
    case 21: return verdictOf(decodeCheckpoint(body));
    case 22: {
        auto r = decodeAuditLog(body);
        if (r)
            checkPage(*r);
        return verdictOf(r);
    }
    case 23: return verdictOf(decodeRefusals(body));
    case 24: {
        auto r = decodeCustomerHits(body);
        if (r)
            FUZZ_CHECK(r->size() <= 100);
        return verdictOf(r);
    }
    case 25: return verdictOf(decodeAccessSettings(body));
    case 26: {
        auto r = decodePolicyDocument(body);
        if (r) {
            FUZZ_CHECK(!r->version.isEmpty() && r->effective.isValid() && r->publishedAt.isValid());
            FUZZ_CHECK(r->sections.size() <= 64 && r->changes.size() <= 64);
            QSet<QString> ids;
            for (const PolicyChange &c : r->changes)
                ids.insert(c.id);
            FUZZ_CHECK(ids.size() == r->changes.size());
            for (const PolicyDocSection &sec : r->sections)
                for (const PolicyParagraph &para : sec.paragraphs)
                    FUZZ_CHECK(para.changeId.isEmpty() || ids.contains(para.changeId));
            checkKept(*r, &encodePolicyDocument, &decodePolicyDocument);
        }
        return verdictOf(r);
    }
    case 27: {
        auto r = decodePolicyVersions(body);
        if (r)
            FUZZ_CHECK(std::any_of(r->items.cbegin(), r->items.cend(),
                                   [&r](const PolicyVersionInfo &v) { return v.version == r->current; }));
        return verdictOf(r);
    }
    case 28: {
        auto r = decodeIncidents(body);
        if (r)
            for (const Incident &i : *r) {
                FUZZ_CHECK(!i.id.isEmpty() && i.updatedAt.isValid() && i.updates.size() <= 256);
                checkKept(i, &encodeIncident, &decodeIncident);
            }
        return verdictOf(r);
    }
    case 29: {
        auto r = decodeDisclosures(body);
        if (r)
            for (const Disclosure &d : *r) {
                FUZZ_CHECK(!d.id.isEmpty() && (!d.noticeDelayed || d.delayEndedAt.isValid()));
                checkKept(d, &encodeDisclosure, &decodeDisclosure);
            }
        return verdictOf(r);
    }
    default: {
        auto r = decodeAcceptances(body);
        if (r)
            for (const PolicyAcceptance &a : *r)
                FUZZ_CHECK(a.confirmed && a.at.isValid() && !a.policyVersion.isEmpty());
        return verdictOf(r);
    }
    }
}

constexpr int kDecoders = 31;

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
    const int which = data[0] % kDecoders;
    const QByteArray body = pd::fuzz::bytes(data + 1, size - 1);
    const Verdict v = decode(which, body);

    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (v.ok)
        FUZZ_CHECK(pe.error == QJsonParseError::NoError && doc.isObject());
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    // The canonical form means the same: the same verdict, down to the path of the first problem.
    const QByteArray canonical = jcs::serialize(doc.object());
    const Verdict c = decode(which, canonical);
    FUZZ_CHECK(c.ok == v.ok);
    FUZZ_CHECK(c.code == v.code);
    if (v.code != ErrorCode::InvalidJson)
        FUZZ_CHECK(c.detail == v.detail);
    return 0;
}
