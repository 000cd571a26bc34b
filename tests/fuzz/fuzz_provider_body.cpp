// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's request bodies: the JSON of POST /v1/me/requests (BodyValidation, then
// RequestValidation by type: correction, deletion, complaint, cancel_account, export) against a
// real database in a temporary folder holding one customer, and the form/query parser every
// endpoint and the OAuth token endpoint use (UrlEncoded). The first byte picks which.
// Invariants:
//  - a refusal is 400, 415 or 422 (a 500 would mean the validation reached a database failure);
//  - what is accepted obeys the documented rules (docs/api): the type is known, texts are trimmed and
//    within their limits, confirmations typed, at most 5 own attachments each once, 1 to 1000 own
//    records, a range from <= to; the same body gives the same verdict again;
//  - the form parser drops empty keys, flags a repeated key, and checkQuery refuses it.
#include "FuzzSupport.h"

#include "BodyValidation.h"
#include "AttachmentsRepository.h"
#include "Limits.h"
#include "PolicyContent.h"
#include "PolicyText.h"
#include "ProviderDb.h"
#include "RequestValidation.h"
#include "Rfc3339.h"
#include "UrlEncoded.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace pd::provider;
using namespace pd::limits;

namespace {

struct World
{
    QTemporaryDir dir;
    ProviderDb db;
    Account account;
    std::unique_ptr<RequestValidation> validation;
};

World *world = nullptr;

const QStringList kFields{QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("name")};
const QString kAttachment = QStringLiteral("att-0001");

void setUp()
{
    world = new World;
    QString error;
    if (!world->dir.isValid() || !world->db.open(world->dir.path(), &error)) {
        std::fprintf(stderr, "fuzz_provider_body: cannot open a database: %s\n", qPrintable(error));
        std::abort();
    }
    Account &a = world->account;
    a.accountId = QStringLiteral("C-1001");
    a.username = QStringLiteral("alice");
    a.displayName = QStringLiteral("Alice Chan");
    a.role = QStringLiteral("customer");
    a.passwordHash = QStringLiteral("x");
    a.policyVersionAccepted = PolicyText::latest();
    a.id = world->db.insertAccount(a).value_or(0);
    bool ok = a.id > 0;
    for (int i = 0; i < kFields.size(); ++i)
        ok = ok && world->db.insertPersonalField(a.id, i, QJsonObject{{QStringLiteral("key"), kFields[i]},
                                                                    {QStringLiteral("value"), QStringLiteral("v")},
                                                                    {QStringLiteral("editable"), true},
                                                                    {QStringLiteral("legal_basis"), QStringLiteral("contract")},
                                                                    {QStringLiteral("source"), QStringLiteral("you")},
                                                                    {QStringLiteral("retention"), QStringLiteral("registration")}}, 0);
    ok = ok && world->db.insertDocument(a.id, QStringLiteral("devices"), 0, QJsonObject{{QStringLiteral("id"), QStringLiteral("D-1")}});
    ok = ok && world->db.insertDocument(a.id, QStringLiteral("cookies"), 0, QJsonObject{{QStringLiteral("id"), QStringLiteral("K-1")}});
    AttachmentsRepository attachments(world->db);
    ok = ok && attachments.insert(a.id, Attachment{kAttachment, QStringLiteral("text/plain"), 1, QString(64, QLatin1Char('0')),
                                                   QStringLiteral("a.txt"), 0}, "a");
    if (!ok) {
        std::fprintf(stderr, "fuzz_provider_body: cannot seed the database: %s\n", qPrintable(world->db.lastError()));
        std::abort();
    }
    world->validation = std::make_unique<RequestValidation>(world->db);
}

bool within(const QString &s, qsizetype min, qsizetype max)
{
    return s == s.trimmed() && s.size() >= min && s.size() <= max;
}

void checkAccepted(const QJsonObject &body, const QJsonObject &summary)
{
    const QString type = summary.value(QStringLiteral("type")).toString();
    FUZZ_CHECK(RequestValidation::types().contains(type));
    FUZZ_CHECK(body.value(QStringLiteral("type")).toString() == type);
    const auto s = [&summary](const char *k) { return summary.value(QLatin1String(k)).toString(); };
    if (type == QLatin1String("complaint")) {
        FUZZ_CHECK(s("kind") == QLatin1String("complaint") || s("kind") == QLatin1String("suggestion"));
        FUZZ_CHECK(within(s("subject"), 1, kSubjectMax) && within(s("message"), 1, kMessageMax));
    } else if (type == QLatin1String("correction")) {
        FUZZ_CHECK(kFields.contains(s("field")));
        FUZZ_CHECK(within(s("proposed_value"), 1, kProposedValueMax) && within(s("reason"), 1, kReasonMax));
        const QJsonArray att = summary.value(QStringLiteral("attachments")).toArray();
        FUZZ_CHECK(att.size() <= kAttachmentsMax && att.size() <= 1);
        for (const QJsonValue &v : att)
            FUZZ_CHECK(v.toString() == kAttachment);
    } else if (type == QLatin1String("deletion")) {
        FUZZ_CHECK(s("confirmation") == QLatin1String("DELETE"));
        const QString scope = s("scope");
        FUZZ_CHECK(scope == QLatin1String("account") || scope == QLatin1String("category") || scope == QLatin1String("records"));
        if (scope == QLatin1String("category"))
            FUZZ_CHECK(PolicyContent::categories().contains(s("category")));
        if (summary.contains(QStringLiteral("records"))) {
            const QJsonArray recs = summary.value(QStringLiteral("records")).toArray();
            FUZZ_CHECK(!recs.isEmpty() && recs.size() <= kDeletionRecordsMax);
        }
        if (summary.contains(QStringLiteral("range"))) {
            const QJsonObject r = summary.value(QStringLiteral("range")).toObject();
            const auto from = parseRfc3339(r.value(QStringLiteral("from")).toString());
            const auto to = parseRfc3339(r.value(QStringLiteral("to")).toString());
            FUZZ_CHECK(from && to && *from <= *to);
        }
        FUZZ_CHECK(scope != QLatin1String("records") || summary.contains(QStringLiteral("records")) != summary.contains(QStringLiteral("range")));
    } else if (type == QLatin1String("cancel_account")) {
        FUZZ_CHECK(s("confirmation") == QLatin1String("CANCEL") && within(s("reason"), 0, kReasonMax));
    } else {
        FUZZ_CHECK(s("format") == QLatin1String("json"));
    }
}

void requestBody(const QByteArray &bytes, bool json)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/me/requests");
    request.headers.insert("content-type", json ? "application/json; charset=utf-8" : "text/plain");
    request.body = bytes;
    QJsonObject body;
    if (auto refused = BodyValidation::object(request, &body)) {
        FUZZ_CHECK(refused->status == 400 || refused->status == 415);
        FUZZ_CHECK(json || refused->status == 415);
        return;
    }
    FUZZ_CHECK(json);
    QJsonObject summary;
    const auto refused = world->validation->validate(world->account, body, &summary);
    if (refused) {
        FUZZ_CHECK(refused->status == 400 || refused->status == 422);
        return;
    }
    checkAccepted(body, summary);
    QJsonObject again;
    FUZZ_CHECK(!world->validation->validate(world->account, body, &again));
    FUZZ_CHECK(again == summary);
}

void form(const QByteArray &bytes)
{
    const FormData f = parseUrlEncoded(bytes);
    QSet<QString> keys;
    bool repeated = false;
    for (const auto &kv : f.items) {
        FUZZ_CHECK(!kv.first.isEmpty());
        repeated = repeated || keys.contains(kv.first);
        keys.insert(kv.first);
    }
    FUZZ_CHECK(f.duplicate == repeated);
    FUZZ_CHECK(f.items.size() <= bytes.count('&') + 1);
    const auto refused = checkQuery(f, {u"grant_type", u"code", u"redirect_uri", u"client_id", u"code_verifier",
                                        u"refresh_token", u"limit", u"cursor"});
    if (f.malformed || f.duplicate)
        FUZZ_CHECK(refused && refused->status == 400);
    if (!refused)
        for (const auto &kv : f.items)
            FUZZ_CHECK(f.value(kv.first) == kv.second);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    pd::fuzz::quietQt();
    static QCoreApplication app(*argc, *argv); // the QSQLITE plugin is found through it
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest = pd::fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0:
    case 1: requestBody(rest, true); break;
    case 2: form(rest); break;
    default: requestBody(rest, false); break;
    }
    return 0;
}
