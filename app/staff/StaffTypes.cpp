// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTypes.h"

namespace pd {

namespace {
struct ActionName
{
    StaffStep::Action action;
    const char *code;
};
constexpr ActionName kActionNames[] = {
    {StaffStep::Action::Assign, "assign"},     {StaffStep::Action::StartReview, "start_review"},
    {StaffStep::Action::AskInfo, "ask_info"},  {StaffStep::Action::Complete, "complete"},
    {StaffStep::Action::Reject, "reject"},     {StaffStep::Action::Extend, "extend"},
};

QByteArray csvField(const QString &text)
{
    QByteArray f = text.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\r') || f.contains('\n')) {
        f.replace("\"", "\"\"");
        f = '"' + f + '"';
    }
    return f;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QString staffActionCode(StaffStep::Action a)
{
    for (const auto &n : kActionNames)
        if (n.action == a)
            return QLatin1String(n.code);
    return {};
}

std::optional<StaffStep::Action> staffActionFromCode(QStringView code)
{
    for (const auto &n : kActionNames)
        if (code == QLatin1String(n.code))
            return n.action;
    return std::nullopt;
}

QByteArray refusalsCsv(const QList<RefusalEntry> &refusals)
{
    QByteArray out = "request_id,account_id,type,received_at,rejected_at,staff,reason_code,reason_text\r\n";
    for (const RefusalEntry &r : refusals) {
        const QList<QByteArray> fields = {csvField(r.requestId), csvField(r.accountId),   csvField(r.typeCode),
                                          csvField(isoUtc(r.receivedAt)), csvField(isoUtc(r.rejectedAt)),
                                          csvField(r.staff),     csvField(r.reasonCode), csvField(r.reasonText)};
        out += fields.join(',');
        out += "\r\n";
    }
    return out;
}

} // namespace pd
