// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCli.h"

#include "AuditVerifier.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

int usage(const QString &message)
{
    std::fprintf(stderr, "privacy-provider audit: %s\nUsage: privacy-provider audit verify --data DIR [--expect-head SEQ:HASH]\n"
                         "       privacy-provider audit head --data DIR\n",
                 qPrintable(message));
    return 2;
}

} // namespace

int AuditCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"data"_s, u"Directory holding provider.sqlite and audit-signing.key."_s, u"dir"_s},
        {u"expect-head"_s, u"A head seen earlier (SEQ:HASH, as `audit head` prints it) the log must still reach."_s,
         u"seq:hash"_s},
    });
    // arguments[0] is the program, [1] "audit"; the command and its options follow.
    QStringList rest = arguments;
    if (rest.size() >= 2)
        rest.removeAt(1);
    if (!parser.parse(rest))
        return usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"verify" && positional[0] != u"head"))
        return usage(u"say verify or head"_s);
    if (!parser.isSet(u"data"_s))
        return usage(u"--data is required"_s);
    const QString dir = parser.value(u"data"_s);

    if (positional[0] == u"head") {
        if (parser.isSet(u"expect-head"_s))
            return usage(u"--expect-head goes with verify"_s);
        QString error;
        const auto head = AuditVerifier::head(dir, &error);
        if (!head)
            return usage(u"cannot read the audit log: "_s + error);
        std::printf("%lld:%s\n", static_cast<long long>(head->seq), qPrintable(head->hash));
        return 0;
    }

    std::optional<AuditVerifier::Head> expect;
    if (parser.isSet(u"expect-head"_s)) {
        static const QRegularExpression re(u"^([0-9]{1,18}):([0-9a-f]{64})$"_s);
        const auto m = re.match(parser.value(u"expect-head"_s));
        if (!m.hasMatch())
            return usage(u"--expect-head must be SEQ:HASH (a number, a colon, 64 lower-case hex digits)"_s);
        expect = AuditVerifier::Head{m.captured(1).toLongLong(), m.captured(2)};
    }
    const AuditVerifier::Result result = AuditVerifier::verify(dir, expect);
    if (!result.readable)
        return usage(u"cannot check the audit log: "_s + result.message);
    if (!result.intact) {
        std::printf("The audit log is NOT intact: %s\n", qPrintable(result.message));
        return 1;
    }
    std::printf("The audit log is %s\n", qPrintable(result.message));
    return 0;
}

} // namespace pd::provider
