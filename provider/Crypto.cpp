// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include "Limits.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace pd::provider {

using namespace Qt::StringLiterals;

QByteArray Crypto::randomBytes(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        out[i] = char(rng->generate() & 0xff);
    return out;
}

QString Crypto::randomId(const QString &prefix, int bytes, bool upperCase)
{
    const QString hex = QString::fromLatin1(randomBytes(bytes).toHex());
    return prefix + (upperCase ? hex.toUpper() : hex);
}

QString Crypto::randomToken(int bytes)
{
    return QString::fromLatin1(base64Url(randomBytes(bytes)));
}

QByteArray Crypto::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString Crypto::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray Crypto::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

namespace {
int g_iterations = pd::limits::kPasswordIterations;
}

int Crypto::iterations()
{
    return g_iterations;
}

void Crypto::setIterations(int iterations)
{
    g_iterations = iterations;
}

bool Crypto::needsRehash(const QString &stored)
{
    const QList<QStringView> parts = QStringView(stored).split(u'$');
    return parts.size() != 4 || parts[0] != u"pbkdf2-sha256" || parts[1].toInt() < g_iterations;
}

QByteArray Crypto::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations)
{
    // libcrypto's PBKDF2 is several times faster than a loop over QMessageAuthenticationCode, which
    // matters at 600,000 iterations; same result (RFC 8018).
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()))
        == 1)
        return out;
    return {}; // never equal to a stored hash
}

QString Crypto::hashPassword(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = pbkdf2Sha256(password.toUtf8(), salt, iterations);
    return u"pbkdf2-sha256$"_s + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64())
        + u'$' + QString::fromLatin1(hash.toBase64());
}

bool Crypto::verifyPassword(const QString &password, const QString &stored)
{
    const QList<QStringView> parts = QStringView(stored).split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    return constantTimeEquals(pbkdf2Sha256(password.toUtf8(), salt, iterations), expected);
}

bool Crypto::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString Crypto::pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

void Crypto::releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace pd::provider
