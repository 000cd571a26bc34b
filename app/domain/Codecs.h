// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Requests.h"
#include "Result.h"

#include <QByteArray>

/// JSON codecs for every provider document. Each decoder validates the whole document before it
/// returns anything: a missing, wrong-typed or oversized member fails the whole decode with a code
/// and the JSON path in Error::detail, so nothing is ever half-applied.
namespace pd::codec {

inline constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
inline constexpr qsizetype kMaxStringChars = 4096;
inline constexpr qsizetype kMaxPageItems = 10000;

Result<Account> decodeAccount(const QByteArray &body);
Result<PersonalData> decodePersonal(const QByteArray &body);
Result<ApiPage<ServerEvent>> decodeServerEvents(const QByteArray &body);
Result<ApiPage<DomainEvent>> decodeDomainEvents(const QByteArray &body);
Result<QList<Device>> decodeDevices(const QByteArray &body);
Result<QList<CookieItem>> decodeCookies(const QByteArray &body);
Result<QList<CategoryPurposes>> decodePurposes(const QByteArray &body);
Result<QList<SharingEntry>> decodeSharing(const QByteArray &body);
Result<QList<RetentionEntry>> decodeRetention(const QByteArray &body);
Result<Policy> decodePolicy(const QByteArray &body);
Result<TokenPair> decodeTokens(const QByteArray &body);
Result<TrackedRequest> decodeRequest(const QByteArray &body);
Result<ApiPage<TrackedRequest>> decodeRequests(const QByteArray &body);
Result<ConsentReceipt> decodeReceipt(const QByteArray &body);
Result<QList<ConsentReceipt>> decodeReceipts(const QByteArray &body);
Result<ConsentState> decodeConsents(const QByteArray &body);

/// Round-trip helpers used by the cache to keep lists that are stored as JSON text.
QByteArray encodeIdentifiers(const QList<DeviceIdentifier> &ids);
QList<DeviceIdentifier> decodeIdentifiers(const QByteArray &json);
QByteArray encodeMessages(const QList<RequestMessage> &messages);
QList<RequestMessage> decodeMessages(const QByteArray &json);

} // namespace pd::codec
