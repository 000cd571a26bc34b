// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompletionEffects.h"

#include "Calendar.h"
#include "FieldUpdateApi.h"
#include "Limits.h"
#include "Problem.h"
#include "ProviderDb.h"

#include <QJsonObject>

namespace pd::provider {

using namespace Qt::StringLiterals;

CompletionEffects::CompletionEffects(ProviderDb &db)
    : m_db(db)
    , m_accounts(db)
    , m_deletion(db)
    , m_fieldUpdates(db)
{
}

std::optional<HttpResponse> CompletionEffects::apply(RequestRow &row, qint64 now)
{
    if (row.type == u"correction")
        return correction(row, now);
    if (row.type == u"deletion") {
        const auto account = m_db.accountById(row.account);
        if (!account)
            return internalError();
        const auto retained = m_deletion.apply(*account, row.summary, now);
        if (!retained)
            return internalError();
        row.retained = *retained;
        row.retainedSet = true;
        // The client fetches usage from a cursor: tell it to start again (Me.erased_at).
        if (!m_accounts.setErasedAt(row.account, now))
            return internalError();
        return std::nullopt;
    }
    if (row.type == u"cancel_account") {
        if (!m_accounts.setClosesAt(row.account, now + pd::limits::kAccountClosingGraceDays * DayMs))
            return internalError();
    }
    return std::nullopt;
}

std::optional<HttpResponse> CompletionEffects::correction(const RequestRow &row, qint64 now)
{
    const QString key = row.summary[u"field"_s].toString();
    const QString value = row.summary[u"proposed_value"_s].toString();
    QJsonObject field;
    for (const QJsonValue &f : m_db.personalFields(row.account))
        if (f[u"key"_s].toString() == key)
            field = f.toObject();
    if (field.isEmpty())
        return problem(409, u"cannot-complete"_s, u"Cannot complete"_s,
                       u"The customer no longer has a field '"_s + key + u"' to correct; reject the request instead."_s);
    // The value must be one the field can hold, whoever asks for it.
    if (auto refused = FieldUpdateApi::checkValue(key, value))
        return withMembers(*refused, QJsonObject{{u"detail"_s, QString(u"The proposed value is not a valid '"_s + key
                                                        + u"'; ask the customer for another or reject the request."_s)}});
    if (!m_db.updatePersonalField(row.account, key, value, u"you"_s, now)
        || !m_fieldUpdates.record(row.account, key, field[u"value"_s].toString(), value, now))
        return internalError();
    return std::nullopt;
}

} // namespace pd::provider
