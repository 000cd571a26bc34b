// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pd::pkce {

/// 32 bytes from the system CSPRNG, base64url without padding (43 characters, RFC 7636 4.1).
QByteArray randomToken(int bytes = 32);
/// S256 code challenge: BASE64URL(SHA256(verifier)) without padding (RFC 7636 4.2).
QByteArray challengeS256(const QByteArray &verifier);

} // namespace pd::pkce
