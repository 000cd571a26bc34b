// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting on a real Session in integration tests (header only: it needs privacy_core, which
// pd_testsupport does not link).
#pragma once

#include "Session.h"
#include "SessionInternals.h"
#include "store/Outbox.h"

#include <QTest>

namespace pd::test {

/// Waits until outbox item `seq` is no longer queued (sent, refused or in conflict; the caller
/// checks which) and returns it.
inline OutboxItem waitSettled(const Session &session, qint64 seq, int ms = 30000)
{
    Outbox *outbox = SessionInternals::outbox(session);
    (void)QTest::qWaitFor([outbox, seq] { return outbox->item(seq)->state != OutboxItem::State::Queued; }, ms);
    return *outbox->item(seq);
}

} // namespace pd::test
