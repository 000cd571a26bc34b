// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

/// The few operating-system facts the benchmarks report. Implemented for Linux (/proc) with a
/// POSIX getrusage() fallback; elsewhere they answer "unknown" (-1), which is printed as n/a.
namespace pd::bench {

/// Peak resident set size of this process in bytes, or -1 if the platform cannot tell.
qint64 peakRssBytes();
/// Peak resident set size of another process in bytes (Linux only), or -1.
qint64 peakRssBytes(qint64 pid);
/// Forgets this process's peak RSS, so that the next peakRssBytes() covers only what follows.
/// Linux only (/proc/self/clear_refs); returns false where it cannot.
bool resetPeakRss();
/// CPU seconds (user + system, all threads) used by this process so far, or -1.
double cpuSeconds();
/// CPU seconds used so far by another process (Linux only), or -1.
double cpuSeconds(qint64 pid);
/// The process ids whose parent is this process and whose executable is named `name` (Linux only;
/// empty elsewhere). A shell may have made other children of ours (`2> >(tee log)`), hence the name.
QList<qint64> childPids(const QString &name);
/// Nanoseconds on a monotonic clock that is the same for every process on the machine (Linux
/// CLOCK_MONOTONIC through QDeadlineTimer), so a parent can hand a start time to its child.
qint64 monotonicNs();
/// Bytes as "123.4" MiB, or "n/a" for -1.
QString mib(qint64 bytes);

} // namespace pd::bench
