// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actions.h"
#include "store/Outbox.h"

#include <QJsonObject>
#include <QString>

namespace pd::actionbodies {

/// The HTTP call an action becomes (docs/api): the one place that knows the wire format of
/// actions, both ways, so nothing outside the core ever reads or writes an action's JSON.
struct Call
{
    OutboxItem::Kind kind = OutboxItem::Kind::Request;
    QString method;
    QString path;
    QJsonObject body;
    QString title; ///< what lists show for it: a field key, a subject, a purpose, a request id
};

/// The call for a payload (monostate gives an empty call).
Call encode(const ActionPayload &payload);
/// What an outbox item means: kind, payload, and for refused items the provider's reasons.
QueuedAction decode(const OutboxItem &item);
/// The provider's own words in a refused item's problem document (RFC 9457 `detail`).
QString problemDetail(const QByteArray &problem);

} // namespace pd::actionbodies
