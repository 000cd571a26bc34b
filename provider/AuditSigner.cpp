// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditSigner.h"

#include "Crypto.h"

#include <QDir>
#include <QFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pd::provider {

using namespace Qt::StringLiterals;

namespace {

QString opensslError(const QString &what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return what + u": "_s + QString::fromLatin1(buffer);
}

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};

} // namespace

void AuditSigner::KeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

AuditSigner::AuditSigner() = default;
AuditSigner::~AuditSigner() = default;

QString AuditSigner::keyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"audit-signing.key"_s);
}

bool AuditSigner::open(const QString &dataDir, QString *error)
{
    const QString path = keyPath(dataDir);
    if (!QFile::exists(path)) {
        *error = u"there is no signing key at "_s + path;
        return false;
    }
    return load(path, error);
}

bool AuditSigner::openOrCreate(const QString &dataDir, QString *error)
{
    const QString path = keyPath(dataDir);
    if (QFile::exists(path))
        return load(path, error);

    EVP_PKEY *raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                  &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1) {
        *error = opensslError(u"cannot make an Ed25519 key"_s);
        return false;
    }
    std::unique_ptr<EVP_PKEY, KeyDeleter> key(raw);
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = opensslError(u"cannot encode the signing key"_s);
        return false;
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    const QByteArray pem(data, size);
#ifdef Q_OS_UNIX
    // Created with its final mode, exclusively: never readable by others, not even for a moment.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0 || ::write(fd, pem.constData(), size_t(pem.size())) != pem.size() || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        *error = u"cannot write "_s + path;
        return false;
    }
    ::close(fd);
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(pem) != pem.size()) {
        *error = u"cannot write "_s + path;
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
#endif
    return load(path, error);
}

bool AuditSigner::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path;
        return false;
    }
    const QByteArray pem = file.readAll();
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *raw = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!raw) {
        *error = opensslError(path + u" is not a PEM private key"_s);
        return false;
    }
    m_key.reset(raw);
    if (EVP_PKEY_get_id(raw) != EVP_PKEY_ED25519) {
        m_key.reset();
        *error = path + u" is not an Ed25519 key"_s;
        return false;
    }
    size_t length = 32;
    m_public.resize(32);
    if (EVP_PKEY_get_raw_public_key(raw, reinterpret_cast<unsigned char *>(m_public.data()), &length) != 1
        || length != 32) {
        m_key.reset();
        *error = opensslError(u"cannot read the public key"_s);
        return false;
    }
    return true;
}

QString AuditSigner::keyId() const
{
    return Crypto::sha256Hex(m_public).left(16);
}

QByteArray AuditSigner::sign(const QByteArray &message) const
{
    if (!m_key)
        return {};
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    // Ed25519 is "one-shot": no digest of its own (nullptr), message signed as it is.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            != 1)
        return {};
    signature.resize(qsizetype(length));
    return signature;
}

bool AuditSigner::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    std::unique_ptr<EVP_PKEY, KeyDeleter> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                    size_t(publicKey.size())));
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
        == 1;
}

} // namespace pd::provider
