// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 9457 problem parser (domain/Problem.cpp) the client runs on every error answer. The first
// two bytes are the HTTP status, the rest the body. Invariants: it never fails, keeps the status,
// never keeps more than its caps (type and title 512, detail 2048, error 64 characters), reads
// nothing from a body over 64 KiB, and maps the status to the error code the UI explains.
#include "FuzzSupport.h"

#include "domain/Problem.h"

using namespace pd;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pd::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body = pd::fuzz::bytes(data + 2, size - 2);
    const Problem p = Problem::fromBody(body, status);
    FUZZ_CHECK(p.status == status);
    FUZZ_CHECK(p.type.size() <= 512 && p.title.size() <= 512 && p.detail.size() <= 2048 && p.oauthError.size() <= 64);
    if (body.size() > 64 * 1024)
        FUZZ_CHECK(p.type.isEmpty() && p.title.isEmpty() && p.detail.isEmpty() && p.oauthError.isEmpty());
    FUZZ_CHECK(!p.slug().contains(QLatin1Char('/')) && p.slug().size() <= p.type.size());

    const Error e = p.toError();
    FUZZ_CHECK(e.httpStatus == status && e.problemType == p.type);
    const ErrorCode expected = status == 401 ? ErrorCode::Unauthorized
        : status == 403                      ? ErrorCode::Forbidden
        : status == 404                      ? ErrorCode::NotFound
                                             : ErrorCode::Provider;
    FUZZ_CHECK(e.code == expected);
    FUZZ_CHECK(e.detail == (p.detail.isEmpty() ? p.title : p.detail));
    return 0;
}
