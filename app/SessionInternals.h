// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

namespace pd {

/// The core objects a Session owns, for tests and benchmarks that check what was stored or tune
/// timings. The UI never includes this file: it works through Session and ActionQueue.
struct SessionInternals
{
    static CacheDb *cache(const Session &s) { return s.m_cache.get(); }
    static Outbox *outbox(const Session &s) { return s.m_outbox.get(); }
    static OutboxSender *sender(const Session &s) { return s.m_sender.get(); }
    static ApiClient *api(const Session &s) { return s.m_api.get(); }
    static SyncEngine *sync(const Session &s) { return s.m_sync.get(); }
};

} // namespace pd
