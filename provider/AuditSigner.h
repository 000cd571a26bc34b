// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace pd::provider {

/// The Ed25519 key that signs the audit log's checkpoints (OpenSSL's libcrypto). It lives in its own
/// file, `DIR/audit-signing.key` (PKCS#8 PEM, mode 0600), never in the database: whoever can rewrite
/// the database can recompute the hash chains, but cannot sign a checkpoint for what they wrote.
class AuditSigner
{
public:
    AuditSigner();
    ~AuditSigner();
    AuditSigner(const AuditSigner &) = delete;
    AuditSigner &operator=(const AuditSigner &) = delete;

    static QString keyPath(const QString &dataDir);

    /// Loads the key, creating it (0600) when the file does not exist yet.
    bool openOrCreate(const QString &dataDir, QString *error);
    /// Loads an existing key only (the `audit` command line never makes one).
    bool open(const QString &dataDir, QString *error);

    bool isValid() const { return m_key != nullptr; }
    /// The 64-byte Ed25519 signature of `message`; empty on failure.
    QByteArray sign(const QByteArray &message) const;
    /// The 32 raw bytes of the public key.
    QByteArray publicKey() const { return m_public; }
    /// The first 16 hex digits of SHA-256 over the raw public key.
    QString keyId() const;

    /// Whether `signature` is `publicKey`'s Ed25519 signature of `message`.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    bool load(const QString &path, QString *error);

    struct KeyDeleter
    {
        void operator()(EVP_PKEY *key) const;
    };
    std::unique_ptr<EVP_PKEY, KeyDeleter> m_key;
    QByteArray m_public;
};

} // namespace pd::provider
