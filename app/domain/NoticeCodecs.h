// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Notices.h"
#include "Result.h"

#include <QByteArray>

/// JSON codecs for the policy documents, incidents, disclosures and acceptances (docs/api). Like
/// Codecs.h, each decoder validates the whole document first: a missing, wrong-typed or oversized
/// member fails it with a code and the JSON path, so nothing is half-applied.
namespace pd::codec {

/// GET /v1/policy and /v1/policy/versions/{version}.
Result<PolicyDocument> decodePolicyDocument(const QByteArray &body);
/// GET /v1/policy/versions.
Result<PolicyVersionList> decodePolicyVersions(const QByteArray &body);
/// GET /v1/me/incidents.
Result<QList<Incident>> decodeIncidents(const QByteArray &body);
/// GET /v1/me/disclosures.
Result<QList<Disclosure>> decodeDisclosures(const QByteArray &body);
/// GET /v1/me/policy/acceptances (confirmed receipts).
Result<QList<PolicyAcceptance>> decodeAcceptances(const QByteArray &body);

/// The same shapes back, for the cache, which keeps each document as the provider's JSON and
/// reads it with the decoders above (encode then decode gives the value back, `read` aside).
QByteArray encodePolicyDocument(const PolicyDocument &doc);
QByteArray encodeIncident(const Incident &incident);
QByteArray encodeDisclosure(const Disclosure &disclosure);
/// One incident or disclosure object (as in the lists' `items`).
Result<Incident> decodeIncident(const QByteArray &body);
Result<Disclosure> decodeDisclosure(const QByteArray &body);

} // namespace pd::codec
