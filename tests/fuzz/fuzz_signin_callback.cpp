// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback sign-in listener's request parsing (auth/CallbackRequest.cpp, used by SignIn): what a
// connection to http://127.0.0.1:PORT/ sent so far. The first byte picks whether this sign-in has a
// state (the real one is "s7aTe_VaLuE-x"; none once the sign-in ended). Invariants:
//  - only a complete head ("\r\n\r\n") gets a verdict, and bytes after it never change the verdict;
//  - only a GET of /callback carrying exactly this sign-in's state can end the sign-in;
//  - an accepted code is 1 to 512 characters and appears in the request line.
#include "FuzzSupport.h"

#include "auth/CallbackRequest.h"

#include <QUrl>
#include <QUrlQuery>

using namespace pd;
using V = CallbackRequest::Verdict;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pd::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray state = (data[0] & 1) ? QByteArray("s7aTe_VaLuE-x") : QByteArray();
    const QByteArray buffered = pd::fuzz::bytes(data + 1, size - 1);
    const CallbackRequest r = parseCallbackRequest(buffered, state);

    const bool complete = buffered.contains("\r\n\r\n");
    FUZZ_CHECK(complete == (r.verdict != V::Incomplete));
    if (!complete)
        return 0;
    // The listener decides on the first complete head; what follows it does not matter.
    const CallbackRequest more = parseCallbackRequest(QByteArray(buffered + "GET /callback?state=s7aTe_VaLuE-x&code=x HTTP/1.1\r\n\r\n"), state);
    FUZZ_CHECK(more.verdict == r.verdict && more.code == r.code && more.error == r.error);

    const QByteArray line = buffered.left(buffered.indexOf("\r\n"));
    const bool endsSignIn = r.verdict == V::Denied || r.verdict == V::NoCode || r.verdict == V::Redirect;
    FUZZ_CHECK(endsSignIn == !r.ignored());
    if (endsSignIn) {
        FUZZ_CHECK(!state.isEmpty());
        FUZZ_CHECK(line.startsWith("GET ") && line.count(' ') == 2);
        const QUrl target(QString::fromLatin1(line.split(' ').at(1)));
        FUZZ_CHECK(target.path() == callbackPath());
        FUZZ_CHECK(QUrlQuery(target).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1() == state);
    }
    if (r.verdict == V::Redirect) {
        FUZZ_CHECK(!r.code.isEmpty() && r.code.size() <= CallbackRequest::kMaxCodeChars);
        FUZZ_CHECK(r.error.isEmpty());
    } else {
        FUZZ_CHECK(r.code.isEmpty());
    }
    if (r.verdict == V::Denied)
        FUZZ_CHECK(!r.error.isEmpty());
    return 0;
}
