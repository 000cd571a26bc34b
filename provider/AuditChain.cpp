// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include "Crypto.h"
#include "Jcs.h"
#include "NullableJson.h"
#include "ProviderDb.h"
#include "Rfc3339.h"

#include <QJsonArray>

namespace pd::provider {

using namespace Qt::StringLiterals;

AuditEntry AuditEntry::by(const Account &actor, const QString &action)
{
    AuditEntry e;
    e.actor = actor.accountId;
    e.actorRole = actor.role;
    if (actor.isStaff()) {
        e.actorPseudonym = actor.staffPseudonym;
        e.staffPseudonym = actor.staffPseudonym;
    }
    e.action = action;
    return e;
}

AuditEntry AuditEntry::bySystem(const QString &action)
{
    AuditEntry e;
    e.actor = u"system"_s;
    e.actorRole = u"system"_s;
    e.action = action;
    return e;
}

const QString &AuditChain::genesis()
{
    static const QString zeros(64, u'0');
    return zeros;
}

QString AuditChain::link(const QString &prevHash, const QByteArray &canonical)
{
    return Crypto::sha256Hex(prevHash.toLatin1() + canonical);
}

QJsonObject AuditChain::globalJson(const AuditEntry &e, bool withHash)
{
    QJsonObject o{{u"seq"_s, e.seq},
                  {u"at"_s, isoUtc(e.at)},
                  {u"actor"_s, e.actor},
                  {u"actor_pseudonym"_s, stringOrNull(e.actorPseudonym)},
                  {u"actor_role"_s, e.actorRole},
                  {u"action"_s, e.action},
                  {u"account_id"_s, stringOrNull(e.accountId)},
                  {u"grant_id"_s, stringOrNull(e.grantId)},
                  {u"reason"_s, stringOrNull(e.reason)},
                  {u"ticket"_s, stringOrNull(e.ticket)},
                  {u"categories"_s, QJsonArray::fromStringList(e.categories)},
                  {u"details"_s, e.details},
                  {u"prev_hash"_s, e.prevHash}};
    if (withHash)
        o.insert(u"hash"_s, e.hash);
    return o;
}

QJsonObject AuditChain::customerJson(const AuditEntry &e, bool withHash)
{
    QJsonObject o{{u"seq"_s, e.accountSeq},
                  {u"at"_s, isoUtc(e.at)},
                  {u"staff"_s, stringOrNull(e.staffPseudonym)},
                  {u"action"_s, e.action},
                  {u"reason"_s, stringOrNull(e.reason)},
                  {u"ticket"_s, stringOrNull(e.ticket)},
                  {u"categories"_s, QJsonArray::fromStringList(e.categories)},
                  {u"grant_id"_s, stringOrNull(e.grantId)},
                  {u"grant_minutes"_s, e.grantMinutes > 0 ? QJsonValue(e.grantMinutes) : QJsonValue(QJsonValue::Null)},
                  {u"details"_s, e.details},
                  {u"prev_hash"_s, e.accountPrevHash}};
    if (withHash)
        o.insert(u"hash"_s, e.accountHash);
    return o;
}

QByteArray AuditChain::globalCanonical(const AuditEntry &e)
{
    return Jcs::serialize(globalJson(e, false)).value_or(QByteArray());
}

QByteArray AuditChain::customerCanonical(const AuditEntry &e)
{
    return Jcs::serialize(customerJson(e, false)).value_or(QByteArray());
}

QByteArray AuditChain::checkpointMessage(const QJsonObject &checkpointWithoutSignature)
{
    return Jcs::serialize(checkpointWithoutSignature).value_or(QByteArray());
}

} // namespace pd::provider
