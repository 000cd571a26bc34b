// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

namespace pd::provider {

using namespace Qt::StringLiterals;

bool FaultInjector::configure(const QString &spec, quint32 seed, QString *error)
{
    m_rules.clear();
    m_rng.seed(seed);
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(u':');
        const QString name = parts.value(0);
        Rule rule{Kind::None, 0.0, 0};
        int wantParts = 2;
        if (name == u"drop-before")
            rule.kind = Kind::DropBefore;
        else if (name == u"drop-after")
            rule.kind = Kind::DropAfter;
        else if (name == u"malformed")
            rule.kind = Kind::Malformed;
        else if (name == u"delay")
            rule.kind = Kind::Delay, wantParts = 3;
        else if (name == u"429")
            rule.kind = Kind::TooManyRequests, wantParts = 3;
        else if (name == u"503")
            rule.kind = Kind::Unavailable, wantParts = 3;
        else {
            *error = u"--faults: unknown fault kind '"_s + name + u"'"_s;
            return false;
        }
        if (parts.size() != wantParts) {
            *error = u"--faults: '"_s + item + u"' should be "_s
                + (wantParts == 3 ? name + u":RATE:ARG"_s : name + u":RATE"_s);
            return false;
        }
        bool ok = false;
        rule.rate = parts[1].toDouble(&ok);
        if (!ok || rule.rate < 0.0 || rule.rate > 1.0) {
            *error = u"--faults: the rate in '"_s + item + u"' must be a number from 0 to 1"_s;
            return false;
        }
        if (wantParts == 3) {
            rule.arg = parts[2].toInt(&ok);
            const int max = rule.kind == Kind::Delay ? 600000 : 86400;
            if (!ok || rule.arg < 0 || rule.arg > max) {
                *error = u"--faults: the argument in '"_s + item + u"' must be a whole number from 0 to "_s
                    + QString::number(max);
                return false;
            }
        }
        m_rules.append(rule);
    }
    return true;
}

FaultInjector::Fault FaultInjector::next()
{
    Fault chosen;
    for (const Rule &r : m_rules) {
        const double draw = m_rng.generateDouble();
        if (chosen.kind == Kind::None && draw < r.rate)
            chosen = {r.kind, r.arg};
    }
    return chosen;
}

} // namespace pd::provider
