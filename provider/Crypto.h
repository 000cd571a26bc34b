// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pd::provider {

/// The few primitives the provider needs, built on QtCore only (QCryptographicHash,
/// QMessageAuthenticationCode, QRandomGenerator::system()).
class Crypto
{
public:
    /// `bytes` from the system CSPRNG, base64url without padding (tokens, codes, salts).
    static QString randomToken(int bytes = 32);
    static QByteArray randomBytes(int bytes);
    /// `prefix` and `bytes` random bytes in hex: "att-3f9c…", "R-8A41F2…" (`upperCase`).
    static QString randomId(const QString &prefix, int bytes, bool upperCase);

    static QByteArray base64Url(const QByteArray &data);
    static QString sha256Hex(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

    /// PBKDF2-HMAC-SHA256 (RFC 8018), one 32-byte block.
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations);

    /// "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>", with a fresh random salt. Self-describing
    /// so the iteration count can be raised later without invalidating stored hashes.
    static QString hashPassword(const QString &password) { return hashPassword(password, iterations()); }
    static QString hashPassword(const QString &password, int iterations);
    /// Thread-safe and pure (no database): the sign-in runs it on a worker thread.
    static bool verifyPassword(const QString &password, const QString &stored);
    /// Whether `stored` was made with fewer iterations than new hashes get (or another scheme): the
    /// next successful sign-in stores a new hash.
    static bool needsRehash(const QString &stored);

    /// Iterations for new hashes: pd::limits::kPasswordIterations unless a test lowered it
    /// (--test-password-iterations). Set once at start, before any thread hashes.
    static int iterations();
    static void setIterations(int iterations);
    /// Frees what OpenSSL keeps for the calling thread (its error queue). Pool threads may outlive
    /// the provider's shutdown, so a worker calls this when its hashing is done (LeakSanitizer).
    static void releaseThreadState();

    /// Compares without an early exit, so the time taken does not tell how much matched.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

    /// RFC 7636 S256: base64url(SHA-256(ASCII verifier)).
    static QString pkceChallenge(const QString &verifier);

};

} // namespace pd::provider
