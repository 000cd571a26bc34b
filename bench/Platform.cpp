// SPDX-License-Identifier: GPL-3.0-or-later
#include "Platform.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace pd::bench {
namespace {

#if defined(Q_OS_LINUX)
// "VmHWM:     12345 kB" from /proc/<pid>/status.
qint64 statusKb(const QString &pid, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':'))) {
            bool ok = false;
            const qint64 kb = line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}

// Fields after the command name in /proc/<pid>/stat (the name may contain spaces and parens).
QList<QByteArray> statFields(const QString &pid)
{
    QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray s = f.readAll();
    const qsizetype close = s.lastIndexOf(')');
    if (close < 0)
        return {};
    return s.mid(close + 2).split(' ');
}
#endif

} // namespace

qint64 peakRssBytes()
{
#if defined(Q_OS_LINUX)
    const qint64 kb = statusKb(QStringLiteral("self"), "VmHWM");
    return kb < 0 ? -1 : kb * 1024;
#elif defined(Q_OS_UNIX)
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) != 0)
        return -1;
#if defined(Q_OS_DARWIN)
    return qint64(u.ru_maxrss); // bytes on macOS
#else
    return qint64(u.ru_maxrss) * 1024;
#endif
#else
    return -1;
#endif
}

qint64 peakRssBytes(qint64 pid)
{
#if defined(Q_OS_LINUX)
    const qint64 kb = statusKb(QString::number(pid), "VmHWM");
    return kb < 0 ? -1 : kb * 1024;
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

bool resetPeakRss()
{
#if defined(Q_OS_LINUX)
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
#else
    return false;
#endif
}

double cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) != 0)
        return -1;
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

double cpuSeconds(qint64 pid)
{
#if defined(Q_OS_LINUX)
    // After the ")": state(0) ppid(1) ... utime(11) stime(12), in clock ticks.
    const QList<QByteArray> f = statFields(QString::number(pid));
    if (f.size() < 13)
        return -1;
    const long ticks = sysconf(_SC_CLK_TCK);
    return double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(ticks > 0 ? ticks : 100);
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

QList<qint64> childPids(const QString &name)
{
    QList<qint64> out;
#if defined(Q_OS_LINUX)
    const qint64 self = getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        const QList<QByteArray> f = statFields(e);
        if (f.size() < 2 || f.at(1).toLongLong() != self)
            continue;
        const QString exe = QFileInfo(QStringLiteral("/proc/") + e + QStringLiteral("/exe")).symLinkTarget();
        if (QFileInfo(exe).fileName() == name)
            out << pid;
    }
#else
    Q_UNUSED(name);
#endif
    return out;
}

qint64 monotonicNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

QString mib(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("n/a") : QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace pd::bench
