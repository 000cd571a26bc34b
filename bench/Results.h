// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>

/// What the benchmark programs print: key=value lines on stdout, in the order measured, which
/// scripts/bench.sh turns into docs/benchmarks.md. The same format as pd-bench-sync's.
namespace pd::bench {

class Results
{
public:
    /// Prints `<prefix>key=value`; with a prefix (run<i>.), numeric values are kept for medians().
    void put(const QString &key, const QString &value)
    {
        std::printf("%s=%s\n", qPrintable(m_prefix + key), qPrintable(value));
        std::fflush(stdout);
        bool numeric = false;
        const double v = value.toDouble(&numeric);
        if (!m_prefix.isEmpty() && numeric) {
            if (!m_samples.contains(key))
                m_order.append(key);
            m_samples[key].append(v);
            const qsizetype dot = value.indexOf(QLatin1Char('.'));
            m_decimals[key] = dot < 0 ? 0 : int(value.size() - dot - 1);
        }
    }
    void put(const QString &key, double value, int decimals = 3) { put(key, QString::number(value, 'f', decimals)); }
    void setPrefix(const QString &p) { m_prefix = p; }
    /// Median of every numeric per-run key, printed without prefix, in the order first measured.
    void medians()
    {
        m_prefix.clear();
        for (const QString &key : std::as_const(m_order)) {
            QList<double> v = m_samples.value(key);
            std::sort(v.begin(), v.end());
            const qsizetype n = v.size();
            const double m = n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
            put(key, m, m_decimals.value(key));
        }
    }

private:
    QString m_prefix;
    QStringList m_order;
    QMap<QString, QList<double>> m_samples;
    QMap<QString, int> m_decimals;
};

/// Nearest-rank percentile (p in 0..100) of `v`, which it sorts; -1 when empty.
inline double percentile(QList<double> &v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(v.size())));
    return v.at(qBound<qsizetype>(0, rank - 1, v.size() - 1));
}

} // namespace pd::bench
