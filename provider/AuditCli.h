// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pd::provider {

/// `privacy-provider audit verify --data DIR [--expect-head SEQ:HASH]` and
/// `privacy-provider audit head --data DIR`: the audit log checked from outside the running provider.
/// verify prints one line and exits 0 when the log is intact, 1 with the first problem in plain
/// words when it is not; head prints SEQ:HASH. Bad arguments or an unreadable directory: 2.
class AuditCli
{
public:
    /// `arguments` as the program got them (program name, "audit", ...).
    static int run(const QStringList &arguments);
};

} // namespace pd::provider
