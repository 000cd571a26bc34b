// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

/// Guards a check of correct behaviour that the core does not have yet (each one is reported to
/// the core's owner, with file, line and a suggested fix). While the bug is present the test is
/// skipped with this reason, so the suite stays green and the bug stays visible in the output;
/// once the core is fixed the same test runs to the end and guards the fix, without anyone having
/// to edit tests/unit (an XFAIL would turn into a failing XPASS instead).
#define PD_SKIP_IF_KNOWN_BUG(stillBroken, what)                                                            \
    do {                                                                                                   \
        if (stillBroken)                                                                                   \
            QSKIP("known core bug, reported: " what);                                                      \
    } while (false)
